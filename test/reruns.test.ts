// What skip-imported does with a file a past job imported (issue 25): skipped unless its S3 object
// changed after the job was created (imported again, or skipped with a warning); a skipped file whose job
// still runs names a job to follow. The pure decision, the phase with Omics and S3 mocked, the shared
// deadline, and how followed found jobs read in the outputs and the failure.
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetAnnotationImportJobCommand,
  type JobStatus,
  ListAnnotationImportJobsCommand,
  OmicsClient
} from '@aws-sdk/client-omics'
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { changedSince, decideSkips, type PastImport } from '../src/model/reruns.js'
import { LAST_LOOK_MS, StepDeadline } from '../src/phases/deadline.js'
import { JobBook } from '../src/phases/history.js'
import { skipImported } from '../src/phases/skip-imported.js'
import type { FollowedJob } from '../src/phases/follow.js'
import { followedEntry, followFailureLines } from '../src/report/follow-report.js'
import { noEffectWarnings, readStartInputs } from '../src/inputs/inputs.js'
import { fakeDeps } from './helpers/fake-deps.js'

const T = (iso: string): Date => new Date(iso)
const past = (uri: string, extra: Partial<PastImport> = {}): PastImport => ({
  uri,
  jobId: 'aaaaaaa1-0000-4000-8000-000000000001',
  jobStatus: 'COMPLETED',
  jobCreated: T('2026-12-01T10:00:00Z'),
  lastModified: T('2026-12-01T09:00:00Z'),
  ...extra
})

describe('changedSince', () => {
  it('is true only when the object was written after the job was created', () => {
    const created = T('2026-12-01T10:00:00Z')
    expect(changedSince(T('2026-12-01T10:00:01Z'), created)).toBe(true)
    expect(changedSince(T('2026-12-01T10:00:00Z'), created)).toBe(false)
    expect(changedSince(T('2026-12-01T09:59:59Z'), created)).toBe(false)
  })

  it('is false when either time is unknown (skipped, as before the check)', () => {
    expect(changedSince(undefined, T('2026-12-01T10:00:00Z'))).toBe(false)
    expect(changedSince(T('2026-12-01T10:00:00Z'), undefined)).toBe(false)
  })
})

describe('decideSkips', () => {
  const changed = { lastModified: T('2026-12-02T00:00:00Z') }

  it('skips an unchanged file of a finished job, and follows nothing', () => {
    const decision = decideSkips([past('s3://b/a')], true)
    expect([...decision.skipped]).toEqual([['s3://b/a', 'aaaaaaa1-0000-4000-8000-000000000001']])
    expect(decision).toMatchObject({ reimported: [], changedSkipped: [], unfinished: [] })
  })

  it('imports a changed file again with reimport-changed: true, and does not follow its job', () => {
    const decision = decideSkips([past('s3://b/a', { ...changed, jobStatus: 'IN_PROGRESS' })], true)
    expect(decision.skipped.size).toBe(0)
    expect(decision.reimported.map(p => p.uri)).toEqual(['s3://b/a'])
    expect(decision.unfinished).toEqual([])
  })

  it('skips a changed file with reimport-changed: false, listed for a warning, and still follows its running job', () => {
    const decision = decideSkips([past('s3://b/a', { ...changed, jobStatus: 'SUBMITTED' })], false)
    expect([...decision.skipped.keys()]).toEqual(['s3://b/a'])
    expect(decision.changedSkipped.map(p => p.uri)).toEqual(['s3://b/a'])
    expect(decision.reimported).toEqual([])
    expect(decision.unfinished).toEqual([
      { jobId: 'aaaaaaa1-0000-4000-8000-000000000001', status: 'SUBMITTED', items: ['s3://b/a'] }
    ])
  })

  it('groups the running jobs by job, in the order of their first file, with their files in item order', () => {
    const decision = decideSkips(
      [
        past('s3://b/1', { jobId: 'aaaaaaa2-0000-4000-8000-000000000002', jobStatus: 'IN_PROGRESS' }),
        past('s3://b/2', { jobId: 'aaaaaaa1-0000-4000-8000-000000000001', jobStatus: 'COMPLETED' }),
        past('s3://b/3', { jobId: 'aaaaaaa3-0000-4000-8000-000000000003', jobStatus: 'SUBMITTED' }),
        past('s3://b/4', { jobId: 'aaaaaaa2-0000-4000-8000-000000000002', jobStatus: 'IN_PROGRESS' })
      ],
      true
    )
    expect(decision.unfinished).toEqual([
      {
        jobId: 'aaaaaaa2-0000-4000-8000-000000000002',
        status: 'IN_PROGRESS',
        items: ['s3://b/1', 's3://b/4']
      },
      { jobId: 'aaaaaaa3-0000-4000-8000-000000000003', status: 'SUBMITTED', items: ['s3://b/3'] }
    ])
    expect([...decision.skipped.keys()]).toEqual(['s3://b/1', 's3://b/2', 's3://b/3', 's3://b/4'])
  })

  it.each(['COMPLETED', 'COMPLETED_WITH_FAILURES', 'FAILED', 'CANCELLED'])(
    'a %s job is finished: its files are not followed',
    status => expect(decideSkips([past('s3://b/a', { jobStatus: status })], true).unfinished).toEqual([])
  )
})

