// Batch imports end to end: one job per item under throttling, never the same import twice after lost
// answers, waiting for a free slot, skip-imported, and wildcard items expanded with S3 ListObjectsV2.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, ROLE, runAction, START_ACTION } from '../helpers/run-action.js'
import { summaryText } from '../helpers/summary-text.js'

const KEYS = [
  ...Array.from({ length: 7 }, (_, i) => `cohort/batch1/sample${i}.vcf.gz`),
  'cohort/batch2/deep/sample7.vcf.gz',
  'cohort/batch1/readme.txt',
  'cohort/batch1/',
  'other/sample9.vcf.gz'
]

const emu = useEmulator({ buckets: { 'my-annotations': KEYS }, s3PageSize: 3, listPageSize: 7 })

const uris = (n: number): string[] =>
  Array.from(
    { length: n },
    (_, i) => `s3://batch-annotations/batch/sample${String(i).padStart(3, '0')}.vcf.gz`
  )
const inputs = (items: string[], extra: Record<string, string> = {}): Record<string, string> => ({
  'destination-name': 'my_vcf_store',
  items: items.join('\n'),
  'role-arn': ROLE,
  'endpoint-url': emu.url,
  'one-job-per-item': 'true',
  ...extra
})

function sourcesOfJobs(): string[] {
  return [...emu.jobs.values()].flatMap(j => j.items.map(i => i.source))
}

