// The skip-imported phase (phases/skip-imported.ts) with Omics and S3 mocked: which files a past job
// imported and why each one is skipped or imported again, the HeadObject reads for the files no listing
// dated, the lines the user reads, the history cache around it, and the remembered jobs behind the skips
// read again with Get (all of them up to VERIFY_AT_MOST, a random sample past that).
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetAnnotationImportJobCommand,
  type JobStatus,
  ListAnnotationImportJobsCommand
} from '@aws-sdk/client-omics'
import { HeadObjectCommand } from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { importedItems, JobBook, type JobSummary } from '../src/phases/history.js'
import { type CacheScope, cacheKeyPrefix, JobMemory } from '../src/phases/job-cache.js'
import {
  historyScope,
  rememberedSkipsHold,
  skipImported,
  VERIFY_AT_MOST
} from '../src/phases/skip-imported.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { addJobs, answerGets, FakeCacheStore, listedJobs, type ServiceJobs } from './helpers/job-history.js'
import { awsError, omicsClient, ROLE_ARN, s3Client } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)
const bucket = s3Client()
const s3 = mockClient(bucket)

/** A job id of the model's pattern. */
const J = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const T = (iso: string): Date => new Date(iso)
const CREATED = T('2026-12-01T10:00:00Z')
const BEFORE = T('2026-12-01T09:00:00Z')
const AFTER = T('2026-12-02T00:00:00Z')

interface PastJob {
  id: string
  status: JobStatus
  sources: string[]
  /** When the job was created; null: the listing gives no time. */
  created?: Date | null
  /** The status Get answers, when it differs from the listing's. */
  now?: JobStatus
  version?: string
}

/** The service's history: List gives the summaries, Get the files of each job. */
function serve(jobs: PastJob[]): void {
  omics.on(ListAnnotationImportJobsCommand).resolves({
    annotationImportJobs: jobs.map(
      job =>
        ({
          id: job.id,
          destinationName: 's',
          versionName: job.version ?? 'default',
          roleArn: ROLE_ARN,
          status: job.status,
          ...(job.created !== null && { creationTime: job.created ?? CREATED }),
          updateTime: CREATED
        }) as never
    )
  })
  omics.on(GetAnnotationImportJobCommand).callsFake((input: { jobId: string }) => {
    const job = jobs.find(past => past.id === input.jobId)
    const status = job?.now ?? job?.status
    return { id: input.jobId, status, items: job?.sources.map(source => ({ source, jobStatus: status })) }
  })
}

const inputs = { destinationName: 's', region: 'us-east-1', maxHistory: 100, reimportChanged: true }
const item = (uri: string, lastModified?: Date) => ({
  uri,
  line: 1,
  where: 'line 1',
  ...(lastModified && { lastModified })
})
const getIds = () =>
  omics.commandCalls(GetAnnotationImportJobCommand).map(call => call.args[0].input.jobId ?? '')

let deps: ReturnType<typeof fakeDeps>
/** How often the phase asked for the S3 client. */
let s3Asked: number

beforeEach(() => {
  omics.reset()
  s3.reset()
  s3Asked = 0
  deps = {
    ...fakeDeps(client),
    s3: () => {
      s3Asked++
      return Promise.resolve(bucket)
    }
  }
})

/** A cache store holding entries by key, newest last, recording what it is asked. */
/** An entry remembering `jobs` (finished) with these files, as a run with `scope` saves it. */
const entry = (scope: CacheScope, jobs: { id: string; status: string; sources: string[] }[]): string =>
  JSON.stringify({
    format: 1,
    storeName: scope.storeName,
    versionName: scope.versionName ?? null,
    jobs: Object.fromEntries(
      jobs.map(job => [
        job.id,
        { status: job.status, versionName: 'default', items: job.sources.map(source => [source, job.status]) }
      ])
    )
  })

describe('historyScope', () => {
  it('is the region and the store, and the version only when one is given', () => {
    expect(historyScope({ destinationName: 's', region: 'eu-west-1' })).toStrictEqual({
      region: 'eu-west-1',
      storeName: 's'
    })
    expect(historyScope({ destinationName: 's', region: 'eu-west-1', versionName: 'v2' })).toStrictEqual({
      region: 'eu-west-1',
      storeName: 's',
      versionName: 'v2'
    })
  })
})

