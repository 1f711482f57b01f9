// Pure: the structured inputs (format-options, annotation-fields) checked against the service model.
import { shown } from '../shared/text.js'
import { type Problem } from '../shared/errors.js'

export interface VcfOptions {
  ignoreQualField?: boolean
  ignoreFilterField?: boolean
}
export interface ReadOptions {
  sep?: string
  encoding?: string
  quote?: string
  quoteAll?: boolean
  escape?: string
  escapeQuotes?: boolean
  comment?: string
  header?: boolean
  lineSep?: string
}
export type FormatOptions = { vcfOptions: VcfOptions } | { tsvOptions: { readOptions?: ReadOptions } }

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkKeys(
  input: string,
  path: string,
  value: Record<string, unknown>,
  allowed: string[],
  problems: Problem[]
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      problems.push({
        input,
        message: `${path}${key} is not an option here; expected one of ${allowed.join(', ')}`
      })
    }
  }
}

function checkBoolean(input: string, path: string, value: unknown, problems: Problem[]): void {
  if (value === undefined || typeof value === 'boolean') return
  const hint =
    typeof value === 'string' && /^(yes|no|on|off|y|n)$/i.test(value)
      ? ' (YAML 1.2 reads yes/no/on/off as text, not booleans)'
      : ''
  problems.push({ input, message: `${path} must be true or false, got ${shown(value)}${hint}` })
}

export function checkString(
  input: string,
  path: string,
  value: unknown,
  min: number,
  max: number,
  problems: Problem[]
): void {
  if (value === undefined) return
  if (typeof value !== 'string') {
    problems.push({ input, message: `${path} must be a string, got ${shown(value)}` })
    return
  }
  const length = [...value].length
  if (length < min || length > max) {
    const size = min === max ? `exactly ${min} character` : `${min} to ${max} characters`
    problems.push({ input, message: `${path} must be ${size}, got ${length}: ${shown(value)}` })
  }
}

const VCF_KEYS = ['ignoreQualField', 'ignoreFilterField']
const READ_OPTION_STRINGS: Record<string, [number, number]> = {
  sep: [1, 20],
  encoding: [1, 20],
  quote: [1, 1],
  escape: [1, 1],
  comment: [1, 1],
  lineSep: [1, 20]
}
const READ_OPTION_BOOLEANS = ['quoteAll', 'escapeQuotes', 'header']

function checkTsvOptions(tsv: unknown, problems: Problem[]): void {
  const input = 'format-options'
  if (!isObject(tsv)) {
    problems.push({ input, message: `tsvOptions must be a mapping, got ${shown(tsv)}` })
    return
  }
  checkKeys(input, 'tsvOptions.', tsv, ['readOptions'], problems)
  const read = tsv['readOptions']
  if (read === undefined) return
  if (!isObject(read)) {
    problems.push({ input, message: `tsvOptions.readOptions must be a mapping, got ${shown(read)}` })
    return
  }
  const allowed = [...Object.keys(READ_OPTION_STRINGS), ...READ_OPTION_BOOLEANS]
  checkKeys(input, 'tsvOptions.readOptions.', read, allowed, problems)
  for (const [key, [min, max]] of Object.entries(READ_OPTION_STRINGS))
    if (key === 'comment' && read[key] === null)
      // YAML reads an unquoted # as the start of a comment: `comment: #` is `comment:` with no value.
      problems.push({
        input,
        message: `tsvOptions.readOptions.comment must be a string, got null: in YAML an unquoted # starts a comment, so quote it: comment: '#'`
      })
    else checkString(input, `tsvOptions.readOptions.${key}`, read[key], min, max, problems)
  for (const key of READ_OPTION_BOOLEANS)
    checkBoolean(input, `tsvOptions.readOptions.${key}`, read[key], problems)
}

/** The API's FormatOptions union: exactly one of vcfOptions / tsvOptions, no unknown keys. */
export function checkFormatOptions(value: unknown, problems: Problem[]): FormatOptions | undefined {
  const input = 'format-options'
  const before = problems.length
  if (!isObject(value)) {
    problems.push({ input, message: `expected a mapping with vcfOptions or tsvOptions, got ${shown(value)}` })
    return undefined
  }
  const kinds = Object.keys(value).filter(k => k === 'vcfOptions' || k === 'tsvOptions')
  checkKeys(input, '', value, ['vcfOptions', 'tsvOptions'], problems)
  if (kinds.length !== 1) {
    problems.push({
      input,
      message: `must hold exactly one of vcfOptions or tsvOptions, got ${kinds.length === 0 ? 'neither' : 'both'}`
    })
  }
  const vcf = value['vcfOptions']
  if (vcf !== undefined) {
    if (!isObject(vcf)) {
      problems.push({ input, message: `vcfOptions must be a mapping, got ${shown(vcf)}` })
    } else {
      checkKeys(input, 'vcfOptions.', vcf, VCF_KEYS, problems)
      for (const key of VCF_KEYS) checkBoolean(input, `vcfOptions.${key}`, vcf[key], problems)
    }
  }
  if (value['tsvOptions'] !== undefined) checkTsvOptions(value['tsvOptions'], problems)
  return problems.length === before ? (value as FormatOptions) : undefined
}

/** The API's AnnotationFieldMap: string keys and values of 1 to 21 characters. */
export function checkAnnotationFields(
  value: unknown,
  problems: Problem[]
): Record<string, string> | undefined {
  const input = 'annotation-fields'
  if (!isObject(value)) {
    problems.push({
      input,
      message: `expected a mapping of field name to field name (e.g. VEP: CSQ), got ${shown(value)}`
    })
    return undefined
  }
  const before = problems.length
  for (const [key, field] of Object.entries(value)) {
    const length = [...key].length
    if (length < 1 || length > 21) {
      problems.push({ input, message: `key ${shown(key)} must be 1 to 21 characters, got ${length}` })
    }
    if (typeof field !== 'string') {
      problems.push({ input, message: `${key} must map to a string, got ${shown(field)} (quote it in YAML)` })
    } else {
      checkString(input, `value of ${key}`, field, 1, 21, problems)
    }
  }
  return problems.length === before ? (value as Record<string, string>) : undefined
}
