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
import { followJobs } from './phases/follow.js'
import { importedItems, JobBook, listJobs } from './phases/history.js'
import type { Log } from './shared/log.js'
import { checkStore } from './phases/preflight.js'
import { provenanceTags } from './phases/provenance.js'
import { ensureVersion, logVersionRequest, planVersion } from './phases/store-version.js'
import { checkVersionFields, type VersionRequest } from './model/version-request.js'
import { AbortedError, InputError, type Problem } from './shared/errors.js'
import { buildRequests, checkItems, checkRequestFields, type ImportRequest } from './model/request.js'
import { type StartState, startResult } from './report/start-result.js'
import type { Deps } from './phases/runtime.js'
import { startedJobs, startRequests } from './phases/start-batch.js'
import { expandItems, type ResolvedItem } from './phases/wildcards.js'
import { historyCacheStore, JobMemory } from './phases/job-cache.js'
import { readPace } from './phases/pace.js'

type RequestBase = Omit<ImportRequest, 'items'>
/** The start action's configuration once checked: the inputs, the request's shared part, the version to create. */
export type StartPlan = StartInputs & { base: RequestBase; version?: VersionRequest }

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
  const resolved = await resolveItems(inputs, deps)
  state.items = resolved.map(item => item.uri)
  if (inputs.preflight) await preflightPhase(inputs, resolved, deps, state)
  if (inputs.version) await versionPhase(inputs.version, inputs, deps, state)
  const cache = inputs.skipImported ? historyCacheStore(process.env) : undefined
  const memory = cache && new JobMemory(cache, historyScope(inputs), deps.log)
  const book = new JobBook(() => deps.clients.omics, deps.signal, readPace(deps.now, deps.sleep), memory)
  state.skipped = inputs.skipImported ? await skipImported(inputs, state.items, book, deps) : new Map()
  const toStart = state.items.filter(uri => !state.skipped?.has(uri))
  state.requests = toStart.length > 0 ? buildRequests(inputs.base, toStart, inputs.oneJobPerItem) : []
  // A plan (offline returned above): every read-only check ran, nothing is started.
  if (isDryRun(inputs))
    return logPlan(state.requests, deps.log, 'Dry run: every read-only check ran; nothing was started')
  if (state.requests.length === 0)
    return deps.log.info('Nothing to import: every item already has an import job.')
  // Cancelled during the checks: nothing is started, so nothing is announced.
  if (deps.signal.aborted) throw new AbortedError()
  logPlan(state.requests, deps.log, startingLine(inputs, state.requests.length, toStart.length))
  state.outcomes = await startRequests(state.requests, inputs, deps, book)
  if (deps.signal.aborted) state.cancelled = true
  const started = startedJobs(state.outcomes)
  // Every job that started is followed, even when others could not start; when the run was cancelled
  // while starting, following ends at once and cancels them if asked.
  if (started.length > 0 && (inputs.wait || (deps.signal.aborted && inputs.cancelOnTimeout))) {
    if (inputs.wait) await warnBeforeWait(inputs, deps)
    state.followed = await followJobs(deps.clients.omics, started, inputs, deps)
  }
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

/** The store (and version) first, then the files themselves: nothing starts, and no version is created, when they do not fit. */
async function preflightPhase(
  inputs: StartPlan,
  resolved: ResolvedItem[],
  deps: Deps,
  state: StartState
): Promise<void> {
  const uris = resolved.map(item => item.uri)
  const shared = buildRequests(inputs.base, uris, false)[0] as ImportRequest
  const options = {
    versionCreated: inputs.createVersion,
    versionOptions: inputs.version?.versionOptions !== undefined,
    filesChecked: inputs.checkFiles
  }
  const check = { omics: deps.clients.omics, request: shared, sources: uris, region: inputs.region, options }
  const store = await checkStore(check, deps)
  if (!inputs.checkFiles) return
  // Loaded only now: the S3 client, the decompression and the format checks are not on a plain submit's path.
  const { checkFiles } = await import('./phases/file-checks.js')
  const readOptions =
    shared.formatOptions && 'tsvOptions' in shared.formatOptions
      ? shared.formatOptions.tsvOptions.readOptions
      : undefined
  const expect = store && {
    storeFormat: store.format,
    infoFields: Object.values(inputs.base.annotationFields ?? {}),
    columns: store.columns,
    ...(readOptions && { readOptions })
  }
  deps.log.info(
    `Checking ${plural(resolved.length, 'file')}: ${store ? 'they exist, are not empty, and their headers fit the store' : 'they exist and are not empty (the store could not be read, so headers are not checked)'}`
  )
  const report = await checkFiles(resolved, expect, deps)
  report.warnings.forEach(warning => deps.log.warning(warning))
  state.fileWarnings = report.verdicts.filter(verdict => verdict.level === 'warn')
  if (report.problems.length > 0) throw new InputError(report.problems, 'no job was started')
  state.notes.push(
    `Files checked: ${plural(report.files, 'file')} (${plural(report.requests, 'S3 request')}, ${plural(report.bytes, 'byte')} read)`
  )
}

async function resolveItems(inputs: StartInputs, deps: Deps): Promise<ResolvedItem[]> {
  const problems: Problem[] = []
  const resolved = await expandItems(inputs.items, deps, problems)
  if (problems.length > 0) throw new InputError(problems, 'no job was started')
  if (resolved.length > inputs.items.length)
    deps.log.info(`Items: ${plural(inputs.items.length, 'line')} matched ${plural(resolved.length, 'file')}`)
  return resolved
}

async function skipImported(
  inputs: StartInputs,
  uris: string[],
  book: JobBook,
  deps: Deps
): Promise<Map<string, string>> {
  const options = { ...historyScope(inputs), maxJobs: inputs.maxHistory }
  await book.memory?.restore()
  const history = await listJobs(deps.clients.omics, options, deps, 'skip-imported', book.pace)
  const skipped = await importedItems(book, history, uris, options, deps)
  await book.memory?.save(history, String(deps.now()))
  const remembered = book.memory ? ` (${plural(book.memory.hits, 'job')} from the cache)` : ''
  deps.log.info(
    `Import history of ${inputs.destinationName}: ${plural(history.length, 'job')} read${remembered}; ${skipped.size > 0 ? `skipping ${plural(skipped.size, 'item')} already imported (or importing)` : 'no item was imported before'}`
  )
  for (const [uri, jobId] of skipped) deps.log.info(`Skipping ${uri}: imported by job ${jobId}`)
  return skipped
}

function historyScope(inputs: StartInputs): { storeName: string; versionName?: string } {
  return {
    storeName: inputs.destinationName,
    ...(inputs.versionName !== undefined && { versionName: inputs.versionName })
  }
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
