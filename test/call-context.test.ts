// aws/call-context.ts: what a failed call carries for its message (operation, input, endpoint, proxy), and
// the service's clock learnt from its answers' Date headers. The instrumentation runs in a real Omics
// client whose HTTP handler is a stand-in answering in memory.
import { describe, expect, it } from '@jest/globals'
import { Readable } from 'node:stream'
import { GetAnnotationStoreCommand, OmicsClient } from '@aws-sdk/client-omics'
import { HttpResponse } from '@smithy/core/protocols'
import type { RetryStrategyV2 } from '@smithy/types'
import {
  callContextOf,
  instrumentation,
  proxyInfo,
  ServiceClock,
  withCallContext
} from '../src/aws/call-context.js'
import { STATIC_CREDENTIALS } from './helpers/fixtures.js'

describe('proxyInfo', () => {
  it('proxyInfo drops user-info and names the setting', () => {
    const env = { HTTPS_PROXY: 'http://u:pw@proxy.corp:3128', HTTP_PROXY: 'http://other:8080' }
    expect(proxyInfo('https://x', 'http://u:pw@proxy.corp:3128', undefined, env)).toEqual({
      url: 'http://proxy.corp:3128',
      source: 'HTTPS_PROXY'
    })
    expect(proxyInfo('http://x', 'http://other:8080', undefined, env)?.source).toBe('HTTP_PROXY')
    expect(proxyInfo('https://x', 'http://p:1', 'http://p:1', env)?.source).toBe('the http-proxy input')
    expect(proxyInfo('https://x', undefined, undefined, env)).toBeUndefined()
  })

  it('looks through the lower-case, npm and ALL_PROXY names, in that order, else says the environment', () => {
    expect(proxyInfo('https://x', 'http://p:1', undefined, { https_proxy: 'http://p:1' })?.source).toBe(
      'https_proxy'
    )
    expect(
      proxyInfo('http://x', 'http://p:1', undefined, {
        npm_config_https_proxy: 'http://p:1',
        ALL_PROXY: 'http://p:1'
      })?.source
    ).toBe('npm_config_https_proxy')
    expect(proxyInfo('https://x', 'http://p:1', undefined, { all_proxy: 'http://p:1' })?.source).toBe(
      'all_proxy'
    )
    expect(proxyInfo('https://x', 'http://p:1', undefined, {})).toEqual({
      url: 'http://p:1',
      source: 'the environment'
    })
  })

  it('the scheme of the target decides which variable holding the same proxy is named', () => {
    const both = { HTTPS_PROXY: 'http://p:1', HTTP_PROXY: 'http://p:1' }
    expect(proxyInfo('https://x', 'http://p:1', undefined, both)?.source).toBe('HTTPS_PROXY')
    expect(proxyInfo('http://x', 'http://p:1', undefined, both)?.source).toBe('HTTP_PROXY')
    // Each scheme's own names first, then the other scheme's, then ALL_PROXY.
    expect(proxyInfo('https://x', 'http://p:1', undefined, { HTTP_PROXY: 'http://p:1' })?.source).toBe(
      'HTTP_PROXY'
    )
    expect(proxyInfo('http://x', 'http://p:1', undefined, { HTTPS_PROXY: 'http://p:1' })?.source).toBe(
      'HTTPS_PROXY'
    )
    expect(proxyInfo('http://x', 'http://p:1', undefined, { http_proxy: 'http://p:1' })?.source).toBe(
      'http_proxy'
    )
    expect(
      proxyInfo('http://x', 'http://p:1', undefined, { npm_config_http_proxy: 'http://p:1' })?.source
    ).toBe('npm_config_http_proxy')
    expect(proxyInfo('http://x', 'http://p:1', undefined, { ALL_PROXY: 'http://p:1' })?.source).toBe(
      'ALL_PROXY'
    )
    expect(
      proxyInfo('https://x', 'http://p:1', undefined, { npm_config_all_proxy: 'http://p:1' })?.source
    ).toBe('npm_config_all_proxy')
    // A variable holding another proxy is not the source.
    expect(proxyInfo('https://x', 'http://p:1', undefined, { HTTPS_PROXY: 'http://q:1' })?.source).toBe(
      'the environment'
    )
  })

  it('reads the environment of the process unless given another', () => {
    const saved = process.env['HTTPS_PROXY']
    process.env['HTTPS_PROXY'] = 'http://from-process:1'
    try {
      expect(proxyInfo('https://x', 'http://from-process:1', undefined)?.source).toBe('HTTPS_PROXY')
    } finally {
      if (saved === undefined) delete process.env['HTTPS_PROXY']
      else process.env['HTTPS_PROXY'] = saved
    }
  })

  it('no proxy (unset or empty) is no proxy info; a URL keeps its path, without a trailing slash', () => {
    expect(proxyInfo('https://x', '', 'x', {})).toBeUndefined()
    expect(proxyInfo('https://x', undefined, 'x', {})).toBeUndefined()
    expect(proxyInfo('https://x', 'http://u@p:1/', 'x', {})?.url).toBe('http://p:1')
    expect(proxyInfo('https://x', 'http://:pw@p:1/', 'x', {})?.url).toBe('http://p:1')
    expect(proxyInfo('https://x', 'https://u:pw@p:1/path/', 'x', {})?.url).toBe('https://p:1/path')
  })

  it('a proxy that is no URL keeps its text, without user-info', () => {
    expect(proxyInfo('https://x', 'proxy user:pw@//host', 'proxy user:pw@//host', {})?.url).toBe(
      'proxy user:pw@//host'
    )
    expect(proxyInfo('https://x', 'bad //u:pw@host', 'x', {})?.url).toBe('bad //host')
    // User-info ends at the first @ and never spans a /.
    expect(proxyInfo('https://x', 'bad //u@p@host', 'x', {})?.url).toBe('bad //p@host')
    expect(proxyInfo('https://x', 'bad //a/b@c', 'x', {})?.url).toBe('bad //a/b@c')
    expect(proxyInfo('https://x', 'bad //@host', 'x', {})?.url).toBe('bad //host')
  })
})

