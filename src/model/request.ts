// Pure: builds StartAnnotationImportJob requests and checks them against the service model
// (omics 2022-11-28). The SDK checks no lengths or patterns, so this is the only place they are checked
// before a request leaves the runner. Patterns in the model match the whole value.
import type { Problem } from '../shared/errors.js'
import { shown, shownOnOneLine } from '../shared/text.js'
import type { ItemLine } from '../inputs/inputs.js'

import { checkAnnotationFields, checkFormatOptions, type FormatOptions } from './format-options.js'

export type { FormatOptions, ReadOptions, VcfOptions } from './format-options.js'

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
/** An IAM role: arn:<partition>:iam::<account>:role/<optional path/>name. */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::[0-9]{12}:role\/[\w+=,.@/-]+$/
const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])\/(.{1,1024})$/u
const WILDCARD = /[*?]/
/** What `.` in the service's key pattern does not match. */
const LINE_BREAK = /[\n\r\u2028\u2029]/

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

/** What a non-role ARN is, and what to give instead. */
function roleArnMistake(value: string): string | undefined {
  if (/^arn:[^:]*:iam::[0-9]{12}:user\//.test(value)) return 'an IAM user, which HealthOmics cannot assume'
  if (/^arn:[^:]*:sts::[0-9]{12}:assumed-role\//.test(value))
    return 'an assumed-role session (what sts get-caller-identity prints), not the role itself'
  if (/^arn:[^:]*:iam::[0-9]{12}:instance-profile\//.test(value)) return 'an instance profile, not a role'
  if (/^arn:[^:]*:iam::[0-9]{12}:group\//.test(value)) return 'an IAM group, not a role'
  if (/^arn:[^:]*:iam::[0-9]{12}:policy\//.test(value)) return 'an IAM policy, not a role'
  return undefined
}

function checkRoleArn(value: string, problems: Problem[]): void {
  const expected =
    'expected the ARN of an IAM role that trusts omics.amazonaws.com, such as arn:aws:iam::123456789012:role/HealthOmicsImportRole'
  if (value.length < 20 || value.length > 2048 || !ARN.test(value)) {
    problems.push({
      input: 'role-arn',
      message: `${expected} (20 to 2048 characters, a 12-digit account), got ${shown(value)}`
    })
  } else if (!ROLE_ARN.test(value)) {
    const mistake = roleArnMistake(value)
    const role = /^arn:([^:]*):sts::([0-9]{12}):assumed-role\/([^/]+)\//.exec(value)
    const instead = role
      ? `; use arn:${role[1]}:iam::${role[2]}:role/${role[3]} (add the role's path if it has one)`
      : ''
    problems.push({
      input: 'role-arn',
      message: `${expected}, got ${shown(value)}${mistake ? `: that is ${mistake}` : ''}${instead}`
    })
  }
}

/** Checks one item line; wildcard lines are checked as patterns (the bucket must be literal). */
export function checkItem(item: ItemLine, problems: Problem[]): void {
  if (S3_URI.test(item.uri)) return
  const where = item.where
  // The parts as written (line breaks included), to say which part the service would refuse.
  const s3 = /^s3:\/\/([^/]*)\/?(.*)$/su.exec(item.uri)
  const bucket = s3?.[1] ?? ''
  const key = s3?.[2] ?? ''
  const problem = (message: string): void =>
    void problems.push({ input: 'items', message: `${where}: ${message}` })
  if (!s3) problem(`expected s3://bucket/key, got ${shown(item.uri)}`)
  else if (WILDCARD.test(bucket))
    problem(`wildcards are allowed in the key only, not the bucket: ${shown(item.uri)}`)
  else if (!/^[a-z0-9][a-z0-9-.]{1,61}[a-z0-9]$/.test(bucket))
    problem(
      `bucket must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit, got ${shown(bucket)} in ${shown(item.uri)}`
    )
  else if (key === '')
    problem(`the object key is missing (a file, not a bucket or folder): ${shown(item.uri)}`)
  else if (LINE_BREAK.test(key))
    problem(
      `the object key holds a line break, which the service does not accept: ${shownOnOneLine(item.uri)}`
    )
  else problem(`the object key must be 1 to 1024 characters, got ${[...key].length}`)
}

export function isWildcard(uri: string): boolean {
  return WILDCARD.test(uri)
}

export function checkItems(items: ItemLine[], problems: Problem[]): void {
  if (items.length === 0) return
  const firstLine = new Map<string, string>()
  for (const item of items) {
    checkItem(item, problems)
    const seen = firstLine.get(item.uri)
    if (seen !== undefined) {
      problems.push({
        input: 'items',
        message: `${item.where}: ${shown(item.uri)} is already listed (${seen}); each file is imported once`
      })
    } else {
      firstLine.set(item.uri, item.where)
    }
  }
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
