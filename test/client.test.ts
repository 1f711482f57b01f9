// aws/client.ts: what each client is configured with (region, endpoint, retries, time bounds, proxy,
// user agent, credentials), and that each is built only when first used.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { GetAnnotationStoreCommand } from '@aws-sdk/client-omics'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { HttpResponse } from '@smithy/core/protocols'
import type { RetryStrategyV2 } from '@smithy/types'
import { HttpProxyAgent } from 'http-proxy-agent'
import { HttpsProxyAgent } from 'https-proxy-agent'
import { callContextOf, ServiceClock } from '../src/aws/call-context.js'
import { proxyProblem } from '../src/inputs/endpoints.js'
import { StepError } from '../src/shared/errors.js'
import { ACTION_NAME, ACTION_VERSION } from '../src/shared/version.js'
import { startOidcSts } from './emulator/oidc-sts.js'
import { fakeCore } from './helpers/fake-core.js'
import { assumeRole, ASSUME_ROLE_ARN, connection, ROLE_ARN, STATIC_CREDENTIALS } from './helpers/fixtures.js'

// role-to-assume masks what it obtains through @actions/core: recorded here, not printed.
const core = fakeCore()
jest.unstable_mockModule('@actions/core', () => core.module)
const { createClients, createS3Client, handlerTimeouts, proxyFor, s3Endpoint, serviceUrl } =
  await import('../src/aws/client.js')
const { ID_TOKEN_PERMISSION } = await import('../src/aws/credentials.js')

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

const handlerConfig = async (client: { config: { requestHandler: unknown } }) =>
  (await (client.config.requestHandler as { configProvider: Promise<Record<string, unknown>> })
    .configProvider) as Record<string, unknown>

describe('createClients', () => {
  it('gives reads the SDK standard retry with max-attempts, and StartAnnotationImportJob a single attempt', async () => {
    const clients = await createClients(connection())
    expect(await clients.omics.config.maxAttempts()).toBe(7)
    const mode = clients.omics.config.retryMode
    expect(typeof mode === 'string' ? mode : await mode()).toBe('standard')
    expect(await clients.starter.config.maxAttempts()).toBe(1)
    clients.destroy()
  })

  it('sends annotation calls to a custom endpoint as given (no analytics- host prefix), with our user agent', async () => {
    const clients = await createClients(connection())
    for (const client of [clients.omics, clients.starter]) {
      expect(client.config.disableHostPrefix).toBe(true)
      expect(await client.config.region()).toBe('eu-west-1')
      expect(client.config.customUserAgent).toEqual([[`${ACTION_NAME}/${ACTION_VERSION}`]])
    }
    expect(clients.endpointLabel).toBe('http://127.0.0.1:9')
    clients.destroy()
  })

  it('keeps the host prefix for the regional endpoint, which is analytics-omics', async () => {
    const clients = await createClients({ region: 'us-east-1', maxAttempts: 5, requestTimeoutMs: 30_000 })
    expect(clients.starter.config.disableHostPrefix).toBe(false)
    expect(clients.endpointLabel).toBe('https://analytics-omics.us-east-1.amazonaws.com')
    expect(serviceUrl({ region: 'cn-north-1' })).toBe('https://analytics-omics.cn-north-1.amazonaws.com.cn')
    clients.destroy()
  })

  it('returns the same client on every read, and destroy() works before any was used', async () => {
    const clients = await createClients(connection())
    expect(() => clients.destroy()).not.toThrow()
    const starter = clients.starter
    expect(clients.starter).toBe(starter)
    expect(clients.omics).toBe(clients.omics)
    expect(clients.omics).not.toBe(starter)
    clients.destroy()
  })

  it('bounds every call by request-timeout and connects within 10 s at most', async () => {
    const clients = await createClients(connection({ requestTimeoutMs: 30_000 }))
    expect(await handlerConfig(clients.starter)).toMatchObject({
      connectionTimeout: 10_000,
      requestTimeout: 30_000,
      socketTimeout: 30_000,
      throwOnRequestTimeout: true
    })
    expect(clients.proxied).toBe(false)
    clients.destroy()
  })

  it('says it goes through a proxy when http-proxy is set, with the same time bounds', async () => {
    const clients = await createClients(connection({ httpProxy: 'http://127.0.0.1:3128' }))
    expect(clients.proxied).toBe(true)
    expect(await handlerConfig(clients.omics)).toMatchObject({ throwOnRequestTimeout: true })
    clients.destroy()
  })

  it('never hands a proxy other than http(s):// to an agent, whatever reaches it, and never shows its password', async () => {
    const refused = await createClients(
      connection({ httpProxy: 'pac+http://user:p%2Fw@10.0.0.1/proxy.pac' })
    ).catch((error: unknown) => error)
    expect(String(refused)).toContain(
      'Proxy: expected an http:// or https:// URL such as http://proxy.example.com:3128'
    )
    expect(String(refused)).not.toContain('p%2Fw')
  })

  it("role-to-assume: every client gets the OIDC role provider (here it asks for the runner's token)", async () => {
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL']
    const clients = await createClients(connection({ assumeRole }))
    for (const client of [clients.omics, clients.starter])
      await expect(client.config.credentials()).rejects.toThrow(ID_TOKEN_PERMISSION)
    const s3 = await createS3Client(S3Client, connection({ assumeRole }))
    await expect(s3.config.credentials()).rejects.toThrow(ID_TOKEN_PERMISSION)
    clients.destroy()
    s3.destroy()
  })
})

