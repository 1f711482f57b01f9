// The one place that builds AWS clients: region, endpoint (+ disableHostPrefix), retries, proxy, user
// agent, and the instrumentation every call gets (error context, the service's clock).
import type { Agent } from 'node:http'
import { OmicsClient } from '@aws-sdk/client-omics'
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { getProxyForUrl } from 'proxy-from-env'
import { instrumentation, proxyInfo, type ServiceClock } from './call-context.js'
import type { ConnectionInputs } from './inputs.js'
import { ACTION_NAME, ACTION_VERSION } from './version.js'

export interface Clients {
  /**
   * Reads, cancels and creates: safe to repeat, so the SDK's standard retry applies (exponential backoff
   * with full jitter, max-attempts tries). Not its adaptive mode: that token bucket drops to 0.5 calls/s
   * after a few 429s and holds status polling back far longer than our own loop's backoff does.
   */
  omics: OmicsClient
  /**
   * StartAnnotationImportJob only: no SDK retries. The operation has no idempotency token, so a blind
   * retry after a lost response could start a second job; start.ts retries it after checking.
   */
  starter: OmicsClient
  endpointLabel: string
  proxied: boolean
  /** Closes the clients that were used (each is built on first use: a single submit never builds `omics`). */
  destroy(): void
}

/** The proxy for `target`: the http-proxy input, else what the runner's HTTPS_PROXY/HTTP_PROXY/NO_PROXY say. */
export function proxyFor(target: string, explicit: string | undefined): string | undefined {
  return explicit || getProxyForUrl(target) || undefined
}

/** The URL the SDK will call, for proxy decisions and error messages. */
export function serviceUrl(
  inputs: Pick<ConnectionInputs, 'region' | 'endpointUrl'>,
  service = 'omics'
): string {
  if (inputs.endpointUrl) return inputs.endpointUrl
  const suffix = inputs.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
  return service === 'omics'
    ? `https://analytics-omics.${inputs.region}.${suffix}`
    : `https://${service}.${inputs.region}.${suffix}`
}

/** A Node HTTP handler, through a proxy agent when `proxy` is set (loaded only then: it is large). */
async function createRequestHandler(proxy: string | undefined): Promise<NodeHttpHandler> {
  const timeouts = { connectionTimeout: 10_000, requestTimeout: 60_000 }
  if (!proxy) return new NodeHttpHandler(timeouts)
  const { ProxyAgent } = await import('proxy-agent')
  // No keep-alive: a reused socket to an HTTP proxy would skip the absolute-URL rewrite of later requests.
  const agent = new ProxyAgent({ getProxyForUrl: () => proxy }) as unknown as Agent
  return new NodeHttpHandler({ ...timeouts, httpAgent: agent, httpsAgent: agent })
}

const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION}`

export async function createClients(inputs: ConnectionInputs, clock?: ServiceClock): Promise<Clients> {
  const target = serviceUrl(inputs)
  const proxy = proxyFor(target, inputs.httpProxy)
  const requestHandler = await createRequestHandler(proxy)
  const common = {
    region: inputs.region,
    requestHandler,
    customUserAgent: USER_AGENT,
    // Without this the SDK sends annotation calls to analytics-<endpoint host>, which does not resolve
    // for a VPC endpoint URL or a local stand-in.
    ...(inputs.endpointUrl !== undefined && { endpoint: inputs.endpointUrl, disableHostPrefix: true })
  }
  const instrumented = (client: OmicsClient): OmicsClient => {
    client.middlewareStack.use(
      instrumentation('omics', target, clock, proxyInfo(target, proxy, inputs.httpProxy))
    )
    return client
  }
  let omics: OmicsClient | undefined
  let starter: OmicsClient | undefined
  return {
    get omics() {
      return (omics ??= instrumented(
        new OmicsClient({ ...common, maxAttempts: inputs.maxAttempts, retryMode: 'standard' })
      ))
    },
    get starter() {
      return (starter ??= instrumented(new OmicsClient({ ...common, maxAttempts: 1 })))
    },
    endpointLabel: target,
    proxied: proxy !== undefined,
    destroy() {
      omics?.destroy()
      starter?.destroy()
    }
  }
}

/** Where S3 calls go: the SDK's standard AWS_ENDPOINT_URL_S3 (or AWS_ENDPOINT_URL), else S3's own. */
export function s3Endpoint(
  region: string,
  env: Record<string, string | undefined> = process.env
): { url: string; custom: boolean } {
  const endpointUrl = env['AWS_ENDPOINT_URL_S3'] ?? env['AWS_ENDPOINT_URL']
  return {
    url: serviceUrl({ region, ...(endpointUrl !== undefined && { endpointUrl }) }, 's3'),
    custom: endpointUrl !== undefined
  }
}

/**
 * The S3 client for wildcard items and file checks. The caller loads the S3 module and passes its class,
 * so only the start bundle carries that chunk, and loads it only when S3 is needed. With a custom
 * endpoint, path-style: S3-compatible or local endpoints seldom serve virtual-hosted bucket names.
 */
export async function createS3Client(
  S3: new (config: S3ClientConfig) => S3Client,
  inputs: ConnectionInputs
): Promise<S3Client> {
  const { url: target, custom } = s3Endpoint(inputs.region)
  const client = new S3({
    region: inputs.region,
    requestHandler: await createRequestHandler(proxyFor(target, inputs.httpProxy)),
    customUserAgent: USER_AGENT,
    maxAttempts: inputs.maxAttempts,
    retryMode: 'standard',
    // A bucket in another region is followed rather than reported as missing.
    followRegionRedirects: true,
    ...(custom && { forcePathStyle: true })
  })
  client.middlewareStack.use(
    instrumentation(
      's3',
      target,
      undefined,
      proxyInfo(target, proxyFor(target, inputs.httpProxy), inputs.httpProxy)
    )
  )
  return client
}
