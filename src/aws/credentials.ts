// role-to-assume: the action's own credentials, from GitHub's OIDC token and STS AssumeRoleWithWebIdentity,
// renewed with a fresh token before they expire, for as long as the step runs. Loaded only when the input
// is set (client.ts imports this module on demand): a plain submit carries none of it.
import * as core from '@actions/core'
import { HttpRequest } from '@smithy/core/protocols'
import { fromWebToken } from '@aws-sdk/credential-provider-web-identity'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import type { NodeHttpHandler } from '@smithy/node-http-handler'
import { describeError, errorMessage } from './aws-errors.js'
import { StepError } from '../shared/errors.js'
import { addSecret, secretForms } from '../shared/redact.js'

export interface AssumeRoleInputs {
  roleToAssume: string
  roleSessionName: string
  audience: string
}

/**
 * Masked in the runner's log (add-mask), in every form a message could quote it in (URL-encoded,
 * JSON-escaped, base64), and redacted from our own lines, outputs and summary.
 */
function masked(secret: string): void {
  core.setSecret(secret)
  for (const form of secretForms(secret)) if (form !== secret) core.setSecret(form)
  addSecret(secret)
}

/** Renew this long before the credentials expire (or at half their life, for short ones). */
export const RENEW_BEFORE_MS = 5 * 60_000

/** When credentials obtained at `obtainedAt` should be renewed. */
export function renewAt(obtainedAt: number, expiration: Date | undefined): number {
  if (!expiration) return Infinity
  const life = expiration.getTime() - obtainedAt
  return expiration.getTime() - Math.min(RENEW_BEFORE_MS, Math.max(0, life / 2))
}

export interface RoleCredentialsOptions {
  region: string
  /** The HTTP handler STS is called through (the proxy, request-timeout). */
  requestHandler: NodeHttpHandler
  requestTimeoutMs: number
  now?: () => number
  /** GitHub's OIDC token for `audience` (default githubIdToken through `requestHandler`, masked). */
  getIdToken?: (audience: string) => Promise<string>
}

/** Thrown when the runner gives the step no OIDC token: the job lacks permissions: id-token: write. */
export const ID_TOKEN_PERMISSION =
  'role-to-assume needs a GitHub OIDC token: add permissions: id-token: write to the job (or the workflow)'

/**
 * GitHub's OIDC token for `audience`, asked of the runner's token service as core.getIDToken does (GET
 * ACTIONS_ID_TOKEN_REQUEST_URL&audience=..., bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN). Through the SDK's
 * HTTP handler (the proxy, request-timeout): @actions/core's own HTTP client is not bundled (shims/).
 */
export async function githubIdToken(
  audience: string,
  handler: NodeHttpHandler,
  env: Record<string, string | undefined> = process.env
): Promise<string> {
  const requestUrl = env['ACTIONS_ID_TOKEN_REQUEST_URL']
  const bearer = env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']
  if (!requestUrl || !bearer) throw new Error(ID_TOKEN_PERMISSION)
  const url = new URL(requestUrl)
  url.searchParams.set('audience', audience)
  const request = new HttpRequest({
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port && { port: Number(url.port) }),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    method: 'GET',
    headers: { host: url.host, authorization: `Bearer ${bearer}`, accept: 'application/json' }
  })
  const { response } = await handler.handle(request)
  const chunks: Buffer[] = []
  for await (const chunk of response.body as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk))
  const text = Buffer.concat(chunks).toString('utf8')
  if (response.statusCode !== 200)
    throw new Error(`the runner's token service answered HTTP ${response.statusCode}`)
  const value: unknown = (JSON.parse(text) as { value?: unknown }).value
  if (typeof value !== 'string' || value === '') throw new Error("the runner's token service sent no token")
  masked(value)
  return value
}

function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000}s`)), ms)
  })
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer))
}

/**
 * A credentials provider for every client of the step: one AssumeRoleWithWebIdentity, shared, renewed
 * with a fresh OIDC token once the credentials near their expiration. The SDK's STS client is reached
 * where its standard settings say (AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, else STS in `region`).
 */
export function roleCredentials(
  role: AssumeRoleInputs,
  options: RoleCredentialsOptions
): AwsCredentialIdentityProvider {
  const now = options.now ?? Date.now
  const getIdToken =
    options.getIdToken ?? ((audience: string) => githubIdToken(audience, options.requestHandler))
  let current: { credentials: AwsCredentialIdentity; renewAt: number } | undefined
  let pending: Promise<AwsCredentialIdentity> | undefined
  const obtain = async (): Promise<AwsCredentialIdentity> => {
    const started = now()
    let token: string
    try {
      token = await withDeadline(getIdToken(role.audience), options.requestTimeoutMs, 'GitHub OIDC token')
    } catch (error) {
      if (errorMessage(error) === ID_TOKEN_PERMISSION) throw new StepError(ID_TOKEN_PERMISSION)
      throw new StepError(
        `role-to-assume: could not get GitHub's OIDC token (audience ${role.audience}): ${describeError(error)}`
      )
    }
    masked(token)
    let credentials: AwsCredentialIdentity
    try {
      credentials = await fromWebToken({
        roleArn: role.roleToAssume,
        roleSessionName: role.roleSessionName,
        webIdentityToken: token,
        clientConfig: { region: options.region, requestHandler: options.requestHandler }
      })()
    } catch (error) {
      throw new StepError(
        `role-to-assume: AssumeRoleWithWebIdentity on ${role.roleToAssume} failed: ${describeError(error)}. ` +
          `The role's trust policy must allow token.actions.githubusercontent.com (audience ${role.audience}) for this repository.`
      )
    }
    masked(credentials.secretAccessKey)
    if (credentials.sessionToken) masked(credentials.sessionToken)
    const expires = credentials.expiration ? ` until ${credentials.expiration.toISOString()}` : ''
    core.info(`Credentials: assumed ${role.roleToAssume} with GitHub's OIDC token${expires}`)
    current = { credentials, renewAt: renewAt(started, credentials.expiration) }
    return credentials
  }
  return async () => {
    if (current && now() < current.renewAt) return current.credentials
    pending ??= obtain().finally(() => (pending = undefined))
    return pending
  }
}
