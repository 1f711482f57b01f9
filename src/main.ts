// run(): read inputs -> build and check requests -> (expand, preflight, skip) -> start -> (wait) -> report.
import * as core from '@actions/core'
import { AbortedError, AdaptiveRate, realSleep } from './backoff.js'
import { createClients, serviceUrl } from './client.js'
import { cancelJobs, type Followed, followFailure, followJobs, overallStatus } from './follow.js'
import { readStartInputs, START_INPUT_ORDER, type StartInputs } from './inputs.js'
import { importedSources } from './jobs.js'
import { preflight } from './preflight.js'
import { InputError, type Problem } from './problems.js'
import {
  buildRequests,
  checkItem,
  checkItems,
  checkRequestFields,
  type ImportRequest,
  isWildcard
} from './request.js'
import { type ErrorContext, explainError, redact, StepError, type SummaryJob } from './report.js'
import { expandItems } from './s3.js'
import { withTermination, log, writeSummary } from './step.js'
import { ACTION_NAME, ACTION_VERSION } from './version.js'
import { type Outcome, startAll, StartError, type StartSettings } from './submit.js'

/** Validates everything that needs no AWS call; throws InputError with every problem, the inputs' included. */
export function checkInputs(inputs: StartInputs, problems: Problem[]): Omit<ImportRequest, 'items'> {
  const base = checkRequestFields(inputs, problems)
  checkItems(inputs.items, problems)
  const rank = (p: Problem): number => START_INPUT_ORDER.indexOf(p.input)
  if (problems.length > 0) throw new InputError([...problems].sort((a, b) => rank(a) - rank(b)))
  return base
}

function requestOutput(requests: ImportRequest[], oneJobPerItem: boolean): string {
  return JSON.stringify(oneJobPerItem ? requests : requests[0])
}

export async function run(): Promise<void> {
  let inputs: StartInputs | undefined
  core.debug(`${ACTION_NAME} ${ACTION_VERSION} on Node ${process.version}`)
  try {
    const read = await readStartInputs(core.getInput, process.env, () => import('yaml'))
    inputs = read.inputs
    const base = checkInputs(inputs, read.problems)
    if (inputs.dryRun) return await dryRun(inputs, base)
    await withTermination(signal => startAndFollow(inputs as StartInputs, base, signal))
  } catch (error) {
    if (error instanceof InputError || error instanceof StepError) core.setFailed(error.message)
    else if (error instanceof AbortedError)
      core.setFailed('Stopped: the workflow run was cancelled before any job started.')
    else
      core.setFailed(
        explainError(error, {
          operation: 'StartAnnotationImportJob',
          region: inputs?.region ?? '',
          endpoint: inputs ? serviceUrl(inputs) : '',
          ...(inputs && { storeName: inputs.destinationName, roleArn: inputs.roleArn })
        })
      )
  }
}

async function dryRun(inputs: StartInputs, base: Omit<ImportRequest, 'items'>): Promise<void> {
  const uris = inputs.items.map(i => i.uri)
  if (uris.some(isWildcard))
    core.warning('dry-run calls nothing, so wildcard item lines are shown as given, not expanded.')
  const requests = buildRequests(base, uris, inputs.oneJobPerItem)
  core.setOutput('request', requestOutput(requests, inputs.oneJobPerItem))
  core.setOutput('items', JSON.stringify(uris))
  core.setOutput('job-ids', '[]')
  core.info(
    `Dry run: ${requests.length} request${requests.length > 1 ? 's' : ''} checked; nothing was sent to AWS.`
  )
  for (const request of requests) core.info(JSON.stringify(request, null, 2))
  await writeSummary({
    title: 'Annotation import (dry run)',
    storeName: inputs.destinationName,
    ...(inputs.versionName !== undefined && { versionName: inputs.versionName }),
    region: inputs.region,
    dryRun: true,
    jobs: requests.map(r => ({ items: r.items.map(i => i.source) }))
  })
}

