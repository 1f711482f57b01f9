// aws/call-context.ts: what a failed call carries for its message (the proxy it went through).
import { describe, expect, it } from '@jest/globals'
import { proxyInfo } from '../src/aws/call-context.js'

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
})
