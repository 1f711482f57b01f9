// Polling a job to a terminal state with our own loop. The SDK's waiter calls CANCELLED a success,
// never ends on COMPLETED_WITH_FAILURES and retries every error, so it is not used.
import { errorKind } from '../aws/aws-errors.js'
import { type Clock, type Sleep, spread } from '../shared/backoff.js'
import { AbortedError } from '../shared/errors.js'
import { isExpiredCredentials } from './expiry.js'
import { verdict, type Verdict } from '../model/job-status.js'

/**
 * The pause before status check number `check` (0-based): 2s, 3s, 4.5s, ... growing to the poll
 * interval, each +/-20% so that many waiting jobs do not poll in step.
 */
export function pollDelay(check: number, pollIntervalMs: number, random: () => number = Math.random): number {
  const grown = Math.min(pollIntervalMs, Math.min(2000, pollIntervalMs) * 1.5 ** check)
  return Math.max(100, Math.min(pollIntervalMs * 1.2, spread(grown, 0.2, random)))
}

export interface JobState {
  status: string
  statusMessage?: string
  items?: { source?: string; jobStatus?: string }[]
  /** From the service: when the job was created and (once it ended) completed. */
  destinationName?: string
  versionName?: string
  creationTime?: Date
  completionTime?: Date
}

export interface WaitOptions {
  getStatus: (signal?: AbortSignal) => Promise<JobState>
  timeoutMs: number
  pollIntervalMs: number
  allowPartial: boolean
  /** What a status means (default: a job's, from job-status.ts); store versions have their own. */
  decide?: (status: string) => Verdict
  now: Clock
  sleep: Sleep
  random?: () => number
  signal?: AbortSignal
  /**
   * A signal that aborts when `ms` have passed (default AbortSignal.timeout): the deadline cuts a status
   * check that is still in flight, so a call that never answers cannot hold the wait past wait-timeout.
   */
  deadlineSignal?: (ms: number) => AbortSignal
  /** Called once for every change of status, with the time since the wait began. */
  onChange?: (state: JobState, elapsedMs: number) => void
  /** Called when a status check failed but the wait goes on. */
  onRetry?: (error: unknown) => void
}

export interface WaitResult {
  /** expired: the credentials ran out; the job was not seen to end (last is what was seen before). */
  outcome: 'success' | 'failure' | 'timeout' | 'aborted' | 'expired'
  last?: JobState
  elapsedMs: number
}

/**
 * Polls until the job ends, the timeout runs out (a check in flight at the deadline is cut off) or the signal
 * aborts. Throttled and transient check failures are retried, throttling with a longer pause (at most
 * twice the poll interval); other errors (access denied, not found) are thrown at once.
 */
export async function waitForJob(options: WaitOptions): Promise<WaitResult> {
  const random = options.random ?? Math.random
  const started = options.now()
  const deadline = started + options.timeoutMs
  let last: JobState | undefined
  let check = 0
  let throttled = 0
  const deadlineSignal = (options.deadlineSignal ?? AbortSignal.timeout)(options.timeoutMs)
  const checkSignal = options.signal ? AbortSignal.any([options.signal, deadlineSignal]) : deadlineSignal
  const result = (outcome: WaitResult['outcome']): WaitResult => ({
    outcome,
    ...(last && { last }),
    elapsedMs: options.now() - started
  })
  for (;;) {
    if (options.signal?.aborted) return result('aborted')
    try {
      const state = await options.getStatus(checkSignal)
      throttled = 0
      if (state.status !== last?.status) options.onChange?.(state, options.now() - started)
      last = state
      const v = options.decide ? options.decide(state.status) : verdict(state.status, options.allowPartial)
      if (v !== 'running') return result(v)
    } catch (error) {
      if (options.signal?.aborted || error instanceof AbortedError) return result('aborted')
      if (deadlineSignal.aborted) return result('timeout')
      if (isExpiredCredentials(error)) return result('expired')
      const kind = errorKind(error)
      if (kind === 'throttle') throttled++
      else if (kind !== 'ambiguous' && kind !== 'unsent') throw error
      options.onRetry?.(error)
    }
    const remaining = deadline - options.now()
    if (remaining <= 0) return result('timeout')
    const base = pollDelay(check++, options.pollIntervalMs, random)
    const pause = throttled > 0 ? Math.min(options.pollIntervalMs * 2, base * 2 ** throttled) : base
    try {
      await options.sleep(Math.min(pause, remaining), options.signal)
    } catch (error) {
      if (error instanceof AbortedError) return result('aborted')
      throw error
    }
  }
}
