// What the start action's phases found, as the start result reads it.
import type { StartInputs } from '../inputs/inputs.js'
import type { ImportRequest } from '../model/request.js'
import type { FollowedJob } from '../phases/follow.js'
import type { RejectedFile } from '../phases/file-report.js'
import type { Outcome } from '../phases/start-batch.js'
import type { VersionOutcome } from '../phases/store-version.js'

/** What the start action's phases found, filled in as they run (so a failure still reports the rest). */
export interface StartState {
  inputs?: StartInputs
  /** Files after wildcard expansion. */
  items?: string[]
  /** skip-imported: file -> the job that imported it. */
  skipped?: Map<string, string>
  requests?: ImportRequest[]
  outcomes?: Outcome[]
  followed?: FollowedJob[]
  /** create-version: what became of the version. */
  version?: VersionOutcome
  /** Facts for the summary (version created, files checked, ...). */
  notes: string[]
  /** File checks that warned (the import goes ahead): listed in the summary beside the file. */
  fileWarnings?: { file: string; reason: string }[]
  /** bad-files: skip: the files left out because they failed the file checks, and why. */
  rejected?: RejectedFile[]
  /** if-no-files-found: warn or ignore, and no wildcard matched a file: nothing to import, not a failure. */
  noFiles?: boolean
  /** The run was cancelled (SIGINT/SIGTERM) while the phases ran. */
  cancelled?: boolean
}
