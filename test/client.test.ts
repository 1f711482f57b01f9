// aws/client.ts: what each client is configured with (region, endpoint, retries, time bounds, proxy,
// user agent, credentials), and that each is built only when first used.
import { afterEach, describe, expect, it } from '@jest/globals'
import { S3Client } from '@aws-sdk/client-s3'
import {
  createClients,
  createS3Client,
  handlerTimeouts,
  proxyFor,
  s3Endpoint,
  serviceUrl
} from '../src/aws/client.js'
import { ID_TOKEN_PERMISSION } from '../src/aws/credentials.js'
import { ACTION_NAME, ACTION_VERSION } from '../src/shared/version.js'
import { assumeRole, connection, ROLE_ARN, STATIC_CREDENTIALS } from './helpers/fixtures.js'

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
      requestTimeoutMs: 300
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
