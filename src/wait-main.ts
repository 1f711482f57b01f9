// The wait sub-action: follows a job started earlier (e.g. in another workflow job) to its end.
import * as core from '@actions/core'
import { realSleep } from './backoff.js'
import { createClients, serviceUrl } from './client.js'
import { cancelJobs, followFailure, followJobs } from './follow.js'
import { readWaitInputs, type WaitInputs } from './inputs.js'
import { getJob } from './jobs.js'
import { InputError } from './problems.js'
import { explainError, redact } from './report.js'
import { log, withTermination, writeSummary } from './step.js'

export async function runWait(): Promise<void> {
  let inputs: WaitInputs | undefined
  try {
    inputs = readWaitInputs(core.getInput)
    await withTermination(signal => follow(inputs as WaitInputs, signal))
  } catch (error) {
    if (error instanceof InputError) core.setFailed(error.message)
    else
      core.setFailed(
        explainError(error, {
          operation: 'GetAnnotationImportJob',
          region: inputs?.region ?? '',
          endpoint: inputs ? serviceUrl(inputs) : '',
          ...(inputs && { jobId: inputs.jobId })
        })
      )
  }
}

async function follow(inputs: WaitInputs, signal: AbortSignal): Promise<void> {
  const clients = await createClients(inputs)
  log.debug(
    `HealthOmics endpoint ${clients.endpointLabel}, region ${inputs.region}${clients.proxied ? ', through a proxy' : ''}`
  )
  try {
    // One read first: a wrong job id or region fails here at once, and the store name is learnt for the summary.
    const job = await getJob(clients.omics, inputs.jobId, signal)
    log.info(
      `Waiting for job ${inputs.jobId} (store ${job.destinationName ?? '?'}, ${job.items?.length ?? 0} items), up to ${Math.round(inputs.waitTimeoutMs / 1000)}s`
    )
    const [followed] = await followJobs(clients.omics, [inputs.jobId], inputs, {
      now: Date.now,
      sleep: realSleep,
      log,
      signal
    })
    if (!followed) return
    const unfinished = followed.outcome === 'timeout' || followed.outcome === 'aborted'
    const cancelled =
      inputs.cancelOnTimeout && unfinished
        ? await cancelJobs(clients.omics, [inputs.jobId], { sleep: realSleep, log })
        : []
    cancelled.forEach(c => log.info(c))
    core.setOutput('status', followed.last?.status ?? '')
    core.setOutput('status-message', followed.last?.statusMessage ?? '')
    await writeSummary({
      title: 'Annotation import',
      ...(job.destinationName && { storeName: job.destinationName }),
      ...(job.versionName && { versionName: job.versionName }),
      region: inputs.region,
      jobs: [
        {
          jobId: inputs.jobId,
          items: (job.items ?? []).map(i => i.source ?? ''),
          ...(followed.last && { status: followed.last.status }),
          ...(followed.last?.statusMessage && { statusMessage: followed.last.statusMessage }),
          durationMs: followed.elapsedMs,
          ...(followed.last?.items && { itemStatuses: followed.last.items })
        }
      ]
    })
    const failure = followFailure([followed], inputs, cancelled)
    if (failure) core.setFailed(redact(failure))
  } finally {
    clients.destroy()
  }
}
