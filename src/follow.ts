// Following started jobs to their end, cancelling them when asked, and the verdict a step reports.
// Shared by the start action (wait: true) and the wait sub-action.
import { CancelAnnotationImportJobCommand, type OmicsClient } from '@aws-sdk/client-omics'
import { describeError, errorName } from './aws-errors.js'
import type { Clock, Sleep } from './backoff.js'
import type { WaitSettings } from './inputs.js'
import { getJob, mapLimit } from './jobs.js'
import { formatDuration } from './report.js'
import type { Log } from './submit.js'
import { type JobState, waitForJob, type WaitResult } from './wait.js'

export interface Followed extends WaitResult {
  jobId: string
}

export interface FollowDeps {
  now: Clock
  sleep: Sleep
  log: Log
  signal?: AbortSignal
  random?: () => number
}

function stateOf(job: Awaited<ReturnType<typeof getJob>>): JobState {
  return {
    status: job.status ?? 'UNKNOWN',
    ...(job.statusMessage && { statusMessage: job.statusMessage }),
    items: (job.items ?? []).map(i => ({ source: i.source ?? '', jobStatus: i.jobStatus ?? '' }))
  }
}

/** Polls every job at once until each ends, the timeout runs out, or the run is cancelled. */
export async function followJobs(
  omics: OmicsClient,
  jobIds: string[],
  w: WaitSettings,
  d: FollowDeps
): Promise<Followed[]> {
  const many = jobIds.length > 1
  return Promise.all(
    jobIds.map(async jobId => {
      const result = await waitForJob({
        getStatus: async signal => stateOf(await getJob(omics, jobId, signal)),
        timeoutMs: w.waitTimeoutMs,
        pollIntervalMs: w.pollIntervalMs,
        allowPartial: w.allowPartial,
        now: d.now,
        sleep: d.sleep,
        ...(d.random && { random: d.random }),
        ...(d.signal && { signal: d.signal }),
        onChange: (state, elapsed) =>
          d.log.info(
            `${many ? `Job ${jobId}: ` : 'Job '}${state.status} after ${formatDuration(elapsed)}${state.statusMessage ? ` (${state.statusMessage})` : ''}`
          ),
        onRetry: error => d.log.debug(`Status check of ${jobId} failed (${errorName(error)}); checking again`)
      })
      return { jobId, ...result }
    })
  )
}

/** Cancels each job and reads its status back; returns one line per job for the log. */
export async function cancelJobs(
  omics: OmicsClient,
  jobIds: string[],
  d: Pick<FollowDeps, 'sleep' | 'log'>
): Promise<string[]> {
  return mapLimit(jobIds, 5, async jobId => {
    try {
      await omics.send(new CancelAnnotationImportJobCommand({ jobId }))
      let status = 'cancel requested'
      for (let i = 0; i < 3; i++) {
        status = (await getJob(omics, jobId)).status ?? status
        if (status === 'CANCELLED' || status === 'COMPLETED' || status === 'FAILED') break
        await d.sleep(500)
      }
      return `job ${jobId}: cancelled (status now ${status})`
    } catch (error) {
      return `job ${jobId}: could not cancel (${describeError(error)})`
    }
  })
}

const SEVERITY = [
  'FAILED',
  'CANCELLED',
  'COMPLETED_WITH_FAILURES',
  'UNKNOWN',
  'IN_PROGRESS',
  'SUBMITTED',
  'COMPLETED'
]

/** The status output of a set of jobs: theirs when they agree, else the most serious one. */
export function overallStatus(statuses: string[]): string {
  if (statuses.length === 0) return ''
  return [...statuses].sort((a, b) => SEVERITY.indexOf(a) - SEVERITY.indexOf(b))[0] ?? ''
}

/** Why followed jobs make the step fail, or undefined when they do not. */
export function followFailure(
  followed: Followed[],
  w: WaitSettings,
  cancelled: string[]
): string | undefined {
  const lines: string[] = []
  for (const f of followed) {
    const status = f.last?.status ?? 'unknown'
    if (f.outcome === 'success') continue
    if (f.outcome === 'failure') {
      const items = (f.last?.items ?? []).map(i => `${i.source}: ${i.jobStatus}`).join('; ')
      lines.push(
        `Job ${f.jobId} ended ${status}${f.last?.statusMessage ? `: ${f.last.statusMessage}` : ''}${items ? ` [${items}]` : ''}`
      )
    } else if (f.outcome === 'timeout') {
      lines.push(
        `Job ${f.jobId} had not ended after waiting ${formatDuration(f.elapsedMs)} (wait-timeout); last status ${status}`
      )
    } else {
      lines.push(`Stopped waiting for job ${f.jobId} (the workflow run was cancelled); last status ${status}`)
    }
  }
  if (lines.length === 0) return undefined
  const unfinished = followed.filter(f => f.outcome === 'timeout' || f.outcome === 'aborted')
  if (unfinished.length > 0) {
    if (cancelled.length > 0) lines.push(...cancelled.map(c => `Cancel-on-timeout: ${c}`))
    else if (!w.cancelOnTimeout)
      lines.push(
        `The job${unfinished.length > 1 ? 's keep' : ' keeps'} running: ${unfinished.map(f => f.jobId).join(', ')} (set cancel-on-timeout: true to cancel instead)`
      )
  }
  if (
    followed.some(f => f.outcome === 'failure' && f.last?.status === 'COMPLETED_WITH_FAILURES') &&
    !w.allowPartial
  ) {
    lines.push('Some items failed (COMPLETED_WITH_FAILURES); set allow-partial: true to accept that.')
  }
  return lines.join('\n')
}
