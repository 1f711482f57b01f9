// The start action's pipeline, top to bottom: inputs -> items -> preflight -> skip imported -> start ->
// follow (optional). Each phase returns data into the run's state; result.ts turns it into the step's
// outputs, summary and failure.
import { readStartInputs, START_INPUT_ORDER, noEffectWarnings, type StartInputs } from './inputs/inputs.js'
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
import { resolveItems, type ResolvedItem } from './phases/wildcards.js'
import { historyCacheStore, JobMemory } from './phases/job-cache.js'
import { filesToImport } from './phases/file-report.js'
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
  const found = await resolveItems(inputs.items, inputs.ifNoFilesFound, deps)
  state.items = found.map(item => item.uri)
  if (found.length === 0) return await quietNight(inputs, deps, state)
  const resolved = inputs.preflight ? await preflightPhase(inputs, found, deps, state) : found
  state.items = resolved.map(item => item.uri)
  if (inputs.version) await versionPhase(inputs.version, inputs, deps, state)
  const cache = inputs.skipImported ? historyCacheStore(process.env) : undefined
  const memory = cache && new JobMemory(cache, historyScope(inputs), deps.log)
  const book = new JobBook(() => deps.clients.omics, deps.signal, readPace(deps.now, deps.sleep), memory)
  state.skipped = inputs.skipImported ? await skipImported(inputs, state.items, book, deps) : new Map()
  const toStart = state.items.filter(uri => !state.skipped?.has(uri))
  state.requests = toStart.length > 0 ? buildRequests(inputs.base, toStart, inputs.oneJobPerItem) : []
  if (inputs.dryRun === 'plan')
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
  if (inputs.dryRun === 'plan') {
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

/**
 * if-no-files-found: warn or ignore, and no wildcard matched a file: the store is still checked (a wrong
 * store or region fails on a quiet night too); no version is created, no history read, nothing started.
 */
async function quietNight(inputs: StartPlan, deps: Deps, state: StartState): Promise<void> {
  if (inputs.preflight) await storePhase(inputs, [], deps)
  state.noFiles = true
  state.requests = []
  if (inputs.skipImported) state.skipped = new Map()
  state.notes.push(
    `Nothing to import: no file matched the items (if-no-files-found: ${inputs.ifNoFilesFound})`
  )
}

function storePhase(inputs: StartPlan, uris: string[], deps: Deps): ReturnType<typeof checkStore> {
  const shared = buildRequests(inputs.base, uris, false)[0] as ImportRequest
  return checkStore(deps.clients.omics, shared, uris, inputs.region, deps, {
    versionCreated: inputs.createVersion,
    versionOptions: inputs.version?.versionOptions !== undefined,
    filesChecked: inputs.checkFiles
  })
}

/**
 * The store (and version) first, then the files themselves: nothing starts, and no version is created,
 * when they do not fit. Returns the files to import: all of them, or with bad-files: skip those that passed.
 */
async function preflightPhase(
  inputs: StartPlan,
  resolved: ResolvedItem[],
  deps: Deps,
  state: StartState
): Promise<ResolvedItem[]> {
  const store = await storePhase(
    inputs,
    resolved.map(item => item.uri),
    deps
  )
  if (!inputs.checkFiles) return resolved
  // Loaded only now: the S3 client, the decompression and the format checks are not on a plain submit's path.
  const { checkFiles } = await import('./phases/file-checks.js')
  const format = inputs.base.formatOptions
  const readOptions = format && 'tsvOptions' in format ? format.tsvOptions.readOptions : undefined
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
  const { kept, rejected, error } = filesToImport(resolved, report, inputs.badFiles, deps.log)
  state.rejected = rejected
  if (error) throw error
  state.notes.push(
    `Files checked: ${plural(report.files, 'file')} (${plural(report.requests, 'S3 request')}, ${plural(report.bytes, 'byte')} read)${state.rejected?.length ? `; ${plural(state.rejected.length, 'file')} left out (bad-files: skip)` : ''}`
  )
  return kept
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
