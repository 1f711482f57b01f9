// Chained pipelines as users wire them (issue 12): a batch's job-ids into wait/, lists between steps,
// every started job followed, honest statuses after a cancel, dry run as a plan, role ARNs that can
// work, and messages that point the right way. The committed bundles against the stand-in.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, startInputs, WAIT_ACTION } from '../helpers/run-action.js'
import { summaryText } from '../helpers/summary-text.js'

const KEYS = ['a.vcf.gz', 'vcf/s1.vcf.gz', 'vcf/s2.vcf.gz', 'vcf/deep/s3.vcf.gz', 'vcf/notes.txt']
const emu = useEmulator({ buckets: { 'my-annotations': KEYS } })
const S3_ENV = () => ({ AWS_ENDPOINT_URL_S3: emu.url })
// my-annotations is declared (strict, for listings); other buckets serve a valid file for any key.
const files = (n: number) => Array.from({ length: n }, (_, i) => `s3://pipeline-annotations/p/f${i}.vcf.gz`)

describe('1. wait/ follows many jobs', () => {
  it("takes the start step's job-ids (a JSON array) and ids one per line, and follows them all", async () => {
    const start = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: files(3).join('\n'), 'one-job-per-item': 'true' })
    )
    expect(start.code).toBe(0)
    const ids = JSON.parse(start.outputs['job-ids'] ?? '[]') as string[]
    expect(ids).toHaveLength(3)
    for (const given of [{ 'job-ids': start.outputs['job-ids'] ?? '' }, { 'job-id': ids.join('\n') }]) {
      const wait = await runAction(WAIT_ACTION, { ...given, 'endpoint-url': emu.url, 'poll-interval': '0.1' })
      expect(wait.code).toBe(0)
      expect(wait.outputs['status']).toBe('COMPLETED')
      const jobs = JSON.parse(wait.outputs['jobs'] ?? '[]') as {
        jobId: string
        items: string[]
        status: string
      }[]
      expect(jobs.map(job => [job.jobId, job.status])).toEqual(ids.map(id => [id, 'COMPLETED']))
      expect(jobs.map(job => job.items[0])).toEqual(files(3))
    }
  })

  it('one combined verdict naming each failed job; allow-partial warns in wait/ too', async () => {
    emu.state.sourcePlans = { [files(2)[1] as string]: ['IN_PROGRESS', 'COMPLETED_WITH_FAILURES'] }
    const start = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: files(2).join('\n'), 'one-job-per-item': 'true' })
    )
    const [good, partial] = JSON.parse(start.outputs['job-ids'] ?? '[]') as string[]
    const strict = await runAction(WAIT_ACTION, {
      'job-ids': start.outputs['job-ids'] ?? '',
      'endpoint-url': emu.url,
      'poll-interval': '0.1'
    })
    expect(strict.code).toBe(1)
    expect(errorText(strict)).toContain(`Job ${partial} ended COMPLETED_WITH_FAILURES`)
    expect(errorText(strict)).not.toContain(`Job ${good} ended`)
    const lenient = await runAction(WAIT_ACTION, {
      'job-ids': start.outputs['job-ids'] ?? '',
      'endpoint-url': emu.url,
      'allow-partial': 'true'
    })
    expect(lenient.code).toBe(0)
    expect(lenient.stdout).toContain(
      `::warning::Job ${partial} completed with failures (allowed by allow-partial)`
    )
  })
})

describe('2. with wait: true, every job that started is followed', () => {
  it('when one item cannot get an import slot, the others are still followed to their end', async () => {
    // Jobs move on only when their status is read, so no slot frees before the slot wait runs out.
    emu.state.quota = 2
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, {
        items: files(3).join('\n'),
        'one-job-per-item': 'true',
        wait: 'true',
        'wait-timeout': '1',
        'poll-interval': '0.2'
      }),
      { timeoutMs: 20_000 }
    )
    expect(result.code).toBe(1)
    const jobs = JSON.parse(result.outputs['jobs'] ?? '[]') as { jobId?: string; status: string }[]
    expect(jobs.filter(job => job.jobId).map(job => job.status)).toEqual(['COMPLETED', 'COMPLETED'])
    expect(jobs.filter(job => !job.jobId).map(job => job.status)).toEqual(['NOT_STARTED'])
    expect(errorText(result)).toContain(
      '1 of 3 jobs could not be started (2 started: see the job-ids output)'
    )
    expect(errorText(result)).toContain('ServiceQuotaExceededException')
    expect(errorText(result)).toContain('raise wait-timeout to wait longer')
    expect(summaryText(result.summary)).not.toContain('| SUBMITTED |')
  }, 25_000)
})