describe('batch imports', () => {
  it('200 items under a fixed-rate throttle: 200 jobs, exactly one per item, job-ids in item order', async () => {
    emu.state.throttle = { rps: 60, burst: 10 }
    const items = uris(200)
    const result = await runAction(START_ACTION, inputs(items, { 'max-concurrency': '10' }), {
      timeoutMs: 60_000
    })
    expect(result.code).toBe(0)
    expect(emu.jobs.size).toBe(200)
    expect(sourcesOfJobs().sort()).toEqual([...items].sort())
    const ids = JSON.parse(result.outputs['job-ids'] ?? '[]') as string[]
    expect(ids).toHaveLength(200)
    expect(ids.map(id => emu.jobs.get(id)?.items[0]?.source)).toEqual(items)
    expect(result.outputs['job-id']).toBe(ids[0])
    expect(JSON.parse(result.outputs['request'] ?? '[]')).toHaveLength(200)
    expect(emu.calls('StartAnnotationImportJob').some(r => r.status === 429)).toBe(true)
    expect(
      summaryText(result.summary)
        .split('\n')
        .filter(l => l.includes('s3://batch-annotations/batch/'))
    ).toHaveLength(200)
  }, 70_000)

  it.each([
    ['a 500 returned after the job was created', 'error-after-create'],
    ['a connection reset after the job was created', 'reset-after-create']
  ] as const)('%s: still exactly one job for that item', async (_name, kind) => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind })
    const items = uris(3)
    const result = await runAction(START_ACTION, inputs(items, { 'max-concurrency': '1' }))
    expect(result.code).toBe(0)
    expect(emu.jobs.size).toBe(3)
    expect(sourcesOfJobs().sort()).toEqual([...items].sort())
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(3)
    expect(emu.calls('ListAnnotationImportJobs').length).toBeGreaterThan(0)
    expect(result.stdout).toContain('checking whether the job was created before trying again')
    expect(result.stdout).toMatch(/Found job [0-9a-f-]+, started by this run's call whose answer was lost/)
    const ids = JSON.parse(result.outputs['job-ids'] ?? '[]') as string[]
    expect(new Set(ids).size).toBe(3)
  })

  it('when the look-up after a lost answer is denied, it does not start again and says why', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'error-after-create' })
    emu.addFault({ op: 'ListAnnotationImportJobs', kind: 'access-denied' })
    const result = await runAction(START_ACTION, inputs(uris(1), { 'one-job-per-item': 'false' }))
    expect(result.code).toBe(1)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
    expect(errorText(result)).toContain(
      'StartAnnotationImportJob on store my_vcf_store failed: InternalServerException'
    )
    expect(errorText(result)).toContain('Could not check whether a job was created')
    expect(errorText(result)).toContain('not trying again, so as not to import twice')
  })

  it('a single job whose answer was lost is found, not started again', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'reset-after-create' })
    const result = await runAction(START_ACTION, inputs(uris(2), { 'one-job-per-item': 'false' }))
    expect(result.code).toBe(0)
    expect(emu.jobs.size).toBe(1)
    expect(result.outputs['job-id']).toBe([...emu.jobs.keys()][0])
  })

  it('a 500 before any job was created is retried and starts the job once', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'error', status: 503 })
    const result = await runAction(START_ACTION, inputs(uris(1)))
    expect(result.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob').map(r => r.status)).toEqual([503, 200])
    expect(emu.jobs.size).toBe(1)
  })

  it('waits for a free slot when the quota is used up, then starts', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'quota', count: 3 })
    const result = await runAction(
      START_ACTION,
      inputs(uris(2), { 'max-concurrency': '1', 'poll-interval': '0.2' })
    )
    expect(result.code).toBe(0)
    expect(emu.jobs.size).toBe(2)
    expect(result.stdout).toContain('No free import slot (concurrent import jobs quota); waiting for one')
  })

  it('with a real quota of 2, starts wait for slots as jobs end, and every item gets one job', async () => {
    emu.state.quota = 2
    emu.state.advanceEveryMs = 150
    const items = uris(5)
    const result = await runAction(
      START_ACTION,
      inputs(items, { wait: 'true', 'poll-interval': '0.1', 'wait-timeout': '20' }),
      { timeoutMs: 30_000 }
    )
    expect(result.code).toBe(0)
    expect(emu.jobs.size).toBe(5)
    expect(sourcesOfJobs().sort()).toEqual([...items].sort())
    expect(emu.calls('StartAnnotationImportJob').filter(r => r.status === 402).length).toBeGreaterThan(0)
    expect(result.outputs['status']).toBe('COMPLETED')
  }, 40_000)

  it('gives up waiting for a slot at the bound (wait-timeout), naming the items not started', async () => {
    emu.state.quota = 2
    const result = await runAction(
      START_ACTION,
      inputs(uris(4), { 'poll-interval': '0.2', 'wait-timeout': '1.5' })
    )
    expect(result.code).toBe(1)
    expect(emu.jobs.size).toBe(2)
    expect(errorText(result)).toContain(
      '2 of 4 jobs could not be started (2 started: see the job-ids output)'
    )
    expect(errorText(result)).toContain('ServiceQuotaExceededException')
    expect(JSON.parse(result.outputs['job-ids'] ?? '[]')).toHaveLength(2)
  })

  it('cancelled while waiting for a slot: cancels the jobs already started when asked, and says so', async () => {
    emu.state.quota = 2
    const result = await runAction(
      START_ACTION,
      inputs(uris(4), { 'poll-interval': '0.2', 'cancel-on-timeout': 'true' }),
      { interrupt: { signal: 'SIGTERM', when: /No free import slot/ } }
    )
    expect(result.code).toBe(1)
    expect(emu.jobs.size).toBe(2)
    expect([...emu.jobs.values()].map(j => j.status)).toEqual(['CANCELLED', 'CANCELLED'])
    expect(errorText(result)).toContain(
      'Stopped: the workflow run was cancelled while jobs were being started.'
    )
    expect(errorText(result)).toContain('Cancel-on-timeout: job ')
    expect(JSON.parse(result.outputs['job-ids'] ?? '[]')).toHaveLength(2)
  })

  it('partial failure: started jobs are in job-ids, the step fails naming the items not started and why', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'access-denied' })
    const items = uris(3)
    const result = await runAction(START_ACTION, inputs(items, { 'max-concurrency': '1' }))
    expect(result.code).toBe(1)
    expect(JSON.parse(result.outputs['job-ids'] ?? '[]')).toHaveLength(2)
    const error = errorText(result)
    expect(error).toContain('1 of 3 jobs could not be started (2 started: see the job-ids output)')
    expect(error).toContain(
      `- ${items[0]}: StartAnnotationImportJob on store my_vcf_store failed: AccessDeniedException`
    )
  })

  it('a second run with skip-imported starts nothing and lists every item as skipped', async () => {
    const items = uris(12)
    const first = await runAction(START_ACTION, inputs(items))
    expect(first.code).toBe(0)
    expect(emu.jobs.size).toBe(12)
    const second = await runAction(START_ACTION, inputs(items, { 'skip-imported': 'true' }))
    expect(second.code).toBe(0)
    expect(emu.jobs.size).toBe(12)
    expect(JSON.parse(second.outputs['skipped'] ?? '[]')).toEqual(items)
    expect(second.outputs['job-ids']).toBe('[]')
    expect(second.outputs['status']).toBe('SKIPPED')
    expect(emu.calls('ListAnnotationImportJobs').length).toBeGreaterThanOrEqual(2) // pages of 7
    expect(summaryText(second.summary)).toMatch(/skipped \(job [0-9a-f-]+\)/)
  })

  it('skip-imported starts only the new items, and does not count FAILED or CANCELLED imports', async () => {
    const items = uris(4)
    await runAction(START_ACTION, inputs(items.slice(0, 2)))
    const failedJob = [...emu.jobs.values()].find(j => j.items[0]?.source === items[1])
    if (failedJob) failedJob.status = 'FAILED'
    const result = await runAction(START_ACTION, inputs(items, { 'skip-imported': 'true' }))
    expect(result.code).toBe(0)
    expect(JSON.parse(result.outputs['skipped'] ?? '[]')).toEqual([items[0]])
    expect(JSON.parse(result.outputs['job-ids'] ?? '[]')).toHaveLength(3)
  })

  it('with wait: true the batch waits for all its jobs and fails if any failed, listing which', async () => {
    const items = uris(3)
    emu.state.sourcePlans = { [items[1] ?? '']: ['IN_PROGRESS', 'FAILED'] }
    const result = await runAction(START_ACTION, inputs(items, { wait: 'true', 'poll-interval': '0.1' }))
    expect(result.code).toBe(1)
    const ids = JSON.parse(result.outputs['job-ids'] ?? '[]') as string[]
    expect(result.outputs['status']).toBe('FAILED')
    const error = errorText(result)
    expect(error).toContain(`Job ${ids[1]} ended FAILED`)
    expect(error).not.toContain(`Job ${ids[0]} ended`)
    expect(error).toContain(`${items[1]}: FAILED`)
    expect([...emu.jobs.values()].filter(j => j.status === 'COMPLETED')).toHaveLength(2)
  })
})

