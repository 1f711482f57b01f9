import { InputError, type Problem, shown } from './problems.js'

/** Reads one raw input by its action.yml name; '' when unset. */
export type InputReader = (name: string) => string
export type Env = Record<string, string | undefined>

/** What every entry point (start and wait) needs to reach the service. */
export interface ConnectionInputs {
  region: string
  endpointUrl?: string
  httpProxy?: string
  maxAttempts: number
}

export interface WaitSettings {
  waitTimeoutMs: number
  pollIntervalMs: number
  allowPartial: boolean
  cancelOnTimeout: boolean
}

export interface StartInputs extends ConnectionInputs, WaitSettings {
  destinationName: string
  /** Item lines as given (trimmed, comments and blanks dropped), with their 1-based line numbers. */
  items: ItemLine[]
  roleArn: string
  versionName?: string
  /** Parsed but not yet checked against the model: request.ts does that. */
  formatOptions?: unknown
  annotationFields?: unknown
  runLeftNormalization?: boolean
  dryRun: boolean
  wait: boolean
  oneJobPerItem: boolean
  maxConcurrency: number
  skipImported: boolean
  preflight: boolean
}

export interface WaitInputs extends ConnectionInputs, WaitSettings {
  jobId: string
}

export interface ItemLine {
  line: number
  uri: string
}

/** The start action's inputs in action.yml's order: problems are reported in this order. */
export const START_INPUT_ORDER = [
  'destination-name',
  'items',
  'role-arn',
  'version-name',
  'format-options',
  'annotation-fields',
  'run-left-normalization',
  'region',
  'endpoint-url',
  'http-proxy',
  'max-attempts',
  'dry-run',
  'wait',
  'wait-timeout',
  'poll-interval',
  'allow-partial',
  'cancel-on-timeout',
  'one-job-per-item',
  'max-concurrency',
  'skip-imported',
  'preflight'
]

const TRUE_WORDS = ['true', 'True', 'TRUE']
const FALSE_WORDS = ['false', 'False', 'FALSE']

/** Collects problems while reading inputs, so that all of them are reported at once. */
class Reader {
  readonly problems: Problem[] = []
  constructor(
    private readonly get: InputReader,
    private readonly env: Env,
    private readonly yaml?: YamlParser
  ) {}

  raw(name: string): string {
    return this.get(name).trim()
  }

  required(name: string, what: string): string {
    const value = this.raw(name)
    if (value === '') this.problem(name, `is required: give ${what}`)
    return value
  }

  optional(name: string): string | undefined {
    const value = this.raw(name)
    return value === '' ? undefined : value
  }

  problem(input: string, message: string): void {
    this.problems.push({ input, message })
  }

  /** YAML 1.2 core booleans only, as the runner's own getBooleanInput accepts. */
  boolean(name: string, fallback: boolean): boolean
  boolean(name: string, fallback: undefined): boolean | undefined
  boolean(name: string, fallback: boolean | undefined): boolean | undefined {
    const value = this.raw(name)
    if (value === '') return fallback
    if (TRUE_WORDS.includes(value)) return true
    if (FALSE_WORDS.includes(value)) return false
    this.problem(
      name,
      `expected true or false (YAML 1.2: true, True, TRUE, false, False, FALSE), got ${shown(value)}`
    )
    return fallback ?? false
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name)
    if (value === '') return fallback
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      this.problem(name, `expected a whole number from ${min} to ${max}, got ${shown(value)}`)
      return fallback
    }
    return Number(value)
  }

  seconds(name: string, fallbackSeconds: number, min: number, max: number): number {
    const value = this.raw(name)
    if (value === '') return fallbackSeconds * 1000
    const n = /^\d+(\.\d+)?$|^\.\d+$/.test(value) ? Number(value) : NaN
    if (!(n >= min && n <= max)) {
      this.problem(
        name,
        `expected a number of seconds from ${min} to ${max} (decimals allowed), got ${shown(value)}`
      )
      return fallbackSeconds * 1000
    }
    return Math.round(n * 1000)
  }

  duration(name: string, fallbackMs: number): number {
    const value = this.raw(name)
    if (value === '') return fallbackMs
    const ms = parseDuration(value)
    if (ms === undefined) {
      this.problem(
        name,
        `expected a positive duration: seconds (900, 0.5) or with units (90s, 45m, 2h, 1h30m), got ${shown(value)}`
      )
      return fallbackMs
    }
    return ms
  }

  region(): string {
    const given = this.raw('region')
    const value = given || this.env['AWS_REGION']?.trim() || this.env['AWS_DEFAULT_REGION']?.trim() || ''
    if (value === '') {
      this.problem(
        'region',
        'no AWS region: set the region input, or AWS_REGION / AWS_DEFAULT_REGION (aws-actions/configure-aws-credentials sets them)'
      )
    } else if (!/^[a-z]{2}(-[a-z0-9]+)+-\d+$/.test(value)) {
      const source = given ? '' : ' (from AWS_REGION / AWS_DEFAULT_REGION)'
      this.problem('region', `expected an AWS region such as us-east-1, got ${shown(value)}${source}`)
    }
    return value
  }

  url(name: string, example: string): string | undefined {
    const value = this.optional(name)
    if (value === undefined) return undefined
    let ok: boolean
    try {
      const url = new URL(value)
      ok = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
    } catch {
      ok = false
    }
    // A proxy URL may carry a password: never echo the user-info part.
    const safe = value.replace(/\/\/[^/@\s]*@/, '//***@')
    if (!ok) this.problem(name, `expected an http:// or https:// URL such as ${example}, got ${shown(safe)}`)
    return value
  }

  /** A YAML or JSON value (JSON is YAML 1.2); syntax errors are reported with their line and column. */
  structured(name: string): unknown {
    const value = this.optional(name)
    if (value === undefined) return undefined
    if (!this.yaml) throw new Error('structured inputs need the YAML parser')
    const doc = this.yaml(value, { version: '1.2', schema: 'core', prettyErrors: true, uniqueKeys: true })
    const error = doc.errors[0]
    if (error) {
      const pos = error.linePos?.[0]
      const where = pos ? ` at line ${pos.line}, column ${pos.col}` : ''
      const what = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
      this.problem(name, `is not valid YAML or JSON${where}: ${what}`)
      return undefined
    }
    return doc.toJS({ maxAliasCount: 10 })
  }
}

