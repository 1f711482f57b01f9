// Pure: the start action's result (outputs, summary, failure, warnings) from what its phases found.
import { AbortedError } from '../shared/errors.js'
import { plural } from '../shared/text.js'
import { describeError, errorName } from '../aws/aws-errors.js'
import { explainError, type StepContext } from './explain.js'
import { InputError, StartError, StepError } from '../shared/errors.js'
import type { FollowedJob } from '../phases/follow.js'
import {
  followedEntry,
  followedRow,
  type CancelledWhile,
  followFailureLines,
  followOutputs,
  followWarnings
} from './follow-report.js'
import { isDryRun, type StartInputs } from '../inputs/inputs.js'
import { overallStatus } from '../model/job-status.js'
import type { ImportRequest } from '../model/request.js'
import type { Outcome } from '../phases/start-batch.js'
import type { VersionError, VersionOutcome } from '../phases/store-version.js'
import type { SummaryJob } from './summary.js'
import type { StartState } from './start-state.js'
import { errorFailure, stepContext, type StepResult } from './step-result.js'

export type { StartState } from './start-state.js'

const files = (request: ImportRequest): string[] => request.items.map(item => item.source)

/** A Start in flight at cancel whose job could not be confirmed: never "no job was started". */
function maybeStartedLines(uncertain: readonly Outcome[], ctx: StepContext): string[] {
  const store = uncertain[0]?.request.destinationName ?? '<store>'
  return [
    `A job may have been started for ${uncertain.map(o => files(o.request).join(', ')).join('; ')}: ` +
      'the Start call was in flight when the run was cancelled, and its job could not be confirmed in time.',
    `To find it: rerun with skip-imported: true (it skips files a job is importing), or list the store's jobs: ` +
      `aws omics list-annotation-import-jobs --region ${ctx.region} --filter storeName=${store}`
  ]
}

/** Cancelled once every job had started (one found after the cancel included), and none was followed. */
function cancelledAfterStartLine(state: StartState): string {
  const ids = (state.outcomes ?? []).flatMap(outcome => (outcome.jobId ? [outcome.jobId] : []))
  const running = ids.length > 1 ? `jobs ${ids.join(', ')} keep running` : `job ${ids[0]} keeps running`
  return state.followed
    ? 'Stopped: the workflow run was cancelled.'
    : `Stopped: the workflow run was cancelled once the import had started: ${running} (set cancel-on-timeout: true to cancel on a cancel).`
}

function notStartedLines(outcomes: readonly Outcome[], ctx: StepContext): string[] {
  const notStarted = outcomes.filter(outcome => outcome.error)
  const started = outcomes.length - notStarted.length
  if (outcomes.some(outcome => outcome.error instanceof AbortedError)) {
    const head = 'Stopped: the workflow run was cancelled while jobs were being started.'
    const uncertain = outcomes.filter(o => o.error instanceof AbortedError && o.error.maybeStarted)
    if (uncertain.length > 0) return [head, ...maybeStartedLines(uncertain, ctx)]
    return [started === 0 ? `${head} No job was started.` : head]
  }
  if (notStarted.length === 0) return []
  const reason = (outcome: Outcome): string => explainError(outcome.error, ctx)
  if (outcomes.length === 1 && notStarted[0]) return [reason(notStarted[0])]
  return [
    `${notStarted.length} of ${plural(outcomes.length, 'job')} could not be started${started > 0 ? ` (${started} started: see the job-ids output)` : ''}:`,
    ...notStarted.map(
      outcome => `- ${files(outcome.request).join(', ')}: ${reason(outcome).replace(/\n/g, ' ')}`
    )
  ]
}

