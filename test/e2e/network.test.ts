// No surprise network paths, and answers checked (issue 24), end to end on the stand-in: endpoints and
// proxies refused before anything is sent, NO_PROXY, no debug-module output with DEBUG=*, ids from List
// that are not job ids, and S3 endpoints that ignore Range or answer one byte at a time.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createProxy, type ProxyServer } from 'proxy'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, startInputs } from '../helpers/run-action.js'

const emu = useEmulator()
const inputs = (extra: Record<string, string> = {}): Record<string, string> => startInputs(emu.url, extra)
const warnings = (stdout: string): string[] =>
  stdout.split('\n').filter(line => line.startsWith('::warning::'))
const portOf = (server: Server): number => (server.address() as AddressInfo).port

// A proxy that asks for a password holding every character that ends a URL's user-info early.
const PASSWORD = 'p/w@#%:x'
const SESSION_TOKEN = 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN0123456789'
let proxy: ProxyServer
let proxyUrl: string
const carried: string[] = []
// A server that would hand out a PAC script: it must never be asked.
let pac: Server
const pacFetches: string[] = []

beforeAll(async () => {
  proxy = createProxy(createServer())
  proxy.authenticate = (req: IncomingMessage) =>
    req.headers['proxy-authorization'] === `Basic ${Buffer.from(`alice:${PASSWORD}`).toString('base64')}`
  proxy.on('request', (req: IncomingMessage) => carried.push(`${req.method} ${req.url}`))
  await new Promise<void>(done => proxy.listen(0, '127.0.0.1', done))
  proxyUrl = `http://alice:${encodeURIComponent(PASSWORD)}@127.0.0.1:${portOf(proxy)}`
  pac = createServer((req, res) => {
    pacFetches.push(req.url ?? '')
    res.writeHead(200, { 'content-type': 'application/x-ns-proxy-autoconfig' })
    res.end('function FindProxyForURL(url, host) { while (true) {} }')
  })
  await new Promise<void>(done => pac.listen(0, '127.0.0.1', done))
})
afterAll(async () => {
  proxy.closeAllConnections()
  pac.closeAllConnections()
  await Promise.all([new Promise(done => proxy.close(done)), new Promise(done => pac.close(done))])
})
beforeEach(() => {
  carried.length = 0
  pacFetches.length = 0
})

describe('endpoints: https:// except to loopback, never metadata, no user-info', () => {
  it.each([
    ['a link-local metadata address', 'http://169.254.169.254', 'is a link-local or cloud metadata address'],
    ['AWS IPv6 metadata', 'https://[fd00:ec2::254]', 'is a link-local or cloud metadata address'],
    ['plain http:// to a host that is not loopback', 'http://omics.example.test:4566', 'must be https://']
  ])('%s is an input error, and nothing is sent', async (_what, endpoint, says) => {
    const result = await runAction(START_ACTION, inputs({ 'endpoint-url': endpoint }), { timeoutMs: 15_000 })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('1 problem with the inputs; nothing was sent to AWS')
    expect(errorText(result)).toContain(`endpoint-url: ${says}`)
  })

  it('an endpoint with user-info is an input error that never shows the password', async () => {
    const endpoint = emu.url.replace('http://', `http://alice:${encodeURIComponent(PASSWORD)}@`)
    const result = await runAction(START_ACTION, inputs({ 'endpoint-url': endpoint }), {
      env: { AWS_ENDPOINT_URL_S3: emu.url, ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }
    })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('endpoint-url: must not carry a user name or password')
    expect(errorText(result)).toContain(`http://***@127.0.0.1:${emu.port}`)
    for (const shown of [PASSWORD, encodeURIComponent(PASSWORD), 'p/w', 'p%2Fw'])
      expect(result.stdout + result.stderr + result.summary).not.toContain(shown)
    expect(emu.requests).toHaveLength(0)
  })

  it('the SDK endpoint variables are held to the same rules', async () => {
    const result = await runAction(START_ACTION, inputs(), {
      env: { AWS_ENDPOINT_URL_S3: 'http://169.254.169.254' }
    })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      'AWS_ENDPOINT_URL_S3 (environment): is a link-local or cloud metadata address'
    )
    expect(emu.requests).toHaveLength(0)
  })
})

