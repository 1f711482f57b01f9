// Starting a batch: every request with bounded concurrency under one adaptive send rate; one failed
// request does not stop the others.
import { AdaptiveRate } from '../shared/backoff.js'
import { AbortedError } from '../shared/errors.js'
import { mapLimit } from '../shared/concurrency.js'
import { filesLabel } from './follow.js'
import type { JobBook } from './history.js'
import type { StartInputs } from '../inputs/inputs.js'
import type { ImportRequest } from '../model/request.js'
import type { Deps } from './runtime.js'
import { startJob, type StartDeps, type StartPolicy, type StartRun } from './start.js'
import { StartError } from '../shared/errors.js'

export interface Outcome {
  request: ImportRequest
  jobId?: string
  recovered?: boolean
  error?: StartError | AbortedError
}

/**
 * Starts every request with at most `concurrency` calls in flight. A failed request does not stop the
 * others; outcomes keep the requests' order.
 */
export async function startAll(
  requests: readonly ImportRequest[],
  concurrency: number,
  policy: StartPolicy,
  deps: StartDeps,
  onStarted: (outcome: Outcome, index: number) => void
): Promise<Outcome[]> {
  const run: StartRun = { claimed: new Set() }
  return mapLimit(requests, concurrency, async (request, index) => {
    let outcome: Outcome
    try {
      outcome = { request, ...(await startJob(request, policy, deps, run)) }
    } catch (error) {
      if (!(error instanceof StartError || error instanceof AbortedError)) throw error
      outcome = { request, error }
    }
    onStarted(outcome, index)
    return outcome
  })
}

const sources = (request: ImportRequest): string[] => request.items.map(item => item.source)

/**
 * The start phase: every request under one adaptive send rate, waiting for a free slot until
 * wait-timeout. job-id is written as soon as a single job's id is known.
 */
export function startRequests(
  requests: readonly ImportRequest[],
  inputs: Pick<
    StartInputs,
    'maxAttempts' | 'waitTimeoutMs' | 'pollIntervalMs' | 'maxHistory' | 'maxConcurrency'
  >,
  deps: Deps,
  book: JobBook
): Promise<Outcome[]> {
  const policy: StartPolicy = {
    maxAttempts: inputs.maxAttempts,
    slotDeadline: deps.now() + inputs.waitTimeoutMs,
    slotPauseMs: inputs.pollIntervalMs,
    maxHistory: inputs.maxHistory
  }
  const startDeps: StartDeps = {
    ...deps,
    starter: deps.clients.starter,
    get omics() {
      return deps.clients.omics
    },
    limiter: new AdaptiveRate(deps.now, deps.sleep),
    book
  }
  const single = requests.length === 1
  return startAll(requests, inputs.maxConcurrency, policy, startDeps, outcome => {
    if (!outcome.jobId) return
    if (single) deps.earlyOutput('job-id', outcome.jobId)
    deps.log.info(`Started job ${outcome.jobId}${single ? '' : ` (${filesLabel(sources(outcome.request))})`}`)
  })
}

/** The jobs that started, with their files, in item order. */
export function startedJobs(outcomes: readonly Outcome[]): { jobId: string; items: string[] }[] {
  return outcomes.flatMap(outcome =>
    outcome.jobId ? [{ jobId: outcome.jobId, items: sources(outcome.request) }] : []
  )
}