describe('withCallContext', () => {
  const context = { operation: 'GetAnnotationStore', service: 'omics' as const, endpoint: 'e', input: {} }
  it('attaches the first context only, out of sight of JSON and keys; other values pass as they are', () => {
    const error = new Error('x')
    expect(withCallContext(error, context)).toBe(error)
    withCallContext(error, { ...context, operation: 'Outer' })
    expect(callContextOf(error)?.operation).toBe('GetAnnotationStore')
    expect(Object.keys(error)).toEqual([])
    expect(withCallContext('text', context)).toBe('text')
    expect(withCallContext(null, context)).toBeNull()
    expect(callContextOf('text')).toBeUndefined()
    expect(callContextOf(null)).toBeUndefined()
    expect(callContextOf(new Error('none'))).toBeUndefined()
    expect(callContextOf(undefined)).toBeUndefined()
    expect(callContextOf(42)).toBeUndefined()
    expect(withCallContext(undefined, context)).toBeUndefined()
  })

  it('the context is a hidden, read-only property that is not copied with the error, and can be removed', () => {
    const error = Object.assign(new Error('x'), { code: 'E' })
    withCallContext(error, context)
    const key = Object.getOwnPropertySymbols(error)[0]
    expect(key).toBe(Symbol.for('healthomics-import.call-context'))
    expect(Object.getOwnPropertyDescriptor(error, key as symbol)).toEqual({
      value: context,
      writable: false,
      enumerable: false,
      configurable: true
    })
    expect(callContextOf({ ...error })).toBeUndefined()
    expect(JSON.stringify(error)).toBe('{"code":"E"}')
    expect(delete (error as unknown as Record<symbol, unknown>)[key as symbol]).toBe(true)
    expect(callContextOf(error)).toBeUndefined()
  })

  it('works on any object thrown, not only errors', () => {
    const thrown = { message: 'plain object' }
    withCallContext(thrown, context)
    expect(callContextOf(thrown)).toBe(context)
  })
})

describe('ServiceClock', () => {
  it('keeps the largest lower bound of the offset; ignores answers without a date', () => {
    const clock = new ServiceClock(() => 10_000)
    expect(clock.earliestServiceTime(0)).toBeUndefined()
    clock.observe(undefined)
    clock.observe('not a date')
    expect(clock.earliestServiceTime(0)).toBeUndefined()
    clock.observe(new Date(15_000).toUTCString(), 5_000) // offset >= 10 s
    clock.observe(new Date(12_000).toUTCString()) // received at now() = 10 s: offset >= 2 s
    expect(clock.earliestServiceTime(1_000)).toBe(11_000)
    clock.observe(new Date(40_000).toUTCString(), 10_000)
    expect(clock.earliestServiceTime(1_000)).toBe(31_000)
  })

  it('an empty Date header is no answer; a service clock behind ours is a negative offset', () => {
    const clock = new ServiceClock(() => 50_000)
    clock.observe('')
    expect(clock.earliestServiceTime(0)).toBeUndefined()
    clock.observe(new Date(20_000).toUTCString())
    expect(clock.earliestServiceTime(50_000)).toBe(20_000)
    expect(clock.earliestServiceTime(0)).toBe(-30_000)
    clock.observe(new Date(10_000).toUTCString())
    expect(clock.earliestServiceTime(50_000)).toBe(20_000)
  })
})

