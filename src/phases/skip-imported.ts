// The skip-imported phase: which files a past job imported (or is importing), read from the whole
// history (history.ts), with the history cache (job-cache.ts) as a shortcut for the details of finished
// jobs; whether each file's S3 object changed after that job was created (the listing's LastModified for
// wildcard items, the file checks' HeadObject, or a HeadObject of its own); and which of those jobs are
// still running (followed with wait: true). The decisions are model/reruns.ts's.
// A cache entry could claim that a finished job imported a file it did not (whoever can write the
// repository's cache can write one), and that would skip the file; so the remembered jobs behind the skips
// are read again with Get (all of them up to VERIFY_AT_MOST, a random sample past that) and one that
// differs discards the whole entry.
import type { S3Client } from '@aws-sdk/client-s3'
import { describeError } from '../aws/aws-errors.js'
import { mapLimit } from '../shared/concurrency.js'
import { plural } from '../shared/text.js'
import { decideSkips, type PastImport, type SkipDecision } from '../model/reruns.js'
import type { StartInputs } from '../inputs/inputs.js'
import { DETAILS_IN_FLIGHT, importedItems, type JobBook, type JobSummary, listJobs } from './history.js'
import type { CacheScope } from './job-cache.js'
import type { Deps, Runtime } from './runtime.js'
import { splitS3, type ResolvedItem } from './wildcards.js'

export type { SkipDecision, UnfinishedJob } from '../model/reruns.js'

/** HeadObject calls in flight at once when reading LastModified for skipped files. */
const HEADS_IN_FLIGHT = 8

/** Remembered jobs behind skips re-read with Get per run, at most (20 Gets: 4 s at 5 calls/s). */
export const VERIFY_AT_MOST = 20

type SkipInputs = Pick<
  StartInputs,
  'destinationName' | 'versionName' | 'maxHistory' | 'region' | 'reimportChanged'
>

export function historyScope(
  inputs: Pick<StartInputs, 'destinationName' | 'versionName' | 'region'>
): CacheScope {
  return {
    region: inputs.region,
    storeName: inputs.destinationName,
    ...(inputs.versionName !== undefined && { versionName: inputs.versionName })
  }
}

/** The skip decision for `items`; `runKey` names this run's cache entry. */
export async function skipImported(
  inputs: SkipInputs,
  items: readonly ResolvedItem[],
  book: JobBook,
  deps: Deps,
  runKey: string
): Promise<SkipDecision> {
  const options = { ...historyScope(inputs), maxJobs: inputs.maxHistory }
  await book.memory?.restore()
  const history = await listJobs(deps.clients.omics, options, deps, 'skip-imported', book.pace)
  const uris = items.map(item => item.uri)
  let imported = await importedItems(book, history, uris, options, deps)
  if (!(await rememberedSkipsHold(book, history, imported, deps)))
    imported = await importedItems(book, history, uris, options, deps)
  await book.memory?.save(history, runKey)
  const found = await pastImports(imported, history, items, book, deps)
  const decision = decideSkips(found, inputs.reimportChanged)
  const remembered = book.memory ? ` (${plural(book.memory.hits, 'job')} from the cache)` : ''
  const { skipped } = decision
  deps.log.info(
    `Import history of ${inputs.destinationName}: ${plural(history.length, 'job')} read${remembered}; ${skipped.size > 0 ? `skipping ${plural(skipped.size, 'item')} already imported (or importing)` : found.length > 0 ? 'every item imported before has changed since' : 'no item was imported before'}`
  )
  logDecision(decision, found, deps.log)
  return decision
}

const at = (date: Date | undefined): string => date?.toISOString() ?? 'unknown'

function logDecision(decision: SkipDecision, found: readonly PastImport[], log: Deps['log']): void {
  const status = new Map(found.map(past => [past.uri, past.jobStatus]))
  const running = new Set(decision.unfinished.map(job => job.jobId))
  for (const past of decision.reimported)
    log.info(
      `Importing ${past.uri} again: its S3 object changed (LastModified ${at(past.lastModified)}) after job ${past.jobId} imported it (created ${at(past.jobCreated)})`
    )
  for (const past of decision.changedSkipped)
    log.warning(
      `${past.uri} changed (LastModified ${at(past.lastModified)}) after job ${past.jobId} imported it (created ${at(past.jobCreated)}); ` +
        'skipped, as reimport-changed: false asks. Set reimport-changed: true to import it again.'
    )
  for (const [uri, jobId] of decision.skipped)
    log.info(
      `Skipping ${uri}: imported by job ${jobId}${running.has(jobId) ? ` (still ${status.get(uri)})` : ''}`
    )
}

