// The start action's and the wait sub-action's inputs: raw strings -> typed configuration, plus every
// problem found and warnings for settings that have no effect. Checks against the service model are
// request.ts's.
import { type Env, type InputReader, Reader, type YamlLoader, yamlFor } from './input-reader.js'
import { type ItemLine, parseItems, parseJobIds } from './lists.js'
import { InputError, type Problem } from '../shared/errors.js'

export { parseItems, parseJobIds, type ItemLine } from './lists.js'

export type { Env, InputReader, YamlLoader } from './input-reader.js'
export { parseDuration } from './input-reader.js'
export type { ConnectionInputs, WaitSettings } from './connection.js'
import { type ConnectionInputs, readConnection, readWaitSettings, type WaitSettings } from './connection.js'

/** dry-run: off, a plan (every read-only call, nothing started), or offline (no AWS call at all). */
export type DryRun = 'off' | 'plan' | 'offline'

/** A dry run (a plan or offline) starts nothing: the one place that decides it, for the step and its report. */
export function isDryRun(inputs: Pick<StartInputs, 'dryRun'> | undefined): boolean {
  return inputs !== undefined && inputs.dryRun !== 'off'
}

export interface StartInputs extends ConnectionInputs, WaitSettings {
  destinationName: string
  /** Items as given (trimmed, comments and blanks dropped), each with where it was given. */
  items: ItemLine[]
  roleArn: string
  versionName?: string
  /** create-version: create the version (when missing) and wait until it is ACTIVE before importing. */
  createVersion: boolean
  versionDescription?: string
  /** Parsed but not yet checked against the model: version-request.ts does that. */
  versionOptions?: unknown
  versionTags?: unknown
  /** Parsed but not yet checked against the model: request.ts does that. */
  formatOptions?: unknown
  annotationFields?: unknown
  runLeftNormalization?: boolean
  dryRun: DryRun
  wait: boolean
  oneJobPerItem: boolean
  maxConcurrency: number
  skipImported: boolean
  /** skip-imported: import a file again when its S3 object changed after the job that imported it was created. */
  reimportChanged: boolean
  /** Past import jobs of the store read at most by skip-imported and the lost-answer look-up. */
  maxHistory: number
  /** skip-imported remembers finished jobs between runs in the GitHub Actions cache. */
  historyCache: boolean
  preflight: boolean
  /** Part of preflight: every file exists, is not empty, and its header fits the store. */
  checkFiles: boolean
  /** A wildcard line that matches nothing: fail the step, or drop it with a warning or a log line. */
  ifNoFilesFound: NoFilesMode
  /** Files that fail the file checks: fail the step, or leave them out and import the rest. */
  badFiles: BadFilesMode
}

export type NoFilesMode = 'error' | 'warn' | 'ignore'
export type BadFilesMode = 'fail' | 'skip'

export interface WaitInputs extends ConnectionInputs, WaitSettings {
  jobIds: string[]
}

/** The start action's inputs in action.yml's order: problems are reported in this order. */
export const START_INPUT_ORDER = [
  'destination-name',
  'items',
  'role-arn',
  'version-name',
  'create-version',
  'version-description',
  'version-options',
  'version-tags',
  'format-options',
  'annotation-fields',
  'run-left-normalization',
  'region',
  'endpoint-url',
  'http-proxy',
  'request-timeout',
  'max-attempts',
  'role-to-assume',
  'role-session-name',
  'audience',
  'dry-run',
  'wait',
  'wait-timeout',
  'poll-interval',
  'allow-partial',
  'cancel-on-timeout',
  'credentials-expire-at',
  'one-job-per-item',
  'max-concurrency',
  'skip-imported',
  'reimport-changed',
  'max-history',
  'history-cache',
  'preflight',
  'check-files',
  'if-no-files-found',
  'bad-files'
]

/** Settings that change nothing in this run: said as warnings, not silently ignored. */
export function noEffectWarnings(inputs: StartInputs): string[] {
  const warnings: string[] = []
  if (!inputs.wait || isDryRun(inputs)) {
    const why = isDryRun(inputs) ? 'on a dry run (nothing is started)' : 'without wait: true'
    if (inputs.allowPartial) warnings.push(`allow-partial has no effect ${why}.`)
    if (inputs.cancelOnTimeout)
      warnings.push(
        inputs.dryRun !== 'off'
          ? `cancel-on-timeout has no effect ${why}.`
          : 'cancel-on-timeout without wait: true acts only when the workflow run is cancelled while jobs are being started: ' +
              'it then cancels the jobs already started. Nothing is waited for, so no wait-timeout runs out.'
      )
    if (inputs.wait) warnings.push(`wait has no effect ${why}.`)
  }
  // Only the value other than the default can be told from the default (the runner passes defaults as given).
  if (!inputs.skipImported && !inputs.reimportChanged)
    warnings.push('reimport-changed has no effect without skip-imported: true.')
  if (!inputs.createVersion)
    for (const [name, given] of [
      ['version-description', inputs.versionDescription],
      ['version-options', inputs.versionOptions],
      ['version-tags', inputs.versionTags]
    ] as const)
      if (given !== undefined) warnings.push(`${name} has no effect without create-version: true.`)
  if (inputs.badFiles === 'skip' && !(inputs.preflight && inputs.checkFiles))
    warnings.push(
      `bad-files: skip has no effect without the file checks (${inputs.preflight ? 'check-files' : 'preflight'}: false).`
    )
  return warnings
}