describe('wildcard items', () => {
  it('expands * and ** through paginated ListObjectsV2 and imports the matches in key order', async () => {
    const result = await runAction(
      START_ACTION,
      inputs(
        [
          's3://my-annotations/cohort/batch1/*.vcf.gz',
          's3://my-annotations/cohort/**/sample7.vcf.gz',
          's3://my-annotations/other/sample9.vcf.gz'
        ],
        {
          'one-job-per-item': 'false'
        }
      ),
      { env: { AWS_ENDPOINT_URL_S3: emu.url } }
    )
    expect(result.code).toBe(0)
    const expected = [
      ...Array.from({ length: 7 }, (_, i) => `s3://my-annotations/cohort/batch1/sample${i}.vcf.gz`),
      's3://my-annotations/cohort/batch2/deep/sample7.vcf.gz',
      's3://my-annotations/other/sample9.vcf.gz'
    ]
    expect(JSON.parse(result.outputs['items'] ?? '[]')).toEqual(expected)
    expect(emu.calls('StartAnnotationImportJob')[0]?.body.items).toEqual(expected.map(source => ({ source })))
    const lists = emu.calls('ListObjectsV2')
    expect(lists.length).toBeGreaterThanOrEqual(4) // 3 keys a page
    expect(lists.every(r => r.service === 's3' && r.query['list-type'] === '2')).toBe(true)
    expect(lists[0]?.query['prefix']).toBe('cohort/batch1/')
  })

  it('a pattern that matches nothing is an error naming it, and nothing is started', async () => {
    const result = await runAction(
      START_ACTION,
      inputs(['s3://my-annotations/cohort/*.gff3', 's3://my-annotations/other/sample9.vcf.gz']),
      {
        env: { AWS_ENDPOINT_URL_S3: emu.url }
      }
    )
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('1 problem with the inputs; no job was started:')
    expect(errorText(result)).toContain('items: line 1: s3://my-annotations/cohort/*.gff3 matches no object')
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
  })
})
