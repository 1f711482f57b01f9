// Checks that catch a wrong store, region, format or version in a second, before a job is started.
import {
  GetAnnotationStoreCommand,
  GetAnnotationStoreVersionCommand,
  type GetAnnotationStoreResponse,
  type OmicsClient
} from '@aws-sdk/client-omics'
import { describeError, errorMessage, errorName, errorStatus } from '../aws/aws-errors.js'
import { extensionMismatch } from '../model/file-verdicts.js'
import { AbortedError, InputError, type Problem } from '../shared/errors.js'
import type { ImportRequest } from '../model/request.js'
import type { Runtime } from './runtime.js'

export interface PreflightOptions {
  /** create-version: the version phase checks (and creates) the version, not preflight. */
  versionCreated?: boolean
  /** version-options were given: they suit TSV stores only. */
  versionOptions?: boolean
  /** check-files: the file checks read each file's content, which decides; the name is only a hint there. */
  filesChecked?: boolean
}

/** What preflight checks: the store (and version) a request imports into, in its region, for these sources. */
export interface PreflightContext {
  omics: OmicsClient
  request: ImportRequest
  /** The items' URIs, for the check of their names' extensions. */
  sources: string[]
  region: string
  signal?: AbortSignal
  options?: PreflightOptions
}

export interface Findings {
  /** Mistakes that stop the import, named by input like every other input problem. */
  errors: Problem[]
  warnings: string[]
  /** What the store is, when it could be read: for the file checks. */
  store?: StoreFacts
}

export interface StoreFacts {
  format: string
  /** TSV stores: the columns the store maps (storeOptions.tsvStoreOptions formatToHeader values, schema names). */
  columns: string[]
}

/**
 * Pure: whether the request's format options and item files fit a store of `storeFormat`. The names'
 * extensions only when `filesChecked` is false: otherwise the file checks judge by content.
 */
export function formatFindings(
  storeFormat: string,
  storeName: string,
  request: Pick<ImportRequest, 'formatOptions'>,
  sources: string[],
  filesChecked = false
): Findings {
  const errors: Problem[] = []
  const warnings: string[] = []
  const options = request.formatOptions ?? {}
  if ('vcfOptions' in options && storeFormat !== 'VCF') {
    errors.push({
      input: 'format-options',
      message: `vcfOptions are for VCF stores, but ${storeName} is a ${storeFormat} store`
    })
  }
  if ('tsvOptions' in options && storeFormat !== 'TSV') {
    errors.push({
      input: 'format-options',
      message: `tsvOptions are for TSV stores, but ${storeName} is a ${storeFormat} store`
    })
  }
  for (const source of filesChecked ? [] : sources) {
    const mismatch = extensionMismatch(storeFormat, source)
    if (!mismatch) continue
    const other = mismatch.other
    if (other)
      errors.push({
        input: 'items',
        message: `${source} looks like a ${other} file, but ${storeName} is a ${storeFormat} store`
      })
    else
      warnings.push(
        `items: ${source} has an extension not usual for a ${storeFormat} store; importing it anyway`
      )
  }
  return { errors, warnings }
}

const notActive = (what: string, status: string | undefined, message: string | undefined): string =>
  `${what} is ${status ?? 'not ready'}, not ACTIVE${message ? `: ${message}` : ''}`

/** Pure: what the store's answer says about this import (status, format, mapped TSV columns). */
function storeFindings(
  store: GetAnnotationStoreResponse,
  request: ImportRequest,
  sources: string[],
  options: PreflightOptions,
  found: Findings
): void {
  const name = request.destinationName
  if (store.status !== 'ACTIVE')
    found.errors.push({
      input: 'destination-name',
      message: notActive(`store ${name}`, store.status, store.statusMessage)
    })
  if (store.storeFormat) {
    const tsv =
      store.storeOptions && 'tsvStoreOptions' in store.storeOptions
        ? store.storeOptions.tsvStoreOptions
        : undefined
    found.store = {
      format: store.storeFormat,
      columns: [
        ...new Set([
          ...Object.values(tsv?.formatToHeader ?? {}),
          ...(tsv?.schema ?? []).flatMap(item => Object.keys(item))
        ])
      ]
    }
    const fit = formatFindings(store.storeFormat, name, request, sources, options.filesChecked)
    found.errors.push(...fit.errors)
    found.warnings.push(...fit.warnings)
    if (options.versionOptions && store.storeFormat !== 'TSV')
      found.errors.push({
        input: 'version-options',
        message: `tsvVersionOptions are for TSV stores, but ${name} is a ${store.storeFormat} store: leave version-options out`
      })
  }
}