describe('3. after a cancel, the status says so', () => {
  it('status output and summary show CANCELLED after cancel-on-timeout', async () => {
    emu.state.jobPlan = Array(10_000).fill('IN_PROGRESS')
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, {
        wait: 'true',
        'wait-timeout': '0.6',
        'poll-interval': '0.2',
        'cancel-on-timeout': 'true'
      })
    )
    expect(result.code).toBe(1)
    expect(result.outputs['status']).toBe('CANCELLED')
    expect(summaryText(result.summary)).toMatch(/\| CANCELLED \(by this step\) \|/)
    expect(errorText(result)).toContain('cancelled by this step')
  })
})

describe('4. lists pass between steps', () => {
  it('items takes a JSON array (the items output of an earlier step); jobs pairs ids and files', async () => {
    const first = await runAction(
      START_ACTION,
      { ...startInputs(emu.url, { items: 's3://my-annotations/vcf/**/*.vcf.gz', 'dry-run': 'true' }) },
      { env: S3_ENV() }
    )
    expect(first.code).toBe(0)
    const second = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: first.outputs['items'] ?? '', 'one-job-per-item': 'true' })
    )
    expect(second.code).toBe(0)
    const jobs = JSON.parse(second.outputs['jobs'] ?? '[]') as { jobId: string; items: string[] }[]
    expect(jobs.map(job => job.items)).toEqual([
      ['s3://my-annotations/vcf/deep/s3.vcf.gz'],
      ['s3://my-annotations/vcf/s1.vcf.gz'],
      ['s3://my-annotations/vcf/s2.vcf.gz']
    ])
    for (const job of jobs) expect(emu.jobs.get(job.jobId)?.items.map(item => item.source)).toEqual(job.items)
  })

  it('a line holding two URIs is an input error, and nothing is sent', async () => {
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: 's3://my-annotations/a.vcf.gz, s3://my-annotations/b.vcf.gz' })
    )
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('items: line 1: one URI per line, found 2')
    expect(emu.requests).toHaveLength(0)
  })
})

describe('5. dry run is a plan', () => {
  it('expands wildcards, checks the store, previews skip-imported, prints the exact requests, starts nothing', async () => {
    emu.state.addJob({ sources: ['s3://my-annotations/vcf/s1.vcf.gz'] })
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, {
        items: 's3://my-annotations/vcf/*.vcf.gz',
        'dry-run': 'true',
        'skip-imported': 'true'
      }),
      { env: S3_ENV() }
    )
    expect(result.code).toBe(0)
    expect(JSON.parse(result.outputs['skipped'] ?? '')).toEqual(['s3://my-annotations/vcf/s1.vcf.gz'])
    expect(JSON.parse(result.outputs['request'] ?? '').items).toEqual([
      { source: 's3://my-annotations/vcf/s2.vcf.gz' }
    ])
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    expect(emu.requests.map(r => r.op)).toEqual(
      expect.arrayContaining(['ListObjectsV2', 'GetAnnotationStore', 'ListAnnotationImportJobs'])
    )
    expect(summaryText(result.summary)).toContain('(dry run)')
  })

  it('fails a plan whose format options do not fit the store, before anything starts', async () => {
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { 'dry-run': 'true', 'format-options': 'tsvOptions: {}' })
    )
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      'format-options: tsvOptions are for TSV stores, but my_vcf_store is a VCF store (preflight)'
    )
  })

  it('dry-run: offline needs no credentials and makes no call', async () => {
    const result = await runAction(START_ACTION, startInputs(emu.url, { 'dry-run': 'offline' }), {
      env: { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' }
    })
    expect(result.code).toBe(0)
    expect(emu.requests).toHaveLength(0)
    expect(JSON.parse(result.outputs['request'] ?? '').items).toEqual([
      { source: 's3://my-annotations/a.vcf.gz' }
    ])
  })
})