function startRows(state: StartState): {
  rows: SummaryJob[]
  entries: Record<string, unknown>[]
  statuses: string[]
} {
  const byJob = new Map((state.followed ?? []).map(job => [job.jobId, job]))
  const rows: SummaryJob[] = []
  const entries: Record<string, unknown>[] = []
  const statuses: string[] = []
  for (const outcome of state.outcomes ?? []) {
    const followed = outcome.jobId ? byJob.get(outcome.jobId) : undefined
    const recovered = outcome.recovered ? { note: '(found after a lost answer)' } : {}
    if (followed) {
      rows.push({ ...followedRow(followed), ...recovered })
      entries.push(followedEntry(followed))
      statuses.push(followed.last?.status ?? 'UNKNOWN')
    } else if (outcome.jobId) {
      rows.push({ jobId: outcome.jobId, items: files(outcome.request), status: 'SUBMITTED', ...recovered })
      entries.push({ jobId: outcome.jobId, items: files(outcome.request), status: 'SUBMITTED' })
      statuses.push('SUBMITTED')
    } else if (outcome.error instanceof AbortedError && outcome.error.maybeStarted) {
      const note = 'a job may have been started: the run was cancelled while Start was in flight'
      rows.push({ items: files(outcome.request), status: 'UNKNOWN', note: `(${note})` })
      entries.push({ items: files(outcome.request), status: 'UNKNOWN', error: note })
      statuses.push('UNKNOWN')
    } else {
      const error =
        outcome.error instanceof StartError
          ? describeError(outcome.error.last)
          : 'not started: the workflow run was cancelled'
      rows.push({
        items: files(outcome.request),
        status: 'NOT STARTED',
        note: outcome.error instanceof StartError ? `(${errorName(outcome.error.last)})` : '(cancelled)'
      })
      entries.push({ items: files(outcome.request), status: 'NOT_STARTED', error })
      statuses.push('NOT_STARTED')
    }
  }
  // Jobs skip-imported found still running, followed with wait: true: after the started ones.
  for (const job of foundJobs(state)) {
    rows.push({ ...followedRow(job), note: '(found by skip-imported: not started by this step)' })
    entries.push(followedEntry(job))
    statuses.push(job.last?.status ?? 'UNKNOWN')
  }
  return { rows, entries, statuses }
}

const foundJobs = (state: StartState): FollowedJob[] => (state.followed ?? []).filter(job => job.found)

/** Files skipped for a job not followed (finished, or wait: false): a row each. */
function skippedRows(state: StartState): SummaryJob[] {
  const followed = new Set(foundJobs(state).map(job => job.jobId))
  return [...(state.skipped ?? [])]
    .filter(([, jobId]) => !followed.has(jobId))
    .map(([uri, jobId]) => ({ items: [uri], status: `skipped (job ${jobId})` }))
}

/** The request JSON: the one request for one job, an array with one-job-per-item; [] when none is sent. */
function requestOutput(inputs: StartInputs | undefined, requests: readonly ImportRequest[]): string {
  return JSON.stringify(inputs?.oneJobPerItem || requests.length === 0 ? requests : requests[0])
}

/** The version a failed version phase carries on its error (a type-only import keeps wait/ free of it). */
function carriedVersion(error: unknown): VersionOutcome | undefined {
  return error instanceof StepError && 'version' in error ? (error as VersionError).version : undefined
}

/** The status output when no job was started: no file, a dry run, every item skipped, or a step that stopped first. */
function notStartedStatus(state: StartState): string {
  if (state.noFiles) return 'NO_FILES'
  if (isDryRun(state.inputs) && state.requests) return 'DRY_RUN'
  if (state.requests?.length === 0) return 'SKIPPED'
  return 'NOT_STARTED'
}

