// Fakes for the import history cache's tests: a cache store kept in memory, and the service's jobs
// (id -> status and files) that List and Get answer from.
import { GetAnnotationImportJobCommand, type OmicsClient } from '@aws-sdk/client-omics'
import type { AwsClientStub } from 'aws-sdk-client-mock'
import type { JobSummary } from '../../src/model/import-job.js'
import { type CacheStore, UnreadableEntry } from '../../src/phases/job-cache.js'
import { ROLE_ARN } from './fixtures.js'

/** A cache kept in memory: entries in the order saved, restored newest first by key prefix. */
export class FakeCacheStore implements CacheStore {
  entries: [string, string][] = []
  /** The prefixes asked for, and 'restore'/'save' in the order they came. */
  asked: string[] = []
  events: string[] = []
  failRestore = false
  failSave = false
  unreadable = false
  readOnly = false

  async restore(prefix: string): Promise<string | undefined> {
    this.asked.push(prefix)
    this.events.push('restore')
    if (this.failRestore) throw new Error('cache service unavailable')
    if (this.unreadable) throw new UnreadableEntry('tar failed with exit code 2')
    return [...this.entries].reverse().find(([key]) => key.startsWith(prefix))?.[1]
  }

  async save(key: string, text: string): Promise<string | void> {
    this.events.push('save')
    if (this.failSave) throw new Error('cache service unavailable')
    if (this.readOnly) return 'Cache save skipped: the cache-mode does not permit writes'
    this.entries.push([key, text])
  }
}

/** The service's jobs: id -> status and sources. */
export type ServiceJobs = Map<string, { status: string; sources: string[] }>

/** Adds `count` jobs j<n>, each of one file s3://b-1/f<n>.vcf. */
export function addJobs(service: ServiceJobs, count: number, status = 'COMPLETED'): void {
  const start = service.size
  for (let n = start; n < start + count; n++)
    service.set(`j${n}`, { status, sources: [`s3://b-1/f${n}.vcf`] })
}

/** The jobs as List gives them: newest first, all of version "default". */
export function listedJobs(service: ServiceJobs): JobSummary[] {
  return [...service].reverse().map(([id, job], n) => ({
    id,
    status: job.status,
    versionName: 'default',
    roleArn: ROLE_ARN,
    creationTime: new Date(1e9 - n)
  }))
}

/** Get answers each job's status and files from `service`, as it is when asked. */
export function answerGets(omics: AwsClientStub<OmicsClient>, service: ServiceJobs): void {
  omics.on(GetAnnotationImportJobCommand).callsFake((input: { jobId: string }) => {
    const job = service.get(input.jobId)
    return { status: job?.status, items: job?.sources.map(source => ({ source, jobStatus: job.status })) }
  })
}
