// Outputs that mean one thing on every path (issue 18, items 5 and 6): status is set however the step
// ends, request has one shape when nothing is sent, jobs entries carry only the documented fields, a
// version this run created is reported even when it fails, the summary agrees with a cancel, and wait/
// reports the jobs that exist when another id is unknown.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, WAIT_ACTION, startInputs } from '../helpers/run-action.js'
import { summaryText } from '../helpers/summary-text.js'

const emu = useEmulator({ buckets: { 'my-annotations': ['a.vcf.gz', 'b.vcf.gz'] } })
const S3_ENV = () => ({ AWS_ENDPOINT_URL_S3: emu.url })
const JOB_FIELDS = ['jobId', 'items', 'status', 'statusMessage']
const parse = (text: string | undefined): unknown => JSON.parse(text ?? '')

describe('status is set on every path of the start action', () => {
  it.each([
    ['an input error', { 'destination-name': 'Not A Store!' }, 'destination-name:'],
    ['a preflight failure', { 'destination-name': 'no_such_store' }, 'no_such_store'],
    ['a file-check failure', { items: 's3://my-annotations/missing.vcf.gz' }, 'missing.vcf.gz']
  ])('NOT_STARTED on %s, with empty job lists', async (_what, extra, named) => {
    const result = await runAction(START_ACTION, startInputs(emu.url, extra), { env: S3_ENV() })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(named)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    expect(result.outputs).toMatchObject({ status: 'NOT_STARTED', 'job-ids': '[]', jobs: '[]' })
  })

  it('DRY_RUN on a dry run, each planned job {items, status: DRY_RUN}', async () => {
    const result = await runAction(START_ACTION, startInputs(emu.url, { 'dry-run': 'true' }), {
      env: S3_ENV()
    })
    expect(result.code).toBe(0)
    expect(result.outputs['status']).toBe('DRY_RUN')
    expect(parse(result.outputs['jobs'])).toEqual([
      { items: ['s3://my-annotations/a.vcf.gz'], status: 'DRY_RUN' }
    ])
  })
})

describe('request when every item is skipped', () => {
  it('is [] with one job and with one job per item alike, status SKIPPED', async () => {
    for (const perItem of ['false', 'true']) {
      emu.state.reset()
      emu.state.addJob({ sources: ['s3://my-annotations/a.vcf.gz', 's3://my-annotations/b.vcf.gz'] })
      const result = await runAction(
        START_ACTION,
        startInputs(emu.url, {
          items: 's3://my-annotations/a.vcf.gz\ns3://my-annotations/b.vcf.gz',
          'skip-imported': 'true',
          'one-job-per-item': perItem
        }),
        { env: S3_ENV() }
      )
      expect(result.code).toBe(0)
      expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
      expect(result.outputs).toMatchObject({ request: '[]', status: 'SKIPPED', 'job-ids': '[]' })
    }
  })
})

describe('create-version: a version this run created that ends FAILED', () => {
  it('still sets version-created and version-arn, and status NOT_STARTED', async () => {
    emu.state.failVersions = { clinvar_2026_12: 'Version creation failed: quota' }
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, {
        'version-name': 'clinvar_2026_12',
        'create-version': 'true',
        'poll-interval': '0.1'
      }),
      { env: S3_ENV() }
    )
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('is FAILED: Version creation failed: quota')
    expect(result.outputs).toMatchObject({
      'version-created': 'true',
      'version-arn':
        'arn:aws:omics:us-east-1:123456789012:annotationStore/my_vcf_store/version/clinvar_2026_12',
      status: 'NOT_STARTED'
    })
  })
})

describe('a cancel on timeout', () => {
  it('the summary agrees with CANCELLED, says it once, and jobs entries carry only documented fields', async () => {
    emu.state.jobPlan = Array(10_000).fill('IN_PROGRESS')
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, {
        wait: 'true',
        'wait-timeout': '1',
        'poll-interval': '0.2',
        'cancel-on-timeout': 'true'
      }),
      { env: S3_ENV() }
    )
    expect(result.code).toBe(1)
    expect(result.outputs['status']).toBe('CANCELLED')
    const jobs = parse(result.outputs['jobs']) as Record<string, unknown>[]
    expect(jobs).toHaveLength(1)
    for (const job of jobs) for (const key of Object.keys(job)) expect(JOB_FIELDS).toContain(key)
    expect(jobs[0]?.['status']).toBe('CANCELLED')
    expect(summaryText(result.summary)).toMatch(/\| CANCELLED \(by this step\) \|/)
    expect(summaryText(result.summary)).not.toContain('cancelled (status now')
    expect(summaryText(result.summary)).not.toContain('last status CANCELLED')
    expect(errorText(result)).toContain('cancelled by this step')
    expect(summaryText(result.summary)).not.toMatch(/\| (SUBMITTED|IN_PROGRESS) \|/)
    expect(summaryText(result.summary)).toContain('| s3://my-annotations/a.vcf.gz | CANCELLED |')
  })
})

describe('wait sub-action', () => {
  it('with a real and an unknown id: reports and follows the real one, and fails naming the unknown one', async () => {
    emu.state.jobPlan = ['IN_PROGRESS', 'COMPLETED']
    const started = await runAction(START_ACTION, startInputs(emu.url), { env: S3_ENV() })
    const real = started.outputs['job-id'] ?? ''
    const unknown = '0123abcd-0123-4567-89ab-0123456789ab'
    const result = await runAction(WAIT_ACTION, {
      'job-ids': JSON.stringify([real, unknown]),
      'endpoint-url': emu.url,
      'poll-interval': '0.1'
    })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(unknown)
    expect(errorText(result)).not.toContain(`Job ${real}`)
    const jobs = parse(result.outputs['jobs']) as Record<string, unknown>[]
    expect(jobs.find(job => job['jobId'] === real)).toEqual({
      jobId: real,
      items: ['s3://my-annotations/a.vcf.gz'],
      status: 'COMPLETED'
    })
    expect(jobs.find(job => job['jobId'] === unknown)?.['status']).toBe('UNKNOWN')
    expect(result.outputs['status']).toBe('UNKNOWN')
    expect(summaryText(result.summary)).toContain(real)
  })

  it("job-ids: '[]' is an input error naming the input, and nothing is sent", async () => {
    const result = await runAction(WAIT_ACTION, { 'job-ids': '[]', 'endpoint-url': emu.url })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('job-ids:')
    expect(emu.requests).toHaveLength(0)
  })
})