describe('changedSince and decideSkips: edges', () => {
  it('one millisecond after the job was created is a change; both times unknown is not', () => {
    const created = T('2026-12-01T10:00:00.000Z')
    expect(changedSince(T('2026-12-01T10:00:00.001Z'), created)).toBe(true)
    expect(changedSince(T('2026-12-01T09:59:59.999Z'), created)).toBe(false)
    expect(changedSince(undefined, undefined)).toBe(false)
  })

  it('no past imports: nothing skipped, nothing followed', () => {
    const decision = decideSkips([], false)
    expect([...decision.skipped]).toEqual([])
    expect(decision).toMatchObject({ reimported: [], changedSkipped: [], unfinished: [] })
  })

  it('an unknown time is not a change: the file is skipped, even with reimport-changed: true', () => {
    const { lastModified: _written, ...unknownWrite } = past('s3://b/a')
    const { jobCreated: _created, ...unknownCreation } = past('s3://b/b')
    const decision = decideSkips([unknownWrite, unknownCreation], true)
    expect([...decision.skipped.keys()]).toEqual(['s3://b/a', 's3://b/b'])
    expect(decision.reimported).toEqual([])
    expect(decision.changedSkipped).toEqual([])
  })

  it('a changed file of a finished job with reimport-changed: false is skipped and warned about, not followed', () => {
    const changedFile = past('s3://b/a', { lastModified: T('2026-12-02T00:00:00Z'), jobStatus: 'COMPLETED' })
    const decision = decideSkips([changedFile], false)
    expect([...decision.skipped]).toEqual([['s3://b/a', 'aaaaaaa1-0000-4000-8000-000000000001']])
    expect(decision.changedSkipped).toEqual([changedFile])
    expect(decision.reimported).toEqual([])
    expect(decision.unfinished).toEqual([])
  })

  it('sorts a mixed list file by file, each list in item order', () => {
    const jobA = 'aaaaaaa1-0000-4000-8000-00000000000a'
    const jobB = 'aaaaaaa1-0000-4000-8000-00000000000b'
    const newer = { lastModified: T('2026-12-02T00:00:00Z') }
    const found = [
      past('s3://b/1', { ...newer, jobId: jobA, jobStatus: 'IN_PROGRESS' }),
      past('s3://b/2', { jobId: jobA, jobStatus: 'IN_PROGRESS' }),
      past('s3://b/3', { ...newer, jobId: jobB, jobStatus: 'COMPLETED' }),
      past('s3://b/4', { jobId: jobB, jobStatus: 'COMPLETED' }),
      past('s3://b/5', { ...newer, jobId: jobA, jobStatus: 'IN_PROGRESS' })
    ]
    const reimporting = decideSkips(found, true)
    expect(reimporting.reimported.map(p => p.uri)).toEqual(['s3://b/1', 's3://b/3', 's3://b/5'])
    expect([...reimporting.skipped]).toEqual([
      ['s3://b/2', jobA],
      ['s3://b/4', jobB]
    ])
    expect(reimporting.changedSkipped).toEqual([])
    expect(reimporting.unfinished).toEqual([{ jobId: jobA, status: 'IN_PROGRESS', items: ['s3://b/2'] }])

    const keeping = decideSkips(found, false)
    expect(keeping.reimported).toEqual([])
    expect(keeping.changedSkipped.map(p => p.uri)).toEqual(['s3://b/1', 's3://b/3', 's3://b/5'])
    expect([...keeping.skipped.keys()]).toEqual(['s3://b/1', 's3://b/2', 's3://b/3', 's3://b/4', 's3://b/5'])
    expect(keeping.unfinished).toEqual([
      { jobId: jobA, status: 'IN_PROGRESS', items: ['s3://b/1', 's3://b/2', 's3://b/5'] }
    ])
  })

  it('a job in a status it does not know is taken as still running, and followed', () => {
    expect(decideSkips([past('s3://b/a', { jobStatus: 'PAUSED' })], true).unfinished).toEqual([
      { jobId: 'aaaaaaa1-0000-4000-8000-000000000001', status: 'PAUSED', items: ['s3://b/a'] }
    ])
  })

  it('leaves the past imports it is given as they were', () => {
    const found = [
      past('s3://b/a', { jobStatus: 'IN_PROGRESS' }),
      past('s3://b/b', { jobStatus: 'IN_PROGRESS' })
    ]
    const copy = structuredClone(found)
    decideSkips(found, true)
    expect(found).toEqual(copy)
  })
})

