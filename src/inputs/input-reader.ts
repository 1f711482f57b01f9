// Reads raw action inputs into typed values, collecting every problem (so all are reported at once).
import { shown } from '../shared/text.js'
import { type Problem } from '../shared/errors.js'

/** Reads one raw input by its action.yml name; '' when unset. */
export type InputReader = (name: string) => string
export type Env = Record<string, string | undefined>

/** An AWS region name, as the region input takes it (us-east-1, cn-north-1, us-gov-west-1). */
export const REGION = /^[a-z]{2}(-[a-z0-9]+)+-\d+$/

const TRUE_WORDS = ['true', 'True', 'TRUE']
const FALSE_WORDS = ['false', 'False', 'FALSE']

/** Collects problems while reading inputs, so that all of them are reported at once. */
export class Reader {
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

  /** true, false, or one of `words` (e.g. dry-run: offline). */
  booleanOrWord<W extends string>(name: string, fallback: boolean, words: readonly W[]): boolean | W {
    const value = this.raw(name)
    const word = words.find(w => w === value.toLowerCase())
    if (word !== undefined) return word
    if (value !== '' && !TRUE_WORDS.includes(value) && !FALSE_WORDS.includes(value)) {
      this.problem(name, `expected true, false or ${words.join(' or ')}, got ${shown(value)}`)
      return fallback
    }
    return this.boolean(name, fallback)
  }

  /** One of `words` (the first is the default), e.g. if-no-files-found: error, warn or ignore. */
  word<W extends string>(name: string, words: readonly [W, ...W[]]): W {
    const value = this.raw(name)
    if (value === '') return words[0]
    const word = words.find(w => w === value.toLowerCase())
    if (word !== undefined) return word
    const list = `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`
    this.problem(name, `expected ${list}, got ${shown(value)}`)
    return words[0]
  }

  /** Whether the input was given at all (action.yml defaults count as given: they read like values). */
  given(name: string): boolean {
    return this.raw(name) !== ''
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

  /** A duration from `minMs` to `maxMs` (both given in action.yml's words in the message). */
  durationWithin(name: string, fallbackMs: number, minMs: number, maxMs: number): number {
    const value = this.raw(name)
    if (value === '') return fallbackMs
    const ms = parseDuration(value)
    if (ms === undefined || ms < minMs || ms > maxMs) {
      this.problem(
        name,
        `expected a duration from ${minMs / 1000}s to ${maxMs / 60_000}m: seconds (30) or with units (30s, 2m), got ${shown(value)}`
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
    } else if (!REGION.test(value)) {
      const source = given ? '' : ' (from AWS_REGION / AWS_DEFAULT_REGION)'
      this.problem('region', `expected an AWS region such as us-east-1, got ${shown(value)}${source}`)
    }
    return value
  }

  /** A URL input, checked by `check` (endpoints.ts: it words the problem and never echoes a password). */
  url(name: string, check: (value: string) => string | undefined): string | undefined {
    const value = this.optional(name)
    if (value === undefined) return undefined
    const problem = check(value)
    if (problem !== undefined) this.problem(name, problem)
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
    try {
      return doc.toJS({ maxAliasCount: 10 })
    } catch {
      // The one error toJS throws here: aliases that would expand past the bound ("billion laughs").
      this.problem(
        name,
        'uses YAML aliases (*name) more than the 10 times allowed when expanded: write the values out'
      )
      return undefined
    }
  }
}

export type YamlParser = (typeof import('yaml'))['parseDocument']
/** Loads the YAML library. The caller supplies it, so only the start bundle carries (and lazily loads) it. */
export type YamlLoader = () => Promise<{ parseDocument: YamlParser }>

/** The YAML parser, loaded only when a structured input is given: most runs need none. */
export async function yamlFor(
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