/** GetAnnotationStore: the store exists in the region, is ACTIVE, and its format fits. False: no such store. */
async function checkStoreItself(
  omics: OmicsClient,
  request: ImportRequest,
  sources: string[],
  region: string,
  found: Findings,
  signal?: AbortSignal,
  options: PreflightOptions = {}
): Promise<boolean> {
  const name = request.destinationName
  try {
    const store = await omics.send(
      new GetAnnotationStoreCommand({ name }),
      signal ? { abortSignal: signal } : {}
    )
    storeFindings(store, request, sources, options, found)
  } catch (error) {
    // Cancelled: the call was cut short, not failed; nothing goes ahead.
    if (signal?.aborted) throw new AbortedError()
    if (errorName(error) !== 'ResourceNotFoundException') {
      found.warnings.push(preflightWarning(error, 'omics:GetAnnotationStore', `store ${name}`))
      return true
    }
    found.errors.push({
      input: 'destination-name',
      message: `no annotation store named ${name} in ${region} (stores are regional: check region)`
    })
    return false
  }
  return true
}

/** GetAnnotationStoreVersion: the version exists and is ACTIVE. */
async function checkVersion(
  omics: OmicsClient,
  name: string,
  versionName: string,
  region: string,
  found: Findings,
  signal?: AbortSignal
): Promise<void> {
  try {
    const version = await omics.send(
      new GetAnnotationStoreVersionCommand({ name, versionName }),
      signal ? { abortSignal: signal } : {}
    )
    if (version.status !== 'ACTIVE')
      found.errors.push({
        input: 'version-name',
        message: notActive(`version ${versionName} of ${name}`, version.status, version.statusMessage)
      })
  } catch (error) {
    if (signal?.aborted) throw new AbortedError()
    if (errorName(error) === 'ResourceNotFoundException')
      found.errors.push({
        input: 'version-name',
        message: `store ${name} has no version ${versionName} in ${region}`
      })
    else
      found.warnings.push(
        preflightWarning(error, 'omics:GetAnnotationStoreVersion', `version ${versionName}`)
      )
  }
}

/**
 * The store exists in the region and is ACTIVE, its format fits, the version (when named) exists and is
 * ACTIVE. A check fails the step only on what is certain to fail: no such store or version, not ACTIVE, a
 * format that does not fit. Any other failed call (access denied, a 400 on a name already checked here, a
 * 5xx, an answer that is not JSON, a network failure) is a warning and the import goes ahead.
 */
export async function preflight(check: PreflightContext): Promise<Findings> {
  const { omics, request, sources, region, signal, options = {} } = check
  const found: Findings = { errors: [], warnings: [] }
  const exists = await checkStoreItself(omics, request, sources, region, found, signal, options)
  if (exists && request.versionName !== undefined && !options.versionCreated)
    await checkVersion(omics, request.destinationName, request.versionName, region, found, signal)
  return found
}

function preflightWarning(error: unknown, permission: string, what: string): string {
  if (errorName(error) === 'AccessDeniedException') {
    return `Preflight could not read ${what}: the credentials lack ${permission}. Starting the import without this check (grant ${permission} or set preflight: false).`
  }
  return `Preflight could not read ${what} (${failedRead(error)}); starting the import without this check.`
}

/** Pure: why a read failed, in words: the HTTP status and error, or an answer that is not JSON. */
export function failedRead(error: unknown): string {
  const response = (error as { $response?: { statusCode?: number } } | undefined)?.$response
  const status = errorStatus(error) ?? response?.statusCode
  // The SDK's deserialization error: its message points at a field of the error object, not for the user.
  if (/Deserialization error/i.test(errorMessage(error)) || errorName(error) === 'SyntaxError') {
    const first = errorMessage(error).split('\n')[0] ?? ''
    return `the answer${status ? ` (HTTP ${status})` : ''} is not valid JSON: ${first}`
  }
  return status ? `HTTP ${status} ${describeError(error)}` : describeError(error)
}

/** The preflight phase: the findings' warnings are logged; errors stop the step before any job starts. */
export async function checkStore(
  check: Omit<PreflightContext, 'signal'>,
  runtime: Pick<Runtime, 'log' | 'signal'>
): Promise<StoreFacts | undefined> {
  const found = await preflight({ ...check, signal: runtime.signal })
  found.warnings.forEach(warning => runtime.log.warning(warning))
  if (found.errors.length > 0)
    throw new InputError(
      found.errors.map(problem => ({ ...problem, message: `${problem.message} (preflight)` })),
      'no job was started'
    )
  return found.store
}