function startOutputs(
  state: StartState,
  statuses: string[],
  entries: Record<string, unknown>[],
  error: unknown
): Record<string, string> {
  const outputs: Record<string, string> = {}
  const version = state.version ?? carriedVersion(error)
  if (version) {
    outputs['version-created'] = String(version.created)
    if (version.arn) outputs['version-arn'] = version.arn
  }
  if (state.items) outputs['items'] = JSON.stringify(state.items)
  if (state.skipped) outputs['skipped'] = JSON.stringify([...state.skipped.keys()])
  outputs['rejected'] = JSON.stringify(state.rejected ?? [])
  outputs['request'] = requestOutput(state.inputs, state.requests ?? [])
  const found = foundJobs(state)
  if (state.outcomes || found.length > 0) {
    const jobIds = (state.outcomes ?? []).flatMap(outcome => (outcome.jobId ? [outcome.jobId] : []))
    // job-id is the first job this step started; job-ids also holds the jobs found and followed.
    if (jobIds[0]) outputs['job-id'] = jobIds[0]
    outputs['job-ids'] = JSON.stringify([...jobIds, ...found.map(job => job.jobId)])
    outputs['jobs'] = JSON.stringify(entries)
    outputs['status'] = overallStatus(statuses)
    if (state.followed) outputs['status-message'] = followOutputs(state.followed)['status-message']
    return outputs
  }
  // Nothing was started: a dry run (whose jobs are the planned ones), every item skipped, or a stop first.
  const status = notStartedStatus(state)
  outputs['job-ids'] = '[]'
  outputs['jobs'] = JSON.stringify(
    status === 'DRY_RUN'
      ? (state.requests ?? []).map(request => ({ items: files(request), status: 'DRY_RUN' }))
      : []
  )
  outputs['status'] = status
  return outputs
}

/** The store, version and region for the summary's facts: an input that failed its checks is not shown. */
function validFacts(
  inputs: StartInputs | undefined,
  error: unknown
): { storeName?: string; versionName?: string; region?: string } {
  const failed = new Set(error instanceof InputError ? error.problems.map(problem => problem.input) : [])
  const valid = (name: string, value: string | undefined): value is string =>
    value !== undefined && value !== '' && !failed.has(name)
  return {
    ...(valid('destination-name', inputs?.destinationName) && { storeName: inputs.destinationName }),
    ...(valid('version-name', inputs?.versionName) && { versionName: inputs.versionName }),
    ...(valid('region', inputs?.region) && { region: inputs.region })
  }
}

export function startResult(state: StartState, error?: unknown): StepResult {
  const inputs = state.inputs
  const ctx = stepContext(inputs)
  const { rows, entries, statuses } = startRows(state)
  const dryRun = isDryRun(inputs)
  const planned =
    dryRun && !state.outcomes
      ? (state.requests ?? []).map(request => ({ items: files(request), status: 'not started' }))
      : []
  const cancelled: CancelledWhile = (state.outcomes ?? []).some(
    outcome => outcome.error instanceof AbortedError
  )
    ? 'starting'
    : inputs?.wait === false
      ? 'not waiting'
      : 'waiting'
  const lines =
    error !== undefined
      ? [errorFailure(error, ctx)]
      : [
          ...notStartedLines(state.outcomes ?? [], ctx),
          ...followFailureLines(
            state.followed ?? [],
            inputs ?? { allowPartial: false, cancelOnTimeout: false },
            ctx,
            cancelled
          )
        ]
  if (lines.length === 0 && state.cancelled) lines.push(cancelledAfterStartLine(state))
  const failure = lines.length > 0 ? lines.join('\n') : undefined
  return {
    outputs: startOutputs(state, statuses, entries, error),
    warnings: followWarnings(state.followed ?? []),
    ...(failure && { failure }),
    summary: {
      title: dryRun
        ? `Annotation import (dry run${inputs?.dryRun === 'offline' ? ', offline' : ''})`
        : 'Annotation import',
      ...validFacts(inputs, error),
      ...(dryRun && { dryRun: true }),
      ...(failure && { failure }),
      notes: state.notes,
      ...(state.fileWarnings?.length && { fileWarnings: state.fileWarnings }),
      ...(state.rejected?.length && { rejected: state.rejected }),
      jobs: [...rows, ...planned, ...skippedRows(state)]
    }
  }
}

/** The store (and version) every followed job imports into, when they agree. */
