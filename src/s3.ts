// Expanding wildcard item lines (`*`, `**`, `?` in the key) to the objects they match, with S3
// ListObjectsV2. The S3 client is loaded only when a line has a wildcard.
import type { ItemLine } from './inputs.js'
import type { Problem } from './problems.js'
import { isWildcard } from './request.js'
import { createS3Client } from './client.js'
import type { ConnectionInputs } from './inputs.js'

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

export interface ExpandOptions {
  connection: ConnectionInputs
  /** Objects listed per pattern at most (pages of 1,000). */
  maxObjects?: number
  signal?: AbortSignal
}

/**
 * Resolves item lines to files in line order; a wildcard line becomes the matching objects in key
 * order, each keeping its line. A pattern that matches nothing is a problem naming it. A file named
 * twice is kept once.
 */
export async function expandItems(
  items: ItemLine[],
  o: ExpandOptions,
  problems: Problem[]
): Promise<ItemLine[]> {
  if (!items.some(item => isWildcard(item.uri))) return items
  const { S3Client, paginateListObjectsV2 } = await import('@aws-sdk/client-s3')
  const client = await createS3Client(S3Client, o.connection)
  const maxObjects = o.maxObjects ?? 100_000
  const out: ItemLine[] = []
  try {
    for (const item of items) {
      if (!isWildcard(item.uri)) {
        out.push(item)
        continue
      }
      const { bucket, key } = splitS3(item.uri)
      const prefix = key.slice(0, key.search(/[*?]/))
      const match = globToRegExp(key)
      let listed = 0
      const found: ItemLine[] = []
      for await (const page of paginateListObjectsV2(
        { client, pageSize: 1000 },
        { Bucket: bucket, Prefix: prefix },
        ...(o.signal ? [{ abortSignal: o.signal }] : [])
      )) {
        for (const object of page.Contents ?? []) {
          listed++
          if (object.Key && !object.Key.endsWith('/') && match.test(object.Key))
            found.push({ line: item.line, uri: `s3://${bucket}/${object.Key}` })
        }
        if (listed >= maxObjects) break
      }
      if (found.length === 0) {
        problems.push({
          input: 'items',
          message: `line ${item.line}: ${item.uri} matches no object (${listed} listed under s3://${bucket}/${prefix})`
        })
      }
      out.push(...found)
    }
  } finally {
    client.destroy()
  }
  const seen = new Set<string>()
  return out.filter(item => !seen.has(item.uri) && seen.add(item.uri))
}
