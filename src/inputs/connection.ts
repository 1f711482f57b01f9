// What both actions read to reach the service and to wait: region, endpoint, proxy, retries, timeouts,
// role-to-assume, and the wait settings.
import { type Env, Reader } from './input-reader.js'
import { shown } from '../shared/text.js'
import { ENDPOINT_VARIABLES, endpointProblem, proxyProblem, proxyVariables } from './endpoints.js'

/** What every entry point (start and wait) needs to reach the service. */
export interface ConnectionInputs {
  region: string
  endpointUrl?: string
  httpProxy?: string
  maxAttempts: number
  /** request-timeout: one HTTP call (one attempt) is cut off after this long. */
  requestTimeoutMs: number
  /** role-to-assume: the action's own credentials, from GitHub's OIDC token, renewed while it runs. */
  assumeRole?: { roleToAssume: string; roleSessionName: string; audience: string }
}

export interface WaitSettings {
  waitTimeoutMs: number
  /** As given (e.g. "1h"), for messages. */
  waitTimeoutText: string
  pollIntervalMs: number
  allowPartial: boolean
  cancelOnTimeout: boolean
  /** credentials-expire-at: when the credentials run out, if the workflow says (warned about before waiting). */
  credentialsExpireAt?: Date
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/

/** role-to-assume (with role-session-name and audience): checked here, used by credentials.ts. */
function readAssumeRole(r: Reader, env: Env): ConnectionInputs['assumeRole'] {
  const roleToAssume = r.optional('role-to-assume')
  const roleSessionName = r.optional('role-session-name') ?? 'healthomics-annotation-import'
  const audience = r.optional('audience') ?? 'sts.amazonaws.com'
  if (roleToAssume === undefined) return undefined
  if (!ROLE_ARN.test(roleToAssume))
    r.problem(
      'role-to-assume',
      `expected an IAM role ARN such as arn:aws:iam::123456789012:role/annotation-import, got ${shown(roleToAssume)}`
    )
  if (!/^[\w+=,.@-]{2,64}$/.test(roleSessionName))
    r.problem(
      'role-session-name',
      `expected 2 to 64 letters, digits or +=,.@_- characters, got ${shown(roleSessionName)}`
    )
  if (!env['ACTIONS_ID_TOKEN_REQUEST_URL'] || !env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'])
    r.problem(
      'role-to-assume',
      'needs a GitHub OIDC token, and the runner gave none: add permissions: id-token: write to the job (or the workflow)'
    )
  return { roleToAssume, roleSessionName, audience }
}

const ENDPOINT_EXAMPLE = 'https://analytics-omics.us-east-1.amazonaws.com'
const PROXY_EXAMPLE = 'http://proxy.example.com:3128'
const ONLY_HTTP_PROXIES =
  'the action supports HTTP(S) proxies only (no PAC script, SOCKS or FTP); unset it, or give the http-proxy input'

/**
 * The runner's environment, checked like the inputs: the SDK's endpoint variables as endpoint-url is, and
 * the proxy variables (used only when http-proxy is not given) as http-proxy is.
 */
function checkEnvironment(r: Reader, env: Env, explicitProxy: boolean): void {
  for (const name of ENDPOINT_VARIABLES) {
    const value = env[name]?.trim()
    const problem = value ? endpointProblem(value, ENDPOINT_EXAMPLE) : undefined
    if (problem) r.problem(`${name} (environment)`, problem)
  }
  if (explicitProxy) return
  for (const [name, value] of proxyVariables(env)) {
    const problem = proxyProblem(value, PROXY_EXAMPLE)
    if (problem) r.problem(`${name} (environment)`, `${problem}: ${ONLY_HTTP_PROXIES}`)
  }
}

export function readConnection(r: Reader, env: Env): ConnectionInputs {
  const endpointUrl = r.url('endpoint-url', value => endpointProblem(value, ENDPOINT_EXAMPLE))
  const httpProxy = r.url('http-proxy', value => proxyProblem(value, PROXY_EXAMPLE))
  checkEnvironment(r, env, httpProxy !== undefined)
  const assumeRole = readAssumeRole(r, env)
  return {
    ...(assumeRole && { assumeRole }),
    region: r.region(),
    maxAttempts: r.integer('max-attempts', 5, 1, 20),
    requestTimeoutMs: r.durationWithin('request-timeout', 30_000, 1_000, 900_000),
    ...(endpointUrl !== undefined && { endpointUrl }),
    ...(httpProxy !== undefined && { httpProxy })
  }
}

/** True when the YYYY-MM-DD that `text` starts with is a day of the calendar (Date rolls 02-30 into March). */
function isCalendarDate(text: string): boolean {
  const [year = 0, month = 0, day = 0] = text.slice(0, 10).split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** credentials-expire-at: an ISO 8601 time, as configure-aws-credentials' aws-expiration output gives it. */
function readExpireAt(r: Reader): Date | undefined {
  const given = r.optional('credentials-expire-at')
  if (given === undefined) return undefined
  const at = new Date(given)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(given) || Number.isNaN(at.getTime()) || !isCalendarDate(given)) {
    r.problem(
      'credentials-expire-at',
      `must be an ISO 8601 time such as 2026-01-31T14:00:00Z (configure-aws-credentials' aws-expiration output), got ${shown(given)}`
    )
    return undefined
  }
  return at
}

export function readWaitSettings(r: Reader): WaitSettings {
  const credentialsExpireAt = readExpireAt(r)
  return {
    ...(credentialsExpireAt && { credentialsExpireAt }),
    waitTimeoutMs: r.duration('wait-timeout', 3600_000),
    waitTimeoutText: r.raw('wait-timeout') || '1h',
    pollIntervalMs: r.seconds('poll-interval', 30, 0.1, 3600),
    allowPartial: r.boolean('allow-partial', false),
    cancelOnTimeout: r.boolean('cancel-on-timeout', false)
  }
}