describe('proxyFor', () => {
  it('prefers the http-proxy input, then the runner environment, and honours NO_PROXY', () => {
    process.env['HTTPS_PROXY'] = 'http://env-proxy:3128'
    process.env['NO_PROXY'] = '.internal.example'
    expect(proxyFor('https://analytics-omics.us-east-1.amazonaws.com', 'http://input-proxy:8080')).toBe(
      'http://input-proxy:8080'
    )
    expect(proxyFor('https://analytics-omics.us-east-1.amazonaws.com', undefined)).toBe(
      'http://env-proxy:3128'
    )
    expect(proxyFor('https://omics.internal.example', undefined)).toBeUndefined()
  })
})

describe('createS3Client', () => {
  it('uses path-style addressing and standard retries with a custom S3 endpoint', async () => {
    process.env['AWS_ENDPOINT_URL_S3'] = 'http://127.0.0.1:9'
    const client = await createS3Client(S3Client, connection({ maxAttempts: 4 }))
    expect(client.config.forcePathStyle).toBe(true)
    expect(await client.config.maxAttempts()).toBe(4)
    client.destroy()
  })

  it('does not retry an endpoint that cannot be reached', async () => {
    delete process.env['AWS_ENDPOINT_URL_S3']
    delete process.env['AWS_ENDPOINT_URL']
    const client = await createS3Client(S3Client, connection())
    expect(client.config.forcePathStyle).toBeFalsy()
    const strategy = (await client.config.retryStrategy()) as import('@smithy/types').RetryStrategyV2
    const token = await strategy.acquireInitialRetryToken('s3')
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    await expect(
      strategy.refreshRetryTokenForRetry(token, { error: refused as never, errorType: 'TRANSIENT' })
    ).rejects.toBe(refused)
    client.destroy()
  })
})

