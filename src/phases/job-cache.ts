// Finished jobs remembered between runs, so that a nightly skip-imported reads with Get only the jobs
// created (or still running) since the last run. The cache is only ever a shortcut: every List page is
// still read, a remembered job is used only when the fresh List shows it in the same terminal state,
// and a missing, unreadable or mismatched entry means a full read with one notice. Where entries live
// (the GitHub Actions cache) is behind CacheStore, so the logic does not depend on the service.
import { errorMessage } from '../aws/aws-errors.js'
import type { JobDetail, JobSummary } from '../model/import-job.js'
import { isTerminal } from '../model/job-status.js'
import type { Log } from '../shared/log.js'

/** Bumped when the entry's shape changes: an entry of another format is not read. */
export const CACHE_FORMAT = 1

/** Immutable entries: a new key per run, restored by prefix (newest first). */
export interface CacheStore {
  restore(keyPrefix: string): Promise<string | undefined>
  save(key: string, text: string): Promise<void>
}

export interface CacheScope {
  storeName: string
  /** undefined: jobs into any version. */
  versionName?: string
}

interface RememberedJob {
  status: string
  versionName: string
  items: [source: string, jobStatus: string][]
}

interface Entry {
  format: number
  storeName: string
  versionName: string | null
  jobs: Record<string, RememberedJob>
}

export function cacheKeyPrefix(scope: CacheScope): string {
  const version = scope.versionName === undefined ? '*' : scope.versionName
  return `healthomics-import-history-v${CACHE_FORMAT}-${scope.storeName}-${version}-`
}

/** Remembered terminal jobs by id; a reason string when the entry cannot be used. */
export function parseEntry(text: string, scope: CacheScope): Map<string, RememberedJob> | string {
  let entry: Partial<Entry>
  try {
    entry = JSON.parse(text) as Partial<Entry>
  } catch {
    return 'it is not valid JSON'
  }
  if (typeof entry !== 'object' || entry === null) return 'it is not an object'
  if (entry.format !== CACHE_FORMAT) return `its format is ${String(entry.format)}, not ${CACHE_FORMAT}`
  if (entry.storeName !== scope.storeName) return `it is for store ${String(entry.storeName)}`
  if (entry.versionName !== (scope.versionName ?? null))
    return `it is for version ${String(entry.versionName)}`
  if (typeof entry.jobs !== 'object' || entry.jobs === null) return 'it has no jobs'
  const jobs = new Map<string, RememberedJob>()
  for (const [id, job] of Object.entries(entry.jobs)) {
    const valid =
      typeof job === 'object' &&
      job !== null &&
      typeof job.status === 'string' &&
      isTerminal(job.status) &&
      typeof job.versionName === 'string' &&
      Array.isArray(job.items) &&
      job.items.every(
        item => Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] === 'string'
      )
    if (!valid) return `job ${id} in it is malformed`
    jobs.set(id, job)
  }
  return jobs
}

/**
 * The remembered jobs of one run: restored once, consulted per job (only when the fresh List shows the
 * same terminal status), and saved with what this run read.
 */
export class JobMemory {
  private remembered = new Map<string, RememberedJob>()
  private readonly fresh = new Map<string, RememberedJob>()
  /** Jobs answered from memory this run. */
  hits = 0

  constructor(
    private readonly store: CacheStore,
    private readonly scope: CacheScope,
    private readonly log: Pick<Log, 'info' | 'warning'>
  ) {}

  async restore(): Promise<void> {
    let text: string | undefined
    try {
      text = await this.store.restore(cacheKeyPrefix(this.scope))
    } catch (error) {
      return this.log.warning(
        `Import history cache: could not be restored (${errorMessage(error)}); reading every job's details.`
      )
    }
    if (text === undefined)
      return this.log.info("Import history cache: no entry yet; reading every job's details.")
    const parsed = parseEntry(text, this.scope)
    if (typeof parsed === 'string')
      return this.log.info(
        `Import history cache: the entry was not used (${parsed}); reading every job's details.`
      )
    this.remembered = parsed
    this.log.info(`Import history cache: ${this.remembered.size} finished jobs remembered`)
  }

  /** The remembered detail, only if the fresh List shows this job in the same terminal status. */
  recall(summary: JobSummary): JobDetail | undefined {
    const job = this.remembered.get(summary.id)
    if (!job || !isTerminal(summary.status) || job.status !== summary.status) return undefined
    if (job.versionName !== summary.versionName) return undefined
    this.hits++
    this.fresh.set(summary.id, job)
    return {
      ...summary,
      items: job.items.map(([source, jobStatus]) => ({ source, jobStatus }))
    }
  }

  /** A job read with Get this run: remembered if it is finished. */
  learn(job: JobDetail): void {
    if (!isTerminal(job.status)) return
    this.fresh.set(job.id, {
      status: job.status,
      versionName: job.versionName,
      items: job.items.map(item => [item.source, item.jobStatus])
    })
  }

  /**
   * Saves the jobs remembered before that the List still shows as the same finished job, with those
   * learned this run. A failure costs the next run time, never this run.
   */
  async save(history: readonly JobSummary[], runKey: string): Promise<void> {
    const jobs: Record<string, RememberedJob> = {}
    for (const summary of history) {
      const job = this.fresh.get(summary.id) ?? this.remembered.get(summary.id)
      if (job && job.status === summary.status) jobs[summary.id] = job
    }
    const entry: Entry = {
      format: CACHE_FORMAT,
      storeName: this.scope.storeName,
      versionName: this.scope.versionName ?? null,
      jobs
    }
    try {
      await this.store.save(cacheKeyPrefix(this.scope) + runKey, JSON.stringify(entry))
      this.log.info(`Import history cache: saved ${Object.keys(jobs).length} finished jobs`)
    } catch (error) {
      this.log.warning(
        `Import history cache: could not be saved (${errorMessage(error)}); the next run reads more.`
      )
    }
  }
}

/**
 * The cache a run reads and writes: the GitHub Actions cache service when the runner offers one.
 * Not wired yet: the @actions/cache adapter (loaded as a lazy chunk) is still to be added, so every run
 * reads the full history, as before. Outside GitHub Actions there is no cache service: skipped quietly.
 */
export function historyCacheStore(_env: NodeJS.ProcessEnv): CacheStore | undefined {
  return undefined
}
