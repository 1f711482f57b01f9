// Recovering a Start whose answer was lost: the job that call may have created is looked for in the
// store's history (same store, version, role and files, created no earlier than this run's first try).
import { mapLimit } from '../shared/concurrency.js'
import { DETAILS_IN_FLIGHT, type JobBook, listJobs } from './history.js'
import type { Runtime } from './runtime.js'
import type { OmicsClient } from '@aws-sdk/client-omics'

function sameSources(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const set = new Set(a)
  return b.every(source => set.has(source))
}

export interface StartedLookup {
  request: { destinationName: string; roleArn: string; versionName?: string; items: { source: string }[] }
  /**
   * The earliest the service's clock can have read when this run first sent this Start (ms), asked
   * after the listing so that its answers' Date headers count; undefined when the clock is unknown.
   */
  notBefore: () => number | undefined
  /** Jobs this run already owns: never adopted twice. */
  claimed: ReadonlySet<string>
  maxJobs: number
}

/**
 * A job the lost Start may have created: same store, version, role and sources, created no earlier than
 * this run's first try for the request (by the service's clock), not already this run's. Several
 * matches: the earliest is taken (the first try's), and the others are named.
 */
export async function findStartedJob(
  omics: OmicsClient,
  book: JobBook,
  lookup: StartedLookup,
  runtime: Pick<Runtime, 'log' | 'signal'>
): Promise<string | undefined> {
  const { request } = lookup
  const history = await listJobs(
    omics,
    { storeName: request.destinationName, maxJobs: lookup.maxJobs },
    runtime,
    'the look-up for the job a lost Start may have created',
    book.pace
  )
  const notBefore = lookup.notBefore()
  if (notBefore === undefined)
    throw new Error(
      "the service's clock is unknown (its answers carried no Date header), so jobs created by this run cannot be told from older ones"
    )
  const candidates = history.filter(
    job =>
      !lookup.claimed.has(job.id) &&
      job.roleArn === request.roleArn &&
      (request.versionName === undefined || job.versionName === request.versionName) &&
      (job.creationTime?.getTime() ?? -Infinity) >= notBefore
  )
  const sources = request.items.map(item => item.source)
  const details = await mapLimit(candidates, DETAILS_IN_FLIGHT, summary =>
    book.detail(summary, runtime.signal)
  )
  const matches = details
    .filter(job =>
      sameSources(
        job.items.map(item => item.source),
        sources
      )
    )
    .sort((a, b) => (a.creationTime?.getTime() ?? 0) - (b.creationTime?.getTime() ?? 0))
  const [first, ...others] = matches
  if (first && others.length > 0)
    runtime.log.warning(
      `${matches.length} jobs created since this run's first try import the same files: taking the earliest, ${first.id}; ` +
        `also found ${others.map(job => job.id).join(', ')} (a concurrent run of the same import, or a second job): check them, and cancel any not wanted.`
    )
  return first?.id
}
