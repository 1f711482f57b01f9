// @ts-check
// Stand-ins for role-to-assume: GitHub's OIDC token service (what the runner exposes as
// ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN) and STS AssumeRoleWithWebIdentity (awsQuery: a form POST, an
// XML answer), both on 127.0.0.1 at a free port. The credentials STS issues last `lifetimeMs` and are
// written into `credentials`, the map the HealthOmics stand-in checks signatures against, with their
// expiry: once past it, that stand-in answers 403 ExpiredTokenException. Servers are unref'd, so they
// never hold a test process open.
import { randomBytes, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import { URL, URLSearchParams } from 'node:url'

/**
 * @typedef {{ time: number, audience: string, authorization: string }} TokenCall
 * @typedef {{ time: number, params: Record<string, string>, accessKeyId?: string, status: number }} StsCall
 * @typedef {Record<string, { secret: string, sessionToken?: string, expiresAt?: number }>} CredentialMap
 */

/** @param {import('node:http').Server} server */
async function listen(server) {
  await new Promise(done => server.listen(0, '127.0.0.1', () => done(undefined)))
  server.unref()
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  return `http://127.0.0.1:${address.port}`
}

/** @param {import('node:http').IncomingMessage} req */
async function bodyOf(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks).toString('utf8')
}

/** @param {string} s */
const xml = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * @param {{ credentials: CredentialMap, lifetimeMs?: number }} options
 */
export async function startOidcSts(options) {
  const lifetimeMs = options.lifetimeMs ?? 3000
  const requestToken = `runner-${randomBytes(12).toString('hex')}`
  /** @type {Map<string, string>} OIDC token -> its audience */
  const issued = new Map()
  /** @type {TokenCall[]} */
  const tokenCalls = []
  /** @type {StsCall[]} */
  const stsCalls = []
  /** Every secret handed out (OIDC tokens, secret keys, session tokens), for leak checks. */
  const secrets = /** @type {string[]} */ ([])

  const oidc = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const audience = url.searchParams.get('audience') ?? ''
    const authorization = String(req.headers['authorization'] ?? '')
    tokenCalls.push({ time: Date.now(), audience, authorization })
    if (authorization !== `Bearer ${requestToken}`) {
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: 'bad runner token' }))
      return
    }
    const token = `eyJ.oidc-${randomBytes(16).toString('hex')}.sig`
    issued.set(token, audience)
    secrets.push(token)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ value: token }))
  })

  const sts = createServer(async (req, res) => {
    const params = Object.fromEntries(new URLSearchParams(await bodyOf(req)))
    /** @type {StsCall} */
    const call = { time: Date.now(), params, status: 200 }
    stsCalls.push(call)
    /** @param {number} status @param {string} code @param {string} message */
    const fail = (status, code, message) => {
      call.status = status
      res.writeHead(status, { 'content-type': 'text/xml' })
      res.end(
        `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${xml(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`
      )
    }
    if (params['Action'] !== 'AssumeRoleWithWebIdentity')
      return fail(400, 'InvalidAction', `stand-in: ${params['Action']} is not served`)
    const audience = issued.get(params['WebIdentityToken'] ?? '')
    if (audience === undefined) return fail(400, 'InvalidIdentityToken', 'No OpenIDConnect provider found')
    if (audience !== 'sts.amazonaws.com') return fail(400, 'InvalidIdentityToken', 'Incorrect token audience')
    const accessKeyId = `ASIA${randomBytes(8).toString('hex').toUpperCase()}`
    const secret = randomBytes(20).toString('base64')
    const sessionToken = `session-${randomBytes(24).toString('hex')}`
    const expiresAt = Date.now() + lifetimeMs
    options.credentials[accessKeyId] = { secret, sessionToken, expiresAt }
    secrets.push(secret, sessionToken)
    call.accessKeyId = accessKeyId
    const session = params['RoleSessionName'] ?? ''
    res.writeHead(200, { 'content-type': 'text/xml' })
    res.end(`<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <Credentials>
      <AccessKeyId>${accessKeyId}</AccessKeyId>
      <SecretAccessKey>${xml(secret)}</SecretAccessKey>
      <SessionToken>${sessionToken}</SessionToken>
      <Expiration>${new Date(expiresAt).toISOString()}</Expiration>
    </Credentials>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::123456789012:assumed-role/annotation-import/${xml(session)}</Arn>
      <AssumedRoleId>AROASTANDIN:${xml(session)}</AssumedRoleId>
    </AssumedRoleUser>
    <SubjectFromWebIdentityToken>repo:octo-org/annotations:ref:refs/heads/main</SubjectFromWebIdentityToken>
    <Audience>${xml(audience)}</Audience>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`)
  })

  const oidcUrl = await listen(oidc)
  const stsUrl = await listen(sts)
  return {
    /** What the runner puts in the environment of a job with permissions: id-token: write. */
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${oidcUrl}/_apis/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      AWS_ENDPOINT_URL_STS: stsUrl
    },
    requestToken,
    tokenCalls,
    stsCalls,
    secrets,
    reset() {
      tokenCalls.length = 0
      stsCalls.length = 0
    },
    async close() {
      await Promise.all([oidc, sts].map(server => new Promise(done => server.close(() => done(undefined)))))
    }
  }
}
