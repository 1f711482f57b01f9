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
  /** The proxy the call went through, when one was in use. */
  proxy?: ProxyInfo
}

/** A proxy in use: its URL without user-info, and the setting it came from. */
export interface ProxyInfo {
  url: string
  source: string
}

/** Where `proxy` (the one used for `target`) came from: the http-proxy input, else the environment variable holding it. */
export function proxyInfo(
  target: string,
  proxy: string | undefined,
  explicit: string | undefined,
  env: Record<string, string | undefined> = process.env
): ProxyInfo | undefined {
  if (!proxy) return undefined
  let url: string
  try {
    const parsed = new URL(proxy)
    parsed.username = ''
    parsed.password = ''
    url = parsed.href.replace(/\/$/, '')
  } catch {
    url = proxy.replace(/\/\/[^@/]*@/, '//')
  }
  if (explicit) return { url, source: 'the http-proxy input' }
  const first = target.startsWith('https:') ? 'https' : 'http'
  const names = [first, first === 'https' ? 'http' : 'https', 'all'].flatMap(p => [
    `${p.toUpperCase()}_PROXY`,
    `${p}_proxy`,
    `npm_config_${p}_proxy`
  ])
  const source = names.find(name => env[name] === proxy)
  return { url, source: source ?? 'the environment' }
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
  clock: ServiceClock | undefined,
  proxy?: ProxyInfo
): Pluggable<object, MetadataBearer> {
  const context: InitializeMiddleware<object, MetadataBearer> = (next, handlerContext) => async args => {
    try {
      return await next(args)
    } catch (error) {
      throw withCallContext(error, {
        operation: (handlerContext.commandName ?? 'call').replace(/Command$/, ''),
        service,
        endpoint,
        input: { ...(args.input as Record<string, unknown>) },
        ...(proxy && { proxy })
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
