// Pure: the CreateAnnotationStoreVersion request, checked against the service model (omics 2022-11-28)
// like every other input: description 0-500 characters, versionOptions the VersionOptions union
// (tsvVersionOptions: annotationType, formatToHeader, schema), tags the TagMap's limits.
import type { VersionOptions } from '@aws-sdk/client-omics'
import { checkString, isObject } from './format-options.js'
import { shown } from '../shared/text.js'
import { type Problem } from '../shared/errors.js'

export interface VersionRequest {
  name: string
  versionName: string
  description?: string
  versionOptions?: VersionOptions
  tags?: Record<string, string>
}

export interface VersionFields {
  createVersion: boolean
  destinationName: string
  versionName?: string
  versionDescription?: string
  versionOptions?: unknown
  versionTags?: unknown
}

const ANNOTATION_TYPES = [
  'GENERIC',
  'CHR_POS',
  'CHR_POS_REF_ALT',
  'CHR_START_END_ONE_BASE',
  'CHR_START_END_REF_ALT_ONE_BASE',
  'CHR_START_END_ZERO_BASE',
  'CHR_START_END_REF_ALT_ZERO_BASE'
]
const HEADER_KEYS = ['CHR', 'START', 'END', 'REF', 'ALT', 'POS']
const SCHEMA_TYPES = ['LONG', 'INT', 'STRING', 'FLOAT', 'DOUBLE', 'BOOLEAN']
const SCHEMA_NAME = /^[a-z0-9_]{1,255}$/

function checkEnum(
  input: string,
  path: string,
  value: unknown,
  allowed: string[],
  problems: Problem[]
): void {
  if (value === undefined) return
  if (typeof value !== 'string' || !allowed.includes(value))
    problems.push({ input, message: `${path} must be one of ${allowed.join(', ')}, got ${shown(value)}` })
}

function checkFormatToHeader(value: unknown, problems: Problem[]): void {
  const input = 'version-options'
  if (value === undefined) return
  if (!isObject(value)) {
    problems.push({
      input,
      message: `tsvVersionOptions.formatToHeader must be a mapping, got ${shown(value)}`
    })
    return
  }
  for (const [key, column] of Object.entries(value)) {
    checkEnum(input, 'a tsvVersionOptions.formatToHeader key', key, HEADER_KEYS, problems)
    checkString(input, `tsvVersionOptions.formatToHeader.${key}`, column, 0, 1000, problems)
  }
}

function checkSchema(value: unknown, problems: Problem[]): void {
  const input = 'version-options'
  if (value === undefined) return
  if (!Array.isArray(value) || value.length < 1 || value.length > 5000) {
    problems.push({
      input,
      message: `tsvVersionOptions.schema must be a list of 1 to 5000 one-entry mappings (column: type), got ${shown(value)}`
    })
    return
  }
  value.forEach((item, index) => {
    const path = `tsvVersionOptions.schema[${index}]`
    const entries = isObject(item) ? Object.entries(item) : []
    const [entry] = entries
    if (!entry || entries.length !== 1) {
      problems.push({
        input,
        message: `${path} must be one mapping of a column name to its type, got ${shown(item)}`
      })
      return
    }
    if (!SCHEMA_NAME.test(entry[0]))
      problems.push({
        input,
        message: `${path}: column name must match [a-z0-9_]{1,255}, got ${shown(entry[0])}`
      })
    checkEnum(input, `${path}.${entry[0]}`, entry[1], SCHEMA_TYPES, problems)
  })
}

/** The API's VersionOptions union: exactly tsvVersionOptions, with its members checked. */
export function checkVersionOptions(value: unknown, problems: Problem[]): VersionOptions | undefined {
  const input = 'version-options'
  const before = problems.length
  if (!isObject(value) || Object.keys(value).length !== 1 || !isObject(value['tsvVersionOptions'])) {
    problems.push({
      input,
      message: `expected a mapping with tsvVersionOptions (the only kind of version options), got ${shown(value)}`
    })
    return undefined
  }
  const tsv = value['tsvVersionOptions']
  for (const key of Object.keys(tsv))
    if (!['annotationType', 'formatToHeader', 'schema'].includes(key))
      problems.push({
        input,
        message: `tsvVersionOptions.${key} is not an option here; expected annotationType, formatToHeader, schema`
      })
  checkEnum(input, 'tsvVersionOptions.annotationType', tsv['annotationType'], ANNOTATION_TYPES, problems)
  checkFormatToHeader(tsv['formatToHeader'], problems)
  checkSchema(tsv['schema'], problems)
  return problems.length === before ? (value as unknown as VersionOptions) : undefined
}

/** The API's TagMap: keys of 1 to 128 characters, string values of 0 to 256. */
export function checkTags(
  input: string,
  value: unknown,
  problems: Problem[]
): Record<string, string> | undefined {
  if (!isObject(value)) {
    problems.push({
      input,
      message: `expected a mapping of tag names to values (e.g. release: "2026-11"), got ${shown(value)}`
    })
    return undefined
  }
  const before = problems.length
  for (const [key, tag] of Object.entries(value)) {
    const length = [...key].length
    if (length < 1 || length > 128)
      problems.push({ input, message: `tag key ${shown(key)} must be 1 to 128 characters, got ${length}` })
    if (key.toLowerCase().startsWith('aws:'))
      problems.push({ input, message: `tag key ${shown(key)}: the aws: prefix is reserved` })
    if (typeof tag !== 'string')
      problems.push({ input, message: `tag ${key} must be a string, got ${shown(tag)} (quote it in YAML)` })
    else checkString(input, `tag ${key}`, tag, 0, 256, problems)
  }
  return problems.length === before ? (value as Record<string, string>) : undefined
}

/** Checks the version inputs; returns the create request when create-version is on and all is well. */
export function checkVersionFields(fields: VersionFields, problems: Problem[]): VersionRequest | undefined {
  if (!fields.createVersion) return undefined
  const before = problems.length
  if (fields.versionName === undefined)
    problems.push({
      input: 'create-version',
      message: 'needs version-name: the name of the version to create, e.g. clinvar_2026_11'
    })
  if (fields.versionDescription !== undefined)
    checkString('version-description', 'the description', fields.versionDescription, 0, 500, problems)
  const versionOptions =
    fields.versionOptions === undefined ? undefined : checkVersionOptions(fields.versionOptions, problems)
  const tags =
    fields.versionTags === undefined ? undefined : checkTags('version-tags', fields.versionTags, problems)
  if (problems.length > before || fields.versionName === undefined) return undefined
  return {
    name: fields.destinationName,
    versionName: fields.versionName,
    ...(fields.versionDescription !== undefined && { description: fields.versionDescription }),
    ...(versionOptions && { versionOptions }),
    ...(tags && { tags })
  }
}
