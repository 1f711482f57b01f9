// report/explain.ts: the failure of a call in words: the call and its resource, the service's message and
// the fix (permissions, region, proxy, wait-timeout).
import { describe, expect, it } from '@jest/globals'
import { withCallContext, type CallContext } from '../src/aws/call-context.js'
import { explainError, proxyUnreachable } from '../src/report/explain.js'
import { StartError } from '../src/shared/errors.js'
import { awsError, netError, ROLE_ARN } from './helpers/fixtures.js'

/** A service's error whose message repeats its name, as several services' do. */
const aws = (name: string, status: number): Error => awsError(name, status, `${name}: details`)

describe('proxies', () => {
  const refused = (port: number): Error =>
    Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:${port}`), {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port
    })
  const call = (proxy?: CallContext['proxy']): CallContext => ({
    operation: 'StartAnnotationImportJob',
    service: 'omics',
    endpoint: 'https://analytics-omics.us-east-1.amazonaws.com',
    input: { destinationName: 's' },
    ...(proxy && { proxy })
  })

  it('a refused connection to the proxy is the proxy, one to the endpoint is not', () => {
    expect(proxyUnreachable(refused(3128), 'http://127.0.0.1:3128')).toBe(true)
    expect(proxyUnreachable(refused(443), 'http://127.0.0.1:3128')).toBe(false)
    expect(proxyUnreachable(refused(80), 'http://localhost')).toBe(true)
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
})

describe('explainError', () => {
  const ctx = { region: 'eu-west-1', roleArn: ROLE_ARN, waitTimeout: '2h' }
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
})
