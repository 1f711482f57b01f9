// Credentials that run out while jobs are followed: how to tell expiry apart from other credential
// errors, the one failure message that hands the jobs on, and the warning before a wait that is known to
// outlive the credentials. Imports only pure helpers: the start and wait bundles both carry it.
import { errorMessage, errorName } from '../aws/aws-errors.js'
import type { ConnectionInputs, WaitSettings } from '../inputs/inputs.js'
import type { Deps } from './runtime.js'
import { formatDuration } from '../shared/text.js'
import { ACTION_REPOSITORY } from '../shared/version.js'

/** Error codes the services send for credentials (or a signed request) that are past their time. */
const EXPIRED_NAMES = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired'])
const EXPIRED_MESSAGE =
  /security token included in the request is expired|token (has )?expired|expired token/i

/**
 * True for credentials that have expired, not for credentials that are wrong (UnrecognizedClient,
 * InvalidSignature, AccessDenied): those fail at once, as before.
 */
export function isExpiredCredentials(error: unknown): boolean {
  if (EXPIRED_NAMES.has(errorName(error))) return true
  return /credential|token/i.test(errorName(error)) && EXPIRED_MESSAGE.test(errorMessage(error))
}

/** How to avoid running out of credentials: said both by the warning and by the failure. */
export const EXPIRY_REMEDIES =
  "To avoid it, ask aws-actions/configure-aws-credentials for credentials that last longer than wait-timeout: role-duration-seconds up to the role's maximum session duration (a chained role, role-chaining: true, is capped at 1 hour whatever is asked), " +
  "or set role-to-assume so the action gets and renews its own credentials with GitHub's OIDC token."

/** What a job looked like when the credentials ran out. */
export interface ExpiredJob {
  jobId: string
  status?: string
  waitedMs: number
}

/**
 * How a workflow names the wait sub-action: the repository the runner ran this action from
 * (GITHUB_ACTION_REPOSITORY, set for a `uses: owner/name@ref` step), else the one package.json names.
 */
export function waitActionName(env: Record<string, string | undefined> = process.env): string {
  const running = env['GITHUB_ACTION_REPOSITORY'] ?? ''
  const repository = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(running) ? running : ACTION_REPOSITORY
  return `${repository}/wait`
}

/** One failure message for jobs whose status checks were refused because the credentials expired. */
export function expiredLines(
  jobs: readonly ExpiredJob[],
  env?: Record<string, string | undefined>
): string[] {
  if (jobs.length === 0) return []
  const waited = Math.max(...jobs.map(job => job.waitedMs))
  const ids = jobs.map(job => job.jobId)
  const listed = jobs.map(job => `${job.jobId} (last status ${job.status ?? 'unknown'})`).join(', ')
  const many = jobs.length > 1
  return [
    `The AWS credentials expired after ${formatDuration(waited)} of waiting: the service refused the status checks (expired token), so the step stopped following ${many ? 'the jobs' : 'the job'}.`,
    `${many ? 'The jobs keep' : 'The job keeps'} running in HealthOmics (nothing was cancelled): ${listed}.`,
    `To follow ${many ? 'them' : 'it'} from a later step or job: get fresh credentials (aws-actions/configure-aws-credentials), then run the wait sub-action (${waitActionName(env)}) with job-ids: ${JSON.stringify(ids)} (the job-ids output), as in the chained example in the README.`,
    EXPIRY_REMEDIES
  ]
}

/**
 * When the credentials expire: the credentials-expire-at input (configure-aws-credentials' aws-expiration
 * output), else what the SDK resolved (AWS_CREDENTIAL_EXPIRATION, web identity, SSO, a profile), if known.
 */
export async function credentialsExpiry(
  given: Date | undefined,
  resolve: () => Promise<{ expiration?: Date } | undefined>
): Promise<Date | undefined> {
  if (given) return given
  try {
    return (await resolve())?.expiration
  } catch {
    // No credentials at all is reported by the first call that needs them, not here.
    return undefined
  }
}

/** The warning before a wait that can outlive the credentials; undefined when they last long enough. */
export function expiryWarning(
  expiresAt: Date | undefined,
  waitTimeoutMs: number,
  waitTimeoutText: string,
  now: number
): string | undefined {
  if (!expiresAt || Number.isNaN(expiresAt.getTime())) return undefined
  const left = expiresAt.getTime() - now
  if (left >= waitTimeoutMs) return undefined
  const when =
    left > 0 ? `in ${formatDuration(left)}` : `${formatDuration(-left)} ago (they are already expired)`
  return (
    `The AWS credentials expire at ${expiresAt.toISOString()} (${when}), before wait-timeout (${waitTimeoutText}) runs out: ` +
    'if the import is still running then, the step stops following it and fails, and the jobs keep running. ' +
    EXPIRY_REMEDIES
  )
}

/**
 * Before following jobs: warns when the credentials are known to expire before wait-timeout. Reads the
 * client's resolved credentials, which the calls made so far have already loaded (no extra call).
 */
export async function warnBeforeWait(
  settings: Pick<WaitSettings, 'credentialsExpireAt' | 'waitTimeoutMs' | 'waitTimeoutText'> &
    Pick<ConnectionInputs, 'assumeRole'>,
  deps: Pick<Deps, 'clients' | 'log' | 'now'>
): Promise<void> {
  // role-to-assume renews its credentials before they expire: their expiration says nothing about the wait.
  if (settings.assumeRole) return
  const expiresAt = await credentialsExpiry(settings.credentialsExpireAt, () =>
    deps.clients.omics.config.credentials()
  )
  const warning = expiryWarning(expiresAt, settings.waitTimeoutMs, settings.waitTimeoutText, deps.now())
  if (warning) deps.log.warning(warning)
}
