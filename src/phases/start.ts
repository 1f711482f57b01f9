// Starting import jobs: one call made safe to retry, and batches of them.
import { StartAnnotationImportJobCommand, type OmicsClient } from '@aws-sdk/client-omics'
import { describeError } from '../aws/aws-errors.js'
import { type AdaptiveRate, fullJitter, spread } from '../shared/backoff.js'
import { AbortedError } from '../shared/errors.js'
import type { ServiceClock } from '../aws/call-context.js'
import { StartError } from '../shared/errors.js'
import type { JobBook } from './history.js'
import { findStartedJob, type StartedLookup } from './start-recovery.js'
import type { ImportRequest } from '../model/request.js'
import { checkedJobId, lostAnswer, startErrorKind } from './start-answer.js'
import type { Runtime } from './runtime.js'

export { MalformedAnswerError, StartError } from '../shared/errors.js'

/** How hard to try: configuration, the same for every request of a run. */
export interface StartPolicy {
  /** Tries for transient failures (5xx, network) per Start; throttling gets four times as many. */
  maxAttempts: number
  /** Clock time until which "no free slot" (ServiceQuotaExceededException) is waited out. */
  slotDeadline: number
  /** Pause between tries while waiting for a slot. */
  slotPauseMs: number
  /** Past jobs the lost-answer look-up reads at most. */
  maxHistory: number
}

export interface StartDeps extends Runtime {
  starter: OmicsClient
  /** Read only after an ambiguous failure (a getter), so a plain submit never builds the read client. */
  readonly omics: OmicsClient
  limiter: AdaptiveRate
  serviceClock: ServiceClock
  book: JobBook
}

/** Per-run state: job ids this run owns, so a recovered job is never attributed to two requests. */
export interface StartRun {
  claimed: Set<string>
}

export interface Started {
  jobId: string
  /** True when the job was found after a lost answer rather than returned by Start. */
  recovered: boolean
}

/** Allowance for the service's creation times being whole seconds. */
const CREATION_TIME_RESOLUTION_MS = 1000

interface Attempts {
  failures: number
  throttles: number
  waitingForSlot: boolean
  firstTry?: number
}

/**
 * Starts one job. Throttling and "no free slot" are retried with backoff. After an ambiguous failure
 * (5xx, reset, timeout) the job may exist although the answer was lost: look for it before trying again,
 * so the same import is never started twice.
 */
export async function startJob(
  request: ImportRequest,
  policy: StartPolicy,
  deps: StartDeps,
  run: StartRun
): Promise<Started> {
  const attempts: Attempts = { failures: 0, throttles: 0, waitingForSlot: false }
  for (;;) {
    if (deps.signal.aborted) throw new AbortedError()
    await deps.limiter.acquire(deps.signal)
    attempts.firstTry ??= deps.now()
    try {
      const response = await deps.starter.send(new StartAnnotationImportJobCommand(request), {
        abortSignal: deps.signal
      })
      deps.limiter.onSuccess()
      const jobId = checkedJobId(response.jobId)
      run.claimed.add(jobId)
      return { jobId, recovered: false }
    } catch (error) {
      // The call was sent: the service may create the job although this run stopped listening.
      if (deps.signal.aborted)
        return await startedBeforeCancel(request, attempts, policy, deps, run, IN_FLIGHT)
      const found = await afterFailure(error, request, attempts, policy, deps, run)
      if (found) return { jobId: found, recovered: true }
    }
  }
}

/** Pauses before each look-up for a job whose Start was in flight at cancel: at about 1 s, 3 s and 5 s. */
const CANCEL_LOOKUP_PAUSES_MS = [1_000, 2_000, 2_000]

/** Why a job may exist at cancel, as the log says it: when the run was cancelled, and which call. */
type CancelCase = readonly [when: string, call: string]
const IN_FLIGHT: CancelCase = ['while a Start was in flight', 'that was in flight at cancel']
const LOST_ANSWER: CancelCase = ['after a Start whose answer was lost', 'whose answer was lost']

/**
 * The run was cancelled while a Start was in flight, or after one whose answer was lost and before the
 * look-up for its job ended. The service may create the job a few seconds later, so look for it (within
 * the clean-up budget): found, it is this run's job (reported, cancelled when asked); not found in time,
 * the step must say that a job may have been started.
 */
