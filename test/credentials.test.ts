// aws/credentials.ts, role-to-assume: GitHub's OIDC token, AssumeRoleWithWebIdentity, renewal before
// expiry, and the failures in words. Against the OIDC and STS stand-ins on 127.0.0.1 (test/emulator),
// with @actions/core recorded (the secrets it would mask) and a simulated clock for renewal.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { Readable } from 'node:stream'
import { HttpResponse, type HttpRequest } from '@smithy/core/protocols'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { startOidcSts } from './emulator/oidc-sts.js'
import { FakeClock } from './helpers/fake-clock.js'
import { fakeCore } from './helpers/fake-core.js'
import { assumeRole, ASSUME_ROLE_ARN } from './helpers/fixtures.js'
import { StepError } from '../src/shared/errors.js'
import { redact, secretForms } from '../src/shared/redact.js'

const core = fakeCore()
jest.unstable_mockModule('@actions/core', () => core.module)
const { githubIdToken, ID_TOKEN_PERMISSION, RENEW_BEFORE_MS, renewAt, roleCredentials } =
  await import('../src/aws/credentials.js')

let stand: Awaited<ReturnType<typeof startOidcSts>>
const handler = new NodeHttpHandler()
const saved = { ...process.env }
beforeAll(async () => {
  stand = await startOidcSts({ credentials: {} })
})
afterAll(async () => {
  handler.destroy()
  await stand.close()
})
beforeEach(() => {
  stand.reset()
  core.reset()
  process.env['AWS_ENDPOINT_URL_STS'] = stand.env.AWS_ENDPOINT_URL_STS
})
afterEach(() => {
  process.env = { ...saved }
})

/** A token service that answers `status` with `body`. */
const answering = (status: number, body: string): NodeHttpHandler =>
  ({
    handle: async () => ({
      response: { statusCode: status, headers: {}, body: Readable.from([Buffer.from(body)]) }
    })
  }) as unknown as NodeHttpHandler

describe('renewAt', () => {
  it('renews hour-long credentials five minutes before they expire', () => {
    expect(renewAt(0, new Date(3_600_000))).toBe(3_600_000 - RENEW_BEFORE_MS)
  })
  it('renews short-lived ones at half their life, and never credentials without an expiry', () => {
    expect(renewAt(1000, new Date(3000))).toBe(2000)
    expect(renewAt(5000, new Date(3000))).toBe(3000)
    expect(renewAt(0, undefined)).toBe(Infinity)
  })
})

