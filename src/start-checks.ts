// The start action's checks before anything is started: the store (and version) and then the files
// themselves (preflight), or the store alone on a quiet night. Returns what the start goes on with.
import { plural } from './shared/text.js'
import { checkStore } from './phases/preflight.js'
import { buildRequests, type ImportRequest } from './model/request.js'
import type { StartState } from './report/start-result.js'
import type { StartPlan } from './model/start-plan.js'
import type { Deps } from './phases/runtime.js'
import type { ResolvedItem } from './phases/wildcards.js'
import { filesToImport } from './phases/file-report.js'

/**
 * if-no-files-found: warn or ignore, and no wildcard matched a file: the store is still checked (a wrong
 * store or region fails on a quiet night too); no version is created, no history read, nothing started.
 */
export async function quietNight(inputs: StartPlan, deps: Deps, state: StartState): Promise<void> {
  if (inputs.preflight) await storePhase(inputs, [], deps)
  state.noFiles = true
  state.requests = []
  if (inputs.skipImported) state.skipped = new Map()
  state.notes.push(
    `Nothing to import: no file matched the items (if-no-files-found: ${inputs.ifNoFilesFound})`
  )
}

function storePhase(inputs: StartPlan, uris: string[], deps: Deps): ReturnType<typeof checkStore> {
  const shared = buildRequests(inputs.base, uris, false)[0] as ImportRequest
  const options = {
    versionCreated: inputs.createVersion,
    versionOptions: inputs.version?.versionOptions !== undefined,
    filesChecked: inputs.checkFiles
  }
  return checkStore(
    { omics: deps.clients.omics, request: shared, sources: uris, region: inputs.region, options },
    deps
  )
}

/**
 * The store (and version) first, then the files themselves: nothing starts, and no version is created,
 * when they do not fit. Returns the files to import: all of them, or with bad-files: skip  those that passed,
 * with the LastModified the file checks read.
 */
export async function preflightPhase(
  inputs: StartPlan,
  resolved: ResolvedItem[],
  deps: Deps,
  state: StartState
): Promise<ResolvedItem[]> {
  const store = await storePhase(
    inputs,
    resolved.map(item => item.uri),
    deps
  )
  if (!inputs.checkFiles) return resolved
  // Loaded only now: the S3 client, the decompression and the format checks are not on a plain submit's path.
  const { checkFiles } = await import('./phases/file-checks.js')
  const format = inputs.base.formatOptions
  const readOptions = format && 'tsvOptions' in format ? format.tsvOptions.readOptions : undefined
  const expect = store && {
    storeFormat: store.format,
    infoFields: Object.values(inputs.base.annotationFields ?? {}),
    columns: store.columns,
    ...(readOptions && { readOptions })
  }
  deps.log.info(
    `Checking ${plural(resolved.length, 'file')}: ${store ? 'they exist, are not empty, and their headers fit the store' : 'they exist and are not empty (the store could not be read, so headers are not checked)'}`
  )
  const report = await checkFiles(resolved, expect, deps)
  report.warnings.forEach(warning => deps.log.warning(warning))
  state.fileWarnings = report.verdicts.filter(verdict => verdict.level === 'warn')
  const { kept, rejected, error } = filesToImport(resolved, report, inputs.badFiles, deps.log)
  state.rejected = rejected
  if (error) throw error
  state.notes.push(
    `Files checked: ${plural(report.files, 'file')} (${plural(report.requests, 'S3 request')}, ${plural(report.bytes, 'byte')} read)${state.rejected?.length ? `; ${plural(state.rejected.length, 'file')} left out (bad-files: skip)` : ''}`
  )
  // What HeadObject said of each file is kept for skip-imported's check of changed files.
  return kept.map(item => {
    const lastModified = item.lastModified ?? report.modified.get(item.uri)
    return lastModified ? { ...item, lastModified } : item
  })
}
