// The client factory: what each client is configured with, and that each is built only when first used.
import { describe, expect, it } from '@jest/globals'
import { createClients, proxyFor, serviceUrl } from '../src/aws/client.js'
import { ACTION_NAME, ACTION_VERSION } from '../src/shared/version.js'

const connection = {
  region: 'eu-west-1',
  endpointUrl: 'http://127.0.0.1:9',
  maxAttempts: 7,
  requestTimeoutMs: 4_000
}

describe('createClients', () => {
  it('gives reads the SDK standard retry with max-attempts, and StartAnnotationImportJob a single attempt', async () => {
    const clients = await createClients(connection)
    expect(await clients.omics.config.maxAttempts()).toBe(7)
    const mode = clients.omics.config.retryMode
    expect(typeof mode === 'string' ? mode : await mode()).toBe('standard')
    expect(await clients.starter.config.maxAttempts()).toBe(1)
    clients.destroy()
  })

  it('sends annotation calls to a custom endpoint as given (no analytics- host prefix), with our user agent', async () => {
    const clients = await createClients(connection)
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
    const clients = await createClients(connection)
    expect(() => clients.destroy()).not.toThrow()
    const starter = clients.starter
    expect(clients.starter).toBe(starter)
    expect(clients.omics).toBe(clients.omics)
    expect(clients.omics).not.toBe(starter)
    clients.destroy()
  })
})

describe('proxyFor', () => {
  it('prefers the http-proxy input, then the runner environment, and honours NO_PROXY', () => {
    const saved = { ...process.env }
    try {
      process.env['HTTPS_PROXY'] = 'http://env-proxy:3128'
      process.env['NO_PROXY'] = '.internal.example'
      expect(proxyFor('https://analytics-omics.us-east-1.amazonaws.com', 'http://input-proxy:8080')).toBe(
        'http://input-proxy:8080'
      )
      expect(proxyFor('https://analytics-omics.us-east-1.amazonaws.com', undefined)).toBe(
        'http://env-proxy:3128'
      )
      expect(proxyFor('https://omics.internal.example', undefined)).toBeUndefined()
    } finally {
      process.env = saved
    }
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
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }
    clients.starter.config.credentials = async () => credentials
    const request = {
      destinationName: 'my_store',
      roleArn: 'arn:aws:iam::123456789012:role/r',
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
