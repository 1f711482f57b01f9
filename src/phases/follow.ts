// Following jobs to their end: every job at once (status checks bounded in flight), one shared
// deadline, and cancelling the unfinished ones when asked. Shared by the start action (wait: true) and
// the wait sub-action; returns data, decides nothing about outputs (result.ts does).
import {
  CancelAnnotationImportJobCommand,
  GetAnnotationImportJobCommand,
  type OmicsClient
} from '@aws-sdk/client-omics'
import { describeError, errorName } from '../aws/aws-errors.js'
import { limiter, mapLimit } from '../shared/concurrency.js'
import type { WaitSettings } from '../inputs/inputs.js'
import { isTerminal } from '../model/job-status.js'
import { type JobState, waitForJob, type WaitResult } from './poll.js'
import type { Runtime } from './runtime.js'
import { formatDuration } from '../shared/text.js'

export interface FollowedJob {
  jobId: string
  /** The files the job imports, for log lines and messages. */
  items: string[]
  outcome: WaitResult['outcome'] | 'error'
  last?: JobState
  waitedMs: number
  /** A status check that failed for good (access denied, not found). */
  error?: unknown
  /** Set when the action asked to cancel the job. */
  cancel?: { confirmed: boolean; error?: string }
  /** A job skip-imported found still running, not started by this step: followed, never cancelled by it. */
  found?: true
}

/** A job to follow: its id, its files, and whether skip-imported found it (rather than this step starting it). */
export interface JobToFollow {
  jobId: string
  items: string[]
  found?: true
}

/** Status checks in flight at once when following many jobs. */
const STATUS_CHECKS_IN_FLIGHT = 10

export async function readJobState(
  omics: OmicsClient,
  jobId: string,
  signal?: AbortSignal
): Promise<JobState> {
  const job = await omics.send(
    new GetAnnotationImportJobCommand({ jobId }),
    signal ? { abortSignal: signal } : {}
  )
  return {
    status: job.status ?? 'UNKNOWN',
    ...(job.statusMessage && { statusMessage: job.statusMessage }),
    items: (job.items ?? []).map(item => ({ source: item.source ?? '', jobStatus: item.jobStatus ?? '' })),
    ...(job.destinationName && { destinationName: job.destinationName }),
    ...(job.versionName && { versionName: job.versionName }),
    ...(job.creationTime && { creationTime: job.creationTime }),
    ...(job.completionTime && { completionTime: job.completionTime })
  }
}

/** "s3://b/a.vcf.gz", "s3://b/a.vcf.gz (+2 more)": names a job's files in a log line. */
export function filesLabel(items: readonly string[]): string {
  if (items.length === 0) return ''
  return items.length === 1 ? (items[0] ?? '') : `${items[0]} (+${items.length - 1} more)`
}

/** Follows every job until each ends, the shared wait-timeout runs out, or the run is cancelled. */
export async function followJobs(
  omics: OmicsClient,
  jobs: readonly JobToFollow[],
  settings: WaitSettings,
  runtime: Runtime
): Promise<FollowedJob[]> {
  // Credentials that expired for one job have expired for all: the others stop too, without a cancel.
  const expired = new AbortController()
  const signal = AbortSignal.any([runtime.signal, expired.signal])
  const shared = { inFlight: limiter(STATUS_CHECKS_IN_FLIGHT), many: jobs.length > 1, signal, expired }
  const all = await Promise.all(jobs.map(job => followOne(omics, job, settings, runtime, shared)))
  const followed = expired.signal.aborted && !runtime.signal.aborted ? stoppedByExpiry(all) : all
  if (!settings.cancelOnTimeout) return followed
  // Cancelling has its own short budget (and ends before the runner's grace after a cancel runs out).
  // A job found by skip-imported is another run's: that run (or its rerun) decides its fate.
  const budget = runtime.cleanupSignal()
  return mapLimit(followed, 5, job =>
    (job.outcome === 'timeout' || job.outcome === 'aborted') && !job.found
      ? cancelJob(omics, job, runtime, budget)
      : Promise.resolve(job)
  )
}