describe('skipImported', () => {
  it('says so when no item was imported before, and reads no S3 object', async () => {
    serve([
      { id: J(1), status: 'COMPLETED', sources: ['s3://b-1/other.vcf'] },
      { id: J(2), status: 'FAILED', sources: ['s3://b-1/a.vcf'] }
    ])
    const decision = await skipImported(
      inputs,
      [item('s3://b-1/a.vcf'), item('s3://b-1/b.vcf')],
      new JobBook(() => client),
      deps,
      'run-1'
    )
    expect(decision).toEqual({ skipped: new Map(), reimported: [], changedSkipped: [], unfinished: [] })
    expect(deps.logs).toEqual(['info: Import history of s: 2 jobs read; no item was imported before'])
    expect(omics.commandCalls(ListAnnotationImportJobsCommand).map(call => call.args[0].input)).toStrictEqual(
      [{ maxResults: 100, filter: { storeName: 's' } }]
    )
    expect(getIds()).toEqual([J(1)])
    expect(s3Asked).toBe(0)
    expect(s3.commandCalls(HeadObjectCommand)).toHaveLength(0)
  })

  it('skips each file a past job imported, naming the job, and "still" with the status of one not finished', async () => {
    serve([
      { id: J(2), status: 'IN_PROGRESS', sources: ['s3://b-1/b.vcf', 's3://b-1/c.vcf'] },
      { id: J(1), status: 'COMPLETED', sources: ['s3://b-1/a.vcf'] }
    ])
    const decision = await skipImported(
      inputs,
      [
        item('s3://b-1/a.vcf', BEFORE),
        item('s3://b-1/b.vcf', BEFORE),
        item('s3://b-1/new.vcf'),
        item('s3://b-1/c.vcf', CREATED)
      ],
      new JobBook(() => client),
      deps,
      'run-1'
    )
    expect([...decision.skipped]).toEqual([
      ['s3://b-1/a.vcf', J(1)],
      ['s3://b-1/b.vcf', J(2)],
      ['s3://b-1/c.vcf', J(2)]
    ])
    expect(decision.unfinished).toEqual([
      { jobId: J(2), status: 'IN_PROGRESS', items: ['s3://b-1/b.vcf', 's3://b-1/c.vcf'] }
    ])
    expect(decision.reimported).toEqual([])
    expect(decision.changedSkipped).toEqual([])
    expect(deps.logs).toEqual([
      'info: Import history of s: 2 jobs read; skipping 3 items already imported (or importing)',
      `info: Skipping s3://b-1/a.vcf: imported by job ${J(1)}`,
      `info: Skipping s3://b-1/b.vcf: imported by job ${J(2)} (still IN_PROGRESS)`,
      `info: Skipping s3://b-1/c.vcf: imported by job ${J(2)} (still IN_PROGRESS)`
    ])
    expect(s3Asked).toBe(0)
  })

  it("takes a job's status from Get, not from the listing read before it", async () => {
    serve([
      { id: J(1), status: 'IN_PROGRESS', now: 'COMPLETED', sources: ['s3://b-1/a.vcf'] },
      { id: J(2), status: 'SUBMITTED', now: 'IN_PROGRESS', sources: ['s3://b-1/b.vcf'] }
    ])
    const decision = await skipImported(
      inputs,
      [item('s3://b-1/a.vcf', BEFORE), item('s3://b-1/b.vcf', BEFORE)],
      new JobBook(() => client),
      deps,
      'run-1'
    )
    expect(decision.unfinished).toEqual([{ jobId: J(2), status: 'IN_PROGRESS', items: ['s3://b-1/b.vcf'] }])
    expect(deps.logs).toEqual([
      'info: Import history of s: 2 jobs read; skipping 2 items already imported (or importing)',
      `info: Skipping s3://b-1/a.vcf: imported by job ${J(1)}`,
      `info: Skipping s3://b-1/b.vcf: imported by job ${J(2)} (still IN_PROGRESS)`
    ])
  })

  it('with reimport-changed: true, imports a file changed since its job again, naming both times', async () => {
    serve([{ id: J(1), status: 'COMPLETED', sources: ['s3://b-1/a.vcf', 's3://b-1/b.vcf'] }])
    const decision = await skipImported(
      inputs,
      [item('s3://b-1/a.vcf', AFTER), item('s3://b-1/b.vcf', BEFORE)],
      new JobBook(() => client),
      deps,
      'run-1'
    )
    expect(decision.reimported).toEqual([
      { uri: 's3://b-1/a.vcf', jobId: J(1), jobStatus: 'COMPLETED', jobCreated: CREATED, lastModified: AFTER }
    ])
    expect([...decision.skipped]).toEqual([['s3://b-1/b.vcf', J(1)]])
    expect(deps.logs).toEqual([
      'info: Import history of s: 1 job read; skipping 1 item already imported (or importing)',
      `info: Importing s3://b-1/a.vcf again: its S3 object changed (LastModified 2026-12-02T00:00:00.000Z) after job ${J(1)} imported it (created 2026-12-01T10:00:00.000Z)`,
      `info: Skipping s3://b-1/b.vcf: imported by job ${J(1)}`
    ])
  })

  it('when every file imported before has changed, says so instead of "skipping 0 items"', async () => {
    serve([{ id: J(1), status: 'COMPLETED', sources: ['s3://b-1/a.vcf'] }])
    await skipImported(inputs, [item('s3://b-1/a.vcf', AFTER)], new JobBook(() => client), deps, 'run-1')
    expect(deps.logs[0]).toBe(
      'info: Import history of s: 1 job read; every item imported before has changed since'
    )
  })

  it('with reimport-changed: false, skips a changed file with a warning that says how to import it again', async () => {
    serve([{ id: J(1), status: 'SUBMITTED', sources: ['s3://b-1/a.vcf'] }])
    const decision = await skipImported(
      { ...inputs, reimportChanged: false },
      [item('s3://b-1/a.vcf', AFTER)],
      new JobBook(() => client),
      deps,
      'run-1'
    )
    expect(decision.changedSkipped.map(past => past.uri)).toEqual(['s3://b-1/a.vcf'])
    expect(decision.reimported).toEqual([])
    expect(deps.logs).toEqual([
      'info: Import history of s: 1 job read; skipping 1 item already imported (or importing)',
      `warning: s3://b-1/a.vcf changed (LastModified 2026-12-02T00:00:00.000Z) after job ${J(1)} imported it (created 2026-12-01T10:00:00.000Z); ` +
        'skipped, as reimport-changed: false asks. Set reimport-changed: true to import it again.',
      `info: Skipping s3://b-1/a.vcf: imported by job ${J(1)} (still SUBMITTED)`
    ])
  })

  it("reads LastModified with HeadObject only for the files no listing dated, under the run's signal", async () => {
    serve([{ id: J(1), status: 'COMPLETED', sources: ['s3://bkt-1/dir/sub/a.vcf', 's3://b-1/b.vcf'] }])
    s3.on(HeadObjectCommand).resolves({ LastModified: AFTER })
    const decision = await skipImported(
      inputs,
      [item('s3://bkt-1/dir/sub/a.vcf'), item('s3://b-1/b.vcf', BEFORE)],
      new JobBook(() => client),
      deps,
      'run-1'
    )
    const heads = s3.commandCalls(HeadObjectCommand)
    expect(heads.map(call => call.args[0].input)).toStrictEqual([{ Bucket: 'bkt-1', Key: 'dir/sub/a.vcf' }])
    expect((heads[0]?.args as unknown[])[1]).toEqual({ abortSignal: deps.signal })
    expect(decision.reimported.map(past => [past.uri, past.lastModified])).toEqual([
      ['s3://bkt-1/dir/sub/a.vcf', AFTER]
    ])
    expect([...decision.skipped.keys()]).toEqual(['s3://b-1/b.vcf'])
    expect(s3Asked).toBe(1)
  })

  it('a HeadObject answer without LastModified leaves the file skipped, with no warning', async () => {
    serve([{ id: J(1), status: 'COMPLETED', sources: ['s3://b-1/a.vcf'] }])
    s3.on(HeadObjectCommand).resolves({})
    const decision = await skipImported(
      inputs,
      [item('s3://b-1/a.vcf')],
      new JobBook(() => client),
      deps,
      'run-1'
    )
    expect([...decision.skipped]).toEqual([['s3://b-1/a.vcf', J(1)]])
    expect(deps.logs.filter(line => line.startsWith('warning'))).toEqual([])
  })

  it('a job the listing gives no creation time for cannot be compared: its files are skipped, with no HeadObject', async () => {
    serve([{ id: J(1), status: 'COMPLETED', sources: ['s3://b-1/a.vcf', 's3://b-1/b.vcf'], created: null }])
    const decision = await skipImported(
      inputs,
      [item('s3://b-1/a.vcf'), item('s3://b-1/b.vcf', AFTER)],
      new JobBook(() => client),
      deps,
      'run-1'
    )
    expect([...decision.skipped.keys()]).toEqual(['s3://b-1/a.vcf', 's3://b-1/b.vcf'])
    expect(decision.reimported).toEqual([])
    expect(s3Asked).toBe(0)
    expect(deps.logs[0]).toBe(
      'info: Import history of s: 1 job read; skipping 2 items already imported (or importing)'
    )
  })

  it('without an S3 client, every file is skipped as before, with one warning naming them all', async () => {
    serve([
      { id: J(1), status: 'COMPLETED', sources: ['s3://b-1/a.vcf', 's3://b-1/b.vcf', 's3://b-1/c.vcf'] }
    ])
    const noS3 = fakeDeps(client)
    const decision = await skipImported(
      inputs,
      [item('s3://b-1/a.vcf'), item('s3://b-1/b.vcf'), item('s3://b-1/c.vcf', BEFORE)],
      new JobBook(() => client),
      noS3,
      'run-1'
    )
    expect([...decision.skipped.keys()]).toEqual(['s3://b-1/a.vcf', 's3://b-1/b.vcf', 's3://b-1/c.vcf'])
    expect(noS3.logs.filter(line => line.startsWith('warning:'))).toEqual([
      'warning: skip-imported: could not tell whether s3://b-1/a.vcf, s3://b-1/b.vcf changed since the jobs that imported them (no S3 client: Error: no S3 client in this test); skipped as imported.'
    ])
  })

  it('a file HeadObject cannot read is skipped as before, with a warning naming the permission', async () => {
    serve([{ id: J(1), status: 'COMPLETED', sources: ['s3://b-1/denied.vcf', 's3://b-1/ok.vcf'] }])
    s3.on(HeadObjectCommand, { Key: 'denied.vcf' }).rejects(awsError('Forbidden', 403, 'Forbidden'))
    s3.on(HeadObjectCommand, { Key: 'ok.vcf' }).resolves({ LastModified: AFTER })
    const decision = await skipImported(
      inputs,
      [item('s3://b-1/denied.vcf'), item('s3://b-1/ok.vcf')],
      new JobBook(() => client),
      deps,
      'run-1'
    )
    expect([...decision.skipped]).toEqual([['s3://b-1/denied.vcf', J(1)]])
    expect(decision.reimported.map(past => past.uri)).toEqual(['s3://b-1/ok.vcf'])
    expect(deps.logs.filter(line => line.startsWith('warning:'))).toEqual([
      `warning: skip-imported: could not tell whether s3://b-1/denied.vcf changed since job ${J(1)} imported it (HeadObject: Forbidden: Forbidden); skipped as imported. Reading it needs s3:GetObject.`
    ])
  })

  it('a HeadObject failing because the run was cancelled ends the phase with that error, not a warning', async () => {
    serve([{ id: J(1), status: 'COMPLETED', sources: ['s3://b-1/a.vcf'] }])
    const aborted = Object.assign(new Error('The operation was aborted'), { name: 'AbortError' })
    s3.on(HeadObjectCommand).callsFake(() => {
      deps.controller.abort()
      throw aborted
    })
    await expect(
      skipImported(inputs, [item('s3://b-1/a.vcf')], new JobBook(() => client), deps, 'run-1')
    ).rejects.toBe(aborted)
    expect(deps.logs.filter(line => line.startsWith('warning:'))).toEqual([])
  })

  it('sends at most 8 HeadObject calls at once', async () => {
    const uris = Array.from({ length: 9 }, (_, n) => `s3://b-1/f${n}.vcf`)
    serve([{ id: J(1), status: 'COMPLETED', sources: uris }])
    let inFlight = 0
    let most = 0
    s3.on(HeadObjectCommand).callsFake(async () => {
      most = Math.max(most, ++inFlight)
      for (let n = 0; n < 10; n++) await Promise.resolve()
      inFlight--
      return { LastModified: BEFORE }
    })
    const decision = await skipImported(
      inputs,
      uris.map(uri => item(uri)),
      new JobBook(() => client),
      deps,
      'run-1'
    )
    expect(decision.skipped.size).toBe(9)
    expect(s3.commandCalls(HeadObjectCommand)).toHaveLength(9)
    expect(most).toBe(8)
  })

  it('reads the history once when the remembered skips hold (its progress is said once)', async () => {
    serve(Array.from({ length: 500 }, (_, n) => ({ id: J(n), status: 'COMPLETED' as const, sources: [] })))
    /** A book answering every job at once with no files. */
    const book = { detail: async (s: JobSummary) => ({ ...s, items: [] }) } as unknown as JobBook
    await skipImported({ ...inputs, maxHistory: 1_000 }, [item('s3://b-1/a.vcf')], book, deps, 'run-1')
    expect(deps.logs).toEqual([
      'info: Reading import history: 500 of ~500 jobs',
      'info: Import history of s: 500 jobs read; no item was imported before'
    ])
  })

  it('a history longer than max-history fails before any decision, reading and saving nothing more', async () => {
    serve(Array.from({ length: 101 }, (_, n) => ({ id: J(n), status: 'COMPLETED' as const, sources: [] })))
    const store = new FakeCacheStore()
    const memory = new JobMemory(store, historyScope(inputs), deps.log)
    await expect(
      skipImported(
        inputs,
        [item('s3://b-1/a.vcf')],
        new JobBook(() => client, undefined, undefined, memory),
        deps,
        'r'
      )
    ).rejects.toThrow(
      'The import history of s is longer than max-history (100 jobs), so skip-imported cannot be answered from all of it'
    )
    expect(getIds()).toEqual([])
    expect(store.events).toEqual(['restore'])
  })

  it("with a version, reads only that version's jobs, and keeps the cache entry of that region, store and version", async () => {
    serve([
      { id: J(1), status: 'COMPLETED', sources: ['s3://b-1/a.vcf'], version: 'v2' },
      { id: J(2), status: 'COMPLETED', sources: ['s3://b-1/a.vcf'], version: 'v1' }
    ])
    const versioned = { ...inputs, versionName: 'v2' }
    const store = new FakeCacheStore()
    const memory = new JobMemory(store, historyScope(versioned), deps.log)
    const decision = await skipImported(
      versioned,
      [item('s3://b-1/a.vcf', BEFORE)],
      new JobBook(() => client, undefined, undefined, memory),
      deps,
      'run-9'
    )
    expect([...decision.skipped]).toEqual([['s3://b-1/a.vcf', J(1)]])
    expect(getIds()).toEqual([J(1)])
    expect(store.asked).toEqual(['healthomics-import-history-v1-us-east-1-s-v2-'])
    expect(store.entries.map(([key]) => key)).toEqual(['healthomics-import-history-v1-us-east-1-s-v2-run-9'])
  })

  it('with the history cache: restores before the List, re-reads the remembered jobs behind skips, saves after, and says how many came from it', async () => {
    const scope = historyScope(inputs)
    const store = new FakeCacheStore()
    store.entries.push([
      `${cacheKeyPrefix(scope)}run-0`,
      entry(scope, [{ id: J(1), status: 'COMPLETED', sources: ['s3://b-1/a.vcf'] }])
    ])
    serve([
      { id: J(2), status: 'COMPLETED', sources: ['s3://b-1/b.vcf'] },
      { id: J(1), status: 'COMPLETED', sources: ['s3://b-1/a.vcf'] }
    ])
    omics.on(ListAnnotationImportJobsCommand).callsFake(() => {
      store.events.push('list')
      return {
        annotationImportJobs: [J(2), J(1)].map(id => ({
          id,
          destinationName: 's',
          versionName: 'default',
          roleArn: ROLE_ARN,
          status: 'COMPLETED',
          creationTime: CREATED
        }))
      }
    })
    const memory = new JobMemory(store, scope, deps.log)
    const decision = await skipImported(
      inputs,
      [item('s3://b-1/a.vcf', BEFORE), item('s3://b-1/b.vcf', BEFORE)],
      new JobBook(() => client, undefined, undefined, memory),
      deps,
      'run-1'
    )
    expect([...decision.skipped]).toEqual([
      ['s3://b-1/a.vcf', J(1)],
      ['s3://b-1/b.vcf', J(2)]
    ])
    expect(store.events).toEqual(['restore', 'list', 'save'])
    // J2 read for the decision, J1 (answered from the cache) read again to check the cache.
    expect(getIds()).toEqual([J(2), J(1)])
    expect(store.entries.at(-1)?.[0]).toBe('healthomics-import-history-v1-us-east-1-s-*-run-1')
    expect(deps.logs).toEqual([
      'info: Import history cache: 1 finished jobs remembered',
      'info: Import history cache: 1 remembered job behind the skips read again with Get: as remembered',
      'info: Import history cache: saved 2 finished jobs',
      'info: Import history of s: 2 jobs read (1 job from the cache); skipping 2 items already imported (or importing)',
      `info: Skipping s3://b-1/a.vcf: imported by job ${J(1)}`,
      `info: Skipping s3://b-1/b.vcf: imported by job ${J(2)}`
    ])
  })

  it('a cache entry that lies about a job is dropped, and the file it claimed is imported', async () => {
    const scope = historyScope(inputs)
    const store = new FakeCacheStore()
    store.entries.push([
      `${cacheKeyPrefix(scope)}run-0`,
      entry(scope, [{ id: J(1), status: 'COMPLETED', sources: ['s3://b-1/new.vcf'] }])
    ])
    serve([{ id: J(1), status: 'COMPLETED', sources: ['s3://b-1/a.vcf'] }])
    const memory = new JobMemory(store, scope, deps.log)
    const decision = await skipImported(
      inputs,
      [item('s3://b-1/new.vcf', BEFORE), item('s3://b-1/a.vcf', BEFORE)],
      new JobBook(() => client, undefined, undefined, memory),
      deps,
      'run-1'
    )
    expect([...decision.skipped]).toEqual([['s3://b-1/a.vcf', J(1)]])
    expect(deps.logs).toEqual([
      'info: Import history cache: 1 finished jobs remembered',
      `warning: Import history cache: the entry is not used (it gives job ${J(1)} other files than GetAnnotationImportJob does); reading every job's details.`,
      'info: Import history cache: saved 1 finished jobs',
      'info: Import history of s: 1 job read (0 jobs from the cache); skipping 1 item already imported (or importing)',
      `info: Skipping s3://b-1/a.vcf: imported by job ${J(1)}`
    ])
    expect(JSON.parse(store.entries.at(-1)?.[1] ?? '').jobs[J(1)].items).toEqual([
      ['s3://b-1/a.vcf', 'COMPLETED']
    ])
  })
})