export const DEFAULT_MAX_HISTORY = 20_000

/** items: the files given, and a problem when the input holds none. */
function readItems(r: Reader): ItemLine[] {
  const itemsText = r.required('items', 'S3 URIs of the files to import, one per line or a JSON array')
  const items = parseItems(r.raw('items'), r.problems)
  if (itemsText !== '' && items.length === 0 && !r.problems.some(p => p.input === 'items'))
    r.problem(
      'items',
      'has no URI (only blank or # comment lines, or an empty array): give at least one s3://bucket/key'
    )
  return items
}

/**
 * Reads and parses the start action's inputs. Problems are returned, not thrown, so that the request
 * checks can add theirs and every problem is reported in one failure.
 */
export async function readStartInputs(
  get: InputReader,
  env: Env = process.env,
  loadYaml?: YamlLoader
): Promise<{ inputs: StartInputs; problems: Problem[] }> {
  const structured = ['format-options', 'annotation-fields', 'version-options', 'version-tags']
  const r = new Reader(get, env, await yamlFor(get, structured, loadYaml))
  const destinationName = r.required('destination-name', 'the annotation store name, e.g. my_store')
  const items = readItems(r)
  const roleArn = r.required('role-arn', 'the ARN of the service role HealthOmics assumes to read the files')
  const versionName = r.optional('version-name')
  const createVersion = r.boolean('create-version', false)
  const versionDescription = r.optional('version-description')
  const versionOptions = r.structured('version-options')
  const versionTags = r.structured('version-tags')
  const formatOptions = r.structured('format-options')
  const annotationFields = r.structured('annotation-fields')
  const runLeftNormalization = r.boolean('run-left-normalization', undefined)
  const dryRun = r.booleanOrWord('dry-run', false, ['offline'] as const)
  const inputs: StartInputs = {
    destinationName,
    items,
    roleArn,
    ...(versionName !== undefined && { versionName }),
    createVersion,
    ...(versionDescription !== undefined && { versionDescription }),
    ...(versionOptions !== undefined && { versionOptions }),
    ...(versionTags !== undefined && { versionTags }),
    ...(formatOptions !== undefined && { formatOptions }),
    ...(annotationFields !== undefined && { annotationFields }),
    ...(runLeftNormalization !== undefined && { runLeftNormalization }),
    ...readConnection(r, env),
    ...readWaitSettings(r),
    dryRun: dryRun === 'offline' ? 'offline' : dryRun ? 'plan' : 'off',
    wait: r.boolean('wait', false),
    oneJobPerItem: r.boolean('one-job-per-item', false),
    maxConcurrency: r.integer('max-concurrency', 5, 1, 50),
    skipImported: r.boolean('skip-imported', false),
    reimportChanged: r.boolean('reimport-changed', true),
    maxHistory: r.integer('max-history', DEFAULT_MAX_HISTORY, 100, 1_000_000),
    historyCache: r.boolean('history-cache', true),
    ...readChecks(r)
  }
  return { inputs, problems: r.problems }
}

/** The checks before anything starts, and what a wildcard matching nothing or a bad file does. */
function readChecks(
  r: Reader
): Pick<StartInputs, 'preflight' | 'checkFiles' | 'ifNoFilesFound' | 'badFiles'> {
  return {
    preflight: r.boolean('preflight', true),
    checkFiles: r.boolean('check-files', true),
    ifNoFilesFound: r.word('if-no-files-found', ['error', 'warn', 'ignore'] as const),
    badFiles: r.word('bad-files', ['fail', 'skip'] as const)
  }
}

/** Reads the wait sub-action's inputs; throws InputError listing every problem. */
export function readWaitInputs(get: InputReader, env: Env = process.env): WaitInputs {
  const r = new Reader(get, env)
  const ids = [
    ...parseJobIds('job-id', r.raw('job-id'), r.problems),
    ...parseJobIds('job-ids', r.raw('job-ids'), r.problems)
  ]
  if (!r.given('job-id') && !r.given('job-ids'))
    r.problem(
      'job-id',
      "is required: give the id of an annotation import job (the start step's job-id output), or job-ids"
    )
  else if (ids.length === 0 && r.problems.length === 0)
    // '[]' from a start step that started nothing: waiting for no job would pass without checking anything.
    r.problem(
      r.given('job-ids') ? 'job-ids' : 'job-id',
      `has no job id (got ${JSON.stringify(r.raw(r.given('job-ids') ? 'job-ids' : 'job-id').trim())}): give at least one annotation import job id`
    )
  const inputs: WaitInputs = { jobIds: [...new Set(ids)], ...readConnection(r, env), ...readWaitSettings(r) }
  if (r.problems.length > 0) throw new InputError(r.problems)
  return inputs
}