async function startAndFollow(
  inputs: StartInputs,
  base: Omit<ImportRequest, 'items'>,
  signal: AbortSignal
): Promise<void> {
  const clients = await createClients(inputs)
  log.debug(
    `HealthOmics endpoint ${clients.endpointLabel}, region ${inputs.region}, max-attempts ${inputs.maxAttempts}${clients.proxied ? ', through a proxy' : ''}`
  )
  const context = {
    region: inputs.region,
    endpoint: clients.endpointLabel,
    storeName: inputs.destinationName,
    roleArn: inputs.roleArn
  }
  let operation = 'ListObjectsV2'
  try {
    // Wildcards
    const problems: Problem[] = []
    const expanded = await expandItems(inputs.items, { connection: inputs, signal }, problems)
    if (expanded.length > inputs.items.length)
      log.info(`Items: ${inputs.items.length} lines matched ${expanded.length} files`)
    if (expanded !== inputs.items) expanded.forEach(item => checkItem(item, problems))
    if (problems.length > 0) throw new InputError(problems, 'no job was started')
    let uris = expanded.map(item => item.uri)
    core.setOutput('items', JSON.stringify(uris))

    // Preflight
    const shared = buildRequests(base, uris, false)[0] as ImportRequest
    operation = 'GetAnnotationStore'
    if (inputs.preflight) {
      const found = await preflight(clients.omics, shared, uris, inputs.region, signal)
      found.warnings.forEach(w => log.warning(w))
      if (found.errors.length > 0) {
        throw new InputError(
          found.errors.map(p => ({ ...p, message: `${p.message} (preflight)` })),
          'no job was started'
        )
      }
    }

    // skip-imported
    const skipped = new Map<string, string>()
    operation = 'ListAnnotationImportJobs'
    if (inputs.skipImported) {
      const imported = await importedSources(
        clients.omics,
        inputs.destinationName,
        inputs.versionName,
        signal
      )
      for (const uri of uris) {
        const job = imported.get(uri)
        if (job) skipped.set(uri, job)
      }
      if (skipped.size > 0)
        log.info(
          `Skipping ${skipped.size} item${skipped.size > 1 ? 's' : ''} already imported (or importing) into ${inputs.destinationName}`
        )
      uris = uris.filter(uri => !skipped.has(uri))
    }
    core.setOutput('skipped', JSON.stringify([...skipped.keys()]))

    const requests = uris.length === 0 ? [] : buildRequests(base, uris, inputs.oneJobPerItem)
    core.setOutput('request', requestOutput(requests, inputs.oneJobPerItem))
    if (requests.length === 0) {
      core.setOutput('job-ids', '[]')
      core.setOutput('status', 'SKIPPED')
      log.info('Nothing to import: every item already has an import job.')
      await summarize(inputs, [], skipped, [])
      return
    }
    core.startGroup(`Request${requests.length > 1 ? `s (${requests.length})` : ''}`)
    core.info(
      requests.length === 1
        ? JSON.stringify(requests[0], null, 2)
        : requests.map(r => JSON.stringify(r)).join('\n')
    )
    core.endGroup()
    log.info(
      `Starting ${requests.length === 1 ? 'an annotation import job' : `${requests.length} annotation import jobs`} into ${inputs.destinationName}` +
        `${inputs.versionName ? ` (version ${inputs.versionName})` : ''} in ${inputs.region}: ${uris.length} item${uris.length > 1 ? 's' : ''}`
    )

    // Start
    operation = 'StartAnnotationImportJob'
    const settings: StartSettings = {
      starter: clients.starter,
      // Read only after an ambiguous failure, so a plain submit never builds the second client.
      get omics() {
        return clients.omics
      },
      maxAttempts: inputs.maxAttempts,
      slotDeadline: Date.now() + inputs.waitTimeoutMs,
      slotPauseMs: inputs.pollIntervalMs,
      limiter: new AdaptiveRate(Date.now, realSleep),
      sleep: realSleep,
      now: Date.now,
      log,
      signal,
      claimed: new Set()
    }
    const outcomes = await startAll(settings, requests, inputs.maxConcurrency, (outcome, index) => {
      if (outcome.jobId && requests.length === 1) core.setOutput('job-id', outcome.jobId)
      if (outcome.jobId && requests.length > 1) core.debug(`Item ${index + 1}: job ${outcome.jobId}`)
    })
    const jobIds = outcomes.flatMap(o => (o.jobId ? [o.jobId] : []))
    if (requests.length > 1 && jobIds[0]) core.setOutput('job-id', jobIds[0])
    core.setOutput('job-ids', JSON.stringify(jobIds))
    if (jobIds.length === 1) log.info(`Started job ${jobIds[0]}`)
    else if (jobIds.length > 1) log.info(`Started ${jobIds.length} jobs`)

    const notStarted = outcomes.filter(o => o.error)
    if (notStarted.length > 0) {
      core.setOutput('status', jobIds.length > 0 ? 'SUBMITTED' : 'NOT_STARTED')
      await summarize(inputs, outcomes, skipped, [])
      if (signal.aborted) {
        // Cancelled while starting: the jobs already started are cancelled too when asked, else named.
        const cancelled = inputs.cancelOnTimeout
          ? await cancelJobs(clients.omics, jobIds, { sleep: realSleep, log })
          : []
        core.setFailed(cancelledWhileStarting(jobIds, cancelled))
      } else {
        core.setFailed(notStartedMessage(notStarted, jobIds, requests.length, context))
      }
      return
    }
    if (!inputs.wait) {
      core.setOutput('status', 'SUBMITTED')
      await summarize(inputs, outcomes, skipped, [])
      return
    }

    // Wait
    operation = 'GetAnnotationImportJob'
    const followed = await followJobs(clients.omics, jobIds, inputs, {
      now: Date.now,
      sleep: realSleep,
      log,
      signal
    })
    const unfinished = followed
      .filter(f => f.outcome === 'timeout' || f.outcome === 'aborted')
      .map(f => f.jobId)
    const cancelled =
      inputs.cancelOnTimeout && unfinished.length > 0
        ? await cancelJobs(clients.omics, unfinished, { sleep: realSleep, log })
        : []
    cancelled.forEach(c => log.info(c))
    const statuses = followed.map(f => f.last?.status ?? 'UNKNOWN')
    core.setOutput('status', overallStatus(statuses))
    core.setOutput(
      'status-message',
      followed
        .map(f => f.last?.statusMessage ?? '')
        .filter(Boolean)
        .join('\n')
    )
    for (const f of followed)
      if (f.outcome === 'success' && f.last?.status === 'COMPLETED_WITH_FAILURES')
        log.warning(`Job ${f.jobId} completed with failures (allowed by allow-partial)`)
    await summarize(inputs, outcomes, skipped, followed)
    const failure = followFailure(followed, inputs, cancelled)
    if (failure) core.setFailed(redact(failure))
  } catch (error) {
    if (error instanceof InputError || error instanceof AbortedError) throw error
    throw new StepError(explainError(error, { operation, ...context }))
  } finally {
    clients.destroy()
  }
}

