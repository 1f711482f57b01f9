// report/explain.ts: the failure of a call in words: the call and its resource, the service's message and
// the fix (permissions, region, proxy, wait-timeout).
import { afterEach, describe, expect, it } from '@jest/globals'
import { withCallContext, type CallContext } from '../src/aws/call-context.js'
import { explainError, partitionOf, proxyUnreachable, type StepContext } from '../src/report/explain.js'
import { StartError } from '../src/shared/errors.js'
import { awsError, netError, ROLE_ARN } from './helpers/fixtures.js'

/** A service's error whose message repeats its name, as several services' do. */
const aws = (name: string, status: number): Error => awsError(name, status, `${name}: details`)

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
const saved = process.env['AWS_SECRET_ACCESS_KEY']
afterEach(() => {
  if (saved === undefined) delete process.env['AWS_SECRET_ACCESS_KEY']
  else process.env['AWS_SECRET_ACCESS_KEY'] = saved
})

describe('partitionOf', () => {
  it('the partition and console host of a region', () => {
    expect(partitionOf('cn-north-1')).toEqual({ partition: 'aws-cn', console: 'console.amazonaws.cn' })
    expect(partitionOf('us-gov-west-1')).toEqual({
      partition: 'aws-us-gov',
      console: 'console.amazonaws-us-gov.com'
    })
    expect(partitionOf('eu-west-1')).toEqual({ partition: 'aws', console: 'console.aws.amazon.com' })
    // By the region's start only.
    expect(partitionOf('xx-cn-')).toEqual({ partition: 'aws', console: 'console.aws.amazon.com' })
    expect(partitionOf('xx-us-gov-')).toEqual({ partition: 'aws', console: 'console.aws.amazon.com' })
  })
})

