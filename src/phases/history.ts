// The store's import history: for skip-imported (which items were imported already) and to learn whether
// a Start whose answer was lost did create a job. ListAnnotationImportJobs items carry no sources, so
// candidates are read with GetAnnotationImportJob, each at most once per run. Every page is read, up to
// max-history jobs; past that the step fails before starting anything, never answering from a part.
import {
  type AnnotationImportJobItem,
  GetAnnotationImportJobCommand,
  ListAnnotationImportJobsCommand,
  type OmicsClient
} from '@aws-sdk/client-omics'
import { mapLimit } from '../shared/concurrency.js'
import { plural, thousands } from '../shared/text.js'
import { StepError } from '../shared/errors.js'
import { HISTORY_JOB_STATUSES, itemCountsAsImported } from '../model/job-status.js'
import type { JobMemory } from './job-cache.js'
import { paced, type Pace } from './pace.js'
import { isJobId, type JobDetail, type JobSummary } from '../model/import-job.js'
import type { Runtime } from './runtime.js'

export type { JobDetail, JobSummary } from '../model/import-job.js'

export interface HistoryOptions {
  storeName: string
  /** Jobs into this version only; any version when undefined. */
  versionName?: string
  /** Past jobs read at most (max-history). */
  maxJobs: number
}

/** Gets in flight at once while reading job details (throttled ones back off in the SDK's standard retry). */
export const DETAILS_IN_FLIGHT = 5
const PROGRESS_EVERY = 500

/** Job details read once per run, shared by skip-imported and the lost-answer look-ups. */
export class JobBook {
  private readonly details = new Map<string, Promise<JobDetail>>()
  /** Get calls sent (first tries; the SDK's retries not counted). */
  gets = 0
  constructor(
    private readonly omics: () => OmicsClient,
    private readonly signal?: AbortSignal,
    /** Paces every Get attempt (see pace.ts). */
    readonly pace?: Pace,
    /** Finished jobs remembered from earlier runs (see job-cache.ts). */
    readonly memory?: JobMemory
  ) {}

  /** `signal` overrides the book's own (the look-up after a cancel reads under the clean-up budget). */
  detail(summary: JobSummary, signal = this.signal): Promise<JobDetail> {
    let found = this.details.get(summary.id)
    const recalled = found ? undefined : this.memory?.recall(summary)
    if (recalled) {
      found = Promise.resolve(recalled)
      this.details.set(summary.id, found)
    } else if (!found) {
      found = this.read(summary, signal)
      this.details.set(summary.id, found)
      found.catch(() => this.details.delete(summary.id))
    }
    return found
  }

  /** Reads the job with Get even though it was answered from memory (to check the memory against the service). */
  reread(summary: JobSummary): Promise<JobDetail> {
    const found = this.read(summary, this.signal)
    this.details.set(summary.id, found)
    found.catch(() => this.details.delete(summary.id))
    return found
  }

  /** Forgets these jobs' details, so that the next detail() reads them again. */
  forget(ids: readonly string[]): void {
    for (const id of ids) this.details.delete(id)
  }

  private async read(summary: JobSummary, signal: AbortSignal | undefined): Promise<JobDetail> {
    this.gets++
    const job = await this.omics().send(
      paced(new GetAnnotationImportJobCommand({ jobId: summary.id }), this.pace, signal),
      signal ? { abortSignal: signal } : {}
    )
    const detail = {
      ...summary,
      status: job.status ?? summary.status,
      items: (job.items ?? []).map(item => ({ source: item.source ?? '', jobStatus: item.jobStatus ?? '' }))
    }
    this.memory?.learn(detail)
    return detail
  }
}

export function historyTooLong(storeName: string, maxJobs: number, purpose: string): StepError {
  return new StepError(
    `The import history of ${storeName} is longer than max-history (${thousands(maxJobs)} jobs), so ${purpose} ` +
      'cannot be answered from all of it; no job was started. Raise max-history (up to 1,000,000; each 100 jobs cost one ' +
      'ListAnnotationImportJobs call, and each job read one GetAnnotationImportJob call), or import into a new store version.'
  )
}

