// Starting import jobs: one call made safe to retry, and batches of them.
import { StartAnnotationImportJobCommand, type OmicsClient } from '@aws-sdk/client-omics'
import { classify, describeError, errorMessage, errorName } from './aws-errors.js'
import { AbortedError, type AdaptiveRate, type Clock, fullJitter, type Sleep, spread } from './backoff.js'
import { findStartedJob, mapLimit } from './jobs.js'
import type { ImportRequest } from './request.js'

export interface Log {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export interface StartSettings {
  starter: OmicsClient
  omics: OmicsClient
  /** Tries for transient failures (5xx, network) per Start; throttling gets four times as many. */
  maxAttempts: number
  /** Clock time until which "no free slot" (ServiceQuotaExceededException) is waited out. */
  slotDeadline: number
  /** Pause between tries while waiting for a slot. */
  slotPauseMs: number
  limiter: AdaptiveRate
  sleep: Sleep
  now: Clock
  random?: () => number
  log: Log
  signal?: AbortSignal
  /** Job ids this run already owns: a recovered job is never attributed to two requests. */
  claimed: Set<string>
}

export interface Started {
  jobId: string
  /** True when the job was found after a lost answer rather than returned by Start. */
  recovered: boolean
}

/** Start failed for good: carries the last error, how many tries were made, and anything to add. */
export class StartError extends Error {
  constructor(
    readonly last: unknown,
    readonly tries: number,
    readonly detail?: string
  ) {
    super(errorMessage(last))
    this.name = 'StartError'
  }
}

/** Tolerated gap between the runner's clock and the service's when looking for a job a lost call started. */
const CLOCK_SKEW_MS = 120_000

/**
 * Starts one job. Throttling and "no free slot" are retried with backoff. After an ambiguous failure
 * (5xx, reset, timeout) the job may exist although the answer was lost: look for it before trying again,
 * so the same import is never started twice.
 */
export async function startJob(s: StartSettings, request: ImportRequest): Promise<Started> {
  const random = s.random ?? Math.random
  let failures = 0
  let throttles = 0
  let waitingForSlot = false
  let firstTry: number | undefined
  for (;;) {
    if (s.signal?.aborted) throw new AbortedError()
    await s.limiter.acquire(s.signal)
    firstTry ??= s.now()
    try {
      const response = await s.starter.send(
        new StartAnnotationImportJobCommand(request),
        s.signal ? { abortSignal: s.signal } : {}
      )
      s.limiter.onSuccess()
      const jobId = response.jobId ?? ''
      s.claimed.add(jobId)
      return { jobId, recovered: false }
    } catch (error) {
      if (s.signal?.aborted) throw new AbortedError()
      const kind = classify(error)
      const tries = failures + throttles + 1
      if (kind === 'throttle') {
        s.limiter.onThrottle()
        if (++throttles >= s.maxAttempts * 4) throw new StartError(error, tries)
        await s.sleep(fullJitter(throttles, 100, 5_000, random), s.signal)
      } else if (kind === 'quota') {
        if (s.now() + s.slotPauseMs > s.slotDeadline) throw new StartError(error, tries)
        if (!waitingForSlot) {
          s.log.info(
            `No free import slot (concurrent import jobs quota); waiting for one, checking every ${Math.round(s.slotPauseMs / 100) / 10}s`
          )
          waitingForSlot = true
        }
        await s.sleep(spread(s.slotPauseMs, 0.2, random), s.signal)
      } else if (kind === 'ambiguous') {
        failures++
        s.log.warning(
          `Start answered ${errorName(error)}; checking whether the job was created before trying again`
        )
        // The pause comes first, so that a create still in flight has landed when we look.
        await s.sleep(fullJitter(failures, 500, 20_000, random), s.signal)
        let found: string | undefined
        try {
          found = await findStartedJob(
            s.omics,
            request,
            new Date(firstTry - CLOCK_SKEW_MS),
            s.claimed,
            s.signal
          )
        } catch (lookupError) {
          if (s.signal?.aborted) throw new AbortedError()
          throw new StartError(
            error,
            tries,
            `Could not check whether a job was created (ListAnnotationImportJobs / GetAnnotationImportJob: ${describeError(lookupError)}); not trying again, so as not to import twice.`
          )
        }
        if (found) {
          s.claimed.add(found)
          s.log.info(`Found job ${found}, started by the call whose answer was lost; not starting another`)
          return { jobId: found, recovered: true }
        }
        if (failures >= s.maxAttempts) throw new StartError(error, tries)
      } else if (kind === 'unsent') {
        if (++failures >= s.maxAttempts) throw new StartError(error, tries)
        await s.sleep(fullJitter(failures, 500, 20_000, random), s.signal)
      } else {
        throw new StartError(error, tries)
      }
    }
  }
}

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
  s: StartSettings,
  requests: ImportRequest[],
  concurrency: number,
  onStarted: (outcome: Outcome, index: number) => void
): Promise<Outcome[]> {
  return mapLimit(requests, concurrency, async (request, index) => {
    let outcome: Outcome
    try {
      outcome = { request, ...(await startJob(s, request)) }
    } catch (error) {
      if (!(error instanceof StartError || error instanceof AbortedError)) throw error
      outcome = { request, error }
    }
    onStarted(outcome, index)
    return outcome
  })
}
