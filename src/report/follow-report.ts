// Pure: what followed jobs mean for a step, the same for the start action and the wait sub-action:
// status outputs, the verdict's lines, warnings, and summary rows.
import { explainError, type StepContext } from './explain.js'
import { type ExpiredJob, expiredLines } from '../phases/expiry.js'
import type { FollowedJob } from '../phases/follow.js'
import type { WaitSettings } from '../inputs/inputs.js'
import { overallStatus } from '../model/job-status.js'
import { type SummaryJob } from './summary.js'
import { formatDuration } from '../shared/text.js'

export function lastStatus(job: FollowedJob): string {
  return job.last?.status ?? 'UNKNOWN'
}

function cancelNote(job: FollowedJob): string | undefined {
  if (!job.cancel) return undefined
  if (job.cancel.error) return `could not cancel (${job.cancel.error})`
  if (!job.cancel.confirmed) return `cancel requested, not yet confirmed (last status ${lastStatus(job)})`
  return lastStatus(job) === 'CANCELLED'
    ? 'cancelled by this step'
    : `ended ${lastStatus(job)} before the cancel took effect`
}

/** The job's own run time, from the service's clock: creation to completion (or to now, still running). */
export function runTime(job: FollowedJob): number | undefined {
  const created = job.last?.creationTime?.getTime()
  const ended = job.last?.completionTime?.getTime()
  return created !== undefined && ended !== undefined && ended >= created ? ended - created : undefined
}

export function followOutputs(followed: readonly FollowedJob[]): {
  status: string
  'status-message': string
} {
  // One job: its message as the service gave it. Several: each line names its job.
  const messages = followed.flatMap(job => {
    const named = (line: string): string => (followed.length > 1 ? `job ${job.jobId}: ${line}` : line)
    const lines = job.last?.statusMessage ? [named(job.last.statusMessage)] : []
    const note = cancelNote(job)
    // An unconfirmed cancel always names the job: it is the one thing to go and check.
    if (note && !job.cancel?.confirmed) lines.push(`job ${job.jobId}: ${note}`)
    return lines
  })
  return { status: overallStatus(followed.map(lastStatus)), 'status-message': messages.join('\n') }
}

export function followWarnings(followed: readonly FollowedJob[]): string[] {
  return followed
    .filter(job => job.outcome === 'success' && lastStatus(job) === 'COMPLETED_WITH_FAILURES')
    .map(job => `Job ${job.jobId} completed with failures (allowed by allow-partial)`)
}

/** How the step met the cancel: while starting (said by the start's lines), while waiting, or neither. */
export type CancelledWhile = 'starting' | 'waiting' | 'not waiting'

function jobLine(job: FollowedJob, ctx: StepContext, cancelled: CancelledWhile): string | undefined {
  const status = job.last?.status ?? 'unknown'
  switch (job.outcome) {
    case 'success':
      return undefined
    case 'failure': {
      const items = (job.last?.items ?? []).map(item => `${item.source}: ${item.jobStatus}`).join('; ')
      const found = job.found ? ' (found by skip-imported: a rerun imports its failed files again)' : ''
      return `Job ${job.jobId} ended ${status}${job.last?.statusMessage ? `: ${job.last.statusMessage}` : ''}${items ? ` [${items}]` : ''}${found}`
    }
    case 'timeout':
      // After a confirmed cancel the status is what the cancel made it: the cancel's own line says so.
      return `Job ${job.jobId} had not ended after waiting ${formatDuration(job.waitedMs)} (wait-timeout)${job.cancel?.confirmed ? '' : `; last status ${status}`}`
    case 'aborted':
      if (cancelled === 'starting') return undefined
      return cancelled === 'waiting'
        ? `Stopped waiting for job ${job.jobId} (the workflow run was cancelled); last status ${status}`
        : `The workflow run was cancelled once job ${job.jobId} had started (wait: false); last status ${status}`
    case 'expired':
      return undefined // said once for all of them: expiredLines
    case 'error':
      return `Could not follow job ${job.jobId}: ${explainError(job.error, ctx).replace(/\n/g, ' ')}`
  }
}

function expiredJobs(followed: readonly FollowedJob[]): ExpiredJob[] {
  return followed
    .filter(job => job.outcome === 'expired')
    .map(job => ({ jobId: job.jobId, waitedMs: job.waitedMs, ...(job.last && { status: job.last.status }) }))
}

/** Why followed jobs make the step fail: one line each, then what became of the unfinished ones. */
export function followFailureLines(
  followed: readonly FollowedJob[],
  settings: Pick<WaitSettings, 'allowPartial' | 'cancelOnTimeout'>,
  ctx: StepContext,
  cancelled: CancelledWhile = 'waiting'
): string[] {
  const lines = followed.flatMap(job => jobLine(job, ctx, cancelled) ?? [])
  lines.push(...expiredLines(expiredJobs(followed)))
  const unfinished = followed.filter(job => job.outcome === 'timeout' || job.outcome === 'aborted')
  for (const job of unfinished) {
    const note = cancelNote(job)
    if (note) lines.push(`Cancel-on-timeout: job ${job.jobId}: ${note}`)
  }
  const running = unfinished.filter(job => !job.cancel && !job.found)
  if (running.length > 0 && !settings.cancelOnTimeout)
    lines.push(
      `The job${running.length > 1 ? 's keep' : ' keeps'} running: ${running.map(job => job.jobId).join(', ')} (set cancel-on-timeout: true to cancel instead)`
    )
  const found = unfinished.filter(job => job.found)
  if (found.length > 0)
    lines.push(
      `The job${found.length > 1 ? 's keep' : ' keeps'} running: ${found.map(job => job.jobId).join(', ')} (found by skip-imported, not started by this step, so never cancelled by it)`
    )
  if (
    followed.some(job => job.outcome === 'failure' && lastStatus(job) === 'COMPLETED_WITH_FAILURES') &&
    !settings.allowPartial
  )
    lines.push('Some items failed (COMPLETED_WITH_FAILURES); set allow-partial: true to accept that.')
  return lines
}

/** The summary's note after the status: the status itself already says CANCELLED, so only who did it. */
function rowNote(job: FollowedJob): string | undefined {
  if (!job.cancel?.confirmed || job.cancel.error) return cancelNote(job)
  return lastStatus(job) === 'CANCELLED' ? 'by this step' : 'before the cancel took effect'
}

/** A summary row for a followed job. */
export function followedRow(job: FollowedJob): SummaryJob {
  const run = runTime(job)
  const note = rowNote(job)
  return {
    jobId: job.jobId,
    items: job.items,
    status: lastStatus(job),
    ...(note && { note: `(${note})` }),
    ...(job.last?.statusMessage && { statusMessage: job.last.statusMessage }),
    ...(run !== undefined && { runMs: run }),
    waitedMs: job.waitedMs,
    ...(job.last?.items && { itemStatuses: job.last.items })
  }
}

/**
 * The jobs output entry for a followed job: {jobId, items, status, statusMessage}, the same in both
 * actions (a cancel shows in status, and an unconfirmed one in status-message); found: true for a job
 * skip-imported found still running (the start action with wait: true), which this step did not start.
 */
export function followedEntry(job: FollowedJob): Record<string, unknown> {
  return {
    jobId: job.jobId,
    items: job.items,
    status: lastStatus(job),
    ...(job.last?.statusMessage && { statusMessage: job.last.statusMessage }),
    ...(job.found && { found: true })
  }
}