function untrustedIds(count: number, storeName: string, purpose: string): string {
  return (
    `ListAnnotationImportJobs listed ${plural(count, 'job')} of ${storeName} whose id is not a job id (the model's ` +
    `pattern): ${count === 1 ? 'it is' : 'they are'} not trusted, and left out of ${purpose}`
  )
}

/** Adds a page's jobs into the store to `jobs`; returns how many had an id off the model's pattern. */
function keepJobs(entries: AnnotationImportJobItem[], storeName: string, jobs: JobSummary[]): number {
  let untrusted = 0
  for (const job of entries) {
    if (!job.id || !job.status) continue
    if (!isJobId(job.id)) {
      untrusted++
      continue
    }
    if (job.destinationName && job.destinationName !== storeName) continue
    jobs.push({
      id: job.id,
      status: job.status,
      versionName: job.versionName ?? '',
      roleArn: job.roleArn ?? '',
      ...(job.creationTime && { creationTime: job.creationTime })
    })
  }
  return untrusted
}

/** Every job into the store, all pages, newest first; more than `maxJobs` throws before any answer. */
export async function listJobs(
  omics: OmicsClient,
  options: HistoryOptions,
  runtime: Pick<Runtime, 'log' | 'signal'>,
  purpose: string,
  pace?: Pace
): Promise<JobSummary[]> {
  const jobs: JobSummary[] = []
  let pages = 0
  let untrusted = 0
  // Every entry listed counts towards max-history, kept or not, and an empty page counts as one: an
  // answer that never ends (entries left out, page after page) is cut at the bound like a long one.
  let listed = 0
  let nextToken: string | undefined
  do {
    const page = await omics.send(
      paced(
        new ListAnnotationImportJobsCommand({
          maxResults: 100,
          filter: { storeName: options.storeName },
          ...(nextToken !== undefined && { nextToken })
        }),
        pace,
        runtime.signal
      ),
      { abortSignal: runtime.signal }
    )
    nextToken = page.nextToken || undefined
    const entries = page.annotationImportJobs ?? []
    listed += entries.length || (nextToken === undefined ? 0 : 1)
    untrusted += keepJobs(entries, options.storeName, jobs)
    if (listed > options.maxJobs) throw historyTooLong(options.storeName, options.maxJobs, purpose)
    if (++pages % 10 === 0)
      runtime.log.info(
        `Reading the import history of ${options.storeName}: ${plural(jobs.length, 'job')} listed so far`
      )
  } while (nextToken !== undefined)
  if (untrusted > 0) runtime.log.warning(untrustedIds(untrusted, options.storeName, purpose))
  return jobs.sort((a, b) => (b.creationTime?.getTime() ?? 0) - (a.creationTime?.getTime() ?? 0))
}

/**
 * skip-imported: S3 URI -> id of the newest job in which that file, by its own item status, was imported
 * or is importing. Jobs are read newest first and reading stops once every URI is settled.
 */
export async function importedItems(
  book: JobBook,
  history: readonly JobSummary[],
  uris: readonly string[],
  options: Pick<HistoryOptions, 'versionName'>,
  runtime: Pick<Runtime, 'log'>
): Promise<Map<string, string>> {
  const wanted = new Set(uris)
  /** File -> the newest job (lowest index in the newest-first list) that imported it. */
  const settled = new Map<string, { jobId: string; index: number }>()
  const candidates = history.filter(
    job =>
      HISTORY_JOB_STATUSES.has(job.status) &&
      (options.versionName === undefined || job.versionName === options.versionName)
  )
  let read = 0
  await mapLimit(candidates, DETAILS_IN_FLIGHT, async (summary, index) => {
    if (settled.size === wanted.size) return
    const job = await book.detail(summary)
    for (const item of job.items)
      if (wanted.has(item.source) && itemCountsAsImported(job.status, item.jobStatus)) {
        const known = settled.get(item.source)
        // Workers may finish out of order: keep the job that comes first in the newest-first list.
        if (known === undefined || known.index > index) settled.set(item.source, { jobId: job.id, index })
      }
    if (++read % PROGRESS_EVERY === 0)
      runtime.log.info(`Reading import history: ${thousands(read)} of ~${thousands(candidates.length)} jobs`)
  })
  return new Map(
    uris.flatMap(uri => {
      const found = settled.get(uri)
      return found ? [[uri, found.jobId] as const] : []
    })
  )
}