type YamlParser = (typeof import('yaml'))['parseDocument']
/** Loads the YAML library. The caller supplies it, so only the start bundle carries (and lazily loads) it. */
export type YamlLoader = () => Promise<{ parseDocument: YamlParser }>

/** The YAML parser, loaded only when a structured input is given: most runs need none. */
async function yamlFor(
  get: InputReader,
  names: string[],
  load?: YamlLoader
): Promise<YamlParser | undefined> {
  return load && names.some(name => get(name).trim() !== '') ? (await load()).parseDocument : undefined
}

/** `900`, `0.5`, `90s`, `45m`, `2h`, `1h30m` -> milliseconds; undefined when not a positive duration. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim()
  if (/^(\d+(\.\d+)?|\.\d+)$/.test(value)) {
    const ms = Math.round(Number(value) * 1000)
    return ms > 0 ? ms : undefined
  }
  const match = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(value)
  if (!match || value === '') return undefined
  const [, h = '0', m = '0', s = '0'] = match
  const ms = Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000)
  return ms > 0 ? ms : undefined
}

/** Item lines: one S3 URI a line; blank lines and `#` comments ignored; spaces trimmed. */
export function parseItemLines(text: string): ItemLine[] {
  return text
    .split(/\r?\n/)
    .map((raw, index) => ({ line: index + 1, uri: raw.trim() }))
    .filter(item => item.uri !== '' && !item.uri.startsWith('#'))
}

function readConnection(r: Reader): ConnectionInputs {
  const endpointUrl = r.url('endpoint-url', 'https://analytics-omics.us-east-1.amazonaws.com')
  const httpProxy = r.url('http-proxy', 'http://proxy.example.com:3128')
  return {
    region: r.region(),
    maxAttempts: r.integer('max-attempts', 5, 1, 20),
    ...(endpointUrl !== undefined && { endpointUrl }),
    ...(httpProxy !== undefined && { httpProxy })
  }
}

function readWaitSettings(r: Reader): WaitSettings {
  return {
    waitTimeoutMs: r.duration('wait-timeout', 3600_000),
    pollIntervalMs: r.seconds('poll-interval', 30, 0.1, 3600),
    allowPartial: r.boolean('allow-partial', false),
    cancelOnTimeout: r.boolean('cancel-on-timeout', false)
  }
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
  const r = new Reader(get, env, await yamlFor(get, ['format-options', 'annotation-fields'], loadYaml))
  const destinationName = r.required('destination-name', 'the annotation store name, e.g. my_store')
  const itemsText = r.required('items', 'S3 URIs of the files to import, one per line')
  const items = parseItemLines(r.raw('items'))
  if (itemsText !== '' && items.length === 0) {
    r.problem('items', 'has only blank or # comment lines: give at least one s3://bucket/key line')
  }
  const roleArn = r.required('role-arn', 'the ARN of the service role HealthOmics assumes to read the files')
  const versionName = r.optional('version-name')
  const formatOptions = r.structured('format-options')
  const annotationFields = r.structured('annotation-fields')
  const runLeftNormalization = r.boolean('run-left-normalization', undefined)
  const inputs: StartInputs = {
    destinationName,
    items,
    roleArn,
    ...(versionName !== undefined && { versionName }),
    ...(formatOptions !== undefined && { formatOptions }),
    ...(annotationFields !== undefined && { annotationFields }),
    ...(runLeftNormalization !== undefined && { runLeftNormalization }),
    ...readConnection(r),
    ...readWaitSettings(r),
    dryRun: r.boolean('dry-run', false),
    wait: r.boolean('wait', false),
    oneJobPerItem: r.boolean('one-job-per-item', false),
    maxConcurrency: r.integer('max-concurrency', 5, 1, 50),
    skipImported: r.boolean('skip-imported', false),
    preflight: r.boolean('preflight', true)
  }
  return { inputs, problems: r.problems }
}

const JOB_ID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/

/** Reads the wait sub-action's inputs; throws InputError listing every problem. */
export function readWaitInputs(get: InputReader, env: Env = process.env): WaitInputs {
  const r = new Reader(get, env)
  const jobId = r.required('job-id', "the id of an annotation import job (the start step's job-id output)")
  if (jobId !== '' && !JOB_ID.test(jobId)) {
    r.problem('job-id', `expected a job id like 0123abcd-0123-4567-89ab-0123456789ab, got ${shown(jobId)}`)
  }
  const inputs: WaitInputs = { jobId, ...readConnection(r), ...readWaitSettings(r) }
  if (r.problems.length > 0) throw new InputError(r.problems)
  return inputs
}
