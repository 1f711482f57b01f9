// Proxies: a real forward proxy on 127.0.0.1 carries the requests, and the signature still verifies.
import { createServer, type IncomingMessage } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createProxy, type ProxyServer } from 'proxy'
import { useEmulator } from '../helpers/emulator.js'
import { runAction, START_ACTION, WAIT_ACTION, startInputs } from '../helpers/run-action.js'

const emu = useEmulator()
let proxy: ProxyServer
let proxyUrl: string
const carried: string[] = []

beforeAll(async () => {
  proxy = createProxy(createServer())
  proxy.on('request', (req: IncomingMessage) => carried.push(`${req.method} ${req.url}`))
  await new Promise<void>(done => proxy.listen(0, '127.0.0.1', done))
  const address = proxy.address()
  proxyUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})
afterAll(async () => {
  proxy.closeAllConnections()
  await new Promise(done => proxy.close(done))
})
beforeEach(() => {
  carried.length = 0
})

const DEAD = 'http://127.0.0.1:9' // nothing listens there: a request sent to it would fail

const inputs = (extra: Record<string, string> = {}): Record<string, string> => startInputs(emu.url, extra)

describe('proxies', () => {
  it('honours HTTP_PROXY: the proxy carries every call, the stand-in verifies the signature', async () => {
    const result = await runAction(START_ACTION, inputs(), { env: { HTTP_PROXY: proxyUrl } })
    expect(result.code).toBe(0)
    // The file checks' S3 calls go through the proxy too.
    expect(carried).toEqual([
      `GET ${emu.url}/annotationStore/my_vcf_store`,
      `HEAD ${emu.url}/my-annotations/a.vcf.gz`,
      `GET ${emu.url}/my-annotations/a.vcf.gz?x-id=GetObject`,
      `POST ${emu.url}/import/annotation`
    ])
    expect(emu.calls('StartAnnotationImportJob')[0]?.status).toBe(200)
    expect(emu.calls('StartAnnotationImportJob')[0]?.accessKeyId).toBeDefined()
  })

  it('honours lower-case http_proxy too', async () => {
    const result = await runAction(START_ACTION, inputs({ preflight: 'false' }), {
      env: { http_proxy: proxyUrl }
    })
    expect(result.code).toBe(0)
    expect(carried).toEqual([`POST ${emu.url}/import/annotation`])
  })

  it('NO_PROXY sends matching hosts direct', async () => {
    const result = await runAction(START_ACTION, inputs({ preflight: 'false' }), {
      env: { HTTP_PROXY: DEAD, NO_PROXY: 'localhost,127.0.0.1' }
    })
    expect(result.code).toBe(0)
    expect(carried).toEqual([])
    expect(emu.jobs.size).toBe(1)
  })

  it('the http-proxy input overrides the environment', async () => {
    const result = await runAction(START_ACTION, inputs({ preflight: 'false', 'http-proxy': proxyUrl }), {
      env: { HTTP_PROXY: DEAD, NO_PROXY: '127.0.0.1' }
    })
    expect(result.code).toBe(0)
    expect(carried).toEqual([`POST ${emu.url}/import/annotation`])
  })

  it('the wait sub-action goes through the proxy as well', async () => {
    const started = await runAction(START_ACTION, inputs({ preflight: 'false' }))
    carried.length = 0
    const result = await runAction(
      WAIT_ACTION,
      { 'job-id': started.outputs['job-id'] ?? '', 'endpoint-url': emu.url, 'poll-interval': '0.1' },
      { env: { HTTPS_PROXY: DEAD, HTTP_PROXY: proxyUrl } }
    )
    expect(result.code).toBe(0)
    expect(carried.length).toBeGreaterThanOrEqual(2)
    expect(carried.every(c => c.startsWith(`GET ${emu.url}/import/annotation/`))).toBe(true)
  })
})
