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
  /**
   * The newest entry under the prefix, undefined when there is none. Throws UnreadableEntry for an entry
   * that is there but cannot be read; anything else thrown means the service could not be asked.
   */
  restore(keyPrefix: string): Promise<string | undefined>
  /** Resolves to a reason when the entry was not saved on purpose (a read-only cache); throws when saving failed. */
  save(key: string, text: string): Promise<string | void>
}

/** An entry found in the cache that could not be downloaded or unpacked: a notice and a full read, not a warning. */
export class UnreadableEntry extends Error {
  override name = 'UnreadableEntry'
}

export interface CacheScope {
  /** Part of the key only: stores of one name in two regions keep entries of their own. */
  region?: string
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
  const region = scope.region === undefined ? '' : `${scope.region}-`
  return `healthomics-import-history-v${CACHE_FORMAT}-${region}${scope.storeName}-${version}-`
}

/** This run's part of the key: run, attempt and time, so that every run saves an entry of its own. */
export function runKey(env: NodeJS.ProcessEnv, now: number): string {
  return `${env['GITHUB_RUN_ID'] || 'local'}-${env['GITHUB_RUN_ATTEMPT'] || '1'}-${now}`
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
  /** Ids answered from memory this run (and not read with Get since). */
  private readonly recalled = new Set<string>()
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
      if (error instanceof UnreadableEntry)
        return this.log.info(
          `Import history cache: the entry was not used (${error.message}); reading every job's details.`
        )
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
    this.recalled.add(summary.id)
    this.fresh.set(summary.id, job)
    return {
      ...summary,
      items: job.items.map(([source, jobStatus]) => ({ source, jobStatus }))
    }
  }

  /** A job read with Get this run: remembered if it is finished. */
  learn(job: JobDetail): void {
    this.recalled.delete(job.id)
    if (!isTerminal(job.status)) return
    this.fresh.set(job.id, {
      status: job.status,
      versionName: job.versionName,
      items: job.items.map(item => [item.source, item.jobStatus])
    })
  }

  /** Whether this job's details came from memory this run. */
  wasRecalled(id: string): boolean {
    return this.recalled.has(id)
  }

  /** Whether the entry remembered this job with the files and item statuses `job` (read with Get) has. */
  agrees(job: JobDetail): boolean {
    const remembered = this.remembered.get(job.id)
    if (!remembered) return false
    const key = (items: [string, string][]): string => JSON.stringify([...items].sort())
    return key(remembered.items) === key(job.items.map(item => [item.source, item.jobStatus]))
  }

  /**
   * The entry lied about a job: nothing in it is used any more (what this run read with Get is kept).
   * Returns the ids that had been answered from it, to be read again.
   */
  distrust(reason: string): string[] {
    this.log.warning(`Import history cache: the entry is not used (${reason}); reading every job's details.`)
    const ids = [...this.recalled]
    for (const id of ids) this.fresh.delete(id)
    this.recalled.clear()
    this.remembered.clear()
    this.hits = 0
    return ids
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
      const notSaved = await this.store.save(cacheKeyPrefix(this.scope) + runKey, JSON.stringify(entry))
      this.log.info(
        typeof notSaved !== 'string'
          ? `Import history cache: saved ${Object.keys(jobs).length} finished jobs`
          : `Import history cache: not saved (${notSaved})`
      )
    } catch (error) {
      this.log.warning(
        `Import history cache: could not be saved (${errorMessage(error)}); the next run reads more.`
      )
    }
  }
}
