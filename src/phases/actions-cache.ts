// The GitHub Actions cache through GitHub's @actions/cache, for the history cache: one file
// (history.json) per entry, under RUNNER_TEMP. This module runs only inside the cache worker
// (src/history-cache-worker.ts, bundled apart into dist/history-cache/ with the real @actions/http-client,
// which the action's main bundle replaces with a shim); history-cache-store.ts asks it over messages.
//
// @actions/cache never throws for a service problem: it logs a warning and answers "no entry". So the
// library's log lines are caught while it runs and turned into one answer: an outage (no entry found)
// becomes `failed`, a failure after an entry was found (download, unpacking) becomes `unreadable`, and
// `::add-mask::` and debug lines pass through untouched.
import { restoreCache, saveCache } from '@actions/cache'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type CacheRequest = { op: 'restore'; prefix: string } | { op: 'save'; key: string; text: string }

export type CacheAnswer =
  | { kind: 'hit'; key: string; text: string }
  | { kind: 'miss' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'saved' }
  | { kind: 'not-saved'; reason: string }

/** Per-request and per-segment bounds for the download (the whole call is bounded by the caller too). */
const DOWNLOAD = { timeoutInMs: 30_000, segmentTimeoutInMs: 60_000 }

/** The one file an entry holds; its path is part of the entry's version, so it stays the same per runner. */
export function entryFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['RUNNER_TEMP'] || tmpdir(), 'healthomics-import-history', 'history.json')
}

export async function answer(request: CacheRequest): Promise<CacheAnswer> {
  try {
    return request.op === 'restore'
      ? await restoreEntry(request.prefix)
      : await saveEntry(request.key, request.text)
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) }
  }
}

async function restoreEntry(prefix: string): Promise<CacheAnswer> {
  const file = entryFile()
  await rm(file, { force: true })
  const { result: key, lines } = await capturing(() => restoreCache([file], prefix, [prefix], DOWNLOAD))
  const problems = troubles(lines)
  if (key === undefined) {
    if (problems.length === 0) return { kind: 'miss' }
    const found = lines.some(line => line.startsWith('Cache hit for'))
    return { kind: found ? 'unreadable' : 'failed', reason: problems.join('; ') }
  }
  try {
    return { kind: 'hit', key, text: await readFile(file, 'utf8') }
  } catch {
    return { kind: 'unreadable', reason: `entry ${key} holds no history file` }
  } finally {
    await rm(file, { force: true })
  }
}

async function saveEntry(key: string, text: string): Promise<CacheAnswer> {
  const file = entryFile()
  await mkdir(join(file, '..'), { recursive: true })
  await writeFile(file, text)
  try {
    const { result: id, lines } = await capturing(() => saveCache([file], key))
    if (id !== -1) return { kind: 'saved' }
    const skipped = lines.find(line => line.startsWith('Cache save skipped'))
    if (skipped) return { kind: 'not-saved', reason: skipped }
    const problems = troubles(lines)
    return { kind: 'failed', reason: problems.join('; ') || 'the cache service did not take the entry' }
  } finally {
    await rm(file, { force: true })
  }
}

/** The library's warnings and errors, and its "Failed to ..." lines (some are logged as info). */
function troubles(lines: readonly string[]): string[] {
  return lines
    .filter(line => /^::(warning|error)( [^:]*)?::/.test(line) || line.startsWith('Failed to'))
    .map(line => unescape(line.replace(/^::[a-z]+( [^:]*)?::/, '')))
}

const unescape = (text: string): string =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')

/** Runs `fn` with stdout caught line by line; masks and debug lines still go out. */
async function capturing<T>(fn: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    for (const line of String(chunk).split(/\r?\n/)) {
      if (line.startsWith('::add-mask::') || line.startsWith('::debug::')) write(`${line}\n`)
      else if (line !== '') lines.push(line)
    }
    const done = rest.find(arg => typeof arg === 'function') as (() => void) | undefined
    done?.()
    return true
  }) as typeof process.stdout.write
  try {
    return { result: await fn(), lines }
  } finally {
    process.stdout.write = write
  }
}
