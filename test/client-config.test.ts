// aws/client.ts: the HTTP handler's time bounds, the proxy, and the S3 client's settings.
import { afterEach, describe, expect, it } from '@jest/globals'
import { S3Client } from '@aws-sdk/client-s3'
import { createClients, createS3Client } from '../src/aws/client.js'
import { connection } from './helpers/fixtures.js'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

const handlerConfig = async (client: { config: { requestHandler: unknown } }) =>
  (await (client.config.requestHandler as { configProvider: Promise<Record<string, unknown>> })
    .configProvider) as Record<string, unknown>

describe('createClients', () => {
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