describe('StepDeadline', () => {
  it('counts from its creation: what one wait uses, the next does not get', () => {
    let t = 1_000
    const deadline = new StepDeadline(() => t, 60_000)
    expect(deadline.left()).toBe(60_000)
    t += 45_000
    expect(deadline.left()).toBe(15_000)
    expect(deadline.forJobs()).toBe(15_000)
    t += 60_000
    expect(deadline.left()).toBe(0)
  })

  it('the job wait gets at least LAST_LOOK_MS, or wait-timeout when that is shorter', () => {
    let t = 0
    const long = new StepDeadline(() => t, 60_000)
    const short = new StepDeadline(() => t, 500)
    t = 100_000
    expect(long.forJobs()).toBe(LAST_LOOK_MS)
    expect(short.forJobs()).toBe(500)
  })
})

describe('skipImported (Omics and S3 mocked)', () => {
  const omicsClient = new OmicsClient({ region: 'us-east-1' })
  const omics = mockClient(omicsClient)
  const s3Client = new S3Client({ region: 'us-east-1' })
  const s3 = mockClient(s3Client)
  const created = T('2026-12-01T10:00:00Z')
  const job = (id: string, status: JobStatus, sources: string[]) => {
    omics.on(GetAnnotationImportJobCommand, { jobId: id }).resolves({
      id,
      status,
      items: sources.map(source => ({ source, jobStatus: status }))
    })
    const summary = { id, destinationName: 's', versionName: 'default', roleArn: 'r', status }
    return { ...summary, creationTime: created, updateTime: created }
  }
  const inputs = { destinationName: 's', region: 'us-east-1', maxHistory: 100, reimportChanged: true }
  const item = (uri: string, lastModified?: Date) => ({
    uri,
    line: 1,
    where: 'line 1',
    ...(lastModified && { lastModified })
  })
  let deps: ReturnType<typeof fakeDeps>
  beforeEach(() => {
    omics.reset()
    s3.reset()
    deps = { ...fakeDeps(omicsClient), s3: () => Promise.resolve(s3Client) }
  })

  it('reads LastModified with HeadObject only for files no listing gave it, and decides from it', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [
        job('aaaaaaa1-0000-4000-8000-000000000001', 'COMPLETED', [
          's3://b/listed',
          's3://b/head',
          's3://b/same'
        ])
      ]
    })
    s3.on(HeadObjectCommand, { Key: 'head' }).resolves({ LastModified: T('2026-12-02T00:00:00Z') })
    s3.on(HeadObjectCommand, { Key: 'same' }).resolves({ LastModified: T('2026-12-01T09:00:00Z') })
    const decision = await skipImported(
      inputs,
      [item('s3://b/listed', T('2026-12-02T00:00:00Z')), item('s3://b/head'), item('s3://b/same')],
      new JobBook(() => omicsClient),
      deps,
      'run-1'
    )
    expect(s3.commandCalls(HeadObjectCommand).map(call => call.args[0].input.Key)).toEqual(['head', 'same'])
    expect(decision.reimported.map(p => p.uri)).toEqual(['s3://b/listed', 's3://b/head'])
    expect([...decision.skipped.keys()]).toEqual(['s3://b/same'])
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(1)
    expect(deps.logs).toContain(
      'info: Importing s3://b/head again: its S3 object changed (LastModified 2026-12-02T00:00:00.000Z) after job aaaaaaa1-0000-4000-8000-000000000001 imported it (created 2026-12-01T10:00:00.000Z)'
    )
  })

  it('a file HeadObject cannot read is skipped as before, with a warning naming the permission', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [job('aaaaaaa1-0000-4000-8000-000000000001', 'IN_PROGRESS', ['s3://b/denied'])]
    })
    s3.on(HeadObjectCommand).rejects(
      Object.assign(new Error('Forbidden'), { name: 'Forbidden', $metadata: { httpStatusCode: 403 } })
    )
    const decision = await skipImported(
      inputs,
      [item('s3://b/denied')],
      new JobBook(() => omicsClient),
      deps,
      'run-1'
    )
    expect([...decision.skipped]).toEqual([['s3://b/denied', 'aaaaaaa1-0000-4000-8000-000000000001']])
    expect(decision.unfinished).toEqual([
      { jobId: 'aaaaaaa1-0000-4000-8000-000000000001', status: 'IN_PROGRESS', items: ['s3://b/denied'] }
    ])
    const warning = deps.logs.find(line => line.startsWith('warning:'))
    expect(warning).toContain(
      'could not tell whether s3://b/denied changed since job aaaaaaa1-0000-4000-8000-000000000001 imported it'
    )
    expect(warning).toContain('skipped as imported. Reading it needs s3:GetObject.')
    expect(deps.logs).toContain(
      'info: Skipping s3://b/denied: imported by job aaaaaaa1-0000-4000-8000-000000000001 (still IN_PROGRESS)'
    )
  })

  it('without an S3 client, every file is skipped as before, with one warning', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [
        job('aaaaaaa1-0000-4000-8000-000000000001', 'COMPLETED', ['s3://b/a', 's3://b/b'])
      ]
    })
    const noS3 = fakeDeps(omicsClient)
    const decision = await skipImported(
      inputs,
      [item('s3://b/a'), item('s3://b/b')],
      new JobBook(() => omicsClient),
      noS3,
      'run-1'
    )
    expect([...decision.skipped.keys()]).toEqual(['s3://b/a', 's3://b/b'])
    expect(noS3.logs.filter(line => line.startsWith('warning:'))).toEqual([
      'warning: skip-imported: could not tell whether s3://b/a, s3://b/b changed since the jobs that imported them (no S3 client: Error: no S3 client in this test); skipped as imported.'
    ])
  })

  it('when every file imported before has changed, says so instead of "skipping 0 items"', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [job('aaaaaaa1-0000-4000-8000-000000000001', 'COMPLETED', ['s3://b/a'])]
    })
    await skipImported(
      inputs,
      [item('s3://b/a', T('2026-12-02T00:00:00Z'))],
      new JobBook(() => omicsClient),
      deps,
      'run-1'
    )
    expect(deps.logs).toContain(
      'info: Import history of s: 1 job read; every item imported before has changed since'
    )
  })
})

