// Finding import jobs that already exist: for skip-imported, and to learn whether a Start whose answer
// was lost did start a job. ListAnnotationImportJobs items carry no sources, so candidates are read
// with GetAnnotationImportJob. Both look-ups are bounded.
import {
  GetAnnotationImportJobCommand,
  paginateListAnnotationImportJobs,
  type GetAnnotationImportResponse,
  type OmicsClient
} from '@aws-sdk/client-omics'
import type { ImportRequest } from './request.js'

export interface ExistingJob {
  id: string
  status: string
  versionName: string
  roleArn: string
  creationTime?: Date
  sources: string[]
}

export interface JobQuery {
  storeName: string
  /** Only jobs into this version; any version when undefined. */
  versionName?: string
  roleArn?: string
  statuses?: ReadonlySet<string>
  createdAfter?: Date
  /** Pages of 100 jobs to read at most. */
  maxPages?: number
  signal?: AbortSignal
}

/** Runs fn over items with at most `limit` calls in flight; results keep the items' order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export async function getJob(
  omics: OmicsClient,
  jobId: string,
  signal?: AbortSignal
): Promise<GetAnnotationImportResponse> {
  return omics.send(new GetAnnotationImportJobCommand({ jobId }), signal ? { abortSignal: signal } : {})
}

/** Jobs into the store that pass the query, with their sources. */
export async function findJobs(omics: OmicsClient, query: JobQuery): Promise<ExistingJob[]> {
  const maxPages = query.maxPages ?? 20
  const candidates: {
    id: string
    status: string
    versionName: string
    roleArn: string
    creationTime?: Date
  }[] = []
  let pages = 0
  const paginator = paginateListAnnotationImportJobs(
    { client: omics, pageSize: 100 },
    { filter: { storeName: query.storeName } },
    ...(query.signal ? [{ abortSignal: query.signal }] : [])
  )
  for await (const page of paginator) {
    for (const job of page.annotationImportJobs ?? []) {
      if (!job.id || !job.status) continue
      if (job.destinationName && job.destinationName !== query.storeName) continue
      if (query.versionName !== undefined && job.versionName !== query.versionName) continue
      if (query.roleArn !== undefined && job.roleArn !== query.roleArn) continue
      if (query.statuses && !query.statuses.has(job.status)) continue
      if (query.createdAfter && job.creationTime && job.creationTime < query.createdAfter) continue
      candidates.push({
        id: job.id,
        status: job.status,
        versionName: job.versionName ?? '',
        roleArn: job.roleArn ?? '',
        ...(job.creationTime && { creationTime: job.creationTime })
      })
    }
    if (++pages >= maxPages) break
  }
  return mapLimit(candidates, 5, async candidate => {
    const detail = await getJob(omics, candidate.id, query.signal)
    return {
      ...candidate,
      status: detail.status ?? candidate.status,
      sources: (detail.items ?? []).map(i => i.source ?? '')
    }
  })
}

export const ALREADY_IMPORTED = new Set(['SUBMITTED', 'IN_PROGRESS', 'COMPLETED'])

/** S3 URI -> id of a job that imports it (or has) into the store, for skip-imported. */
export async function importedSources(
  omics: OmicsClient,
  storeName: string,
  versionName: string | undefined,
  signal?: AbortSignal
): Promise<Map<string, string>> {
  const jobs = await findJobs(omics, {
    storeName,
    ...(versionName !== undefined && { versionName }),
    statuses: ALREADY_IMPORTED,
    ...(signal && { signal })
  })
  // Newest first, so an item imported twice before names its latest job.
  jobs.sort((a, b) => (b.creationTime?.getTime() ?? 0) - (a.creationTime?.getTime() ?? 0))
  const bySource = new Map<string, string>()
  for (const job of jobs)
    for (const source of job.sources) if (!bySource.has(source)) bySource.set(source, job.id)
  return bySource
}

function sameSources(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const set = new Set(a)
  return b.every(s => set.has(s))
}

/** The newest job, not yet claimed by this run, that a lost Start of `request` may have created. */
export async function findStartedJob(
  omics: OmicsClient,
  request: Pick<ImportRequest, 'destinationName' | 'roleArn' | 'versionName' | 'items'>,
  createdAfter: Date,
  claimed: ReadonlySet<string>,
  signal?: AbortSignal
): Promise<string | undefined> {
  const jobs = await findJobs(omics, {
    storeName: request.destinationName,
    ...(request.versionName !== undefined && { versionName: request.versionName }),
    roleArn: request.roleArn,
    createdAfter,
    maxPages: 5,
    ...(signal && { signal })
  })
  const sources = request.items.map(i => i.source)
  const matches = jobs
    .filter(job => !claimed.has(job.id) && sameSources(job.sources, sources))
    .sort((a, b) => (b.creationTime?.getTime() ?? 0) - (a.creationTime?.getTime() ?? 0))
  return matches[0]?.id
}