describe('request-timeout', () => {
  it("cuts off a call whose answer never comes, with a TimeoutError (not the handler's mere warning)", async () => {
    const { createServer } = await import('node:http')
    const { StartAnnotationImportJobCommand } = await import('@aws-sdk/client-omics')
    const held: import('node:http').ServerResponse[] = []
    const server = createServer((_req, res) => void held.push(res))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as import('node:net').AddressInfo
    const clients = await createClients({
      region: 'us-east-1',
      endpointUrl: `http://127.0.0.1:${port}`,
      maxAttempts: 1,
      requestTimeoutMs: 150
    })
    clients.starter.config.credentials = async () => STATIC_CREDENTIALS
    const request = {
      destinationName: 'my_store',
      roleArn: ROLE_ARN,
      items: [{ source: 's3://b/a.vcf' }]
    }
    try {
      const error = await clients.starter.send(new StartAnnotationImportJobCommand(request)).then(
        () => undefined,
        (e: unknown) => e as { name?: string; code?: string }
      )
      expect(error?.name).toBe('TimeoutError')
      expect(error?.code).toBe('ETIMEDOUT')
      expect(held).toHaveLength(1)
    } finally {
      clients.destroy()
      held.forEach(res => res.destroy())
      server.close()
    }
  })
})

describe('endpoints and time bounds', () => {
  it('serviceUrl: the endpoint given, else the service in the region and its partition', () => {
    expect(serviceUrl({ region: 'us-east-1', endpointUrl: 'http://127.0.0.1:9' }, 'sts')).toBe(
      'http://127.0.0.1:9'
    )
    expect(serviceUrl({ region: 'eu-west-1' }, 'sts')).toBe('https://sts.eu-west-1.amazonaws.com')
    expect(serviceUrl({ region: 'cn-north-1' }, 's3')).toBe('https://s3.cn-north-1.amazonaws.com.cn')
  })

  it('s3Endpoint: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL, else S3 in the region', () => {
    expect(s3Endpoint('eu-west-1', {})).toEqual({ url: 'https://s3.eu-west-1.amazonaws.com', custom: false })
    expect(s3Endpoint('eu-west-1', { AWS_ENDPOINT_URL: 'http://a:1' })).toEqual({
      url: 'http://a:1',
      custom: true
    })
    expect(
      s3Endpoint('eu-west-1', { AWS_ENDPOINT_URL: 'http://a:1', AWS_ENDPOINT_URL_S3: 'http://s3:2' })
    ).toEqual({
      url: 'http://s3:2',
      custom: true
    })
  })

  it('handlerTimeouts: the connection within 10 s, or request-timeout when shorter', () => {
    expect(handlerTimeouts(30_000)).toEqual({
      connectionTimeout: 10_000,
      requestTimeout: 30_000,
      socketTimeout: 30_000,
      throwOnRequestTimeout: true
    })
    expect(handlerTimeouts(4_000).connectionTimeout).toBe(4_000)
  })

  it('the S3 client: the region, our user agent, max-attempts with standard retries, regions followed', async () => {
    delete process.env['AWS_ENDPOINT_URL_S3']
    delete process.env['AWS_ENDPOINT_URL']
    const client = await createS3Client(S3Client, connection({ maxAttempts: 3, requestTimeoutMs: 7_000 }))
    expect(await client.config.region()).toBe('eu-west-1')
    expect(client.config.customUserAgent).toEqual([[`${ACTION_NAME}/${ACTION_VERSION}`]])
    expect(await client.config.maxAttempts()).toBe(3)
    expect(client.config.followRegionRedirects).toBe(true)
    expect(await handlerConfig(client)).toMatchObject({ requestTimeout: 7_000, connectionTimeout: 7_000 })
    const strategy = (await client.config.retryStrategy()) as import('@smithy/types').RetryStrategyV2
    const mode = client.config.retryMode
    expect(typeof mode === 'string' ? mode : await mode()).toBe('standard')
    const token = await strategy.acquireInitialRetryToken('s3')
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    await expect(
      strategy.refreshRetryTokenForRetry(token, { error: reset as never, errorType: 'TRANSIENT' })
    ).resolves.toBeDefined()
    client.destroy()
  })
})

