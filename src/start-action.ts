// The start action's pipeline, top to bottom: inputs -> items -> preflight -> skip imported -> start ->
// follow (optional). Each phase returns data into the run's state; result.ts turns it into the step's
// outputs, summary and failure.
import {
  isDryRun,
  noEffectWarnings,
  readStartInputs,
  START_INPUT_ORDER,
  type StartInputs
} from './inputs/inputs.js'
import { plural } from './shared/text.js'
import type { StepDefinition } from './run-step.js'
import { warnBeforeWait } from './phases/expiry.js'
import { followJobs, type JobToFollow } from './phases/follow.js'
import { JobBook } from './phases/history.js'
import type { Log } from './shared/log.js'
import { provenanceTags } from './phases/provenance.js'
import { ensureVersion, logVersionRequest, planVersion } from './phases/store-version.js'
import { checkVersionFields, type VersionRequest } from './model/version-request.js'
import { AbortedError, InputError, type Problem } from './shared/errors.js'
import { buildRequests, checkItems, checkRequestFields, type ImportRequest } from './model/request.js'
import { type StartState, startResult } from './report/start-result.js'
import type { StartPlan } from './model/start-plan.js'
import { preflightPhase, quietNight } from './start-checks.js'
import type { Deps } from './phases/runtime.js'
import { startedJobs, startRequests } from './phases/start-batch.js'
import { resolveItems } from './phases/wildcards.js'
import { JobMemory, runKey } from './phases/job-cache.js'
import { historyCacheStore } from './phases/history-cache-store.js'
import { readPace } from './phases/pace.js'
import { StepDeadline } from './phases/deadline.js'
import { historyScope, skipImported, type UnfinishedJob } from './phases/skip-imported.js'

export type { StartPlan } from './model/start-plan.js'

/** Validates everything that needs no AWS call; throws InputError with every problem, the inputs' included. */
export function checkInputs(inputs: StartInputs, problems: Problem[]): Pick<StartPlan, 'base' | 'version'> {
  const base = checkRequestFields(inputs, problems)
  const version = checkVersionFields(inputs, problems)
  checkItems(inputs.items, problems)
  const rank = (problem: Problem): number => START_INPUT_ORDER.indexOf(problem.input)
  if (problems.length > 0) throw new InputError([...problems].sort((a, b) => rank(a) - rank(b)))
  return { base, ...(version && { version }) }
}

export async function run(inputs: StartPlan, deps: Deps, state: StartState): Promise<void> {
  noEffectWarnings(inputs).forEach(warning => deps.log.warning(warning))
  if (inputs.dryRun === 'offline') return await planOffline(inputs, state, deps.log)
  // One deadline for every wait of the step (version, slot, jobs), counted from here.
  const deadline = new StepDeadline(deps.now, inputs.waitTimeoutMs)
  const matched = await resolveItems(inputs.items, inputs.ifNoFilesFound, deps)
  state.items = matched.map(item => item.uri)
  if (matched.length === 0) return await quietNight(inputs, deps, state)
  const resolved = inputs.preflight ? await preflightPhase(inputs, matched, deps, state) : matched
  state.items = resolved.map(item => item.uri)
  if (inputs.version)
    await versionPhase(inputs.version, { ...inputs, waitTimeoutMs: deadline.left() }, deps, state)
  const cache = inputs.skipImported
    ? historyCacheStore(process.env, inputs.historyCache, deps.signal)
    : undefined
  const memory = cache && new JobMemory(cache, historyScope(inputs), deps.log)
  const book = new JobBook(() => deps.clients.omics, deps.signal, readPace(deps.now, deps.sleep), memory)
  const skips = inputs.skipImported
    ? await skipImported(inputs, resolved, book, deps, runKey(process.env, deps.now()))
    : undefined
  state.skipped = skips?.skipped ?? new Map()
  if (skips?.reimported.length)
    state.notes.push(
      `${inputs.dryRun === 'plan' ? 'Would import again' : 'Imported again'}, changed after their earlier import job: ${plural(skips.reimported.length, 'file')}`
    )
  // wait: true follows the jobs still importing skipped files too, so a green step means imported.
  const found = inputs.wait ? (skips?.unfinished ?? []) : []
  const toStart = state.items.filter(uri => !state.skipped?.has(uri))
  state.requests = toStart.length > 0 ? buildRequests(inputs.base, toStart, inputs.oneJobPerItem) : []
  if (isDryRun(inputs)) return planRun(state.requests, found, deps.log)
  if (state.requests.length === 0 && found.length === 0)
    return deps.log.info('Nothing to import: every item already has an import job.')
  // Cancelled during the checks: nothing is started, so nothing is announced.
  if (deps.signal.aborted) throw new AbortedError()
  if (state.requests.length > 0) {
    logPlan(state.requests, deps.log, startingLine(inputs, state.requests.length, toStart.length))
    state.outcomes = await startRequests(
      state.requests,
      { ...inputs, waitTimeoutMs: deadline.left() },
      deps,
      book
    )
  }
  if (deps.signal.aborted) state.cancelled = true
  await followPhase(inputs, found, deadline, deps, state)
}