describe('rememberedSkipsHold', () => {
  const scope = { storeName: 's', versionName: 'default' }
  const summaryOf = (id: string): JobSummary => ({
    id,
    status: 'COMPLETED',
    versionName: 'default',
    roleArn: ROLE_ARN
  })

  /** `count` jobs remembered by the cache and answered from it, each skipping one file; Get agrees unless told. */
  async function recalled(count: number, lies: string[] = []) {
    const jobs = Array.from({ length: count }, (_, n) => ({
      id: `r${n}`,
      status: 'COMPLETED',
      sources: [`s3://b-1/f${n}.vcf`]
    }))
    const store = new FakeCacheStore()
    store.entries.push([`${cacheKeyPrefix(scope)}0`, entry(scope, jobs)])
    const memory = new JobMemory(store, scope, deps.log)
    await memory.restore()
    const book = new JobBook(() => client, undefined, undefined, memory)
    const history = jobs.map(job => summaryOf(job.id))
    for (const summary of history) await book.detail(summary)
    omics.on(GetAnnotationImportJobCommand).callsFake((input: { jobId: string }) => ({
      status: 'COMPLETED',
      items: [
        {
          source: lies.includes(input.jobId) ? 's3://b-1/other.vcf' : `s3://b-1/f${input.jobId.slice(1)}.vcf`,
          jobStatus: 'COMPLETED'
        }
      ]
    }))
    const skipped = new Map(jobs.map(job => [job.sources[0] as string, job.id]))
    deps.logs.length = 0
    return { memory, book, history, skipped }
  }

  it('holds without a cache, reading nothing', async () => {
    const book = new JobBook(() => client)
    const skipped = new Map([['s3://b-1/a.vcf', J(1)]])
    await expect(rememberedSkipsHold(book, [summaryOf(J(1))], skipped, deps)).resolves.toBe(true)
    expect(getIds()).toEqual([])
    expect(deps.logs).toEqual([])
  })

  it('holds, quietly, when no skip was answered from the cache', async () => {
    const { book, history } = await recalled(3)
    const memory = book.memory as JobMemory
    memory.learn({ ...summaryOf('r0'), items: [{ source: 's3://b-1/f0.vcf', jobStatus: 'COMPLETED' }] })
    await expect(
      rememberedSkipsHold(book, history, new Map([['s3://b-1/f0.vcf', 'r0']]), deps)
    ).resolves.toBe(true)
    await expect(rememberedSkipsHold(book, history, new Map(), deps)).resolves.toBe(true)
    expect(getIds()).toEqual([])
    expect(deps.logs).toEqual([])
  })

  it('reads a job behind several skips once', async () => {
    const { book, history } = await recalled(2)
    const skipped = new Map([
      ['s3://b-1/f0.vcf', 'r0'],
      ['s3://b-1/x.vcf', 'r0']
    ])
    await expect(rememberedSkipsHold(book, history, skipped, deps)).resolves.toBe(true)
    expect(getIds()).toEqual(['r0'])
    expect(deps.logs).toEqual([
      'info: Import history cache: 1 remembered job behind the skips read again with Get: as remembered'
    ])
  })

  it.each([19, 20])(
    `reads all of %i remembered jobs behind skips again (up to ${VERIFY_AT_MOST})`,
    async count => {
      const { book, history, skipped } = await recalled(count)
      await expect(rememberedSkipsHold(book, history, skipped, deps)).resolves.toBe(true)
      expect([...getIds()].sort()).toEqual(history.map(job => job.id).sort())
      expect(deps.logs).toEqual([
        `info: Import history cache: ${count} remembered jobs behind the skips read again with Get: as remembered`
      ])
    }
  )

  it.each([
    [0, 'r20'],
    [0.999, 'r19']
  ])(
    `of 21, reads a random sample of ${VERIFY_AT_MOST} (random() = %d leaves %s out)`,
    async (random, left) => {
      const { book, history, skipped } = await recalled(21)
      await expect(
        rememberedSkipsHold(book, history, skipped, { ...deps, random: () => random })
      ).resolves.toBe(true)
      expect(getIds()).toHaveLength(VERIFY_AT_MOST)
      expect([...getIds()].sort()).toEqual(
        history
          .map(job => job.id)
          .filter(id => id !== left)
          .sort()
      )
      expect(deps.logs).toEqual([
        `info: Import history cache: ${VERIFY_AT_MOST} remembered jobs behind the skips read again with Get: as remembered`
      ])
    }
  )

  it('a job Get gives other files than the cache does drops the entry, and the jobs answered from it are read again', async () => {
    const { memory, book, history, skipped } = await recalled(3, ['r1'])
    await expect(rememberedSkipsHold(book, history, skipped, deps)).resolves.toBe(false)
    expect(deps.logs).toEqual([
      "warning: Import history cache: the entry is not used (it gives job r1 other files than GetAnnotationImportJob does); reading every job's details."
    ])
    expect(memory.hits).toBe(0)
    omics.resetHistory()
    // Every job answered from the entry was read again by the check, so nothing is asked twice.
    for (const summary of history) await book.detail(summary)
    expect(getIds()).toEqual([])
  })

  it('after a lying entry, the jobs it answered and the check did not read are read with Get', async () => {
    const { book, history, skipped } = await recalled(25, ['r0', 'r1', 'r2', 'r3', 'r4'])
    await expect(rememberedSkipsHold(book, history, skipped, { ...deps, random: () => 0 })).resolves.toBe(
      false
    )
    // The check read r0..r19 (random() = 0 keeps the first 20); r20..r24 were answered from the entry.
    omics.resetHistory()
    for (const summary of history) await book.detail(summary)
    expect(getIds()).toEqual(['r20', 'r21', 'r22', 'r23', 'r24'])
  })
})