function notStartedMessage(
  notStarted: Outcome[],
  jobIds: string[],
  total: number,
  context: Omit<ErrorContext, 'operation'>
): string {
  const reason = (o: Outcome): string =>
    explainError(o.error, { ...context, operation: 'StartAnnotationImportJob' })
  if (total === 1 && notStarted[0]) return reason(notStarted[0])
  const lines = notStarted.map(
    o => `- ${o.request.items.map(i => i.source).join(', ')}: ${reason(o).replace(/\n/g, ' ')}`
  )
  const started = jobIds.length > 0 ? ` (${jobIds.length} started: see the job-ids output)` : ''
  return `${notStarted.length} of ${total} jobs could not be started${started}:\n${lines.join('\n')}`
}

function cancelledWhileStarting(jobIds: string[], cancelled: string[]): string {
  const head = 'Stopped: the workflow run was cancelled while jobs were being started.'
  if (jobIds.length === 0) return `${head} No job was started.`
  if (cancelled.length > 0) return `${head}\n${cancelled.map(c => `Cancel-on-timeout: ${c}`).join('\n')}`
  return `${head} These jobs keep running: ${jobIds.join(', ')} (set cancel-on-timeout: true to cancel instead)`
}

async function summarize(
  inputs: StartInputs,
  outcomes: Outcome[],
  skipped: Map<string, string>,
  followed: Followed[]
): Promise<void> {
  const byJob = new Map(followed.map(f => [f.jobId, f]))
  const jobs: SummaryJob[] = outcomes.map(o => {
    const f = o.jobId ? byJob.get(o.jobId) : undefined
    return {
      items: o.request.items.map(i => i.source),
      ...(o.jobId && { jobId: o.jobId }),
      status: f?.last?.status ?? (o.jobId ? 'SUBMITTED' : 'NOT STARTED'),
      ...(o.recovered && { note: '(found after a lost answer)' }),
      ...(o.error && {
        note:
          o.error instanceof StartError
            ? `${o.error.last instanceof Error ? o.error.last.name : 'error'}`
            : 'cancelled'
      }),
      ...(f?.last?.statusMessage && { statusMessage: f.last.statusMessage }),
      ...(f && { durationMs: f.elapsedMs }),
      ...(f?.last?.items && { itemStatuses: f.last.items })
    }
  })
  for (const [uri, jobId] of skipped) jobs.push({ items: [uri], status: `skipped (job ${jobId})` })
  await writeSummary({
    title: 'Annotation import',
    storeName: inputs.destinationName,
    ...(inputs.versionName !== undefined && { versionName: inputs.versionName }),
    region: inputs.region,
    jobs
  })
}
