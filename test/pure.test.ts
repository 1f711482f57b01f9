// The pure helpers behind what a user reads: error classes and hints, redaction, the summary, glob
// matching, format checks, and the verdict over several jobs.
import { describe, expect, it } from '@jest/globals'
import { classify } from '../src/aws/aws-errors.js'
import { plural, thousands } from '../src/shared/text.js'
import { type CallContext, withCallContext } from '../src/aws/call-context.js'
import { runUrl } from '../src/report/emit.js'
import { explainError } from '../src/report/explain.js'
import { StartError } from '../src/shared/errors.js'
import type { FollowedJob } from '../src/phases/follow.js'
import { followFailureLines } from '../src/report/follow-report.js'
import { overallStatus } from '../src/model/job-status.js'
import { readWaitInputs } from '../src/inputs/inputs.js'
import { formatFindings } from '../src/phases/preflight.js'
import { startResult } from '../src/report/start-result.js'
import { VersionError } from '../src/phases/store-version.js'
import { InputError } from '../src/shared/errors.js'
import { redact } from '../src/shared/redact.js'
import { storeConsoleUrl, summaryMarkdown } from '../src/report/summary.js'
import { globToRegExp } from '../src/phases/wildcards.js'

const aws = (
  name: string,
  status: number,
  fault: 'client' | 'server' = status >= 500 ? 'server' : 'client'
) =>
  Object.assign(new Error(`${name}: details`), { name, $fault: fault, $metadata: { httpStatusCode: status } })
const net = (code: string, message = code) => Object.assign(new Error(message), { code })

describe('classify', () => {
  it.each([
    [aws('ThrottlingException', 429), 'throttle'],
    [aws('ServiceQuotaExceededException', 402), 'quota'],
    [aws('InternalServerException', 500), 'ambiguous'],
    [aws('ServiceUnavailable', 503), 'ambiguous'],
    [net('ECONNRESET'), 'ambiguous'],
    [new Error('socket hang up'), 'ambiguous'],
    [Object.assign(new Error('timed out'), { name: 'TimeoutError' }), 'ambiguous'],
    [net('ECONNREFUSED'), 'unsent'],
    [net('ENOTFOUND'), 'unsent'],
    [aws('AccessDeniedException', 403), 'fatal'],
    [aws('ValidationException', 400), 'fatal'],
    [new Error('plain bug'), 'fatal']
  ])('%s -> %s', (error, kind) => expect(classify(error)).toBe(kind))
})

