// Pacing of the history reads (ListAnnotationImportJobs pages and GetAnnotationImportJob), the way
// Starts are paced: one AdaptiveRate per run for the reads, fed by every attempt the SDK makes. The
// reads keep the SDK's standard retry; a middleware inside the retry loop waits for a slot before each
// attempt and tells the rate what came back, so a long cold read settles near the rate the service
// allows instead of retrying in storms of 429s.
import type { MiddlewareStack } from '@smithy/types'
import { errorKind } from '../aws/aws-errors.js'
import { AdaptiveRate, type Clock, type Sleep } from '../shared/backoff.js'

export interface Pace {
  /** Waits for a slot before an attempt. */
  acquire(signal?: AbortSignal): Promise<void>
  onSuccess(): void
  onThrottle(): void
}

export function readPace(now: Clock, sleep: Sleep): Pace {
  return new AdaptiveRate(now, sleep)
}

const PACE_MIDDLEWARE = 'historyReadPace'

/**
 * `command` with every attempt (first try and the SDK's retries) paced by `pace`; returned for send.
 * The middleware sits at the deserialize step, inside the retry middleware, so each attempt passes
 * through it, and outside the deserializer, so it sees the service's error by name.
 */
export function paced<C extends { middlewareStack: unknown }>(
  command: C,
  pace: Pace | undefined,
  signal: AbortSignal | undefined
): C {
  if (!pace) return command
  const stack = command.middlewareStack as MiddlewareStack<object, object>
  if (stack.identify().some(name => name.startsWith(PACE_MIDDLEWARE))) return command
  stack.add(
    next => async args => {
      await pace.acquire(signal)
      try {
        const result = await next(args)
        pace.onSuccess()
        return result
      } catch (error) {
        if (errorKind(error) === 'throttle') pace.onThrottle()
        throw error
      }
    },
    { step: 'deserialize', name: PACE_MIDDLEWARE, priority: 'high' }
  )
  return command
}
