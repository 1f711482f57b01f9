// Pure wording of failed calls: resets, timeouts, proxies, unreadable answers.
import { describe, expect, it } from '@jest/globals'
import { describeError, errorName, networkCode } from '../src/aws/aws-errors.js'
import { proxyInfo, withCallContext, type CallContext } from '../src/aws/call-context.js'
import { explainError, proxyUnreachable } from '../src/report/explain.js'
import { failedRead } from '../src/phases/preflight.js'

/** What the SDK's Node HTTP handler throws on a reset: the socket error renamed TimeoutError. */
const reset = (): Error =>
  Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' })

describe('resets and timeouts', () => {
  it('a reset renamed TimeoutError by the SDK is named ECONNRESET', () => {
    expect(errorName(reset())).toBe('ECONNRESET')
    expect(describeError(reset())).toBe('ECONNRESET: socket hang up')
    expect(networkCode(reset())).toBe('ECONNRESET')
  })

  it('a real timeout (no code) stays a timeout', () => {
    const timeout = Object.assign(new Error('Connection timed out after 10000 ms'), { name: 'TimeoutError' })
    expect(errorName(timeout)).toBe('TimeoutError')
    expect(networkCode(timeout)).toBe('ETIMEDOUT')
  })
})

describe('proxies', () => {
  const refused = (port: number): Error =>
    Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:${port}`), {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port
    })
  const call = (proxy?: CallContext['proxy']): CallContext => ({
    operation: 'StartAnnotationImportJob',
    service: 'omics',
    endpoint: 'https://analytics-omics.us-east-1.amazonaws.com',
    input: { destinationName: 's' },
    ...(proxy && { proxy })
  })

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

  it('a refused connection to the proxy is the proxy, one to the endpoint is not', () => {
    expect(proxyUnreachable(refused(3128), 'http://127.0.0.1:3128')).toBe(true)
    expect(proxyUnreachable(refused(443), 'http://127.0.0.1:3128')).toBe(false)
    expect(proxyUnreachable(refused(80), 'http://localhost')).toBe(true)
  })

  it('explainError names the proxy and where it was set', () => {
    const proxy = { url: 'http://127.0.0.1:3128', source: 'HTTPS_PROXY' }
    const text = explainError(withCallContext(refused(3128), call(proxy)), { region: 'us-east-1' })
    expect(text).toContain(
      'Could not reach the proxy http://127.0.0.1:3128 (ECONNREFUSED), set by HTTPS_PROXY:'
    )
    const direct = explainError(withCallContext(refused(443), call()), { region: 'us-east-1' })
    expect(direct).toContain('Could not reach https://analytics-omics.us-east-1.amazonaws.com (ECONNREFUSED)')
  })
})

describe('failedRead', () => {
  it('an answer that is not JSON says so, without the SDK hint about hidden fields', () => {
    const garbled = Object.assign(
      new SyntaxError(
        'Unterminated string in JSON at position 15\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.'
      ),
      { $response: { statusCode: 200 } }
    )
    expect(failedRead(garbled)).toBe(
      'the answer (HTTP 200) is not valid JSON: Unterminated string in JSON at position 15'
    )
  })

  it('a service error names its status', () => {
    const error = Object.assign(new Error('bad name'), {
      name: 'ValidationException',
      $metadata: { httpStatusCode: 400 }
    })
    expect(failedRead(error)).toBe('HTTP 400 ValidationException: bad name')
    expect(failedRead(reset())).toBe('ECONNRESET: socket hang up')
  })
})