describe('explainError', () => {
  const ctx = { region: 'eu-west-1', roleArn: 'arn:aws:iam::123456789012:role/R', waitTimeout: '2h' }
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
        'and iam:PassRole on arn:aws:iam::123456789012:role/R with the condition iam:PassedToService = omics.amazonaws.com. ' +
        "The role's trust policy must allow omics.amazonaws.com to assume it."
    )
    expect(explainError(from(aws('ResourceNotFoundException', 404)), ctx)).toContain(
      'No annotation store named my_store in eu-west-1'
    )
    expect(explainError(new StartError(from(aws('ThrottlingException', 429)), 20), ctx)).toContain(
      'Still throttled after 20 tries'
    )
    expect(explainError(new StartError(from(net('ECONNREFUSED')), 3), ctx)).toContain(
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
    const text = explainError(from(net('ECONNREFUSED'), list), ctx)
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

describe('redact', () => {
  const env = {
    AWS_SECRET_ACCESS_KEY: 'very/secret+key',
    AWS_SESSION_TOKEN: 'token-token-token',
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE123'
  }
  it('removes credential values and signatures wherever they stand', () => {
    const text =
      'Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE123/20260101/us-east-1/omics/aws4_request, SignedHeaders=host, ' +
      `Signature=${'ab'.repeat(32)} x-amz-security-token:token-token-token key=very/secret+key`
    const out = redact(text, env)
    for (const secret of Object.values(env)) expect(out).not.toContain(secret)
    expect(out).not.toContain('ab'.repeat(32))
    expect(out).toContain('Signature=***')
  })
  it('leaves ordinary text alone', () => expect(redact('job 1 COMPLETED', env)).toBe('job 1 COMPLETED'))
  it.each(Object.entries(env))('removes the bare value of %s from any message', (_name, value) => {
    expect(redact(`the service said: ${value} was rejected`, env)).toBe('the service said: *** was rejected')
  })
})

describe('summary', () => {
  it('links the store in the console of its partition', () => {
    expect(storeConsoleUrl('us-east-1', 'my_store')).toBe(
      'https://us-east-1.console.aws.amazon.com/omics/home?region=us-east-1#/annotation-stores/my_store'
    )
    expect(storeConsoleUrl('cn-north-1', 's')).toMatch(/^https:\/\/cn-north-1\.console\.amazonaws\.cn\//)
    expect(storeConsoleUrl('us-gov-west-1', 's')).toMatch(
      /^https:\/\/us-gov-west-1\.console\.amazonaws-us-gov\.com\//
    )
  })

  it('builds the run link from the runner variables, or none', () => {
    expect(
      runUrl({ GITHUB_SERVER_URL: 'https://ghe.example.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' })
    ).toBe('https://ghe.example.com/o/r/actions/runs/7')
    expect(runUrl({})).toBeUndefined()
  })

  it('shows each job with its items, run time and time waited, escaping table cells', () => {
    const one = summaryMarkdown({
      title: 'Annotation import',
      storeName: 's',
      region: 'us-east-1',
      jobs: [
        {
          jobId: 'j1',
          items: ['s3://b-1/a|b.vcf'],
          status: 'COMPLETED',
          runMs: 3_600_000,
          waitedMs: 75_000,
          itemStatuses: [{ source: 's3://b-1/a|b.vcf', jobStatus: 'COMPLETED' }]
        }
      ]
    })
    expect(one).toContain('| `j1` | COMPLETED | 1h 0m | 1m 15s | s3\\:\\/\\/b\\-1\\/a\\|b\\.vcf |')
    const batch = summaryMarkdown({
      title: 'Annotation import',
      region: 'us-east-1',
      failure: '1 problem with the inputs',
      jobs: [
        { jobId: 'j1', items: ['s3://b-1/a.vcf'], status: 'SUBMITTED' },
        { items: ['s3://b-1/b.vcf'], status: 'skipped (job j0)' }
      ]
    })
    expect(batch).toContain('| `j1` | SUBMITTED |  |  | s3\\:\\/\\/b\\-1\\/a\\.vcf |')
    expect(batch).toContain('| — | skipped \\(job j0\\) |  |  | s3\\:\\/\\/b\\-1\\/b\\.vcf |')
    expect(batch).toContain('**Failed**\n\n```\n1 problem with the inputs\n```')
  })
})

describe('globToRegExp', () => {
  it.each([
    ['dir/*.vcf', 'dir/a.vcf', true],
    ['dir/*.vcf', 'dir/sub/a.vcf', false],
    ['dir/**/*.vcf', 'dir/a.vcf', true],
    ['dir/**/*.vcf', 'dir/x/y/a.vcf', true],
    ['dir/**', 'dir/x/y', true],
    ['s?.vcf', 's1.vcf', true],
    ['s?.vcf', 's10.vcf', false],
    ['a+b(1).vcf', 'a+b(1).vcf', true],
    ['a.vcf', 'abvcf', false]
  ])('%s matches %s: %s', (pattern, key, expected) => expect(globToRegExp(pattern).test(key)).toBe(expected))
})

describe('formatFindings', () => {
  it('errors on another format, warns on an unknown extension', () => {
    const found = formatFindings('TSV', 'st', {}, [
      's3://b-1/a.tsv.gz',
      's3://b-1/b.vcf',
      's3://b-1/c.gff3',
      's3://b-1/d.parquet',
      's3://b-1/e.BED'
    ])
    expect(found.errors.map(e => e.message)).toEqual([
      's3://b-1/b.vcf looks like a VCF file, but st is a TSV store',
      's3://b-1/c.gff3 looks like a GFF file, but st is a TSV store'
    ])
    expect(found.warnings).toEqual([
      'items: s3://b-1/d.parquet has an extension not usual for a TSV store; importing it anyway'
    ])
  })
  it('GFF stores take neither option set', () => {
    expect(
      formatFindings('GFF', 'g', { formatOptions: { vcfOptions: {} } }, []).errors.map(e => e.input)
    ).toEqual(['format-options'])
  })
})

describe('several jobs', () => {
  const wait = { allowPartial: false, cancelOnTimeout: false }
  it('status output is the most serious status', () => {
    expect(overallStatus(['COMPLETED', 'COMPLETED'])).toBe('COMPLETED')
    expect(overallStatus(['COMPLETED', 'IN_PROGRESS', 'COMPLETED_WITH_FAILURES'])).toBe(
      'COMPLETED_WITH_FAILURES'
    )
    expect(overallStatus(['CANCELLED', 'FAILED'])).toBe('FAILED')
    expect(overallStatus(['COMPLETED', 'NOT_STARTED'])).toBe('NOT_STARTED')
  })
  it('the failure names each job that did not succeed, and what happens to unfinished ones', () => {
    const followed: FollowedJob[] = [
      { jobId: 'a', items: [], outcome: 'success', last: { status: 'COMPLETED' }, waitedMs: 5 },
      {
        jobId: 'b',
        items: [],
        outcome: 'failure',
        last: {
          status: 'COMPLETED_WITH_FAILURES',
          statusMessage: 'bad row',
          items: [{ source: 's3://b-1/x', jobStatus: 'FAILED' }]
        },
        waitedMs: 5
      },
      { jobId: 'c', items: [], outcome: 'timeout', last: { status: 'IN_PROGRESS' }, waitedMs: 61_000 }
    ]
    expect(followFailureLines(followed, wait, { region: 'us-east-1' })).toEqual([
      'Job b ended COMPLETED_WITH_FAILURES: bad row [s3://b-1/x: FAILED]',
      'Job c had not ended after waiting 1m 1s (wait-timeout); last status IN_PROGRESS',
      'The job keeps running: c (set cancel-on-timeout: true to cancel instead)',
      'Some items failed (COMPLETED_WITH_FAILURES); set allow-partial: true to accept that.'
    ])
    expect(followFailureLines(followed.slice(0, 1), wait, { region: 'us-east-1' })).toEqual([])
  })
})

describe('counts in messages', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [2500, '2,500'],
    [1_000_000, '1,000,000']
  ])('%i -> %s', (count, text) => expect(thousands(count)).toBe(text))
  it('says "1 item" and "2 items"', () => {
    expect(plural(1, 'item')).toBe('1 item')
    expect(plural(2500, 'job')).toBe('2,500 jobs')
  })
})

describe('outputs on every path', () => {
  it('status is NOT_STARTED, the job lists and request [] when the step stops before starting', () => {
    const outputs = startResult({ notes: [] }, new InputError([{ input: 'items', message: 'bad' }])).outputs
    expect(outputs).toMatchObject({ status: 'NOT_STARTED', 'job-ids': '[]', jobs: '[]', request: '[]' })
  })

  it('a failed version phase still gives version-created and version-arn', () => {
    const version = { versionName: 'v1', created: true, status: 'FAILED', arn: 'arn:aws:omics:v1' }
    const outputs = startResult({ notes: [] }, new VersionError('Version v1 is FAILED', version)).outputs
    expect(outputs).toMatchObject({ 'version-created': 'true', 'version-arn': 'arn:aws:omics:v1' })
  })

  it("wait/ job-ids: '[]' is an input error naming job-ids", () => {
    const get = (name: string): string => (name === 'job-ids' ? '[]' : '')
    expect(() => readWaitInputs(get, { AWS_REGION: 'us-east-1' })).toThrow(/job-ids: has no job id/)
  })
})