describe('6. role-arn must be an IAM role', () => {
  it.each([
    ['arn:aws:iam::123456789012:user/alice', 'an IAM user'],
    [
      'arn:aws:sts::123456789012:assumed-role/HealthOmicsImport/gh-run',
      'use arn:aws:iam::123456789012:role/HealthOmicsImport'
    ],
    ['arn:aws:iam::123456789012:instance-profile/runner', 'an instance profile']
  ])('rejects %s, saying what it is', async (arn, says) => {
    const result = await runAction(START_ACTION, startInputs(emu.url, { 'role-arn': arn }))
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(says)
    expect(emu.requests).toHaveLength(0)
  })
})

describe('7. messages that point the right way', () => {
  it('an unreachable S3 endpoint is named as the S3 endpoint, not endpoint-url', async () => {
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: 's3://my-annotations/vcf/*.vcf.gz', 'max-attempts': '1' }),
      {
        env: { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9' }
      }
    )
    expect(result.code).toBe(1)
    const error = errorText(result)
    expect(error).toContain('ListObjectsV2 on bucket my-annotations failed')
    expect(error).toContain('Could not reach http://127.0.0.1:9')
    expect(error).toContain('AWS_ENDPOINT_URL_S3')
    expect(error).not.toContain('check endpoint-url')
  })

  it('NoSuchBucket names the bucket and the item line', async () => {
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: 's3://my-annotations/vcf/s1.vcf.gz\ns3://no-such-bucket/*.vcf' }),
      { env: S3_ENV() }
    )
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      'items: line 2: s3://no-such-bucket/*.vcf: bucket no-such-bucket does not exist (NoSuchBucket)'
    )
  })

  it('warns about settings without effect, and writes a summary listing the input problems', async () => {
    const warned = await runAction(
      START_ACTION,
      startInputs(emu.url, { 'allow-partial': 'true', 'cancel-on-timeout': 'true' })
    )
    expect(warned.code).toBe(0)
    expect(warned.stdout).toContain('::warning::allow-partial has no effect without wait: true.')
    expect(warned.stdout).toContain(
      '::warning::cancel-on-timeout without wait: true acts only when the workflow run is cancelled while jobs are being started: it then cancels the jobs already started. Nothing is waited for, so no wait-timeout runs out.'
    )
    const bad = await runAction(START_ACTION, startInputs(emu.url, { 'destination-name': 'Bad' }))
    expect(bad.code).toBe(1)
    expect(summaryText(bad.summary)).toContain('1 problem with the inputs; nothing was sent to AWS')
    expect(summaryText(bad.summary)).toContain('destination-name: must start with a lowercase letter')
  })

  it('batch log lines name the files of each job, and say "1 item"', async () => {
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: files(2).join('\n'), 'one-job-per-item': 'true' })
    )
    expect(result.stdout).toMatch(new RegExp(`Started job [0-9a-f-]+ \\(${files(2)[1]}\\)`))
    const one = await runAction(START_ACTION, startInputs(emu.url))
    expect(one.stdout).toContain('Starting 1 annotation import job into my_vcf_store in us-east-1: 1 item\n')
  })

  it("wait/ shows the job's own run time from the service, apart from the time waited", async () => {
    const job = emu.state.addJob({ sources: ['s3://my-annotations/old.vcf.gz'], agoMs: 3 * 3600_000 })
    job.completionTime = new Date(Date.parse(job.creationTime) + 3600_000).toISOString()
    const result = await runAction(WAIT_ACTION, { 'job-id': job.id, 'endpoint-url': emu.url })
    expect(result.code).toBe(0)
    expect(summaryText(result.summary)).toContain(
      `| \`${job.id}\` | COMPLETED | 1h 0m | 0s | s3://my-annotations/old.vcf.gz |`
    )
  })

  it('a job is not found from another region, and the message says jobs are regional', async () => {
    const job = emu.state.addJob({ sources: ['s3://my-annotations/a.vcf.gz'] })
    const result = await runAction(WAIT_ACTION, {
      'job-id': job.id,
      'endpoint-url': emu.url,
      region: 'eu-west-1'
    })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      `No annotation import job ${job.id} in eu-west-1: check the job id and region (jobs are regional)`
    )
  })
})