/** An in-memory answer for a client's HTTP handler (set on config.requestHandler after the client is built). */
const answering =
  (status: number, headers: Record<string, string>, body = '{}') =>
  async () => ({
    response: new HttpResponse({
      statusCode: status,
      headers: { 'content-type': 'application/json', ...headers },
      body: Readable.from([Buffer.from(body)])
    })
  })

describe('the proxy agents', () => {
  it('http-proxy sends both http:// and https:// calls through agents for it, with the same time bounds', async () => {
    const clients = await createClients(connection({ httpProxy: 'http://127.0.0.1:3128' }))
    for (const client of [clients.omics, clients.starter]) {
      const config = await handlerConfig(client)
      expect(config).toMatchObject({
        connectionTimeout: 4_000,
        requestTimeout: 4_000,
        socketTimeout: 4_000,
        throwOnRequestTimeout: true
      })
      const httpAgent = await (config['httpAgentProvider'] as () => Promise<unknown>)()
      expect(httpAgent).toBeInstanceOf(HttpProxyAgent)
      expect(config['httpsAgent']).toBeInstanceOf(HttpsProxyAgent)
      expect(String((httpAgent as HttpProxyAgent<string>).proxy)).toBe('http://127.0.0.1:3128/')
      expect(String((config['httpsAgent'] as HttpsProxyAgent<string>).proxy)).toBe('http://127.0.0.1:3128/')
    }
    clients.destroy()
  })

  it('without a proxy, no proxy agents', async () => {
    const clients = await createClients(connection())
    const config = await handlerConfig(clients.starter)
    expect(await (config['httpAgentProvider'] as () => Promise<unknown>)()).not.toBeInstanceOf(HttpProxyAgent)
    expect(config['httpsAgent']).not.toBeInstanceOf(HttpsProxyAgent)
    clients.destroy()
  })

  it('a proxy the inputs would refuse is a StepError in their words, naming the settings to change', async () => {
    const proxy = 'socks5://user:secret@10.0.0.1:1080'
    const refused = await createClients(connection({ httpProxy: proxy })).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(StepError)
    expect((refused as Error).message).toBe(
      `Proxy: ${proxyProblem(proxy, 'http://proxy.example.com:3128')}; not used (set http-proxy, or HTTPS_PROXY / HTTP_PROXY)`
    )
    expect((refused as Error).message).toContain('such as http://proxy.example.com:3128')
    expect((refused as Error).message).not.toContain('secret')
    const s3 = await createS3Client(S3Client, connection({ httpProxy: proxy })).catch(
      (error: unknown) => error
    )
    expect(s3).toBeInstanceOf(StepError)
  })
})