describe('instrumentation', () => {
  const DATE = 'Wed, 02 Dec 2026 18:00:00 GMT'
  const client = (status: number, headers: Record<string, string>, body: string, clock?: ServiceClock) => {
    const omics = new OmicsClient({
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9',
      disableHostPrefix: true,
      credentials: STATIC_CREDENTIALS,
      maxAttempts: 1,
      requestHandler: {
        handle: async () => ({
          response: new HttpResponse({
            statusCode: status,
            headers: { 'content-type': 'application/json', ...headers },
            body: Readable.from([Buffer.from(body)])
          })
        })
      }
    })
    omics.middlewareStack.use(
      instrumentation('omics', 'http://127.0.0.1:9', clock, { url: 'http://p:1', source: 'HTTPS_PROXY' })
    )
    return omics
  }

  it('a failed call carries its operation, input, endpoint and proxy; its Date header sets the clock', async () => {
    const clock = new ServiceClock(() => 0)
    const omics = client(
      404,
      { date: DATE, 'x-amzn-errortype': 'ResourceNotFoundException' },
      '{"message":"no store"}',
      clock
    )
    const error = await omics
      .send(new GetAnnotationStoreCommand({ name: 'my_store' }))
      .catch((e: unknown) => e)
    expect((error as Error).name).toBe('ResourceNotFoundException')
    expect(callContextOf(error)).toEqual({
      operation: 'GetAnnotationStore',
      service: 'omics',
      endpoint: 'http://127.0.0.1:9',
      input: { name: 'my_store' },
      proxy: { url: 'http://p:1', source: 'HTTPS_PROXY' }
    })
    expect(clock.earliestServiceTime(0)).toBe(Date.parse(DATE))
    omics.destroy()
  })

  it('a successful answer sets the clock too (Date or date), and carries no context', async () => {
    const clock = new ServiceClock(() => 0)
    const omics = client(200, { Date: DATE }, '{"name":"my_store","status":"ACTIVE"}', clock)
    const store = await omics.send(new GetAnnotationStoreCommand({ name: 'my_store' }))
    expect(store.status).toBe('ACTIVE')
    expect(clock.earliestServiceTime(5)).toBe(Date.parse(DATE) + 5)
    omics.destroy()
    const unclocked = client(200, {}, '{"name":"my_store"}')
    await expect(unclocked.send(new GetAnnotationStoreCommand({ name: 'my_store' }))).resolves.toBeDefined()
    unclocked.destroy()
  })
})