describe('a followed job that skip-imported found', () => {
  const found = (outcome: FollowedJob['outcome'], status: string): FollowedJob => ({
    jobId: 'j-found',
    items: ['s3://b/a'],
    outcome,
    last: { status },
    waitedMs: 1_000,
    found: true
  })
  const ctx = { region: 'us-east-1' }

  it('is marked found: true in the jobs entry', () => {
    expect(followedEntry(found('success', 'COMPLETED'))).toEqual({
      jobId: 'j-found',
      items: ['s3://b/a'],
      status: 'COMPLETED',
      found: true
    })
  })

  it('at a timeout, is said to keep running and never to be cancelled, even with cancel-on-timeout', () => {
    for (const cancelOnTimeout of [true, false]) {
      const lines = followFailureLines(
        [found('timeout', 'IN_PROGRESS')],
        { allowPartial: false, cancelOnTimeout },
        ctx
      )
      expect(lines).toContain(
        'The job keeps running: j-found (found by skip-imported, not started by this step, so never cancelled by it)'
      )
      expect(lines.join('\n')).not.toContain('set cancel-on-timeout')
    }
  })

  it('ended FAILED: says a rerun imports its failed files again', () => {
    const [line] = followFailureLines(
      [found('failure', 'FAILED')],
      { allowPartial: false, cancelOnTimeout: false },
      ctx
    )
    expect(line).toBe(
      'Job j-found ended FAILED (found by skip-imported: a rerun imports its failed files again)'
    )
  })
})

describe('warnings for settings', () => {
  const base = {
    'destination-name': 'my_store',
    items: 's3://bucket/a.vcf',
    'role-arn': 'arn:aws:iam::123456789012:role/r',
    region: 'us-east-1'
  }
  const warnings = async (extra: Record<string, string>) => {
    const all: Record<string, string> = { ...base, ...extra }
    const { inputs } = await readStartInputs(name => all[name] ?? '', {})
    return noEffectWarnings(inputs)
  }

  it('cancel-on-timeout without wait says when it acts, not that it has no effect', async () => {
    expect(await warnings({ 'cancel-on-timeout': 'true' })).toEqual([
      'cancel-on-timeout without wait: true acts only when the workflow run is cancelled while jobs are being started: ' +
        'it then cancels the jobs already started. Nothing is waited for, so no wait-timeout runs out.'
    ])
    expect(await warnings({ 'cancel-on-timeout': 'true', 'dry-run': 'true' })).toContain(
      'cancel-on-timeout has no effect on a dry run (nothing is started).'
    )
    expect(await warnings({ 'cancel-on-timeout': 'true', wait: 'true' })).toEqual([])
  })

  it('reimport-changed: false without skip-imported has no effect', async () => {
    expect(await warnings({ 'reimport-changed': 'false' })).toEqual([
      'reimport-changed has no effect without skip-imported: true.'
    ])
    expect(await warnings({ 'reimport-changed': 'false', 'skip-imported': 'true' })).toEqual([])
    expect(await warnings({ 'reimport-changed': 'true' })).toEqual([])
  })
})