describe('githubIdToken', () => {
  it('names the permission when the runner gives no token service', async () => {
    await expect(githubIdToken('sts.amazonaws.com', handler, {})).rejects.toThrow(ID_TOKEN_PERMISSION)
    await expect(
      githubIdToken('sts.amazonaws.com', handler, { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/' })
    ).rejects.toThrow(ID_TOKEN_PERMISSION)
  })

  it('asks the runner for a token for the audience, with its bearer, and masks the token', async () => {
    const token = await githubIdToken('sts.amazonaws.com', handler, stand.env)
    expect(token).toMatch(/^eyJ\.oidc-/)
    expect(stand.tokenCalls).toEqual([
      expect.objectContaining({
        audience: 'sts.amazonaws.com',
        authorization: `Bearer ${stand.requestToken}`
      })
    ])
    // The token is masked in every form a message could quote it in (raw first).
    expect(core.lines).toEqual(secretForms(token).map(form => `secret: ${form}`))
  })

  it('a refusal or an answer without a token is an error saying so', async () => {
    const env = { ...stand.env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' }
    await expect(githubIdToken('sts.amazonaws.com', handler, env)).rejects.toThrow(
      "the runner's token service answered HTTP 401"
    )
    for (const body of ['{}', '{"value":""}', '{"value":7}'])
      await expect(githubIdToken('a', answering(200, body), stand.env)).rejects.toThrow(
        "the runner's token service sent no token"
      )
    expect(core.lines).toEqual([])
  })
})

describe('roleCredentials', () => {
  const options = (clock: FakeClock, getIdToken?: (audience: string) => Promise<string>) => ({
    region: 'us-east-1',
    requestHandler: handler,
    requestTimeoutMs: 5_000,
    now: clock.now,
    ...(getIdToken && { getIdToken })
  })
  const clockNow = (): FakeClock => Object.assign(new FakeClock(), { t: Date.now() })
  const runnerToken = (audience: string) => githubIdToken(audience, handler, stand.env)

  it('assumes the role with a fresh token, masks every secret, and shares one call between callers', async () => {
    const provider = roleCredentials(
      { ...assumeRole, roleSessionName: 'run-42' },
      options(clockNow(), runnerToken)
    )
    const [first, second] = await Promise.all([provider(), provider()])
    expect(second).toBe(first)
    expect(stand.stsCalls).toHaveLength(1)
    expect(stand.stsCalls[0]?.params).toMatchObject({
      Action: 'AssumeRoleWithWebIdentity',
      RoleArn: ASSUME_ROLE_ARN,
      RoleSessionName: 'run-42'
    })
    expect(first?.accessKeyId).toMatch(/^ASIA/)
    expect(core.lines).toEqual(
      expect.arrayContaining([
        `secret: ${first?.secretAccessKey}`,
        `secret: ${first?.sessionToken}`,
        `info: Credentials: assumed ${ASSUME_ROLE_ARN} with GitHub's OIDC token until ${first?.expiration?.toISOString()}`
      ])
    )
  })

  it('keeps the credentials until their renewal time, then assumes the role again', async () => {
    const clock = clockNow()
    const provider = roleCredentials(assumeRole, options(clock, runnerToken))
    const first = await provider()
    // The stand-in issues credentials for 3 s: renewed at half their life.
    clock.t += 1_400
    expect(await provider()).toBe(first)
    expect(stand.stsCalls).toHaveLength(1)
    clock.t += 200
    const renewed = await provider()
    expect(renewed.accessKeyId).not.toBe(first.accessKeyId)
    expect(stand.stsCalls).toHaveLength(2)
    expect(stand.tokenCalls).toHaveLength(2)
  })

  it('a token that cannot be had: the permission as it is, anything else with the audience', async () => {
    const clock = clockNow()
    await expect(
      roleCredentials(
        assumeRole,
        options(clock, () => Promise.reject(new Error(ID_TOKEN_PERMISSION)))
      )()
    ).rejects.toEqual(new StepError(ID_TOKEN_PERMISSION))
    await expect(
      roleCredentials(
        assumeRole,
        options(clock, () => Promise.reject(new Error('boom')))
      )()
    ).rejects.toThrow(
      "role-to-assume: could not get GitHub's OIDC token (audience sts.amazonaws.com): Error: boom"
    )
    const never = roleCredentials(assumeRole, {
      ...options(clock, () => new Promise<string>(() => undefined)),
      requestTimeoutMs: 20
    })
    await expect(never()).rejects.toThrow('Error: GitHub OIDC token: no answer within 0.02s')
    expect(stand.stsCalls).toHaveLength(0)
  })

  it('a role STS refuses: the trust policy to check, and nothing is kept', async () => {
    const provider = roleCredentials(
      assumeRole,
      options(clockNow(), async () => 'eyJ.not-issued.sig')
    )
    const error = await provider().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StepError)
    expect((error as Error).message).toBe(
      `role-to-assume: AssumeRoleWithWebIdentity on ${ASSUME_ROLE_ARN} failed: InvalidIdentityTokenException: No OpenIDConnect provider found. ` +
        "The role's trust policy must allow token.actions.githubusercontent.com (audience sts.amazonaws.com) for this repository."
    )
    expect(core.lines).toEqual(secretForms('eyJ.not-issued.sig').map(form => `secret: ${form}`))
    await expect(provider()).rejects.toBeInstanceOf(StepError)
    expect(stand.stsCalls).toHaveLength(2)
  })

  it('by default asks the runner through the STS handler', async () => {
    Object.assign(process.env, stand.env)
    const credentials = await roleCredentials(assumeRole, { ...options(clockNow()) })()
    expect(credentials.accessKeyId).toMatch(/^ASIA/)
    expect(stand.tokenCalls).toHaveLength(1)
  })
})

describe('githubIdToken: the request to the runner, in detail', () => {
  /** A token service that records the request and answers 200 with `chunks` as the body. */
  const recording = (...chunks: string[]) => {
    const requests: HttpRequest[] = []
    const handler = {
      handle: async (request: HttpRequest) => {
        requests.push(request)
        return {
          response: { statusCode: 200, headers: {}, body: Readable.from(chunks.map(c => Buffer.from(c))) }
        }
      }
    } as unknown as NodeHttpHandler
    return { requests, handler }
  }

  it('GET, the URL taken apart, the audience added to its query, the bearer and accept headers', async () => {
    const { requests, handler: service } = recording('{"value":"eyJ.abc.def"}')
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.actions.example/abc/_apis/idtoken?api-version=2.0',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-bearer'
    }
    expect(await githubIdToken('sts.amazonaws.com', service, env)).toBe('eyJ.abc.def')
    expect(requests).toHaveLength(1)
    const [request] = requests
    expect(request).toMatchObject({
      protocol: 'https:',
      hostname: 'pipelines.actions.example',
      path: '/abc/_apis/idtoken',
      method: 'GET',
      query: { 'api-version': '2.0', audience: 'sts.amazonaws.com' },
      headers: {
        host: 'pipelines.actions.example',
        authorization: 'Bearer runner-bearer',
        accept: 'application/json'
      }
    })
    // No port in the URL: none in the request (the scheme's own).
    expect(request?.port).toBeUndefined()
  })

  it('a port in the URL is the port asked, as a number; an audience already there is replaced', async () => {
    const { requests, handler: service } = recording('{"value":"eyJ.abc.def"}')
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:8123/token?audience=old',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'b'
    }
    await githubIdToken('my-audience', service, env)
    expect(requests[0]).toMatchObject({
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 8123,
      headers: { host: '127.0.0.1:8123' },
      query: { audience: 'my-audience' }
    })
  })

  it('an answer in several chunks is read whole; the token is masked and redacted from our own lines', async () => {
    const token = 'eyJ.chunked-token-value.sig'
    const { handler: service } = recording('{"val', 'ue":"eyJ.chunked-', 'token-value.sig"}')
    expect(await githubIdToken('a', service, stand.env)).toBe(token)
    expect(core.lines[0]).toBe(`secret: ${token}`)
    expect(redact(`the token was ${token}`)).not.toContain(token)
  })

  it('only the bearer without the URL, or the URL without the bearer, is no token service', async () => {
    const { requests, handler: service } = recording('{"value":"x"}')
    await expect(githubIdToken('a', service, { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'b' })).rejects.toThrow(
      ID_TOKEN_PERMISSION
    )
    await expect(
      githubIdToken('a', service, {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: ''
      })
    ).rejects.toThrow(ID_TOKEN_PERMISSION)
    expect(requests).toHaveLength(0)
  })

  it('any status but 200 is refused, even with a token in the body', async () => {
    for (const status of [201, 204, 500])
      await expect(githubIdToken('a', answering(status, '{"value":"eyJ.x.y"}'), stand.env)).rejects.toThrow(
        `the runner's token service answered HTTP ${status}`
      )
    expect(core.lines).toEqual([])
  })
})