describe('every call is instrumented', () => {
  const DATE = 'Wed, 02 Dec 2026 18:00:00 GMT'

  it("a failed omics call carries its context, with the http-proxy input; each answer's Date sets the clock", async () => {
    const clock = new ServiceClock(() => 0)
    const clients = await createClients(
      connection({ httpProxy: 'http://u:pw@127.0.0.1:3128', maxAttempts: 1 }),
      clock
    )
    for (const client of [clients.omics, clients.starter]) {
      client.config.credentials = async () => STATIC_CREDENTIALS
      client.config.requestHandler = {
        handle: answering(404, { date: DATE, 'x-amzn-errortype': 'ResourceNotFoundException' })
      } as never
      const error = await client
        .send(new GetAnnotationStoreCommand({ name: 'my_store' }))
        .catch((e: unknown) => e)
      expect((error as Error).name).toBe('ResourceNotFoundException')
      expect(callContextOf(error)).toStrictEqual({
        operation: 'GetAnnotationStore',
        service: 'omics',
        endpoint: 'http://127.0.0.1:9',
        input: { name: 'my_store' },
        proxy: { url: 'http://127.0.0.1:3128', source: 'the http-proxy input' }
      })
    }
    expect(clock.earliestServiceTime(0)).toBe(Date.parse(DATE))
    clients.destroy()
  })

  it('a failed S3 call carries its context (s3, the S3 endpoint, the proxy from the environment)', async () => {
    process.env['AWS_ENDPOINT_URL_S3'] = 'http://127.0.0.1:9'
    process.env['HTTP_PROXY'] = 'http://127.0.0.1:3128'
    delete process.env['http_proxy']
    delete process.env['NO_PROXY']
    delete process.env['no_proxy']
    const client = await createS3Client(S3Client, connection({ maxAttempts: 1 }))
    client.config.credentials = async () => STATIC_CREDENTIALS
    client.config.requestHandler = {
      handle: answering(
        404,
        { date: DATE, 'content-type': 'application/xml' },
        '<Error><Code>NoSuchKey</Code></Error>'
      )
    } as never
    const error = await client
      .send(new GetObjectCommand({ Bucket: 'b', Key: 'a.vcf' }))
      .catch((e: unknown) => e)
    expect((error as Error).name).toBe('NoSuchKey')
    expect(callContextOf(error)).toStrictEqual({
      operation: 'GetObject',
      service: 's3',
      endpoint: 'http://127.0.0.1:9',
      input: { Bucket: 'b', Key: 'a.vcf' },
      proxy: { url: 'http://127.0.0.1:3128', source: 'HTTP_PROXY' }
    })
    client.destroy()
  })

  it('destroy() closes each client that was used', async () => {
    const clients = await createClients(connection())
    const omics = jest.spyOn(clients.omics, 'destroy')
    const starter = jest.spyOn(clients.starter, 'destroy')
    clients.destroy()
    expect(omics).toHaveBeenCalledTimes(1)
    expect(starter).toHaveBeenCalledTimes(1)
  })
})

describe("the S3 client's retries", () => {
  it('an endpoint that cannot be resolved or reached is not retried; other failures are, and a success is recorded', async () => {
    const client = await createS3Client(S3Client, connection())
    const strategy = (await client.config.retryStrategy()) as RetryStrategyV2
    for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED']) {
      const token = await strategy.acquireInitialRetryToken('s3')
      const unreachable = Object.assign(new Error(code), { code })
      await expect(
        strategy.refreshRetryTokenForRetry(token, { error: unreachable as never, errorType: 'TRANSIENT' })
      ).rejects.toBe(unreachable)
    }
    const token = await strategy.acquireInitialRetryToken('s3')
    expect(token.getRetryCount()).toBe(0)
    // A failure the SDK classed without an error object (a transient one) is retried too.
    const retry = await strategy.refreshRetryTokenForRetry(token, { errorType: 'TRANSIENT' })
    expect(retry.getRetryCount()).toBe(1)
    expect(() => strategy.recordSuccess(retry)).not.toThrow()
    client.destroy()
  })
})

