// The version phase (create-version: true): the named store version exists and is ACTIVE before any
// import into it, creating it when it does not exist. Another run creating the same version at once is
// not a failure: its ConflictException means "being created", and this run waits for it too.
import {
  CreateAnnotationStoreVersionCommand,
  GetAnnotationStoreVersionCommand,
  type GetAnnotationStoreVersionResponse,
  type OmicsClient
} from '@aws-sdk/client-omics'
import { errorName } from '../aws/aws-errors.js'
import { StepError } from '../shared/errors.js'
import type { WaitSettings } from '../inputs/inputs.js'
import type { Verdict } from '../model/job-status.js'
import { waitForJob } from './poll.js'
import type { Runtime } from './runtime.js'
import { formatDuration } from '../shared/text.js'
import type { VersionRequest } from '../model/version-request.js'

export interface VersionOutcome {
  versionName: string
  /** True when this run's create was the one accepted. */
  created: boolean
  status: string
  statusMessage?: string
  arn?: string
}

/** A version phase that failed after the version was read or created: the outputs still say which. */
export class VersionError extends StepError {
  constructor(
    message: string,
    readonly version: VersionOutcome
  ) {
    super(message)
  }
}

/** What a version status means (the stock waiter AnnotationStoreVersionCreated, without its 10-minute cap). */
export function versionVerdict(status: string): Verdict {
  if (status === 'ACTIVE') return 'success'
  if (status === 'FAILED' || status === 'DELETING') return 'failure'
  return 'running'
}

async function readVersion(
  omics: OmicsClient,
  request: VersionRequest,
  signal?: AbortSignal
): Promise<GetAnnotationStoreVersionResponse | undefined> {
  try {
    return await omics.send(
      new GetAnnotationStoreVersionCommand({ name: request.name, versionName: request.versionName }),
      signal ? { abortSignal: signal } : {}
    )
  } catch (error) {
    if (errorName(error) === 'ResourceNotFoundException') return undefined
    throw error
  }
}

function unusable(
  request: VersionRequest,
  status: string,
  message: string | undefined,
  version: VersionOutcome
): VersionError {
  return new VersionError(
    `Version ${request.versionName} of store ${request.name} is ${status}${message ? `: ${message}` : ''}; no job was started. ` +
      (status === 'DELETING'
        ? 'Wait for the deletion to end, then run again to create it anew, or use another version-name.'
        : 'Delete it, or use another version-name.'),
    version
  )
}

/** The create request as sent (printed only when it is sent, or in a plan when it would be). */
export function logVersionRequest(request: VersionRequest, log: Runtime['log']): void {
  log.group('Create version request (CreateAnnotationStoreVersion)', [JSON.stringify(request, null, 2)])
}

/** Creates the version unless it exists; a conflict means another run is creating it. Returns whether this run created it. */
async function createUnlessExists(
  omics: OmicsClient,
  request: VersionRequest,
  runtime: Pick<Runtime, 'log' | 'signal'>
): Promise<boolean> {
  logVersionRequest(request, runtime.log)
  try {
    await omics.send(new CreateAnnotationStoreVersionCommand(request), { abortSignal: runtime.signal })
    runtime.log.info(`Creating version ${request.versionName} of store ${request.name}`)
    return true
  } catch (error) {
    if (errorName(error) !== 'ConflictException') throw error
    runtime.log.info(
      `Version ${request.versionName} of store ${request.name} is being created by another run (ConflictException); waiting for it`
    )
    return false
  }
}

/** Polls the version until ACTIVE (or FAILED, DELETING, wait-timeout), with the job waits' schedule. */
async function waitUntilActive(
  omics: OmicsClient,
  request: VersionRequest,
  settings: Pick<WaitSettings, 'waitTimeoutMs' | 'waitTimeoutText' | 'pollIntervalMs'>,
  runtime: Runtime,
  created: boolean,
  knownArn?: string
): Promise<VersionOutcome> {
  let arn = knownArn
  const result = await waitForJob({
    getStatus: async signal => {
      const version = await readVersion(omics, request, signal)
      arn = version?.versionArn ?? arn
      return {
        status: version?.status ?? 'CREATING',
        ...(version?.statusMessage && { statusMessage: version.statusMessage })
      }
    },
    decide: versionVerdict,
    timeoutMs: settings.waitTimeoutMs,
    pollIntervalMs: settings.pollIntervalMs,
    allowPartial: false,
    now: runtime.now,
    sleep: runtime.sleep,
    random: runtime.random,
    signal: runtime.signal,
    onChange: (state, elapsed) =>
      runtime.log.info(`Version ${request.versionName}: ${state.status} after ${formatDuration(elapsed)}`)
  })
  const status = result.last?.status ?? 'unknown'
  const version: VersionOutcome = {
    versionName: request.versionName,
    created,
    status,
    ...(result.last?.statusMessage && { statusMessage: result.last.statusMessage }),
    ...(arn && { arn })
  }
  if (result.outcome === 'timeout')
    throw new VersionError(
      `Version ${request.versionName} of store ${request.name} was still ${status} after waiting ${formatDuration(result.elapsedMs)} (wait-timeout ${settings.waitTimeoutText}); no job was started. Raise wait-timeout, or run again once it is ACTIVE.`,
      version
    )
  if (result.outcome === 'aborted')
    throw new VersionError(
      `Stopped: the workflow run was cancelled while waiting for version ${request.versionName}; no job was started.`,
      version
    )
  if (result.outcome === 'failure') throw unusable(request, status, result.last?.statusMessage, version)
  return version
}

export async function ensureVersion(
  omics: OmicsClient,
  request: VersionRequest,
  settings: Pick<WaitSettings, 'waitTimeoutMs' | 'waitTimeoutText' | 'pollIntervalMs'>,
  runtime: Runtime
): Promise<VersionOutcome> {
  const existing = await readVersion(omics, request, runtime.signal)
  if (existing?.status === 'ACTIVE') {
    runtime.log.info(`Version ${request.versionName} of store ${request.name} exists and is ACTIVE`)
    return {
      versionName: request.versionName,
      created: false,
      status: 'ACTIVE',
      ...(existing.versionArn && { arn: existing.versionArn })
    }
  }
  if (existing && versionVerdict(existing.status ?? '') === 'failure')
    throw unusable(request, existing.status ?? '', existing.statusMessage, {
      versionName: request.versionName,
      created: false,
      status: existing.status ?? '',
      ...(existing.versionArn && { arn: existing.versionArn })
    })
  const created = existing ? false : await createUnlessExists(omics, request, runtime)
  return await waitUntilActive(omics, request, settings, runtime, created, existing?.versionArn)
}

/** For a dry run: what ensureVersion would do, read only. */
export async function planVersion(
  omics: OmicsClient,
  request: VersionRequest,
  runtime: Pick<Runtime, 'log' | 'signal'>
): Promise<string> {
  const existing = await readVersion(omics, request, runtime.signal)
  if (!existing) {
    logVersionRequest(request, runtime.log)
    return `would create version ${request.versionName} of store ${request.name}`
  }
  if (versionVerdict(existing.status ?? '') === 'failure')
    throw new StepError(
      unusable(request, existing.status ?? '', existing.statusMessage, {
        versionName: request.versionName,
        created: false,
        status: existing.status ?? ''
      }).message
    )
  return `version ${request.versionName} of store ${request.name} exists (${existing.status ?? 'status not given'}); it would not be created`
}
