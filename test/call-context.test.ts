// aws/call-context.ts: what a failed call carries for its message (operation, input, endpoint, proxy), and
// the service's clock learnt from its answers' Date headers. The instrumentation runs in a real Omics
// client whose HTTP handler is a stand-in answering in memory.
import { describe, expect, it } from '@jest/globals'
import { Readable } from 'node:stream'
import { GetAnnotationStoreCommand, OmicsClient } from '@aws-sdk/client-omics'
import { HttpResponse } from '@smithy/core/protocols'
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

  it('a proxy that is no URL keeps its text, without user-info', () => {
    expect(proxyInfo('https://x', 'proxy user:pw@//host', 'proxy user:pw@//host', {})?.url).toBe(
      'proxy user:pw@//host'
    )
    expect(proxyInfo('https://x', 'bad //u:pw@host', 'x', {})?.url).toBe('bad //host')
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