async function startedBeforeCancel(
  request: ImportRequest,
  attempts: Attempts,
  policy: StartPolicy,
  deps: StartDeps,
  run: StartRun,
  why: CancelCase
): Promise<Started> {
  const budget = deps.cleanupSignal()
  deps.log.info(`Cancelled ${why[0]}: looking for the job it may have created`)
  for (const pause of CANCEL_LOOKUP_PAUSES_MS) {
    try {
      await deps.sleep(pause, budget)
      const found = await findStartedJob(
        deps.omics,
        deps.book,
        lookupFor(request, attempts.firstTry ?? deps.now(), policy, deps, run),
        { log: deps.log, signal: budget }
      )
      if (found) {
        run.claimed.add(found)
        deps.log.info(`Found job ${found}, started by the call ${why[1]}`)
        return { jobId: found, recovered: true }
      }
    } catch (error) {
      if (!budget.aborted) deps.log.debug(`Look-up after cancel failed: ${describeError(error)}`)
      break
    }
  }
  throw new AbortedError(true)
}

function lookupFor(
  request: ImportRequest,
  firstTry: number,
  policy: StartPolicy,
  deps: StartDeps,
  run: StartRun
): StartedLookup {
  return {
    request,
    claimed: run.claimed,
    maxJobs: policy.maxHistory,
    notBefore: () => {
      const earliest = deps.serviceClock.earliestServiceTime(firstTry)
      return earliest === undefined ? undefined : earliest - CREATION_TIME_RESOLUTION_MS
    }
  }
}

/** Decides what a failed Start means: pause and try again, a recovered job id, or a StartError. */
async function afterFailure(
  error: unknown,
  request: ImportRequest,
  attempts: Attempts,
  policy: StartPolicy,
  deps: StartDeps,
  run: StartRun
): Promise<string | undefined> {
  const kind = startErrorKind(error)
  const tries = attempts.failures + attempts.throttles + 1
  if (kind === 'throttle') {
    deps.limiter.onThrottle()
    if (++attempts.throttles >= policy.maxAttempts * 4) throw new StartError(error, tries)
    await deps.sleep(fullJitter(attempts.throttles, 100, 5_000, deps.random), deps.signal)
  } else if (kind === 'quota') {
    if (deps.now() + policy.slotPauseMs > policy.slotDeadline) throw new StartError(error, tries)
    if (!attempts.waitingForSlot)
      deps.log.info(
        `No free import slot (concurrent import jobs quota); waiting for one, checking every ${Math.round(policy.slotPauseMs / 100) / 10}s until wait-timeout`
      )
    attempts.waitingForSlot = true
    await deps.sleep(spread(policy.slotPauseMs, 0.2, deps.random), deps.signal)
  } else if (kind === 'ambiguous') {
    const found = await afterLostAnswer(error, tries, request, attempts, policy, deps, run)
    if (found) return found
    if (attempts.failures >= policy.maxAttempts) throw new StartError(error, tries)
  } else if (kind === 'unsent') {
    if (++attempts.failures >= policy.maxAttempts) throw new StartError(error, tries)
    await deps.sleep(fullJitter(attempts.failures, 500, 20_000, deps.random), deps.signal)
  } else {
    throw new StartError(error, tries)
  }
  return undefined
}

/**
 * After a lost answer: pause, then look for the job the call may have created. A cancel during either
 * leaves that job unaccounted for, so it is looked for within the clean-up budget, as for a Start in
 * flight at cancel: never "No job was started" while one may exist.
 */
async function afterLostAnswer(
  error: unknown,
  tries: number,
  request: ImportRequest,
  attempts: Attempts,
  policy: StartPolicy,
  deps: StartDeps,
  run: StartRun
): Promise<string | undefined> {
  attempts.failures++
  deps.log.warning(`${lostAnswer(error)}; checking whether the job was created before trying again`)
  const firstTry = attempts.firstTry ?? deps.now()
  try {
    // The pause comes first, so that a create still in flight has landed when we look.
    await deps.sleep(fullJitter(attempts.failures, 500, 20_000, deps.random), deps.signal)
    return await lookForStartedJob(error, tries, request, firstTry, policy, deps, run)
  } catch (stopped) {
    if (!deps.signal.aborted) throw stopped
    return (await startedBeforeCancel(request, attempts, policy, deps, run, LOST_ANSWER)).jobId
  }
}

async function lookForStartedJob(
  error: unknown,
  tries: number,
  request: ImportRequest,
  firstTry: number,
  policy: StartPolicy,
  deps: StartDeps,
  run: StartRun
): Promise<string | undefined> {
  let found: string | undefined
  try {
    found = await findStartedJob(deps.omics, deps.book, lookupFor(request, firstTry, policy, deps, run), deps)
  } catch (lookupError) {
    if (deps.signal.aborted) throw new AbortedError()
    throw new StartError(
      error,
      tries,
      `Could not check whether a job was created (ListAnnotationImportJobs / GetAnnotationImportJob: ${describeError(lookupError)}); not trying again, so as not to import twice.`
    )
  }
  if (found) {
    run.claimed.add(found)
    deps.log.info(
      `Found job ${found}, started by this run's call whose answer was lost; not starting another`
    )
  }
  return found
}