describe('the remembered jobs behind skips are read again', () => {
  const SCOPE = { storeName: 's', versionName: 'default' }
  let service: ServiceJobs

  /** One night of skip-imported over `uris`: restore, read, check the remembered skips, save. */
  async function night(store: FakeCacheStore, uris: string[], runKey = '1') {
    omics.resetHistory()
    const deps = fakeDeps(client)
    const memory = new JobMemory(store, SCOPE, deps.log)
    const book = new JobBook(() => client, undefined, undefined, memory)
    await memory.restore()
    const history = listedJobs(service)
    let found = await importedItems(book, history, uris, SCOPE, deps)
    if (!(await rememberedSkipsHold(book, history, found, deps)))
      found = await importedItems(book, history, uris, SCOPE, deps)
    await memory.save(history, runKey)
    return { found: [...found], gets: getIds(), logs: deps.logs, hits: memory.hits }
  }

  const forged = (claims: Record<string, string[]>): string =>
    JSON.stringify({
      format: 1,
      storeName: 's',
      versionName: 'default',
      jobs: Object.fromEntries(
        [...service].map(([id, job]) => [
          id,
          {
            status: job.status,
            versionName: 'default',
            items: (claims[id] ?? job.sources).map(source => [source, job.status])
          }
        ])
      )
    })

  beforeEach(() => {
    service = new Map()
    answerGets(omics, service)
  })

  it('an entry claiming a file for a finished job that did not import it is dropped, and the file is not skipped', async () => {
    addJobs(service, 50)
    const store = new FakeCacheStore()
    store.entries.push([`${cacheKeyPrefix(SCOPE)}0`, forged({ j7: ['s3://b-1/new.vcf'] })])
    const run = await night(store, ['s3://b-1/new.vcf', 's3://b-1/f3.vcf', 's3://b-1/tonight.vcf'], '1')
    // Without the check, the entry would have skipped new.vcf as imported by j7.
    expect(run.found).toEqual([['s3://b-1/f3.vcf', 'j3']])
    expect(run.gets).toHaveLength(50)
    expect(new Set(run.gets).size).toBe(50)
    expect(run.hits).toBe(0)
    expect(run.logs).toContain(
      "warning: Import history cache: the entry is not used (it gives job j7 other files than GetAnnotationImportJob does); reading every job's details."
    )
    // What was saved is what this run read with Get, not the forged claim.
    const saved = JSON.parse(store.entries.at(-1)?.[1] ?? '{}')
    expect(saved.jobs.j7.items).toEqual([['s3://b-1/f7.vcf', 'COMPLETED']])
  })

  it(`past ${VERIFY_AT_MOST} remembered jobs behind skips, a random sample of ${VERIFY_AT_MOST} is read again`, async () => {
    addJobs(service, 100)
    const store = new FakeCacheStore()
    store.entries.push([`${cacheKeyPrefix(SCOPE)}0`, forged({})])
    const uris = Array.from({ length: 60 }, (_, n) => `s3://b-1/f${n}.vcf`)
    const run = await night(store, uris, '1')
    expect(run.found).toHaveLength(60)
    expect(run.gets).toHaveLength(VERIFY_AT_MOST)
    expect(run.gets.every(id => Number(id.slice(1)) < 60)).toBe(true)
    expect(run.logs).toContain(
      `info: Import history cache: ${VERIFY_AT_MOST} remembered jobs behind the skips read again with Get: as remembered`
    )
  })

  it('skips that came from Get this run are not read again', async () => {
    addJobs(service, 5)
    const run = await night(new FakeCacheStore(), ['s3://b-1/f1.vcf'], '1')
    expect(run.gets.filter(id => id === 'j1')).toHaveLength(1)
  })
})
