// skip-imported: which items already have an import job, from the store's whole history, with the
// history cache (job-cache.ts) as a shortcut for the details of finished jobs. An entry could claim that a
// finished job imported a file it did not (whoever can write the repository's cache can write one), and
// that would skip the file; so the remembered jobs behind the skips are read again with Get (all of them
// up to VERIFY_AT_MOST, a random sample past that) and one that differs discards the whole entry.
import { mapLimit } from '../shared/concurrency.js'
import { plural } from '../shared/text.js'
import type { StartInputs } from '../inputs/inputs.js'
import { DETAILS_IN_FLIGHT, importedItems, type JobBook, type JobSummary, listJobs } from './history.js'
import type { CacheScope } from './job-cache.js'
import type { Runtime } from './runtime.js'
import type { Deps } from './runtime.js'

/** Remembered jobs behind skips re-read with Get per run, at most (20 Gets: 4 s at 5 calls/s). */
export const VERIFY_AT_MOST = 20

type SkipInputs = Pick<StartInputs, 'destinationName' | 'versionName' | 'maxHistory' | 'region'>

export function historyScope(
  inputs: Pick<StartInputs, 'destinationName' | 'versionName' | 'region'>
): CacheScope {
  return {
    region: inputs.region,
    storeName: inputs.destinationName,
    ...(inputs.versionName !== undefined && { versionName: inputs.versionName })
  }
}

/** S3 URI -> the job that imported it, for the items that have one; `runKey` names this run's cache entry. */
export async function skipImported(
  inputs: SkipInputs,
  uris: string[],
  book: JobBook,
  deps: Deps,
  runKey: string
): Promise<Map<string, string>> {
  const options = { ...historyScope(inputs), maxJobs: inputs.maxHistory }
  await book.memory?.restore()
  const history = await listJobs(deps.clients.omics, options, deps, 'skip-imported', book.pace)
  let skipped = await importedItems(book, history, uris, options, deps)
  if (!(await rememberedSkipsHold(book, history, skipped, deps)))
    skipped = await importedItems(book, history, uris, options, deps)
  await book.memory?.save(history, runKey)
  const remembered = book.memory ? ` (${plural(book.memory.hits, 'job')} from the cache)` : ''
  deps.log.info(
    `Import history of ${inputs.destinationName}: ${plural(history.length, 'job')} read${remembered}; ${skipped.size > 0 ? `skipping ${plural(skipped.size, 'item')} already imported (or importing)` : 'no item was imported before'}`
  )
  for (const [uri, jobId] of skipped) deps.log.info(`Skipping ${uri}: imported by job ${jobId}`)
  return skipped
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