describe('proxies', () => {
  const refused = (port: number): Error =>
    Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:${port}`), {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port
    })
  const call = (
    proxy?: CallContext['proxy'],
    endpoint = 'https://analytics-omics.us-east-1.amazonaws.com'
  ): CallContext => ({
    operation: 'StartAnnotationImportJob',
    service: 'omics',
    endpoint,
    input: { destinationName: 's' },
    ...(proxy && { proxy })
  })

  it('a refused connection to the proxy is the proxy, one to the endpoint is not', () => {
    expect(proxyUnreachable(refused(3128), 'http://127.0.0.1:3128')).toBe(true)
    expect(proxyUnreachable(refused(443), 'http://127.0.0.1:3128')).toBe(false)
    expect(proxyUnreachable(refused(80), 'http://localhost')).toBe(true)
  })

  it('the port of a proxy URL without one is its scheme default', () => {
    expect(proxyUnreachable(refused(443), 'https://127.0.0.1')).toBe(true)
    expect(proxyUnreachable(refused(80), 'https://127.0.0.1')).toBe(false)
    expect(proxyUnreachable(refused(80), 'http://127.0.0.1')).toBe(true)
    expect(proxyUnreachable(refused(443), 'http://127.0.0.1')).toBe(false)
  })

  it('by address: the same IP, or any address for a proxy named by host name; an IPv6 proxy unbracketed', () => {
    const at = (address: string, port: number): unknown => ({ code: 'ECONNREFUSED', address, port })
    expect(proxyUnreachable(at('10.0.0.2', 3128), 'http://10.0.0.1:3128')).toBe(false)
    expect(proxyUnreachable(at('10.0.0.2', 3128), 'http://proxy.internal:3128')).toBe(true)
    expect(proxyUnreachable(at('10.0.0.2', 3129), 'http://proxy.internal:3128')).toBe(false)
    expect(proxyUnreachable(at('::1', 3128), 'http://[::1]:3128')).toBe(true)
    expect(proxyUnreachable(at('::2', 3128), 'http://[::1]:3128')).toBe(false)
  })

  it('by host name (a name that did not resolve), else by the host:port in the message', () => {
    const named = (hostname: string, extra = {}): unknown => ({ code: 'ENOTFOUND', hostname, ...extra })
    expect(proxyUnreachable(named('proxy.internal'), 'http://proxy.internal:3128')).toBe(true)
    expect(proxyUnreachable(named('omics.example'), 'http://proxy.internal:3128')).toBe(false)
    // An address without a port: the host name decides.
    expect(
      proxyUnreachable(named('proxy.internal', { address: '10.0.0.9' }), 'http://proxy.internal:3128')
    ).toBe(true)
    expect(proxyUnreachable(named('proxy.internal', { port: 3128 }), 'http://proxy.internal:3128')).toBe(true)
    expect(proxyUnreachable(named('omics.example', { port: 3128 }), 'http://proxy.internal:3128')).toBe(false)
    const said = (message?: string): unknown => ({
      code: 'ECONNRESET',
      ...(message !== undefined && { message })
    })
    expect(proxyUnreachable(said('socket to proxy.internal:3128 closed'), 'http://proxy.internal:3128')).toBe(
      true
    )
    expect(proxyUnreachable(said('socket to proxy.internal:3129 closed'), 'http://proxy.internal:3128')).toBe(
      false
    )
    expect(proxyUnreachable(said('socket to proxy.internal:80'), 'http://proxy.internal')).toBe(true)
    expect(proxyUnreachable(said(), 'http://proxy.internal:3128')).toBe(false)
  })

  it('not the proxy: no error code, no error at all, or a proxy that is not a URL', () => {
    expect(proxyUnreachable({ address: '127.0.0.1', port: 3128 }, 'http://127.0.0.1:3128')).toBe(false)
    expect(proxyUnreachable(null, 'http://127.0.0.1:3128')).toBe(false)
    expect(proxyUnreachable(undefined, 'http://127.0.0.1:3128')).toBe(false)
    expect(proxyUnreachable(refused(3128), 'not a url')).toBe(false)
  })

  it('explainError names the proxy and where it was set', () => {
    const proxy = { url: 'http://127.0.0.1:3128', source: 'HTTPS_PROXY' }
    const text = explainError(withCallContext(refused(3128), call(proxy)), { region: 'us-east-1' })
    expect(text).toContain(
      'Could not reach the proxy http://127.0.0.1:3128 (ECONNREFUSED), set by HTTPS_PROXY:'
    )
    const direct = explainError(withCallContext(refused(443), call()), { region: 'us-east-1' })
    expect(direct).toContain('Could not reach https://analytics-omics.us-east-1.amazonaws.com (ECONNREFUSED)')
  })

  it('the whole proxy hint: the tries, the setting, and the endpoint host to list in NO_PROXY', () => {
    const proxy = { url: 'http://127.0.0.1:3128', source: 'the http-proxy input' }
    expect(
      explainError(new StartError(withCallContext(refused(3128), call(proxy)), 4), { region: 'us-east-1' })
    ).toBe(
      'StartAnnotationImportJob on store s failed: Error: connect ECONNREFUSED 127.0.0.1:3128\n' +
        'Could not reach the proxy http://127.0.0.1:3128 (ECONNREFUSED after 4 tries), set by the http-proxy input: ' +
        'check that the proxy runs and that the http-proxy input names it, or list analytics-omics.us-east-1.amazonaws.com in NO_PROXY to reach it directly.'
    )
    // An endpoint that is not a URL is named as it is.
    expect(
      explainError(withCallContext(refused(3128), call(proxy, 'endpoint-label')), { region: 'us-east-1' })
    ).toContain('or list endpoint-label in NO_PROXY')
    // A proxy in use that is not the one refused: the endpoint's hint.
    expect(explainError(withCallContext(refused(443), call(proxy)), { region: 'us-east-1' })).toBe(
      'StartAnnotationImportJob on store s failed: Error: connect ECONNREFUSED 127.0.0.1:443\n' +
        'Could not reach https://analytics-omics.us-east-1.amazonaws.com (ECONNREFUSED). ' +
        "Check endpoint-url and region, the runner's network, and the proxy settings (HTTPS_PROXY, NO_PROXY or the http-proxy input)."
    )
  })
})

describe('explainError', () => {
  const ctx: StepContext = { region: 'eu-west-1', roleArn: ROLE_ARN, waitTimeout: '2h' }
  const endpoint = 'https://analytics-omics.eu-west-1.amazonaws.com'
  const call = (
    operation: string,
    input: Record<string, unknown>,
    service: CallContext['service'] = 'omics'
  ) => ({
    operation,
    service,
    endpoint: service === 's3' ? 'https://s3.eu-west-1.amazonaws.com' : endpoint,
    input
  })
  const start = call('StartAnnotationImportJob', { destinationName: 'my_store' })
  const from = <E>(error: E, context: CallContext = start): E => withCallContext(error, context)

  it('names the call and its resource, gives the service message and the fix', () => {
    expect(explainError(from(aws('AccessDeniedException', 403)), ctx)).toBe(
      'StartAnnotationImportJob on store my_store failed: AccessDeniedException: AccessDeniedException: details\n' +
        'The credentials need omics:StartAnnotationImportJob on arn:aws:omics:eu-west-1:<account>:annotationStore/my_store, ' +
        `and iam:PassRole on ${ROLE_ARN} with the condition iam:PassedToService = omics.amazonaws.com. ` +
        "The role's trust policy must allow omics.amazonaws.com to assume it."
    )
    expect(explainError(from(aws('ResourceNotFoundException', 404)), ctx)).toContain(
      'No annotation store named my_store in eu-west-1'
    )
    expect(explainError(new StartError(from(aws('ThrottlingException', 429)), 20), ctx)).toContain(
      'Still throttled after 20 tries'
    )
    expect(explainError(new StartError(from(netError('ECONNREFUSED')), 3), ctx)).toContain(
      `Could not reach ${endpoint} (ECONNREFUSED after 3 tries)`
    )
    expect(explainError(from(aws('ServiceQuotaExceededException', 402)), ctx)).toContain(
      'waited for a free slot for up to wait-timeout (2h): raise wait-timeout'
    )
    const noCredentials = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError'
    })
    expect(explainError(from(noCredentials), ctx)).toContain('aws-actions/configure-aws-credentials')
    expect(explainError(noCredentials, ctx)).toContain('dry-run: offline')
  })

  it('takes the hint from the call that failed: a job not found is not a store not found', () => {
    const status = call('GetAnnotationImportJob', { jobId: '0123abcd-0123-4567-89ab-0123456789ab' })
    const text = explainError(from(aws('ResourceNotFoundException', 404), status), ctx)
    expect(text).toContain('GetAnnotationImportJob on job 0123abcd-0123-4567-89ab-0123456789ab failed')
    expect(text).toContain('No annotation import job 0123abcd-0123-4567-89ab-0123456789ab in eu-west-1')
    expect(text).not.toContain('No annotation store')
    const version = call('GetAnnotationStoreVersion', { name: 'my_store', versionName: 'v_2' })
    expect(explainError(from(aws('ResourceNotFoundException', 404), version), ctx)).toContain(
      'No version v_2 of annotation store my_store in eu-west-1'
    )
  })

  it('an S3 call that cannot connect names the S3 endpoint and its setting, not endpoint-url', () => {
    const list = call('ListObjectsV2', { Bucket: 'my-annotations', Prefix: 'vcf/' }, 's3')
    const text = explainError(from(netError('ECONNREFUSED'), list), ctx)
    expect(text).toContain('ListObjectsV2 on bucket my-annotations failed')
    expect(text).toContain('Could not reach https://s3.eu-west-1.amazonaws.com (ECONNREFUSED)')
    expect(text).toContain('AWS_ENDPOINT_URL_S3')
    expect(text).not.toContain('endpoint-url')
  })

  it('uses the arn partition of the region', () => {
    expect(explainError(from(aws('AccessDeniedException', 403)), { ...ctx, region: 'cn-north-1' })).toContain(
      'arn:aws-cn:omics:cn-north-1'
    )
  })

  it('reports an error that is not from a call by its message alone', () => {
    expect(explainError(new Error('disk full'), ctx)).toBe('The step failed: disk full')
  })

  describe('the resource a call was about', () => {
    const head = (
      operation: string,
      input: Record<string, unknown>,
      service: CallContext['service'] = 'omics'
    ) => explainError(from(awsError('BadRequestException', 400, 'm'), call(operation, input, service)), ctx)
    it.each([
      [{ Bucket: 'b', Key: 'k' }, 's3://b/k'],
      [{ Bucket: 'b' }, 'bucket b'],
      [{ Bucket: 'b', Key: 7 }, 'bucket b'],
      [{ Bucket: 7, jobId: 'j' }, 'job j'],
      [{ jobId: 'j', destinationName: 's' }, 'job j'],
      [{ destinationName: 's', name: 'n' }, 'store s'],
      [{ name: 'n' }, 'store n'],
      [{ filter: { storeName: 'f' } }, 'store f'],
      [{ filter: { storeName: 5 } }, 'the request'],
      [{ filter: {} }, 'the request'],
      [{ name: 'n', versionName: 'v' }, 'version v of store n'],
      [{ destinationName: 's', versionName: 'v' }, 'version v of store s'],
      [{ versionName: 'v' }, 'the request'],
      [{ name: 5 }, 'the request'],
      [{}, 'the request']
    ])('%j is %s', (input, resource) => {
      expect(head('Op', input)).toBe(`Op on ${resource} failed: BadRequestException: m`)
    })
  })

  describe('not found', () => {
    const notFound = (
      name: string,
      operation: string,
      input: Record<string, unknown>,
      service: CallContext['service'] = 'omics'
    ) => explainError(from(aws(name, 404), call(operation, input, service)), ctx).split('\n')[1]
    it.each(['NoSuchBucket', 'NoSuchKey', 'NotFound', 'ResourceNotFoundException'])(
      '%s from S3: the bucket or object',
      name => {
        expect(notFound(name, 'GetObject', { Bucket: 'b', Key: 'k' }, 's3')).toBe(
          'No such bucket or object: s3://b/k. Check the bucket name and key in items.'
        )
      }
    )
    it('from HealthOmics: the job, the version or the store, by what the call asked for', () => {
      expect(notFound('ResourceNotFoundException', 'GetAnnotationImportJob', { jobId: 'j' })).toBe(
        'No annotation import job j in eu-west-1: check the job id and region (jobs are regional).'
      )
      expect(
        notFound('NotFound', 'StartAnnotationImportJob', { destinationName: 's', versionName: 'v' })
      ).toBe(
        'No version v of annotation store s in eu-west-1: check version-name, destination-name and region.'
      )
      expect(
        notFound('ResourceNotFoundException', 'GetAnnotationStore', { name: 's', versionName: 'v' })
      ).toBe(
        'No annotation store named s in eu-west-1: check destination-name and region (stores are regional).'
      )
      expect(
        notFound('ResourceNotFoundException', 'StartAnnotationImportJob', { destinationName: 's' })
      ).toBe(
        'No annotation store named s in eu-west-1: check destination-name and region (stores are regional).'
      )
      expect(notFound('ResourceNotFoundException', 'GetAnnotationStore', { name: 'n' })).toBe(
        'No annotation store named n in eu-west-1: check destination-name and region (stores are regional).'
      )
      expect(notFound('ResourceNotFoundException', 'X', { versionName: 'v' })).toBe(
        'No version v of annotation store <store> in eu-west-1: check version-name, destination-name and region.'
      )
      expect(notFound('ResourceNotFoundException', 'X', {})).toBe(
        'No annotation store named <store> in eu-west-1: check destination-name and region (stores are regional).'
      )
    })
  })

  describe('access denied', () => {
    const hint = (
      name: string,
      operation: string,
      input: Record<string, unknown>,
      service: CallContext['service'] = 'omics',
      c = ctx
    ) => explainError(from(aws(name, 403), call(operation, input, service)), c).split('\n')[1]
    it('S3: ListBucket for a listing, GetObject for anything else; Forbidden is S3 access denied', () => {
      expect(hint('AccessDenied', 'ListObjectsV2', { Bucket: 'b' }, 's3')).toBe(
        'The credentials need s3:ListBucket on bucket b.'
      )
      expect(hint('Forbidden', 'HeadObject', { Bucket: 'b', Key: 'k' }, 's3')).toBe(
        'The credentials need s3:GetObject on s3://b/k.'
      )
      expect(hint('AccessDeniedException', 'GetObject', { Bucket: 'b', Key: 'k' }, 's3')).toBe(
        'The credentials need s3:GetObject on s3://b/k.'
      )
    })
    it('HealthOmics: the operation, or for Start the store ARN, PassRole and the trust policy', () => {
      expect(hint('AccessDenied', 'GetAnnotationStore', { name: 's' })).toBe(
        'The credentials need omics:GetAnnotationStore (see the IAM policy in the README).'
      )
      // Forbidden is S3's word: from HealthOmics it gets no access hint.
      expect(explainError(from(aws('Forbidden', 403), call('GetAnnotationStore', { name: 's' })), ctx)).toBe(
        'GetAnnotationStore on store s failed: Forbidden: Forbidden: details'
      )
      expect(
        hint('AccessDeniedException', 'StartAnnotationImportJob', {}, 'omics', { region: 'us-gov-west-1' })
      ).toBe(
        'The credentials need omics:StartAnnotationImportJob on arn:aws-us-gov:omics:us-gov-west-1:<account>:annotationStore/<store>, ' +
          'and iam:PassRole on the role-arn role with the condition iam:PassedToService = omics.amazonaws.com. ' +
          "The role's trust policy must allow omics.amazonaws.com to assume it."
      )
    })
  })

  describe('the other hints', () => {
    const get = call('GetAnnotationStore', { name: 's' })
    const lines = (error: unknown): string[] => explainError(error, ctx).split('\n')
    it('the quota: how long it waited for a slot, and how to wait longer', () => {
      const quota =
        'The concurrent import jobs quota is used up (by default 5 variant or annotation import jobs per region). ' +
        'The step waited for a free slot for up to wait-timeout (2h): raise wait-timeout to wait longer, ' +
        'lower max-concurrency, or ask for a higher quota in Service Quotas (AWS HealthOmics).'
      expect(lines(from(aws('ServiceQuotaExceededException', 400), get))[1]).toBe(quota)
      expect(lines(from(aws('LimitExceeded', 402), get))[1]).toBe(quota)
      expect(explainError(from(aws('LimitExceeded', 402), get), { region: 'eu-west-1' }).split('\n')[1]).toBe(
        quota.replace('(2h)', '(its default)')
      )
    })
    it('a validation error: the message is the service’s, the request is in the log', () => {
      expect(lines(from(aws('ValidationException', 400), get))[1]).toBe(
        'The service rejected the request as sent (its message is above, verbatim); the request JSON is in the log and the request output.'
      )
    })
    it('throttled: after how many tries, or several', () => {
      const throttled = (tries: string): string =>
        `Still throttled after ${tries} tries: raise max-attempts, lower max-concurrency, or run when the account is less busy.`
      expect(lines(from(aws('ThrottlingException', 400), get))[1]).toBe(throttled('several'))
      expect(lines(from(aws('SlowDown', 429), get))[1]).toBe(throttled('several'))
      expect(lines(new StartError(from(aws('SlowDown', 429), get), 6))[1]).toBe(throttled('6'))
    })
    it('no credentials, by the error name or its message', () => {
      const none =
        'No AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (with permissions: id-token: write for OIDC), or set dry-run: offline to check the inputs without AWS.'
      const byMessage = Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'Error'
      })
      expect(lines(from(byMessage, get))).toEqual([
        'GetAnnotationStore on store s failed: Error: Could not load credentials from any providers',
        none
      ])
      const byName = Object.assign(new Error('nothing'), { name: 'CredentialsProviderError' })
      expect(lines(from(byName, get))[1]).toBe(none)
    })
    it.each([
      'UnrecognizedClientException',
      'InvalidSignatureException',
      'ExpiredTokenException',
      'InvalidClientTokenId'
    ])('%s: credentials the service did not accept', name => {
      expect(lines(from(aws(name, 403), get))[1]).toBe(
        'The service did not accept the credentials: they may have expired, or belong to another partition. Check the credentials step.'
      )
    })
    it('a server that kept failing, with the tries when known', () => {
      expect(lines(from(aws('InternalServerException', 500), get))).toEqual([
        'GetAnnotationStore on store s failed: InternalServerException: InternalServerException: details',
        'The service kept failing; try again later.'
      ])
      expect(lines(new StartError(from(aws('InternalServerException', 500), get), 4))[1]).toBe(
        'The service kept failing (4 tries); try again later.'
      )
    })
    it('a connection that failed on the way: after how many tries', () => {
      expect(lines(from(netError('ECONNRESET'), get))[1]).toBe(
        `Could not reach ${endpoint} (ECONNRESET). Check endpoint-url and region, the runner's network, and the proxy settings (HTTPS_PROXY, NO_PROXY or the http-proxy input).`
      )
    })
    it('no hint for an error it knows nothing more about', () => {
      expect(explainError(from(aws('ConflictException', 409), get), ctx)).toBe(
        'GetAnnotationStore on store s failed: ConflictException: ConflictException: details'
      )
    })
  })

  it("a Start that failed for good: its last error's call, the tries, and its detail on a line of its own", () => {
    const last = from(aws('InternalServerException', 500))
    expect(explainError(new StartError(last, 3, 'No job was found for it afterwards.'), ctx)).toBe(
      'StartAnnotationImportJob on store my_store failed: InternalServerException: InternalServerException: details\n' +
        'The service kept failing (3 tries); try again later.\n' +
        'No job was found for it afterwards.'
    )
    expect(explainError(new StartError(from(aws('ConflictException', 409)), 1, 'detail'), ctx)).toBe(
      'StartAnnotationImportJob on store my_store failed: ConflictException: ConflictException: details\ndetail'
    )
    expect(explainError(new StartError(new Error('no call'), 1), ctx)).toBe('The step failed: no call')
  })

  it('a credentials error from no call: its name, message and the hint', () => {
    const error = Object.assign(new Error('Could not load credentials'), { name: 'CredentialsProviderError' })
    expect(explainError(error, ctx)).toBe(
      'CredentialsProviderError: Could not load credentials\n' +
        'No AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (with permissions: id-token: write for OIDC), or set dry-run: offline to check the inputs without AWS.'
    )
    expect(explainError('a string thrown', ctx)).toBe('The step failed: a string thrown')
  })

  it('redacts a secret the message carries, on every path', () => {
    process.env['AWS_SECRET_ACCESS_KEY'] = SECRET
    expect(explainError(from(awsError('BadRequest', 400, `bad ${SECRET}`)), ctx)).toBe(
      'StartAnnotationImportJob on store my_store failed: BadRequest: bad ***'
    )
    expect(explainError(new Error(`bad ${SECRET}`), ctx)).toBe('The step failed: bad ***')
    const noCredentials = Object.assign(new Error(`no ${SECRET}`), { name: 'CredentialsProviderError' })
    expect(explainError(noCredentials, ctx).split('\n')[0]).toBe('CredentialsProviderError: no ***')
  })
})
