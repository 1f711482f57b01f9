// Expanding wildcard item lines (`*`, `**`, `?` in the key) to the objects they match, with S3
// ListObjectsV2. The S3 client is built only when a line has a wildcard.
import type { S3Client } from '@aws-sdk/client-s3'
import { describeError, errorName } from '../aws/aws-errors.js'
import { plural, thousands } from '../shared/text.js'
import type { ItemLine, NoFilesMode } from '../inputs/inputs.js'
import { InputError, type Problem } from '../shared/errors.js'
import { checkItem, isWildcard } from '../model/request.js'
import type { Deps } from './runtime.js'

/** `*` matches within one path segment, `**` across any depth, `?` one character (not `/`). */
export function globToRegExp(pattern: string): RegExp {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` also matches no folder at all, so a/**/x.vcf matches a/x.vcf.
      if (pattern[i + 2] === '/') {
        out += '(?:.*/)?'
        i += 2
      } else {
        out += '.*'
        i += 1
      }
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${out}$`, 's')
}

export function splitS3(uri: string): { bucket: string; key: string } {
  const rest = uri.slice('s3://'.length)
  const slash = rest.indexOf('/')
  return { bucket: rest.slice(0, slash), key: rest.slice(slash + 1) }
}

/** Objects listed per pattern at most (pages of 1,000): past that the step fails, never acts on a part. */
export const MAX_LISTED_PER_PATTERN = 100_000

/** A resolved item: a file, the line it came from, and its size and LastModified when a listing (or HeadObject) gave them. */
export interface ResolvedItem extends ItemLine {
  size?: number
  lastModified?: Date
}

const LISTING_PROBLEMS: Record<string, (bucket: string) => string> = {
  NoSuchBucket: bucket => `bucket ${bucket} does not exist (NoSuchBucket)`,
  AccessDenied: bucket =>
    `the credentials may not list bucket ${bucket} (needs s3:ListBucket on arn:aws:s3:::${bucket})`,
  PermanentRedirect: bucket => `bucket ${bucket} is in another region than the S3 endpoint used`
}

/** The part of a key pattern before its first wildcard: what ListObjectsV2 can filter on. */
const fixedPrefix = (key: string): string => key.slice(0, key.search(/[*?]/))

type Paginate = (typeof import('@aws-sdk/client-s3'))['paginateListObjectsV2']

/** The objects under the pattern's fixed prefix that match it; a problem when there are too many. */
async function listMatches(
  client: S3Client,
  paginate: Paginate,
  item: ItemLine,
  signal: AbortSignal,
  problems: Problem[]
): Promise<{ found: ResolvedItem[]; listed: number; prefix: string }> {
  const { bucket, key } = splitS3(item.uri)
  const prefix = fixedPrefix(key)
  const match = globToRegExp(key)
  const found: ResolvedItem[] = []
  let listed = 0
  const pages = paginate(
    { client, pageSize: 1000 },
    { Bucket: bucket, Prefix: prefix },
    { abortSignal: signal }
  )
  for await (const page of pages) {
    for (const object of page.Contents ?? []) {
      listed++
      if (object.Key && !object.Key.endsWith('/') && match.test(object.Key))
        found.push({
          ...item,
          uri: `s3://${bucket}/${object.Key}`,
          ...(object.Size !== undefined && { size: object.Size }),
          ...(object.LastModified && { lastModified: object.LastModified })
        })
    }
    if (listed > MAX_LISTED_PER_PATTERN) {
      problems.push({
        input: 'items',
        message: `${item.where}: ${item.uri} lists more than ${thousands(MAX_LISTED_PER_PATTERN)} objects under s3://${bucket}/${prefix}; narrow the pattern (a longer fixed prefix) or split it across lines`
      })
      return { found: [], listed, prefix }
    }
  }
  return { found, listed, prefix }
}

async function expandLine(
  client: S3Client,
  paginate: Paginate,
  item: ItemLine,
  signal: AbortSignal,
  found: { problems: Problem[]; unmatched: string[] | undefined }
): Promise<ResolvedItem[]> {
  const problems = found.problems
  const { bucket } = splitS3(item.uri)
  const before = problems.length
  let listing: Awaited<ReturnType<typeof listMatches>>
  try {
    listing = await listMatches(client, paginate, item, signal, problems)
  } catch (error) {
    const problem = LISTING_PROBLEMS[errorName(error)]
    if (!problem) throw error
    problems.push({
      input: 'items',
      message: `${item.where}: ${item.uri}: ${problem(bucket)} (ListObjectsV2: ${describeError(error)})`
    })
    return []
  }
  if (listing.found.length === 0 && problems.length === before) {
    const message = `${item.where}: ${item.uri} matches no object (${thousands(listing.listed)} listed under s3://${bucket}/${listing.prefix})`
    if (found.unmatched) found.unmatched.push(message)
    else problems.push({ input: 'items', message })
  }
  listing.found.forEach(file => checkItem(file, problems))
  return listing.found
}

/**
 * Resolves item lines to files in line order; a wildcard line becomes the matching objects in key
 * order, each keeping its line. A pattern that matches nothing, or a bucket that cannot be listed, is a
 * problem naming the line; given `unmatched` (if-no-files-found: warn or ignore), a pattern that matches
 * nothing is said there instead, and the line is dropped. A file named twice is kept once.
 */
export async function expandItems(
  items: readonly ItemLine[],
  deps: Pick<Deps, 's3' | 'signal'>,
  problems: Problem[],
  unmatched?: string[]
): Promise<ResolvedItem[]> {
  if (!items.some(item => isWildcard(item.uri))) return [...items]
  const { paginateListObjectsV2 } = await import('@aws-sdk/client-s3')
  const client = await deps.s3()
  const out: ResolvedItem[] = []
  for (const item of items) {
    if (isWildcard(item.uri))
      out.push(
        ...(await expandLine(client, paginateListObjectsV2, item, deps.signal, { problems, unmatched }))
      )
    else out.push(item)
  }
  const seen = new Set<string>()
  const unique = out.filter(item => !seen.has(item.uri) && seen.add(item.uri))
  return unique
}

/**
 * The items' files, wildcards expanded; a listing problem is an error (nothing starts). A wildcard line
 * that matches nothing is an error too with if-no-files-found: error; with warn or ignore it is dropped,
 * said as a warning or a log line, and [] (nothing to import) is a quiet night, not a failure.
 */
export async function resolveItems(
  items: readonly ItemLine[],
  mode: NoFilesMode,
  deps: Pick<Deps, 's3' | 'signal' | 'log'>
): Promise<ResolvedItem[]> {
  const problems: Problem[] = []
  const unmatched = mode === 'error' ? undefined : []
  const resolved = await expandItems(items, deps, problems, unmatched)
  if (problems.length > 0) throw new InputError(problems, 'no job was started')
  const say = (message: string): void =>
    mode === 'warn' ? deps.log.warning(message) : deps.log.info(message)
  if (unmatched?.length && resolved.length === 0)
    say(`Nothing to import: no file matched (if-no-files-found: ${mode}): ${unmatched.join('; ')}`)
  else unmatched?.forEach(line => say(`${line}: line left out (if-no-files-found: ${mode})`))
  if (resolved.length > items.length)
    deps.log.info(`Items: ${plural(items.length, 'line')} matched ${plural(resolved.length, 'file')}`)
  return resolved
}
