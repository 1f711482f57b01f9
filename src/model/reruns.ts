// Pure: what skip-imported does with each file a past job imported (or is importing). The file is
// skipped unless its S3 object changed after that job was created (then it is imported again, or skipped
// with a warning: reimport-changed); a skipped file whose job has not ended names a job to follow, so
// that with wait: true a green step means imported.
import { isTerminal } from './job-status.js'

/** A file of this run that a past job imported or is importing, with what is known of both. */
export interface PastImport {
  uri: string
  jobId: string
  /** The job's status when its detail was read. */
  jobStatus: string
  /** When the job was created (ListAnnotationImportJobs' creationTime). */
  jobCreated?: Date
  /** When the S3 object was last written (the listing's or HeadObject's LastModified). */
  lastModified?: Date
}

/** A job still running that imports files this run skipped: followed like a started one with wait: true. */
export interface UnfinishedJob {
  jobId: string
  status: string
  /** This run's files it imports, in item order. */
  items: string[]
}

export interface SkipDecision {
  /** file -> the job that imported it: not imported again. */
  skipped: Map<string, string>
  /** Changed since their job, and imported again (reimport-changed: true). */
  reimported: PastImport[]
  /** Changed since their job, but skipped all the same (reimport-changed: false): each one warned about. */
  changedSkipped: PastImport[]
  /** The unfinished jobs among those the skipped files name, in the order of their first file. */
  unfinished: UnfinishedJob[]
}

/**
 * Whether the object was written after the job was created, so the job imported an older content (or is
 * importing it). Unknown either way: not changed (skipped, as before this check). S3 gives whole seconds:
 * a write within the same second as the job's creation cannot be told apart and counts as not changed.
 */
export function changedSince(lastModified: Date | undefined, jobCreated: Date | undefined): boolean {
  if (!lastModified || !jobCreated) return false
  return lastModified.getTime() > jobCreated.getTime()
}

/** Decides, file by file (in the order given, which is item order), what skip-imported does. */
export function decideSkips(found: readonly PastImport[], reimportChanged: boolean): SkipDecision {
  const decision: SkipDecision = { skipped: new Map(), reimported: [], changedSkipped: [], unfinished: [] }
  const byJob = new Map<string, UnfinishedJob>()
  for (const past of found) {
    if (changedSince(past.lastModified, past.jobCreated)) {
      if (reimportChanged) {
        decision.reimported.push(past)
        continue
      }
      decision.changedSkipped.push(past)
    }
    decision.skipped.set(past.uri, past.jobId)
    if (isTerminal(past.jobStatus)) continue
    const job = byJob.get(past.jobId)
    if (job) job.items.push(past.uri)
    else {
      const entry = { jobId: past.jobId, status: past.jobStatus, items: [past.uri] }
      byJob.set(past.jobId, entry)
      decision.unfinished.push(entry)
    }
  }
  return decision
}