describe('instrumentation: every attempt, every failure', () => {
  const DATE = 'Wed, 02 Dec 2026 18:00:00 GMT'
  const LATER = 'Wed, 02 Dec 2026 18:05:00 GMT'
  type Handle = (request: unknown) => Promise<{ response: HttpResponse }>
  const answer = (status: number, headers: Record<string, string>, body: string) => ({
    response: new HttpResponse({
      statusCode: status,
      headers: { 'content-type': 'application/json', ...headers },
      body: Readable.from([Buffer.from(body)])
    })
  })
  /** One retry, at once (the SDK's own strategy would wait its backoff). */
  const oneRetry: RetryStrategyV2 = {
    acquireInitialRetryToken: async () => ({ getRetryCount: () => 0, getRetryDelay: () => 0 }),
    refreshRetryTokenForRetry: async token => {
      if (token.getRetryCount() >= 1) throw new Error('no more retries')
      return { getRetryCount: () => 1, getRetryDelay: () => 0 }
    },
    recordSuccess: () => undefined
  }
  const omicsWith = (handle: Handle, retries = false) =>
    new OmicsClient({
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9',
      disableHostPrefix: true,
      credentials: STATIC_CREDENTIALS,
      ...(retries ? { retryStrategy: oneRetry } : { maxAttempts: 1 }),
      requestHandler: { handle }
    })
  const get = (omics: OmicsClient) =>
    omics.send(new GetAnnotationStoreCommand({ name: 'my_store' })).catch((e: unknown) => e)

  it('sees the answer of every attempt: a retried call keeps the latest Date of them all', async () => {
    const answers = [
      answer(503, { date: LATER, 'x-amzn-errortype': 'ServiceUnavailableException' }, '{"message":"busy"}'),
      answer(200, { date: DATE }, '{"name":"my_store","status":"ACTIVE"}')
    ]
    const omics = omicsWith(async () => answers.shift() as never, true)
    const clock = new ServiceClock(() => 0)
    omics.middlewareStack.use(instrumentation('omics', 'http://127.0.0.1:9', clock))
    const store = await omics.send(new GetAnnotationStoreCommand({ name: 'my_store' }))
    expect(store.status).toBe('ACTIVE')
    expect(answers).toHaveLength(0)
    expect(clock.earliestServiceTime(0)).toBe(Date.parse(LATER))
    omics.destroy()
  })

  it('a call that never got an answer (a refused connection) carries its context; the clock learns nothing', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' })
    const clock = new ServiceClock(() => 0)
    const omics = omicsWith(() => Promise.reject(refused))
    omics.middlewareStack.use(instrumentation('omics', 'http://127.0.0.1:9', clock))
    const error = await get(omics)
    expect(error).toBe(refused)
    // No proxy in use: no proxy key at all.
    expect(callContextOf(error)).toStrictEqual({
      operation: 'GetAnnotationStore',
      service: 'omics',
      endpoint: 'http://127.0.0.1:9',
      input: { name: 'my_store' }
    })
    expect(clock.earliestServiceTime(0)).toBeUndefined()
    omics.destroy()
  })

  it('without a clock, answers and failures pass through as they are', async () => {
    const refused = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })
    const failing = omicsWith(() => Promise.reject(refused))
    failing.middlewareStack.use(instrumentation('omics', 'http://e', undefined))
    expect(await get(failing)).toBe(refused)
    expect(callContextOf(refused)?.endpoint).toBe('http://e')
    failing.destroy()
    const answered = omicsWith(async () => answer(404, { date: DATE, 'x-amzn-errortype': 'NotFound' }, '{}'))
    answered.middlewareStack.use(instrumentation('omics', 'http://e', undefined))
    expect((await get(answered)) as Error).toMatchObject({ name: 'NotFound' })
    answered.destroy()
  })

  it("a failure that carries the raw answer (the handler's own error) still sets the clock from its Date", async () => {
    const clock = new ServiceClock(() => 0)
    const failed = Object.assign(new Error('bad gateway'), {
      $response: { statusCode: 502, headers: { date: LATER } }
    })
    const omics = omicsWith(() => Promise.reject(failed))
    omics.middlewareStack.use(instrumentation('omics', 'http://e', clock))
    expect(await get(omics)).toBe(failed)
    expect(clock.earliestServiceTime(0)).toBe(Date.parse(LATER))
    omics.destroy()
  })

  it('a second instrumentation replaces the first: its context and its clock only', async () => {
    const first = new ServiceClock(() => 0)
    const second = new ServiceClock(() => 0)
    const omics = omicsWith(async () =>
      answer(404, { date: DATE, 'x-amzn-errortype': 'ResourceNotFoundException' }, '{}')
    )
    omics.middlewareStack.use(instrumentation('omics', 'http://first', first))
    omics.middlewareStack.use(instrumentation('omics', 'http://second', second, { url: 'u', source: 's' }))
    const error = await get(omics)
    expect(callContextOf(error)?.endpoint).toBe('http://second')
    expect(callContextOf(error)?.proxy).toEqual({ url: 'u', source: 's' })
    expect(first.earliestServiceTime(0)).toBeUndefined()
    expect(second.earliestServiceTime(0)).toBe(Date.parse(DATE))
    omics.destroy()
  })

  it('where the middlewares sit, and a call without a command name (named "call")', async () => {
    const added: [unknown, Record<string, unknown>][] = []
    instrumentation('s3', 'http://s3.local', undefined).applyToStack({
      add: (middleware: unknown, options: Record<string, unknown>) => void added.push([middleware, options])
    } as never)
    expect(added.map(([, options]) => options)).toEqual([
      { step: 'initialize', name: 'callContext', override: true },
      { step: 'deserialize', priority: 'low', name: 'serviceClock', override: true }
    ])
    const context = added[0]?.[0] as (
      next: () => Promise<never>,
      handlerContext: { commandName?: string }
    ) => (args: { input: unknown }) => Promise<unknown>
    const input = { Bucket: 'b', Key: 'k' }
    const failure = () => Promise.reject(new Error('x'))
    const unnamed = await context(failure, {})({ input }).catch((e: unknown) => e)
    expect(callContextOf(unnamed)).toStrictEqual({
      operation: 'call',
      service: 's3',
      endpoint: 'http://s3.local',
      input: { Bucket: 'b', Key: 'k' }
    })
    expect(callContextOf(unnamed)?.input).not.toBe(input)
    // Only the Command suffix is dropped.
    const named = await context(failure, { commandName: 'CommandListCommand' })({ input }).catch(
      (e: unknown) => e
    )
    expect(callContextOf(named)?.operation).toBe('CommandList')
    const bare = await context(failure, { commandName: 'Commands' })({ input }).catch((e: unknown) => e)
    expect(callContextOf(bare)?.operation).toBe('Commands')
  })
})
