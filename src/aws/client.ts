// The one place that builds AWS clients: region, endpoint (+ disableHostPrefix), retries, proxy, user
// agent, and the instrumentation every call gets (error context, the service's clock).
import type { Agent } from 'node:http'
import { OmicsClient } from '@aws-sdk/client-omics'
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import type { AwsCredentialIdentityProvider, RetryStrategyV2 } from '@smithy/types'
import { getProxyForUrl } from 'proxy-from-env'
import { instrumentation, proxyInfo, type ServiceClock } from './call-context.js'
import type { ConnectionInputs } from '../inputs/inputs.js'
import { ACTION_NAME, ACTION_VERSION } from '../shared/version.js'
import { StepError } from '../shared/errors.js'
import { proxyProblem } from '../inputs/endpoints.js'

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

/**
 * Time bounds of every HTTP call. The connection must be up within CONNECT_TIMEOUT_MS (an AWS endpoint or
 * a proxy answers a TCP connect in milliseconds; 10 s allows a slow proxy or a VPC endpoint's first DNS).
 * The whole request (connect, send, answer headers) is cut off at request-timeout: without
 * throwOnRequestTimeout the handler only logs a warning and the call hangs on. A socket that goes quiet
 * while a body is read is closed after the same time.
 */
export const CONNECT_TIMEOUT_MS = 10_000

export function handlerTimeouts(requestTimeoutMs: number): {
  connectionTimeout: number
  requestTimeout: number
  socketTimeout: number
  throwOnRequestTimeout: true
} {
  return {
    connectionTimeout: Math.min(CONNECT_TIMEOUT_MS, requestTimeoutMs),
    requestTimeout: requestTimeoutMs,
    socketTimeout: requestTimeoutMs,
    throwOnRequestTimeout: true
  }
}

/**
 * A Node HTTP handler, through HTTP(S) proxy agents when `proxy` is set (loaded only then). Only
 * http:// and https:// proxies: the inputs refuse any other, and this never hands one to an agent (no PAC
 * script is fetched, no SOCKS or FTP code is bundled).
 */
async function createRequestHandler(
  proxy: string | undefined,
  requestTimeoutMs: number
): Promise<NodeHttpHandler> {
  const timeouts = handlerTimeouts(requestTimeoutMs)
  if (!proxy) return new NodeHttpHandler(timeouts)
  // The inputs check http-proxy and the proxy variables with the same rule; a proxy reaching here unchecked
  // is still never handed to an agent.
  const problem = proxyProblem(proxy, 'http://proxy.example.com:3128')
  if (problem)
    throw new StepError(`Proxy: ${problem}; not used (set http-proxy, or HTTPS_PROXY / HTTP_PROXY)`)
  const [{ HttpProxyAgent }, { HttpsProxyAgent }] = await Promise.all([
    import('http-proxy-agent'),
    import('https-proxy-agent')
  ])
  // No keep-alive: a reused socket to an HTTP proxy would skip the absolute-URL rewrite of later requests.
  return new NodeHttpHandler({
    ...timeouts,
    httpAgent: new HttpProxyAgent(proxy) as unknown as Agent,
    httpsAgent: new HttpsProxyAgent(proxy) as unknown as Agent
  })
}

const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION}`

/** role-to-assume: one provider for every client of the step, so they share one set of credentials. */
const roleProviders = new WeakMap<ConnectionInputs, Promise<AwsCredentialIdentityProvider>>()

/** The credentials setting of a client: role-to-assume's provider (loaded only then), else the SDK's chain. */
async function credentialsSetting(
  inputs: ConnectionInputs
): Promise<{ credentials?: AwsCredentialIdentityProvider }> {
  const role = inputs.assumeRole
  if (!role) return {}
  let provider = roleProviders.get(inputs)
  if (!provider) {
    provider = (async () => {
      const { githubIdToken, roleCredentials } = await import('./credentials.js')
      // STS where the SDK's standard settings send it: AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, else regional.
      const sts =
        process.env['AWS_ENDPOINT_URL_STS'] ??
        process.env['AWS_ENDPOINT_URL'] ??
        serviceUrl({ region: inputs.region }, 'sts')
      const oidc =
        process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] ?? 'https://token.actions.githubusercontent.com'
      const oidcHandler = await createRequestHandler(
        proxyFor(oidc, inputs.httpProxy),
        inputs.requestTimeoutMs
      )
      return roleCredentials(role, {
        region: inputs.region,
        requestHandler: await createRequestHandler(proxyFor(sts, inputs.httpProxy), inputs.requestTimeoutMs),
        requestTimeoutMs: inputs.requestTimeoutMs,
        getIdToken: audience => githubIdToken(audience, oidcHandler)
      })
    })()
    roleProviders.set(inputs, provider)
  }
  return { credentials: await provider }
}

export async function createClients(inputs: ConnectionInputs, clock?: ServiceClock): Promise<Clients> {
  const target = serviceUrl(inputs)
  const proxy = proxyFor(target, inputs.httpProxy)
  const requestHandler = await createRequestHandler(proxy, inputs.requestTimeoutMs)
  const common = {
    region: inputs.region,
    requestHandler,
    ...(await credentialsSetting(inputs)),
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
    ...(await credentialsSetting(inputs)),
    requestHandler: await createRequestHandler(proxyFor(target, inputs.httpProxy), inputs.requestTimeoutMs),
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
  // The SDK's standard retry, except for an endpoint that cannot be resolved or reached at all: a DNS
  // failure or a refused connection does not mend in the backoff's half second, so the file checks give
  // up at once with their one warning instead of retrying it for every file in flight.
  const standard = client.config.retryStrategy
  client.config.retryStrategy = async () => {
    const strategy = await standard()
    return 'refreshRetryTokenForRetry' in strategy ? unreachableNotRetried(strategy) : strategy
  }
  return client
}

const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED'])

function unreachableNotRetried(strategy: RetryStrategyV2): RetryStrategyV2 {
  return {
    acquireInitialRetryToken: scope => strategy.acquireInitialRetryToken(scope),
    refreshRetryTokenForRetry: (token, info) =>
      UNREACHABLE.has((info.error as { code?: string } | undefined)?.code ?? '')
        ? Promise.reject(info.error as Error)
        : strategy.refreshRetryTokenForRetry(token, info),
    recordSuccess: token => strategy.recordSuccess(token)
  }
}