describe('roleCredentials against an STS answering in memory', () => {
  /** STS answering AssumeRoleWithWebIdentity with `fields` (in memory: nothing leaves the process). */
  const sts = (fields: { sessionToken?: string; expiration?: string }) => {
    const calls: string[] = []
    let issued = 0
    const handler = {
      handle: async (request: HttpRequest) => {
        calls.push(String(request.body))
        issued++
        const body = `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <Credentials>
      <AccessKeyId>ASIAMEMORY${issued}</AccessKeyId>
      <SecretAccessKey>in-memory-secret-key-${issued}</SecretAccessKey>
      ${fields.sessionToken ? `<SessionToken>${fields.sessionToken}</SessionToken>` : ''}
      ${fields.expiration ? `<Expiration>${fields.expiration}</Expiration>` : ''}
    </Credentials>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`
        return {
          response: new HttpResponse({
            statusCode: 200,
            headers: { 'content-type': 'text/xml' },
            body: Readable.from([Buffer.from(body)])
          })
        }
      }
    } as unknown as NodeHttpHandler
    return { calls, handler }
  }
  const options = (handler: NodeHttpHandler, clock: FakeClock) => ({
    region: 'us-east-1',
    requestHandler: handler,
    requestTimeoutMs: 5_000,
    now: clock.now,
    getIdToken: async () => 'eyJ.in-memory-oidc-token.sig'
  })

  it('credentials without a session token or an expiry: only what there is is masked, and they are kept for good', async () => {
    const { calls, handler: service } = sts({})
    const clock = new FakeClock()
    const provider = roleCredentials(assumeRole, options(service, clock))
    const credentials = await provider()
    expect(credentials).toMatchObject({
      accessKeyId: 'ASIAMEMORY1',
      secretAccessKey: 'in-memory-secret-key-1'
    })
    expect(credentials.sessionToken).toBeUndefined()
    expect(core.lines).toEqual([
      ...secretForms('eyJ.in-memory-oidc-token.sig').map(form => `secret: ${form}`),
      ...secretForms('in-memory-secret-key-1').map(form => `secret: ${form}`),
      `info: Credentials: assumed ${ASSUME_ROLE_ARN} with GitHub's OIDC token`
    ])
    expect(calls[0]).toContain('WebIdentityToken=eyJ.in-memory-oidc-token.sig')
    clock.t += 365 * 24 * 3_600_000
    expect(await provider()).toBe(credentials)
    expect(calls).toHaveLength(1)
  })

  it('renewed at exactly the renewal time, not a millisecond before', async () => {
    // Obtained at 0, expiring at 1 h: renewed 5 minutes before, at 3,300,000 ms.
    const { calls, handler: service } = sts({
      sessionToken: 'in-memory-session-token',
      expiration: '1970-01-01T01:00:00.000Z'
    })
    const clock = new FakeClock()
    const provider = roleCredentials(assumeRole, options(service, clock))
    const first = await provider()
    expect(first.expiration).toEqual(new Date(3_600_000))
    expect(core.lines).toContain('secret: in-memory-session-token')
    expect(core.lines).toContain(
      `info: Credentials: assumed ${ASSUME_ROLE_ARN} with GitHub's OIDC token until 1970-01-01T01:00:00.000Z`
    )
    clock.t = 3_300_000 - 1
    expect(await provider()).toBe(first)
    expect(calls).toHaveLength(1)
    clock.t = 3_300_000
    const renewed = await provider()
    expect(renewed.accessKeyId).toBe('ASIAMEMORY2')
    expect(calls).toHaveLength(2)
  })

  it('the OIDC deadline is cleared once the token came (no timer left behind)', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    try {
      const { handler: service } = sts({})
      const failing = roleCredentials(assumeRole, {
        ...options(service, new FakeClock()),
        getIdToken: () => Promise.reject(new Error('boom'))
      })
      await expect(failing()).rejects.toThrow('Error: boom')
      expect(jest.getTimerCount()).toBe(0)
      await roleCredentials(assumeRole, options(service, new FakeClock()))()
      expect(jest.getTimerCount()).toBe(0)
    } finally {
      jest.useRealTimers()
    }
  })
})
