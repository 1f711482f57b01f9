// Pure: builds StartAnnotationImportJob requests and checks them against the service model
// (omics 2022-11-28). The SDK checks no lengths or patterns, so this is the only place they are checked
// before a request leaves the runner. Patterns in the model match the whole value.
import type { Problem } from './problems.js'
import { shown } from './problems.js'
import type { ItemLine } from './inputs.js'

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

/** The request body, with exactly the members the API defines. */
export interface ImportRequest {
  destinationName: string
  roleArn: string
  items: { source: string }[]
  versionName?: string
  formatOptions?: FormatOptions
  runLeftNormalization?: boolean
  annotationFields?: Record<string, string>
}

export interface RequestFields {
  destinationName: string
  roleArn: string
  versionName?: string
  formatOptions?: unknown
  annotationFields?: unknown
  runLeftNormalization?: boolean
}

const NAME = /^[a-z][a-z0-9_]{2,254}$/
const ARN = /^arn:[^: ]*:[^: ]*:[^: ]*:[0-9]{12}:[^: ]*$/
const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])\/(.{1,1024})$/u
const WILDCARD = /[*?]/

function checkName(input: string, value: string, problems: Problem[]): void {
  if (value.length < 3 || value.length > 255) {
    problems.push({ input, message: `must be 3 to 255 characters, got ${value.length}: ${shown(value)}` })
  } else if (!NAME.test(value)) {
    problems.push({
      input,
      message: `must start with a lowercase letter and hold only lowercase letters, digits and _ (pattern [a-z][a-z0-9_]{2,254}), got ${shown(value)}`
    })
  }
}

function checkRoleArn(value: string, problems: Problem[]): void {
  if (value.length < 20 || value.length > 2048 || !ARN.test(value)) {
    problems.push({
      input: 'role-arn',
      message: `expected an ARN such as arn:aws:iam::123456789012:role/HealthOmicsImportRole (20 to 2048 characters, a 12-digit account), got ${shown(value)}`
    })
  }
}

/** Checks one item line; wildcard lines are checked as patterns (the bucket must be literal). */
export function checkItem(item: ItemLine, problems: Problem[]): void {
  const where = `line ${item.line}`
  const match = S3_URI.exec(item.uri)
  if (match) {
    const bucket = match[1] ?? ''
    if (WILDCARD.test(bucket)) {
      problems.push({
        input: 'items',
        message: `${where}: wildcards are allowed in the key only, not the bucket: ${shown(item.uri)}`
      })
    }
    return
  }
  const s3 = /^s3:\/\/([^/]*)\/?(.*)$/.exec(item.uri)
  if (!s3) {
    problems.push({ input: 'items', message: `${where}: expected s3://bucket/key, got ${shown(item.uri)}` })
  } else if (!/^[a-z0-9][a-z0-9-.]{1,61}[a-z0-9]$/.test(s3[1] ?? '')) {
    problems.push({
      input: 'items',
      message: `${where}: bucket must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit, got ${shown(s3[1])} in ${shown(item.uri)}`
    })
  } else if ((s3[2] ?? '') === '') {
    problems.push({
      input: 'items',
      message: `${where}: the object key is missing (a file, not a bucket or folder): ${shown(item.uri)}`
    })
  } else {
    problems.push({
      input: 'items',
      message: `${where}: the object key must be 1 to 1024 characters, got ${[...(s3[2] ?? '')].length}`
    })
  }
}

export function isWildcard(uri: string): boolean {
  return WILDCARD.test(uri)
}

export function checkItems(items: ItemLine[], problems: Problem[]): void {
  if (items.length === 0) return
  const firstLine = new Map<string, number>()
  for (const item of items) {
    checkItem(item, problems)
    const seen = firstLine.get(item.uri)
    if (seen !== undefined) {
      problems.push({
        input: 'items',
        message: `line ${item.line}: ${shown(item.uri)} is already listed on line ${seen}; each file is imported once`
      })
    } else {
      firstLine.set(item.uri, item.line)
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
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

function checkString(
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
  const tsv = value['tsvOptions']
  if (tsv !== undefined) {
    if (!isObject(tsv)) {
      problems.push({ input, message: `tsvOptions must be a mapping, got ${shown(tsv)}` })
    } else {
      checkKeys(input, 'tsvOptions.', tsv, ['readOptions'], problems)
      const read = tsv['readOptions']
      if (read !== undefined && !isObject(read)) {
        problems.push({ input, message: `tsvOptions.readOptions must be a mapping, got ${shown(read)}` })
      } else if (read !== undefined) {
        checkKeys(
          input,
          'tsvOptions.readOptions.',
          read,
          [...Object.keys(READ_OPTION_STRINGS), ...READ_OPTION_BOOLEANS],
          problems
        )
        for (const [key, [min, max]] of Object.entries(READ_OPTION_STRINGS)) {
          checkString(input, `tsvOptions.readOptions.${key}`, read[key], min, max, problems)
        }
        for (const key of READ_OPTION_BOOLEANS)
          checkBoolean(input, `tsvOptions.readOptions.${key}`, read[key], problems)
      }
    }
  }
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

/**
 * Checks every request field that does not depend on the item list, and returns the shared part of the
 * request. Problems go into `problems`, named by input.
 */
export function checkRequestFields(fields: RequestFields, problems: Problem[]): Omit<ImportRequest, 'items'> {
  if (fields.destinationName !== '') checkName('destination-name', fields.destinationName, problems)
  if (fields.versionName !== undefined) checkName('version-name', fields.versionName, problems)
  if (fields.roleArn !== '') checkRoleArn(fields.roleArn, problems)
  const formatOptions =
    fields.formatOptions === undefined ? undefined : checkFormatOptions(fields.formatOptions, problems)
  const annotationFields =
    fields.annotationFields === undefined
      ? undefined
      : checkAnnotationFields(fields.annotationFields, problems)
  return {
    destinationName: fields.destinationName,
    roleArn: fields.roleArn,
    ...(fields.versionName !== undefined && { versionName: fields.versionName }),
    ...(formatOptions !== undefined && { formatOptions }),
    ...(fields.runLeftNormalization !== undefined && { runLeftNormalization: fields.runLeftNormalization }),
    ...(annotationFields !== undefined && { annotationFields })
  }
}

/** One request for all items, or one request per item. Items must already be resolved and checked. */
export function buildRequests(
  base: Omit<ImportRequest, 'items'>,
  uris: string[],
  oneJobPerItem: boolean
): ImportRequest[] {
  if (oneJobPerItem) return uris.map(source => ({ ...base, items: [{ source }] }))
  return [{ ...base, items: uris.map(source => ({ source })) }]
}
