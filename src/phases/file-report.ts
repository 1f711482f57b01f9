// What the file checks' verdicts mean for the run: failures worded as items problems, the rest and the
// skipped buckets as warnings, and bad-files: skip's choice of the files left out. No S3 code: the
// start action loads file-checks.ts (and the S3 client) only when the checks run.
import type { FileVerdict } from '../model/file-verdicts.js'
import type { BadFilesMode } from '../inputs/inputs.js'
import { InputError, type Problem } from '../shared/errors.js'
import type { Log } from '../shared/log.js'
import type { ResolvedItem } from './wildcards.js'

export interface FileCheckReport {
  /** The fail verdicts, as input problems (they stop the import, unless bad-files: skip sets the files aside). */
  problems: Problem[]
  /** The warn verdicts and the run's own warnings (skipped buckets, unreachable S3): logged, never stopping it. */
  warnings: string[]
  /** Every finding per file, in item order: fail or warn, for the summary and bad-files: skip. */
  verdicts: FileVerdict[]
  files: number
  requests: number
  bytes: number
  /** LastModified of the files HeadObject was sent for (skip-imported compares it with the job's creation). */
  modified: Map<string, Date>
}

/** The verdicts as the step reports them: failures as items problems, the rest and the skips as warnings. */
export function worded(
  items: readonly ResolvedItem[],
  found: readonly FileVerdict[][],
  skipped: ReadonlyMap<string, string>,
  stopped: string | undefined
): Pick<FileCheckReport, 'problems' | 'warnings'> {
  const problems: Problem[] = []
  const warnings: string[] = []
  items.forEach((item, index) => {
    for (const verdict of found[index] ?? []) {
      const message = `${item.where}: ${item.uri}: ${verdict.reason}`
      if (verdict.level === 'fail') problems.push({ input: 'items', message })
      else warnings.push(message)
    }
  })
  if (skipped.size > 0)
    warnings.push(
      `File checks skipped for ${[...skipped.keys()].map(b => `s3://${b}`).join(', ')}: ${[...skipped.values()].join('; ')}. The import goes ahead: HealthOmics reads the files with role-arn.`
    )
  if (stopped)
    warnings.push(
      `File checks stopped: ${stopped}. The import goes ahead without them (check-files: false turns them off).`
    )
  return { problems, warnings }
}

/** A file bad-files: skip left out, and why (its fail verdicts' reasons). The `rejected` output's entries. */
export interface RejectedFile {
  file: string
  reason: string
}

/**
 * bad-files: skip: every file with a fail verdict is left out (one entry per file, its reasons joined),
 * the others kept, both in item order. A file that only earned warnings is always kept.
 */
export function setAside(
  items: readonly ResolvedItem[],
  verdicts: readonly FileVerdict[]
): { kept: ResolvedItem[]; rejected: (RejectedFile & { where: string })[] } {
  const reasons = new Map<string, string[]>()
  for (const verdict of verdicts)
    if (verdict.level === 'fail')
      reasons.set(verdict.file, [...(reasons.get(verdict.file) ?? []), verdict.reason])
  const kept: ResolvedItem[] = []
  const rejected: (RejectedFile & { where: string })[] = []
  for (const item of items) {
    const why = reasons.get(item.uri)
    if (why) rejected.push({ file: item.uri, reason: why.join('; '), where: item.where })
    else kept.push(item)
  }
  return { kept, rejected }
}

/**
 * The files to import after the checks. bad-files: fail: any failed file is an error (nothing starts).
 * skip: each failed file is left out with one warning naming it and its reason; an error only when no
 * file is left. `rejected` lists the files left out either way, for the output and the summary.
 */
export function filesToImport(
  resolved: readonly ResolvedItem[],
  report: Pick<FileCheckReport, 'problems' | 'verdicts'>,
  mode: BadFilesMode,
  log: Pick<Log, 'warning'>
): { kept: ResolvedItem[]; rejected: RejectedFile[]; error?: InputError } {
  if (mode === 'fail')
    return report.problems.length > 0
      ? { kept: [], rejected: [], error: new InputError(report.problems, 'no job was started') }
      : { kept: [...resolved], rejected: [] }
  const { kept, rejected } = setAside(resolved, report.verdicts)
  const entries = rejected.map(({ file, reason }) => ({ file, reason }))
  if (kept.length === 0) {
    const outcome =
      'every file failed the file checks, so nothing is left to import (bad-files: skip); no job was started'
    return { kept, rejected: entries, error: new InputError(report.problems, outcome) }
  }
  for (const file of rejected)
    log.warning(`Left out (bad-files: skip): ${file.where}: ${file.file}: ${file.reason}`)
  return { kept, rejected: entries }
}
