// A failed AWS call explained for the user: the service's words, then what to do. The hint comes from
// the call that failed (call-context.ts), never from what the step was doing before.
import { isIP } from 'node:net'
import { callContextOf, type CallContext } from '../aws/call-context.js'
import { errorKind, errorMessage, errorName, networkCode } from '../aws/aws-errors.js'
import { StartError } from '../shared/errors.js'
import { redact } from '../shared/redact.js'

/** What the step knows beyond the failed call itself. */
export interface StepContext {
  region: string
  roleArn?: string
  waitTimeout?: string
}

export function partitionOf(region: string): { partition: string; console: string } {
  if (region.startsWith('cn-')) return { partition: 'aws-cn', console: 'console.amazonaws.cn' }
  if (region.startsWith('us-gov-'))
    return { partition: 'aws-us-gov', console: 'console.amazonaws-us-gov.com' }
  return { partition: 'aws', console: 'console.aws.amazon.com' }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** The resource a call was about, in words: "store my_store", "job 0123…", "bucket b". */
function resourceOf(call: CallContext): string {
  const input = call.input
  const bucket = text(input['Bucket'])
  if (bucket) return text(input['Key']) ? `s3://${bucket}/${text(input['Key'])}` : `bucket ${bucket}`
  const job = text(input['jobId'])
  if (job) return `job ${job}`
  const store =
    text(input['destinationName']) ??
    text(input['name']) ??
    text(input['filter'] && (input['filter'] as Record<string, unknown>)['storeName'])
  const version = text(input['versionName'])
  if (store && version) return `version ${version} of store ${store}`
  return store ? `store ${store}` : 'the request'
}

function notFoundHint(call: CallContext, region: string): string {
  const input = call.input
  if (call.service === 's3')
    return `No such bucket or object: ${resourceOf(call)}. Check the bucket name and key in items.`
  if (text(input['jobId']))
    return `No annotation import job ${text(input['jobId'])} in ${region}: check the job id and region (jobs are regional).`
  const store = text(input['destinationName']) ?? text(input['name']) ?? '<store>'
  if (text(input['versionName']) && call.operation !== 'GetAnnotationStore')
    return `No version ${text(input['versionName'])} of annotation store ${store} in ${region}: check version-name, destination-name and region.`
  return `No annotation store named ${store} in ${region}: check destination-name and region (stores are regional).`
}

function accessHint(call: CallContext, ctx: StepContext): string {
  const { partition } = partitionOf(ctx.region)
  if (call.service === 's3') {
    const permission = call.operation === 'ListObjectsV2' ? 's3:ListBucket' : 's3:GetObject'
    return `The credentials need ${permission} on ${resourceOf(call)}.`
  }
  if (call.operation === 'StartAnnotationImportJob') {
    const store = text(call.input['destinationName']) ?? '<store>'
    return (
      `The credentials need omics:StartAnnotationImportJob on arn:${partition}:omics:${ctx.region}:<account>:annotationStore/${store}, ` +
      `and iam:PassRole on ${ctx.roleArn ?? 'the role-arn role'} with the condition iam:PassedToService = omics.amazonaws.com. ` +
      `The role's trust policy must allow omics.amazonaws.com to assume it.`
    )
  }
  return `The credentials need omics:${call.operation} (see the IAM policy in the README).`
}

function hintFor(error: unknown, call: CallContext, ctx: StepContext, tries: number | undefined): string {
  const name = errorName(error)
  const message = errorMessage(error)
  const kind = errorKind(error)
  if (
    name === 'AccessDeniedException' ||
    name === 'AccessDenied' ||
    (call.service === 's3' && name === 'Forbidden')
  )
    return accessHint(call, ctx)
  if (['ResourceNotFoundException', 'NoSuchBucket', 'NoSuchKey', 'NotFound'].includes(name))
    return notFoundHint(call, ctx.region)
  if (kind === 'quota')
    return (
      'The concurrent import jobs quota is used up (by default 5 variant or annotation import jobs per region). ' +
      `The step waited for a free slot for up to wait-timeout (${ctx.waitTimeout ?? 'its default'}): raise wait-timeout to wait longer, ` +
      'lower max-concurrency, or ask for a higher quota in Service Quotas (AWS HealthOmics).'
    )
  if (name === 'ValidationException')
    return 'The service rejected the request as sent (its message is above, verbatim); the request JSON is in the log and the request output.'
  if (kind === 'throttle')
    return `Still throttled after ${tries ?? 'several'} tries: raise max-attempts, lower max-concurrency, or run when the account is less busy.`
  if (/credential/i.test(name) || /Could not load credentials/i.test(message))
    return 'No AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (with permissions: id-token: write for OIDC), or set dry-run: offline to check the inputs without AWS.'
  if (
    [
      'UnrecognizedClientException',
      'InvalidSignatureException',
      'ExpiredTokenException',
      'InvalidClientTokenId'
    ].includes(name)
  )
    return 'The service did not accept the credentials: they may have expired, or belong to another partition. Check the credentials step.'
  const network = networkHint(error, call, tries)
  if (network) return network
  if (kind === 'ambiguous')
    return `The service kept failing${tries ? ` (${tries} tries)` : ''}; try again later.`
  return ''
}

/** A call that could not reach its endpoint, or the proxy in front of it. */
function networkHint(error: unknown, call: CallContext, tries: number | undefined): string | undefined {
  const code = networkCode(error)
  if (!code) return undefined
  const after = tries ? ` after ${tries} tries` : ''
  if (call.proxy && proxyUnreachable(error, call.proxy.url))
    return (
      `Could not reach the proxy ${call.proxy.url} (${code}${after}), set by ${call.proxy.source}: ` +
      `check that the proxy runs and that ${call.proxy.source} names it, or list ${hostOf(call.endpoint)} in NO_PROXY to reach it directly.`
    )
  const setting =
    call.service === 's3' ? 'Check AWS_ENDPOINT_URL_S3 (if set)' : 'Check endpoint-url and region'
  return (
    `Could not reach ${call.endpoint} (${code}${after}). ` +
    `${setting}, the runner's network, and the proxy settings (HTTPS_PROXY, NO_PROXY or the http-proxy input).`
  )
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return url
  }
}