/**
 * Every job that started is followed, even when others could not start; when the run was cancelled
 * while starting, following ends at once and cancels them if asked. With wait: true, the unfinished jobs
 * skip-imported found are followed too (never cancelled: they are not this step's).
 */
async function followPhase(
  inputs: StartPlan,
  found: readonly UnfinishedJob[],
  deadline: StepDeadline,
  deps: Deps,
  state: StartState
): Promise<void> {
  const jobs: JobToFollow[] = [
    ...startedJobs(state.outcomes ?? []),
    ...found.map(job => ({ jobId: job.jobId, items: job.items, found: true as const }))
  ]
  if (jobs.length === 0 || !(inputs.wait || (deps.signal.aborted && inputs.cancelOnTimeout))) return
  if (found.length > 0)
    deps.log.info(
      `Following ${plural(found.length, 'job')} found still importing skipped items: ${found.map(job => `${job.jobId} (${job.status})`).join(', ')}`
    )
  const settings = { ...inputs, waitTimeoutMs: deadline.forJobs() }
  if (inputs.wait) await warnBeforeWait(settings, deps)
  state.followed = await followJobs(deps.clients.omics, jobs, settings, deps)
}

function planRun(requests: ImportRequest[], found: readonly UnfinishedJob[], log: Log): void {
  if (found.length > 0)
    log.info(
      `Dry run: with wait: true, ${plural(found.length, 'job')} found still importing skipped items would be followed: ${found.map(job => job.jobId).join(', ')}`
    )
  logPlan(requests, log, 'Dry run: every read-only check ran; nothing was started')
}

async function planOffline(inputs: StartPlan, state: StartState, log: Log): Promise<void> {
  state.items = inputs.items.map(item => item.uri)
  state.requests = buildRequests(inputs.base, state.items, inputs.oneJobPerItem)
  if (inputs.version) logVersionRequest(await withProvenance(inputs.version), log)
  logPlan(
    state.requests,
    log,
    'dry-run: offline: the inputs were checked and no AWS call was made (wildcards are not expanded)'
  )
}

/** The create request as sent: the user's tags over the provenance tags (repository, workflow, run, commit). */
async function withProvenance(request: VersionRequest): Promise<VersionRequest> {
  return { ...request, tags: { ...(await provenanceTags()), ...request.tags } }
}

/** create-version: the version exists and is ACTIVE before anything is imported into it (a plan only reads). */
async function versionPhase(
  request: VersionRequest,
  inputs: StartPlan,
  deps: Deps,
  state: StartState
): Promise<void> {
  // The request is printed by ensureVersion and planVersion, only when it is (or would be) sent.
  const sent = await withProvenance(request)
  if (isDryRun(inputs)) {
    state.notes.push(`Dry run: ${await planVersion(deps.clients.omics, sent, deps)}`)
    return
  }
  state.version = await ensureVersion(deps.clients.omics, sent, inputs, deps)
  state.notes.push(
    `Version ${state.version.versionName}: ${state.version.created ? 'created by this run' : 'already existed'} (${state.version.status})`
  )
}

function startingLine(inputs: StartInputs, jobs: number, items: number): string {
  const version = inputs.versionName ? ` (version ${inputs.versionName})` : ''
  return `Starting ${plural(jobs, 'annotation import job')} into ${inputs.destinationName}${version} in ${inputs.region}: ${plural(items, 'item')}`
}

function logPlan(requests: ImportRequest[], log: Log, head: string): void {
  const many = requests.length > 1
  log.group(
    many ? `Requests (${requests.length})` : 'Request',
    requests.map(request => (many ? JSON.stringify(request) : JSON.stringify(request, null, 2)))
  )
  log.info(head)
}

export const startStep: StepDefinition<StartPlan, StartState> = {
  newState: () => ({ notes: [] }),
  async read(getInput, state) {
    const read = await readStartInputs(getInput, process.env, () => import('yaml'))
    state.inputs = read.inputs
    return { ...read.inputs, ...checkInputs(read.inputs, read.problems) }
  },
  run,
  result: startResult,
  loadS3: () => import('@aws-sdk/client-s3')
}