/** Follows one job to its end (or the shared deadline, a cancel, or expired credentials). */
async function followOne(
  omics: OmicsClient,
  { jobId, items, found }: JobToFollow,
  settings: WaitSettings,
  runtime: Runtime,
  shared: {
    inFlight: ReturnType<typeof limiter>
    many: boolean
    signal: AbortSignal
    expired: AbortController
  }
): Promise<FollowedJob> {
  const job = { jobId, items, ...(found && { found }) }
  const name = shared.many ? `Job ${jobId} (${filesLabel(items)}):` : 'Job'
  const started = runtime.now()
  try {
    const result = await waitForJob({
      getStatus: signal => shared.inFlight(() => readJobState(omics, jobId, signal)),
      timeoutMs: settings.waitTimeoutMs,
      pollIntervalMs: settings.pollIntervalMs,
      allowPartial: settings.allowPartial,
      now: runtime.now,
      sleep: runtime.sleep,
      random: runtime.random,
      signal: shared.signal,
      onChange: (state, elapsed) =>
        runtime.log.info(
          `${name} ${state.status} after ${formatDuration(elapsed)}${state.statusMessage ? ` (${state.statusMessage})` : ''}`
        ),
      onRetry: error =>
        runtime.log.debug(`Status check of ${jobId} failed (${errorName(error)}); checking again`)
    })
    if (result.outcome === 'expired') shared.expired.abort()
    const last = result.last && { last: result.last }
    return { ...job, outcome: result.outcome, waitedMs: result.elapsedMs, ...last }
  } catch (error) {
    return { ...job, outcome: 'error', waitedMs: runtime.now() - started, error }
  }
}

/** The jobs stopped because another job's check found the credentials expired count as expired too. */
function stoppedByExpiry(followed: FollowedJob[]): FollowedJob[] {
  return followed.map(job => (job.outcome === 'aborted' ? { ...job, outcome: 'expired' } : job))
}

/**
 * Cancels one unfinished job and reads its status back (a few times), so outputs show what it became.
 * Every call and pause ends when `budget` aborts: then the cancel is reported as not confirmed.
 */
/** Status reads after a cancel, half a second apart: the cancel budget is not spent waiting after the last. */
const CANCEL_READS = 3

export async function cancelJob(
  omics: OmicsClient,
  job: FollowedJob,
  runtime: Pick<Runtime, 'sleep' | 'log'>,
  budget: AbortSignal
): Promise<FollowedJob> {
  try {
    await omics.send(new CancelAnnotationImportJobCommand({ jobId: job.jobId }), { abortSignal: budget })
  } catch (error) {
    // The job may have ended between the last check and the cancel: then the service refuses it.
    if (errorName(error) !== 'ValidationException') {
      const why = budget.aborted ? 'no answer within the cancel budget' : describeError(error)
      runtime.log.warning(`Could not cancel job ${job.jobId}: ${why}`)
      return { ...job, cancel: { confirmed: false, error: why } }
    }
  }
  let last = job.last
  for (let check = 1; check <= CANCEL_READS && !budget.aborted; check++) {
    try {
      last = await readJobState(omics, job.jobId, budget)
    } catch (error) {
      runtime.log.debug(`Status check of ${job.jobId} after cancelling failed (${errorName(error)})`)
    }
    if ((last && isTerminal(last.status)) || check === CANCEL_READS) break
    await runtime.sleep(500, budget).catch(() => undefined)
  }
  const confirmed = last !== undefined && isTerminal(last.status)
  runtime.log.info(
    confirmed
      ? `Job ${job.jobId}: cancelled (status now ${last?.status})`
      : `Job ${job.jobId}: cancel requested, not yet confirmed (last status ${last?.status ?? 'unknown'})`
  )
  return { ...job, ...(last && { last }), cancel: { confirmed } }
}
