// What each import job status means, in one place: which end a wait, which succeed or fail, how serious
// each is when several jobs are summed up, and which count as "already imported" for skip-imported.

export type Verdict = 'running' | 'success' | 'failure'

/** Statuses a job never leaves. */
export const TERMINAL = new Set(['COMPLETED', 'COMPLETED_WITH_FAILURES', 'FAILED', 'CANCELLED'])

export function isTerminal(status: string): boolean {
  return TERMINAL.has(status)
}

/** Whether a job status ends the wait, and how. Unknown statuses keep the wait going. */
export function verdict(status: string, allowPartial: boolean): Verdict {
  switch (status) {
    case 'COMPLETED':
      return 'success'
    case 'COMPLETED_WITH_FAILURES':
      return allowPartial ? 'success' : 'failure'
    case 'FAILED':
    case 'CANCELLED':
      return 'failure'
    default:
      return 'running'
  }
}

/** Most serious first. NOT_STARTED is ours: an item whose job could not be started. */
const SEVERITY = [
  'FAILED',
  'NOT_STARTED',
  'CANCELLED',
  'COMPLETED_WITH_FAILURES',
  'UNKNOWN',
  'IN_PROGRESS',
  'SUBMITTED',
  'COMPLETED'
]

/** The status output of a set of jobs: theirs when they agree, else the most serious one. */
export function overallStatus(statuses: readonly string[]): string {
  const rank = (status: string): number => {
    const at = SEVERITY.indexOf(status)
    return at < 0 ? SEVERITY.indexOf('UNKNOWN') : at
  }
  return [...statuses].sort((a, b) => rank(a) - rank(b))[0] ?? ''
}

/**
 * Jobs whose items may hold imported data or be importing: skip-imported reads these. A job that ended
 * FAILED or CANCELLED is taken as having imported nothing, so its files are imported again.
 */
export const HISTORY_JOB_STATUSES = new Set([
  'SUBMITTED',
  'IN_PROGRESS',
  'COMPLETED',
  'COMPLETED_WITH_FAILURES'
])

/** An item's own status (in GetAnnotationImportJob's items) that counts as imported or importing. */
export const IMPORTED_ITEM_STATUSES = new Set(['SUBMITTED', 'IN_PROGRESS', 'COMPLETED'])

/**
 * Whether one item of a job counts as imported (or importing): by the item's own status, since a
 * COMPLETED_WITH_FAILURES job holds completed and failed items side by side.
 */
export function itemCountsAsImported(jobStatus: string, itemStatus: string | undefined): boolean {
  if (!HISTORY_JOB_STATUSES.has(jobStatus)) return false
  return IMPORTED_ITEM_STATUSES.has(itemStatus ?? jobStatus)
}