/** Each file found imported, with its job's status and creation time and the object's LastModified. */
async function pastImports(
  imported: ReadonlyMap<string, string>,
  history: readonly JobSummary[],
  items: readonly ResolvedItem[],
  book: JobBook,
  deps: Deps
): Promise<PastImport[]> {
  const summaries = new Map(history.map(job => [job.id, job]))
  const byUri = new Map(items.map(item => [item.uri, item]))
  const found = await Promise.all(
    [...imported].map(async ([uri, jobId]): Promise<PastImport> => {
      const summary = summaries.get(jobId)
      // Read already by importedItems: the book answers from what it read, with no new call.
      const detail = summary ? await book.detail(summary) : undefined
      const lastModified = byUri.get(uri)?.lastModified
      return {
        uri,
        jobId,
        jobStatus: detail?.status ?? summary?.status ?? 'UNKNOWN',
        ...(summary?.creationTime && { jobCreated: summary.creationTime }),
        ...(lastModified && { lastModified })
      }
    })
  )
  await readLastModified(
    found.filter(past => past.jobCreated && !past.lastModified),
    deps
  )
  return found
}

/**
 * HeadObject for the files no listing or file check gave a LastModified. A file that cannot be read is
 * skipped as before this check, with a warning (nothing says it changed).
 */
async function readLastModified(pending: PastImport[], deps: Deps): Promise<void> {
  if (pending.length === 0) return
  let client: S3Client
  try {
    client = await deps.s3()
  } catch (error) {
    const files = pending.map(past => past.uri).join(', ')
    return deps.log.warning(
      `skip-imported: could not tell whether ${files} changed since the jobs that imported them (no S3 client: ${describeError(error)}); skipped as imported.`
    )
  }
  const { HeadObjectCommand } = await import('@aws-sdk/client-s3')
  await mapLimit(pending, HEADS_IN_FLIGHT, async past => {
    const { bucket, key } = splitS3(past.uri)
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), {
        abortSignal: deps.signal
      })
      if (head.LastModified) past.lastModified = head.LastModified
    } catch (error) {
      if (deps.signal.aborted) throw error
      deps.log.warning(
        `skip-imported: could not tell whether ${past.uri} changed since job ${past.jobId} imported it (HeadObject: ${describeError(error)}); skipped as imported. Reading it needs s3:GetObject.`
      )
    }
  })
}

/**
 * Re-reads with Get the remembered jobs that skip an item (a random sample of VERIFY_AT_MOST when there
 * are more). False when one differs from its entry: the entry is then dropped, and the jobs answered from
 * it are forgotten so that the next read asks the service.
 */
export async function rememberedSkipsHold(
  book: JobBook,
  history: readonly JobSummary[],
  skipped: ReadonlyMap<string, string>,
  runtime: Pick<Runtime, 'log' | 'random'>
): Promise<boolean> {
  const memory = book.memory
  if (!memory) return true
  const recalled = [...new Set(skipped.values())].filter(id => memory.wasRecalled(id))
  const sample = pick(recalled, VERIFY_AT_MOST, runtime.random)
  if (sample.length === 0) return true
  const byId = new Map(history.map(job => [job.id, job]))
  const fresh = await mapLimit(sample, DETAILS_IN_FLIGHT, id => book.reread(byId.get(id) as JobSummary))
  const differs = fresh.find(job => !memory.agrees(job))
  if (!differs) {
    runtime.log.info(
      `Import history cache: ${plural(sample.length, 'remembered job')} behind the skips read again with Get: as remembered`
    )
    return true
  }
  book.forget(memory.distrust(`it gives job ${differs.id} other files than GetAnnotationImportJob does`))
  return false
}

/** `count` of `items` at random (all of them when there are no more). */
function pick<T>(items: readonly T[], count: number, random: () => number): T[] {
  const copy = [...items]
  for (let i = 0; i < Math.min(count, copy.length); i++) {
    const j = i + Math.floor(random() * (copy.length - i))
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy.slice(0, count)
}