/** Pure: whether a network error is the connection to the proxy failing (not the one to the endpoint behind it). */
export function proxyUnreachable(error: unknown, proxy: string): boolean {
  const e = error as { code?: string; address?: string; port?: number; hostname?: string; message?: string }
  let host: string
  let port: string
  try {
    const url = new URL(proxy)
    host = url.hostname.replace(/^\[|\]$/g, '')
    port = url.port || (url.protocol === 'https:' ? '443' : '80')
  } catch {
    return false
  }
  if (!e?.code) return false
  if (e.address !== undefined && e.port !== undefined)
    return String(e.port) === port && (e.address === host || isIP(host) === 0)
  if (e.hostname !== undefined) return e.hostname === host
  return typeof e.message === 'string' && e.message.includes(`${host}:${port}`)
}

/** A one-paragraph explanation of a failed call: which call, on what, at which endpoint, and the fix. */
export function explainError(error: unknown, ctx: StepContext): string {
  const tries = error instanceof StartError ? error.tries : undefined
  const cause = error instanceof StartError ? error.last : error
  const call = callContextOf(cause)
  if (!call) {
    if (/credential/i.test(errorName(cause)))
      return redact(
        `${errorName(cause)}: ${errorMessage(cause)}\n${hintFor(cause, { operation: 'call', service: 'omics', endpoint: '', input: {} }, ctx, tries)}`
      )
    return redact(`The step failed: ${errorMessage(cause)}`)
  }
  const head = `${call.operation} on ${resourceOf(call)} failed: ${errorName(cause)}: ${errorMessage(cause)}`
  const hint = hintFor(cause, call, ctx, tries)
  const detail = error instanceof StartError && error.detail ? `\n${error.detail}` : ''
  return redact(`${head}${hint ? `\n${hint}` : ''}${detail}`)
}