describe('proxies: http:// or https:// only, from the input and from the environment alike', () => {
  it.each(['HTTP_PROXY', 'https_proxy', 'ALL_PROXY'])(
    'a pac+http:// %s is an input error naming it; the script is never fetched',
    async name => {
      const pacUrl = `pac+http://u:${encodeURIComponent(PASSWORD)}@127.0.0.1:${portOf(pac)}/proxy.pac`
      const result = await runAction(START_ACTION, inputs(), { env: { [name]: pacUrl }, timeoutMs: 15_000 })
      expect(result.code).toBe(1)
      expect(errorText(result)).toContain(`${name} (environment): expected an http:// or https:// URL`)
      expect(errorText(result)).toContain('no PAC script, SOCKS or FTP')
      expect(result.stdout + result.stderr).not.toContain(encodeURIComponent(PASSWORD))
      expect(pacFetches).toEqual([])
      expect(emu.requests).toHaveLength(0)
    }
  )

  it('a socks5:// proxy variable is refused the same way', async () => {
    const result = await runAction(START_ACTION, inputs(), { env: { HTTPS_PROXY: 'socks5://127.0.0.1:1' } })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('HTTPS_PROXY (environment): expected an http:// or https:// URL')
  })

  it('NO_PROXY: a listed host goes direct, past a working proxy; an unlisted one goes through it', async () => {
    const direct = await runAction(START_ACTION, inputs({ preflight: 'false' }), {
      env: { HTTP_PROXY: proxyUrl, NO_PROXY: 'example.com,127.0.0.1' }
    })
    expect(direct.code).toBe(0)
    expect(carried).toEqual([])
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
    const proxied = await runAction(START_ACTION, inputs({ preflight: 'false' }), {
      env: { HTTP_PROXY: proxyUrl, NO_PROXY: 'example.com' }
    })
    expect(proxied.code).toBe(0)
    expect(carried).toEqual([`POST ${emu.url}/import/annotation`])
  })

  it('with DEBUG=* nothing of the debug module reaches stderr: no proxy password, no session token', async () => {
    const result = await runAction(START_ACTION, inputs({ 'http-proxy': proxyUrl }), {
      env: { DEBUG: '*', DEBUG_COLORS: 'no', AWS_SESSION_TOKEN: SESSION_TOKEN }
    })
    expect(result.code).toBe(0)
    // The proxy carried every call, with the password: the authenticating proxy let them through.
    expect(carried.length).toBeGreaterThanOrEqual(4)
    expect(emu.calls('StartAnnotationImportJob')[0]?.headers['x-amz-security-token']).toBe(SESSION_TOKEN)
    expect(result.stderr).not.toMatch(/proxy-agent|agent-base|http-proxy|https-proxy/)
    for (const secret of [PASSWORD, encodeURIComponent(PASSWORD), SESSION_TOKEN])
      expect(result.stdout + result.stderr).not.toContain(secret)
  })
})

describe('answers checked', () => {
  const HOSTILE_ID = '<img src=x onerror=alert(1)>'

  it('List entries whose id is not a job id are not trusted: never skipped on, never in the outputs or summary', async () => {
    emu.state.addJob({ id: HOSTILE_ID, sources: ['s3://my-annotations/a.vcf.gz'] })
    const result = await runAction(START_ACTION, inputs({ 'skip-imported': 'true' }))
    expect(result.code).toBe(0)
    expect(warnings(result.stdout)).toEqual([
      expect.stringContaining(
        "ListAnnotationImportJobs listed 1 job of my_vcf_store whose id is not a job id (the model's pattern): it is not trusted, and left out of skip-imported"
      )
    ])
    expect(emu.calls('GetAnnotationImportJob')).toHaveLength(0)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
    expect(result.outputs['skipped']).toBe('[]')
    expect(result.outputs['job-id']).toMatch(/^[0-9a-f-]{36}$/)
    expect(JSON.stringify(result.outputs) + result.summary + result.stdout).not.toContain('<img')
  })

  it('a Start answer whose jobId is hostile text is a lost answer: the job is looked up, and only its real id is used', async () => {
    emu.addFault({
      op: 'StartAnnotationImportJob',
      kind: 'raw-after-create',
      body: JSON.stringify({ jobId: `$(touch /tmp/x) ${HOSTILE_ID}` })
    })
    const result = await runAction(START_ACTION, inputs())
    expect(result.code).toBe(0)
    expect(emu.calls('ListAnnotationImportJobs').length).toBeGreaterThanOrEqual(1)
    expect(result.outputs['job-id']).toBe([...emu.jobs.keys()][0])
    expect(JSON.stringify(result.outputs) + result.summary + result.stdout).not.toMatch(/touch|<img/)
  })

  it('an S3 endpoint that ignores Range (a 600 MB answer) is read no further than the range: checks stop, import goes ahead', async () => {
    emu.state.s3Faults = { ignoreRange: true, ignoreRangeBytes: 600 * 1024 * 1024 }
    const result = await runAction(START_ACTION, inputs())
    expect(result.code).toBe(0)
    expect(warnings(result.stdout)).toEqual([
      expect.stringMatching(
        /File checks stopped: S3 answered GetObject for bytes 0-\d+ with HTTP 200 and no Content-Range, not 206: the endpoint does not honour Range requests\. The import goes ahead/
      )
    ])
    expect(emu.calls('GetObject')).toHaveLength(1)
    // What the stand-in could write before the action closed the connection: socket buffers, not 600 MB.
    expect(emu.state.s3BytesSent).toBeLessThan(32 * 1024 * 1024)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
  })

  it('an S3 endpoint that answers every range with one byte gets one GetObject per file, not one per byte', async () => {
    emu.state.s3Faults = { oneByteRanges: true }
    const items = ['a', 'b', 'c'].map(name => `s3://my-annotations/${name}.vcf`)
    const result = await runAction(START_ACTION, inputs({ items: items.join('\n') }))
    expect(result.code).toBe(0)
    expect(warnings(result.stdout)).toEqual([
      expect.stringMatching(
        /File checks stopped: S3 answered GetObject for bytes 0-\d+ with Content-Range "bytes 0-0\/\d+", not the range asked/
      )
    ])
    expect(emu.calls('GetObject').length).toBeLessThanOrEqual(items.length)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
  })
})
