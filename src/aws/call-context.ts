// Every AWS call the action makes is instrumented in one place (client.ts adds these middlewares):
// a failed call carries its own context (operation, parameters, endpoint), so a hint always fits the call
// that failed; and every answer's Date header tells the service's clock, which anchors the look-up for a
// job whose Start answer was lost.
import type { DeserializeMiddleware, InitializeMiddleware, MetadataBearer, Pluggable } from '@smithy/types'
import type { Clock } from '../shared/backoff.js'

/** What a failed call was: read by explain.ts. */
export interface CallContext {
  operation: string
  service: 'omics' | 's3'
  endpoint: string
  /** The call's input (names, ids, bucket and key; never credentials). */
  input: Record<string, unknown>
}

const CONTEXT = Symbol.for('healthomics-import.call-context')

export function callContextOf(error: unknown): CallContext | undefined {
  return typeof error === 'object' && error !== null
    ? ((error as Record<symbol, CallContext | undefined>)[CONTEXT] ?? undefined)
    : undefined
}

/** Attaches context to an error thrown by a call (the first, innermost context wins). */
export function withCallContext<E>(error: E, context: CallContext): E {
  if (typeof error === 'object' && error !== null && !callContextOf(error))
    Object.defineProperty(error, CONTEXT, { value: context, enumerable: false, configurable: true })
  return error
}

/**
 * The service's clock, learnt from the Date header of its answers (1-second resolution). For each answer
 * received at local time t with Date D, the service's clock at t was at least D, so offset >= D - t;
 * the largest such bound is kept. Used only as a lower bound: never adopt a job created before it.
 */
export class ServiceClock {
  private lowerOffset: number | undefined

  constructor(private readonly now: Clock) {}

  observe(dateHeader: string | undefined, receivedAt = this.now()): void {
    const serviceTime = dateHeader ? Date.parse(dateHeader) : NaN
    if (Number.isNaN(serviceTime)) return
    const offset = serviceTime - receivedAt
    this.lowerOffset = Math.max(this.lowerOffset ?? -Infinity, offset)
  }

  /** The earliest the service's clock can have read at local time `localTime`; undefined when unknown. */
  earliestServiceTime(localTime: number): number | undefined {
    return this.lowerOffset === undefined ? undefined : localTime + this.lowerOffset
  }
}

/** The middlewares for one client: error context for every call, and the service clock. */
export function instrumentation(
  service: CallContext['service'],
  endpoint: string,
  clock: ServiceClock | undefined
): Pluggable<object, MetadataBearer> {
  const context: InitializeMiddleware<object, MetadataBearer> = (next, handlerContext) => async args => {
    try {
      return await next(args)
    } catch (error) {
      throw withCallContext(error, {
        operation: (handlerContext.commandName ?? 'call').replace(/Command$/, ''),
        service,
        endpoint,
        input: { ...(args.input as Record<string, unknown>) }
      })
    }
  }
  // Innermost (low priority in the deserialize step): sees every attempt's raw answer, errors included.
  const dates: DeserializeMiddleware<object, MetadataBearer> = next => async args => {
    try {
      const out = await next(args)
      clock?.observe(headerOf(out.response, 'date'))
      return out
    } catch (error) {
      clock?.observe(headerOf((error as { $response?: unknown }).$response, 'date'))
      throw error
    }
  }
  return {
    applyToStack(stack) {
      stack.add(context, { step: 'initialize', name: 'callContext', override: true })
      stack.add(dates, { step: 'deserialize', priority: 'low', name: 'serviceClock', override: true })
    }
  }
}

function headerOf(response: unknown, name: string): string | undefined {
  const headers = (response as { headers?: Record<string, string | undefined> } | undefined)?.headers
  return headers?.[name] ?? headers?.[name.replace(/^./, c => c.toUpperCase())]
}