describe('role-to-assume: one provider per step, STS and the token service where the environment says', () => {
  let stand: Awaited<ReturnType<typeof startOidcSts>>
  /** A proxy on 127.0.0.1 that lets nothing through: it records what it was asked, and refuses it. */
  const proxied: string[] = []
  const proxy = createServer((req, res) => {
    proxied.push(`${req.method} ${req.url}`)
    res.writeHead(502).end()
  })
  proxy.on('connect', (req, socket) => {
    proxied.push(`CONNECT ${req.url}`)
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n')
  })
  let proxyUrl = ''
  beforeAll(async () => {
    stand = await startOidcSts({ credentials: {} })
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await stand.close()
    await new Promise(resolve => proxy.close(resolve))
  })
  beforeEach(() => {
    stand.reset()
    proxied.length = 0
  })

  /**
   * The environment of a runner with an OIDC token service (the stand-in) and HTTPS_PROXY set to the
   * refusing proxy: no AWS or proxy settings of the machine's, and no instance metadata to fall back on.
   */
  const runner = (extra: Record<string, string>) => {
    const env: Record<string, string | undefined> = {}
    for (const [name, value] of Object.entries(saved))
      if (!/^(AWS_|ACTIONS_)|proxy/i.test(name)) env[name] = value
    process.env = {
      ...env,
      ACTIONS_ID_TOKEN_REQUEST_URL: stand.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stand.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
      HTTPS_PROXY: proxyUrl,
      AWS_EC2_METADATA_DISABLED: 'true',
      ...extra
    }
  }

  it('AWS_ENDPOINT_URL_STS first: every client of the step shares one AssumeRoleWithWebIdentity', async () => {
    // AWS_ENDPOINT_URL (https, so through the proxy) is not where STS is called.
    runner({ AWS_ENDPOINT_URL_STS: stand.env.AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL: 'https://127.0.0.1:9' })
    const inputs = connection({ assumeRole })
    const clients = await createClients(inputs)
    const s3 = await createS3Client(S3Client, inputs)
    const [omics, starter, objects] = await Promise.all([
      clients.omics.config.credentials(),
      clients.starter.config.credentials(),
      s3.config.credentials()
    ])
    expect(omics.accessKeyId).toMatch(/^ASIA/)
    expect(starter.accessKeyId).toBe(omics.accessKeyId)
    expect(objects.accessKeyId).toBe(omics.accessKeyId)
    expect(stand.tokenCalls).toEqual([expect.objectContaining({ audience: 'sts.amazonaws.com' })])
    expect(stand.stsCalls).toHaveLength(1)
    expect(stand.stsCalls[0]?.params).toMatchObject({ RoleArn: ASSUME_ROLE_ARN })
    // Neither the token service nor STS (both http://127.0.0.1) went through the https proxy.
    expect(proxied).toEqual([])
    expect(core.lines).toEqual(expect.arrayContaining(stand.secrets.map(secret => `secret: ${secret}`)))
    // Another step's inputs: their own provider.
    const other = await createClients(connection({ assumeRole }))
    await other.starter.config.credentials()
    expect(stand.stsCalls).toHaveLength(2)
    clients.destroy()
    s3.destroy()
    other.destroy()
  })

  it('AWS_ENDPOINT_URL next', async () => {
    runner({ AWS_ENDPOINT_URL: stand.env.AWS_ENDPOINT_URL_STS })
    const clients = await createClients(connection({ assumeRole }))
    expect((await clients.starter.config.credentials()).accessKeyId).toMatch(/^ASIA/)
    expect(stand.stsCalls).toHaveLength(1)
    expect(proxied).toEqual([])
    clients.destroy()
  })

  it("else STS in the region, through the runner's proxy for it", async () => {
    runner({})
    const clients = await createClients(connection({ assumeRole, region: 'eu-west-1' }))
    const error = await clients.starter.config.credentials().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StepError)
    expect((error as Error).message).toMatch(
      new RegExp(`^role-to-assume: AssumeRoleWithWebIdentity on ${ASSUME_ROLE_ARN} failed: `)
    )
    expect(stand.tokenCalls).toHaveLength(1)
    expect(new Set(proxied)).toEqual(new Set(['CONNECT sts.eu-west-1.amazonaws.com:443']))
    clients.destroy()
  })

  it("the token service through the runner's proxy for it", async () => {
    runner({ HTTP_PROXY: proxyUrl, AWS_ENDPOINT_URL_STS: stand.env.AWS_ENDPOINT_URL_STS })
    const clients = await createClients(connection({ assumeRole }))
    const error = await clients.starter.config.credentials().catch((e: unknown) => e)
    expect((error as Error).message).toBe(
      "role-to-assume: could not get GitHub's OIDC token (audience sts.amazonaws.com): Error: the runner's token service answered HTTP 502"
    )
    expect(proxied).toEqual([`GET ${stand.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sts.amazonaws.com`])
    expect(stand.tokenCalls).toHaveLength(0)
    clients.destroy()
  })
})
