// Job look-ups with the SDK mocked: every page read up to the bound, each job's detail read once,
// decisions per item, and the lost-answer look-up anchored on the service's clock.
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetAnnotationImportJobCommand,
  type JobStatus,
  ListAnnotationImportJobsCommand
} from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DETAILS_IN_FLIGHT,
  historyTooLong,
  importedItems,
  type JobDetail,
  JobBook,
  type JobSummary,
  listJobs
} from '../src/phases/history.js'
import { type CacheStore, JobMemory } from '../src/phases/job-cache.js'
import type { Pace } from '../src/phases/pace.js'
import { findStartedJob } from '../src/phases/start-recovery.js'
import { StepError } from '../src/shared/errors.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { awsError, omicsClient, ROLE_ARN } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)
/** A job id (the model's pattern) for a name, the same each time: List answers carry ids of that form. */
const names: string[] = []
const id = (name: string): string => {
  if (!names.includes(name)) names.push(name)
  return `00000000-0000-4000-8000-${String(names.indexOf(name)).padStart(12, '0')}`
}
const summary = (id: string, status: JobStatus, createdMs: number, extra: Record<string, unknown> = {}) => ({
  id,
  destinationName: 's',
  versionName: 'default',
  roleArn: ROLE_ARN,
  status,
  creationTime: new Date(createdMs),
  updateTime: new Date(createdMs),
  ...extra
})
/** A summary as listJobs returns it. */
const job = (id: string, status = 'COMPLETED', extra: Partial<JobSummary> = {}): JobSummary => ({
  id,
  status,
  versionName: 'default',
  roleArn: ROLE_ARN,
  ...extra
})
/** The options a call was sent with (the SDK's second argument to send). */
const sentWith = (call: { args: unknown[] }): unknown => call.args[1]
const listInputs = () => omics.commandCalls(ListAnnotationImportJobsCommand).map(c => c.args[0].input)
const getIds = () => omics.commandCalls(GetAnnotationImportJobCommand).map(c => c.args[0].input.jobId)

/** A pace that does nothing: only its middleware on the command is looked at. */
const quietPace: Pace = {
  acquire: async () => undefined,
  onSuccess: () => undefined,
  onThrottle: () => undefined
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void
  const promise = new Promise<T>(done => (resolve = done))
  return { promise, resolve }
}

/** Lets every pending promise callback run. */
const settle = async (): Promise<void> => {
  for (let n = 0; n < 20; n++) await Promise.resolve()
}

beforeEach(() => void omics.reset())

describe('listJobs', () => {
  it('reads every page, newest first', async () => {
    omics
      .on(ListAnnotationImportJobsCommand)
      .resolvesOnce({ annotationImportJobs: [summary(id('a'), 'COMPLETED', 1)], nextToken: 't1' })
      .resolvesOnce({ annotationImportJobs: [summary(id('b'), 'COMPLETED', 3)], nextToken: 't2' })
      .resolves({ annotationImportJobs: [summary(id('c'), 'FAILED', 2)] })
    const jobs = await listJobs(client, { storeName: 's', maxJobs: 100 }, fakeDeps(client), 'x')
    expect(jobs.map(job => job.id)).toEqual([id('b'), id('c'), id('a')])
    // The SDK's paginator reuses one input object, so only the count and the filter can be checked here.
    const calls = omics.commandCalls(ListAnnotationImportJobsCommand)
    expect(calls).toHaveLength(3)
    for (const call of calls)
      expect(call.args[0].input).toMatchObject({ filter: { storeName: 's' }, maxResults: 100 })
  })

  it("sends 100 a page, the store as filter, the previous page's token, and the run's signal", async () => {
    omics
      .on(ListAnnotationImportJobsCommand)
      .resolvesOnce({
        annotationImportJobs: [summary(id('a'), 'COMPLETED', 1, { destinationName: 'my_store' })],
        nextToken: 't1'
      })
      .resolvesOnce({ annotationImportJobs: [], nextToken: 't2' })
      .resolves({ annotationImportJobs: [summary(id('b'), 'COMPLETED', 2, { destinationName: 'my_store' })] })
    const deps = fakeDeps(client)
    const jobs = await listJobs(client, { storeName: 'my_store', maxJobs: 100 }, deps, 'x')
    expect(listInputs()).toStrictEqual([
      { maxResults: 100, filter: { storeName: 'my_store' } },
      { maxResults: 100, filter: { storeName: 'my_store' }, nextToken: 't1' },
      { maxResults: 100, filter: { storeName: 'my_store' }, nextToken: 't2' }
    ])
    for (const call of omics.commandCalls(ListAnnotationImportJobsCommand))
      expect(sentWith(call)).toEqual({ abortSignal: deps.signal })
    expect(jobs.map(job => job.id)).toEqual([id('b'), id('a')])
    expect(deps.logs).toEqual([])
  })

  it('paces each page when given a pace, and adds nothing to the command without one', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({ annotationImportJobs: [] })
    await listJobs(client, { storeName: 's', maxJobs: 100 }, fakeDeps(client), 'x', quietPace)
    await listJobs(client, { storeName: 's', maxJobs: 100 }, fakeDeps(client), 'x')
    const [withPace, without] = omics.commandCalls(ListAnnotationImportJobsCommand)
    expect(withPace?.args[0].middlewareStack.identify()).toEqual(['historyReadPace - deserialize'])
    expect(without?.args[0].middlewareStack.identify()).toEqual([])
  })

  it('an empty token ends the listing; a page with no job list and a token goes on', async () => {
    omics
      .on(ListAnnotationImportJobsCommand)
      .resolvesOnce({ nextToken: 't1' })
      .resolvesOnce({ annotationImportJobs: [summary(id('a'), 'COMPLETED', 1)], nextToken: '' })
      .resolves({ annotationImportJobs: [summary(id('never'), 'COMPLETED', 1)] })
    const jobs = await listJobs(client, { storeName: 's', maxJobs: 100 }, fakeDeps(client), 'x')
    expect(jobs.map(job => job.id)).toEqual([id('a')])
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)).toHaveLength(2)
  })

  it("keeps the listing's fields, fills the missing ones, and leaves out entries without an id or status and other stores' jobs", async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [
        summary(id('full'), 'COMPLETED', 5),
        // Entries as a service could answer them, with fields missing.
        { id: id('bare'), status: 'SUBMITTED' } as never,
        { id: id('no-status'), destinationName: 's' } as never,
        { status: 'COMPLETED', destinationName: 's' } as never,
        summary(id('other-store'), 'COMPLETED', 6, { destinationName: 't' })
      ]
    })
    const deps = fakeDeps(client)
    const jobs = await listJobs(client, { storeName: 's', maxJobs: 100 }, deps, 'x')
    expect(jobs).toStrictEqual([
      {
        id: id('full'),
        status: 'COMPLETED',
        versionName: 'default',
        roleArn: ROLE_ARN,
        creationTime: new Date(5)
      },
      { id: id('bare'), status: 'SUBMITTED', versionName: '', roleArn: '' }
    ])
    // None of them is an untrusted id.
    expect(deps.logs).toEqual([])
  })

  it('sorts newest first; a job without a creation time goes last', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [
        summary(id('untimed'), 'COMPLETED', 0, { creationTime: undefined }),
        summary(id('old'), 'COMPLETED', 1_000),
        summary(id('new'), 'COMPLETED', 3_000),
        summary(id('mid'), 'COMPLETED', 2_000)
      ]
    })
    const jobs = await listJobs(client, { storeName: 's', maxJobs: 100 }, fakeDeps(client), 'x')
    expect(jobs.map(job => job.id)).toEqual([id('new'), id('mid'), id('old'), id('untimed')])
  })

  it('throws, naming the bound and the fix, when the history is longer than maxJobs', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: Array.from({ length: 100 }, (_, n) => summary(id(`j${n}`), 'COMPLETED', n)),
      nextToken: 'more'
    })
    await expect(
      listJobs(client, { storeName: 's', maxJobs: 250 }, fakeDeps(client), 'skip-imported')
    ).rejects.toThrow(
      'The import history of s is longer than max-history (250 jobs), so skip-imported cannot be answered from all of it'
    )
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)).toHaveLength(3)
  })

  it.each([
    [99, 'throws'],
    [100, 'answers'],
    [101, 'answers']
  ])('max-history %i against exactly 100 jobs: %s', async (maxJobs, outcome) => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: Array.from({ length: 100 }, (_, n) => summary(id(`j${n}`), 'COMPLETED', n))
    })
    const listing = listJobs(client, { storeName: 's', maxJobs }, fakeDeps(client), 'the look-up')
    if (outcome === 'throws') await expect(listing).rejects.toThrow(historyTooLong('s', 99, 'the look-up'))
    else await expect(listing).resolves.toHaveLength(100)
  })

  it('the bound counts the jobs of every page read so far, untrusted ids included', async () => {
    const page = (from: number, count: number, bad = 0) => ({
      annotationImportJobs: [
        ...Array.from({ length: count }, (_, n) => summary(id(`p${from + n}`), 'COMPLETED', from + n)),
        ...Array.from({ length: bad }, (_, n) => summary(`bad-${from + n}`, 'COMPLETED', 0))
      ]
    })
    omics
      .on(ListAnnotationImportJobsCommand)
      .resolvesOnce({ ...page(0, 60), nextToken: 't' })
      .resolves(page(60, 0, 40))
    await expect(
      listJobs(client, { storeName: 's', maxJobs: 100 }, fakeDeps(client), 'x')
    ).resolves.toHaveLength(60)
    omics.reset()
    omics
      .on(ListAnnotationImportJobsCommand)
      .resolvesOnce({ ...page(0, 60), nextToken: 't' })
      .resolves(page(60, 0, 41))
    await expect(
      listJobs(client, { storeName: 's', maxJobs: 100 }, fakeDeps(client), 'x')
    ).rejects.toBeInstanceOf(StepError)
  })

  it('entries left out (no id or status, another store) count towards the bound: a listing of them never runs on', async () => {
    const leftOut = {
      annotationImportJobs: [
        { id: id('other'), status: 'COMPLETED' as const, destinationName: 'other_store' },
        { id: undefined, status: 'COMPLETED' as const },
        { id: id('nostatus'), status: undefined }
      ],
      nextToken: 'again'
    }
    omics.on(ListAnnotationImportJobsCommand).resolves(leftOut as never) // entries the model says always have these fields
    await expect(
      listJobs(client, { storeName: 's', maxJobs: 10 }, fakeDeps(client), 'the look-up')
    ).rejects.toThrow(historyTooLong('s', 10, 'the look-up'))
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)).toHaveLength(4) // 12 entries > 10
  })

  it('an empty page that points to another counts as one: endless empty pages are cut at the bound', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({ annotationImportJobs: [], nextToken: 'again' })
    await expect(
      listJobs(client, { storeName: 's', maxJobs: 5 }, fakeDeps(client), 'x')
    ).rejects.toBeInstanceOf(StepError)
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)).toHaveLength(6)
  })

  it('an empty last page does not count: exactly max-history jobs, then nothing, is answered', async () => {
    omics
      .on(ListAnnotationImportJobsCommand)
      .resolvesOnce({
        annotationImportJobs: Array.from({ length: 5 }, (_, n) => summary(id(`e${n}`), 'COMPLETED', n)),
        nextToken: 't'
      })
      .resolves({ annotationImportJobs: [] })
    await expect(
      listJobs(client, { storeName: 's', maxJobs: 5 }, fakeDeps(client), 'x')
    ).resolves.toHaveLength(5)
  })

  it('the message of a history too long says how to go on', () => {
    const error = historyTooLong('my_store', 1_000_000, 'the look-up')
    expect(error).toBeInstanceOf(StepError)
    expect(error.message).toBe(
      'The import history of my_store is longer than max-history (1,000,000 jobs), so the look-up cannot be answered ' +
        'from all of it; no job was started. Raise max-history (up to 1,000,000; each 100 jobs cost one ' +
        'ListAnnotationImportJobs call, and each job read one GetAnnotationImportJob call), or import into a new store version.'
    )
  })

  it.each([
    [9, []],
    [10, ['info: Reading the import history of s: 10 jobs listed so far']],
    [
      21,
      [
        'info: Reading the import history of s: 10 jobs listed so far',
        'info: Reading the import history of s: 20 jobs listed so far'
      ]
    ]
  ])('a listing of %i pages says how far it got every 10 pages', async (pages, lines) => {
    let page = 0
    omics.on(ListAnnotationImportJobsCommand).callsFake(() => {
      page++
      return {
        annotationImportJobs: [summary(id(`page${page}`), 'COMPLETED', page)],
        ...(page < pages && { nextToken: `t${page}` })
      }
    })
    const deps = fakeDeps(client)
    await expect(listJobs(client, { storeName: 's', maxJobs: 100 }, deps, 'x')).resolves.toHaveLength(pages)
    expect(deps.logs).toEqual(lines)
  })
})

describe('JobBook', () => {
  const detailOf = (status: string | undefined, items?: { source?: string; jobStatus?: string }[]) => ({
    ...(status !== undefined && { status: status as JobStatus }),
    ...(items && { items: items as never })
  })

  it("reads a job once with Get, its id as input, and takes the service's status and items", async () => {
    omics.on(GetAnnotationImportJobCommand).resolves(
      detailOf('COMPLETED_WITH_FAILURES', [
        { source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' },
        { source: 's3://b-1/b.vcf', jobStatus: 'FAILED' }
      ])
    )
    const book = new JobBook(() => client)
    const listed = job(id('a'), 'IN_PROGRESS', { creationTime: new Date(7) })
    const first = await book.detail(listed)
    const again = await book.detail(listed)
    expect(first).toStrictEqual({
      id: id('a'),
      status: 'COMPLETED_WITH_FAILURES',
      versionName: 'default',
      roleArn: ROLE_ARN,
      creationTime: new Date(7),
      items: [
        { source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' },
        { source: 's3://b-1/b.vcf', jobStatus: 'FAILED' }
      ]
    })
    expect(again).toBe(first)
    expect(omics.commandCalls(GetAnnotationImportJobCommand).map(c => c.args[0].input)).toStrictEqual([
      { jobId: id('a') }
    ])
    expect(book.gets).toBe(1)
  })

  it("keeps the listing's status when Get gives none, and fills items and their fields that are missing", async () => {
    omics
      .on(GetAnnotationImportJobCommand, { jobId: id('none') })
      .resolves(detailOf(undefined))
      .on(GetAnnotationImportJobCommand, { jobId: id('blank') })
      .resolves(detailOf('COMPLETED', [{}, { source: 's3://b-1/x.vcf' }]))
    const book = new JobBook(() => client)
    expect(await book.detail(job(id('none'), 'SUBMITTED'))).toStrictEqual({
      ...job(id('none'), 'SUBMITTED'),
      items: []
    })
    expect((await book.detail(job(id('blank'), 'IN_PROGRESS'))).items).toStrictEqual([
      { source: '', jobStatus: '' },
      { source: 's3://b-1/x.vcf', jobStatus: '' }
    ])
    expect(book.gets).toBe(2)
  })

  it("sends under the book's signal, or the one given for a look-up, and without one sends no options", async () => {
    omics.on(GetAnnotationImportJobCommand).resolves(detailOf('COMPLETED', []))
    const own = new AbortController().signal
    const cleanup = new AbortController().signal
    const book = new JobBook(() => client, own)
    await book.detail(job(id('a')))
    await book.detail(job(id('b')), cleanup)
    await new JobBook(() => client).detail(job(id('c')))
    expect(omics.commandCalls(GetAnnotationImportJobCommand).map(sentWith)).toEqual([
      { abortSignal: own },
      { abortSignal: cleanup },
      {}
    ])
    const [first, second, third] = omics.commandCalls(GetAnnotationImportJobCommand).map(sentWith) as object[]
    expect((first as { abortSignal: AbortSignal }).abortSignal).toBe(own)
    expect((second as { abortSignal: AbortSignal }).abortSignal).toBe(cleanup)
    expect(third).toStrictEqual({})
  })

  it('paces every Get with its pace', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves(detailOf('COMPLETED', []))
    const book = new JobBook(() => client, undefined, quietPace)
    expect(book.pace).toBe(quietPace)
    await book.detail(job(id('a')))
    await new JobBook(() => client).detail(job(id('b')))
    const [paced, plain] = omics.commandCalls(GetAnnotationImportJobCommand)
    expect(paced?.args[0].middlewareStack.identify()).toEqual(['historyReadPace - deserialize'])
    expect(plain?.args[0].middlewareStack.identify()).toEqual([])
  })

  it('a Get that failed is not remembered: the next look-up asks again', async () => {
    omics
      .on(GetAnnotationImportJobCommand)
      .rejectsOnce(awsError('InternalServerException', 500))
      .resolves(detailOf('COMPLETED', [{ source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' }]))
    const book = new JobBook(() => client)
    await expect(book.detail(job(id('a')))).rejects.toThrow('InternalServerException message')
    await settle()
    const detail = await book.detail(job(id('a')))
    expect(detail.items).toEqual([{ source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' }])
    expect(book.gets).toBe(2)
  })

  it('reread asks Get even for a job read before, and what it read answers the next look-up', async () => {
    omics
      .on(GetAnnotationImportJobCommand)
      .resolvesOnce(detailOf('COMPLETED', [{ source: 's3://b-1/old.vcf', jobStatus: 'COMPLETED' }]))
      .resolves(detailOf('COMPLETED', [{ source: 's3://b-1/new.vcf', jobStatus: 'COMPLETED' }]))
    const book = new JobBook(() => client)
    await book.detail(job(id('a')))
    const fresh = await book.reread(job(id('a')))
    expect(fresh.items).toEqual([{ source: 's3://b-1/new.vcf', jobStatus: 'COMPLETED' }])
    expect(await book.detail(job(id('a')))).toBe(fresh)
    expect(getIds()).toEqual([id('a'), id('a')])
    expect(book.gets).toBe(2)
  })

  it('a reread that failed is not remembered either', async () => {
    omics
      .on(GetAnnotationImportJobCommand)
      .rejectsOnce(awsError('ThrottlingException', 400))
      .resolves(detailOf('COMPLETED', []))
    const book = new JobBook(() => client)
    await expect(book.reread(job(id('a')))).rejects.toThrow('ThrottlingException message')
    await settle()
    await book.detail(job(id('a')))
    expect(getIds()).toEqual([id('a'), id('a')])
  })

  it('forget makes the next look-up of those jobs, and only those, ask again', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves(detailOf('COMPLETED', []))
    const book = new JobBook(() => client)
    await book.detail(job(id('a')))
    await book.detail(job(id('b')))
    book.forget([id('a')])
    await book.detail(job(id('a')))
    await book.detail(job(id('b')))
    expect(getIds()).toEqual([id('a'), id('b'), id('a')])
  })

  it('answers a finished job from memory without a Get, once, and teaches memory what Get read', async () => {
    const saved: string[] = []
    const store: CacheStore = {
      restore: async () =>
        JSON.stringify({
          format: 1,
          storeName: 's',
          versionName: null,
          jobs: {
            [id('remembered')]: {
              status: 'COMPLETED',
              versionName: 'default',
              items: [['s3://b-1/a.vcf', 'COMPLETED']]
            }
          }
        }),
      save: async (_key, text) => void saved.push(text)
    }
    const deps = fakeDeps(client)
    const memory = new JobMemory(store, { storeName: 's' }, deps.log)
    await memory.restore()
    omics.on(GetAnnotationImportJobCommand).resolves(detailOf('FAILED', []))
    const book = new JobBook(() => client, undefined, undefined, memory)
    expect(book.memory).toBe(memory)
    const remembered = job(id('remembered'))
    const recalled = await book.detail(remembered)
    expect(await book.detail(remembered)).toBe(recalled)
    expect(recalled).toStrictEqual({
      ...remembered,
      items: [{ source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' }]
    })
    expect(memory.hits).toBe(1)
    expect(book.gets).toBe(0)
    await book.detail(job(id('read'), 'FAILED'))
    expect(getIds()).toEqual([id('read')])
    await memory.save([remembered, job(id('read'), 'FAILED')], 'k')
    expect(Object.keys(JSON.parse(saved[0] ?? '{}').jobs)).toEqual([id('remembered'), id('read')])
  })
})

describe('importedItems', () => {
  it('decides per item, reads no FAILED or CANCELLED job, and each job once', async () => {
    const history = [
      summary('cwf', 'COMPLETED_WITH_FAILURES', 5),
      summary('running', 'IN_PROGRESS', 4),
      summary('failed', 'FAILED', 3),
      summary('cancelled', 'CANCELLED', 2),
      summary('done', 'COMPLETED', 1)
    ].map(job => ({ ...job, creationTime: job.creationTime }))
    omics.on(GetAnnotationImportJobCommand, { jobId: 'cwf' }).resolves({
      status: 'COMPLETED_WITH_FAILURES',
      items: [
        { source: 's3://b-1/bad.vcf', jobStatus: 'FAILED' },
        { source: 's3://b-1/good.vcf', jobStatus: 'COMPLETED' }
      ]
    })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: 'running' })
      .resolves({ status: 'IN_PROGRESS', items: [{ source: 's3://b-1/run.vcf', jobStatus: 'IN_PROGRESS' }] })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: 'done' })
      .resolves({ status: 'COMPLETED', items: [{ source: 's3://b-1/good.vcf', jobStatus: 'COMPLETED' }] })
    const book = new JobBook(() => client)
    const uris = ['s3://b-1/bad.vcf', 's3://b-1/good.vcf', 's3://b-1/run.vcf', 's3://b-1/new.vcf']
    const found = await importedItems(
      book,
      history.map(({ destinationName: _d, updateTime: _u, ...job }) => job),
      uris,
      {},
      fakeDeps(client)
    )
    expect([...found]).toEqual([
      ['s3://b-1/good.vcf', 'cwf'],
      ['s3://b-1/run.vcf', 'running']
    ])
    expect(
      omics
        .commandCalls(GetAnnotationImportJobCommand)
        .map(c => c.args[0].input.jobId)
        .sort()
    ).toEqual(['cwf', 'done', 'running'])
    await book.detail({ id: 'cwf', status: 'x', versionName: '', roleArn: '' })
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(3)
  })

  it('stops reading once every item is settled', async () => {
    const history = Array.from({ length: 50 }, (_, n) => ({
      id: `j${n}`,
      status: 'COMPLETED',
      versionName: 'default',
      roleArn: ROLE_ARN,
      creationTime: new Date(50 - n)
    }))
    omics
      .on(GetAnnotationImportJobCommand)
      .resolves({ status: 'COMPLETED', items: [{ source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' }] })
    const found = await importedItems(
      new JobBook(() => client),
      history,
      ['s3://b-1/a.vcf'],
      {},
      fakeDeps(client)
    )
    expect(found.get('s3://b-1/a.vcf')).toBe('j0')
    expect(omics.commandCalls(GetAnnotationImportJobCommand).length).toBeLessThanOrEqual(5)
    // The first DETAILS_IN_FLIGHT Gets are sent together; none after the first answer settles the file.
    expect(getIds()).toEqual(['j0', 'j1', 'j2', 'j3', 'j4'])
  })

  it(`reads at most ${DETAILS_IN_FLIGHT} jobs at once, and every candidate while an item is unsettled`, async () => {
    let inFlight = 0
    let most = 0
    omics.on(GetAnnotationImportJobCommand).callsFake(async () => {
      most = Math.max(most, ++inFlight)
      await settle()
      inFlight--
      return { status: 'COMPLETED', items: [{ source: 's3://b-1/other.vcf', jobStatus: 'COMPLETED' }] }
    })
    const history = Array.from({ length: 12 }, (_, n) => job(`j${n}`))
    const found = await importedItems(
      new JobBook(() => client),
      history,
      ['s3://b-1/a.vcf'],
      {},
      fakeDeps(client)
    )
    expect(found.size).toBe(0)
    expect(most).toBe(DETAILS_IN_FLIGHT)
    expect(getIds()).toEqual(history.map(job => job.id))
  })

  it('files of the history no item names do not settle anything: the reading goes on for the items', async () => {
    omics.on(GetAnnotationImportJobCommand).callsFake((input: { jobId: string }) => ({
      status: 'COMPLETED',
      items: [
        {
          source:
            input.jobId === 'j0'
              ? 's3://b-1/a.vcf'
              : input.jobId === 'j9'
                ? 's3://b-1/b.vcf'
                : 's3://b-1/x.vcf',
          jobStatus: 'COMPLETED'
        }
      ]
    }))
    const history = Array.from({ length: 12 }, (_, n) => job(`j${n}`))
    const found = await importedItems(
      new JobBook(() => client),
      history,
      ['s3://b-1/b.vcf', 's3://b-1/a.vcf'],
      {},
      fakeDeps(client)
    )
    // In the items' order, not the history's.
    expect([...found]).toEqual([
      ['s3://b-1/b.vcf', 'j9'],
      ['s3://b-1/a.vcf', 'j0']
    ])
    expect(getIds()).toEqual(history.slice(0, 10).map(job => job.id))
  })

  it.each([
    ['the newer job answers last', ['j1', 'j0']],
    ['the newer job answers first', ['j0', 'j1']]
  ])('of two jobs that imported a file, the newer one is kept when %s', async (_name, order) => {
    const answers = new Map(order.map(jobId => [jobId, deferred<void>()]))
    omics.on(GetAnnotationImportJobCommand).callsFake(async (input: { jobId: string }) => {
      await answers.get(input.jobId)?.promise
      return { status: 'COMPLETED', items: [{ source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' }] }
    })
    const reading = importedItems(
      new JobBook(() => client),
      [job('j0'), job('j1')],
      ['s3://b-1/a.vcf'],
      {},
      fakeDeps(client)
    )
    for (const jobId of order) {
      await settle()
      answers.get(jobId)?.resolve()
    }
    expect([...(await reading)]).toEqual([['s3://b-1/a.vcf', 'j0']])
  })

  it('with a version, looks only at jobs into that version', async () => {
    const history = [
      { id: 'v1', status: 'COMPLETED', versionName: 'release_1', roleArn: ROLE_ARN },
      { id: 'v2', status: 'COMPLETED', versionName: 'release_2', roleArn: ROLE_ARN }
    ]
    omics
      .on(GetAnnotationImportJobCommand)
      .resolves({ status: 'COMPLETED', items: [{ source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' }] })
    const found = await importedItems(
      new JobBook(() => client),
      history,
      ['s3://b-1/a.vcf'],
      { versionName: 'release_2' },
      fakeDeps(client)
    )
    expect([...found]).toEqual([['s3://b-1/a.vcf', 'v2']])
    expect(omics.commandCalls(GetAnnotationImportJobCommand).map(c => c.args[0].input.jobId)).toEqual(['v2'])
  })

  it('without a version, looks at the jobs into every version', async () => {
    omics
      .on(GetAnnotationImportJobCommand)
      .resolves({ status: 'COMPLETED', items: [{ source: 's3://b-1/other.vcf', jobStatus: 'COMPLETED' }] })
    const history = [
      job('v1', 'COMPLETED', { versionName: 'release_1' }),
      job('v2', 'SUBMITTED', { versionName: '' })
    ]
    await importedItems(new JobBook(() => client), history, ['s3://b-1/a.vcf'], {}, fakeDeps(client))
    expect(getIds()).toEqual(['v1', 'v2'])
  })

  it('an item counts by its own status: a failed item of a finished job is not imported', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves({
      status: 'COMPLETED_WITH_FAILURES',
      items: [
        { source: 's3://b-1/failed.vcf', jobStatus: 'FAILED' },
        { source: 's3://b-1/cancelled.vcf', jobStatus: 'CANCELLED' },
        { source: 's3://b-1/done.vcf', jobStatus: 'COMPLETED' }
      ]
    })
    const found = await importedItems(
      new JobBook(() => client),
      [job('j0', 'COMPLETED_WITH_FAILURES')],
      ['s3://b-1/failed.vcf', 's3://b-1/cancelled.vcf', 's3://b-1/done.vcf'],
      {},
      fakeDeps(client)
    )
    expect([...found]).toEqual([['s3://b-1/done.vcf', 'j0']])
  })

  describe('says how far it got every 500 jobs read', () => {
    /** A book answering every job at once with no files: only the counting is looked at. */
    const emptyBook = {
      detail: async (s: JobSummary): Promise<JobDetail> => ({ ...s, items: [] })
    } as unknown as JobBook
    const read = async (count: number) => {
      const deps = fakeDeps(client)
      const history = Array.from({ length: count }, (_, n) => job(`j${n}`))
      // A FAILED job is no candidate and is not counted.
      history.push(job('failed', 'FAILED'))
      await importedItems(emptyBook, history, ['s3://b-1/a.vcf'], {}, deps)
      return deps.logs
    }

    it.each([
      [499, []],
      [500, ['info: Reading import history: 500 of ~500 jobs']],
      [
        1_200,
        [
          'info: Reading import history: 500 of ~1,200 jobs',
          'info: Reading import history: 1,000 of ~1,200 jobs'
        ]
      ]
    ])('%i jobs', async (count, lines) => expect(await read(count)).toEqual(lines))
  })
})

describe('findStartedJob', () => {
  const request = { destinationName: 's', roleArn: ROLE_ARN, items: [{ source: 's3://b-1/a.vcf' }] }
  const detail = {
    status: 'SUBMITTED' as const,
    items: [{ source: 's3://b-1/a.vcf', jobStatus: 'SUBMITTED' as const }]
  }

  it('never adopts a job created before the first try by the service clock; of several after it, the earliest, naming the others', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [
        summary(id('before'), 'COMPLETED', 9_000),
        summary(id('second'), 'SUBMITTED', 10_500),
        summary(id('first'), 'SUBMITTED', 10_200)
      ]
    })
    omics.on(GetAnnotationImportJobCommand).resolves(detail)
    const deps = fakeDeps(client)
    const found = await findStartedJob(
      client,
      new JobBook(() => client),
      { request, claimed: new Set(), maxJobs: 100, notBefore: () => 10_000 },
      deps
    )
    expect(found).toBe(id('first'))
    expect(
      omics
        .commandCalls(GetAnnotationImportJobCommand)
        .map(c => c.args[0].input.jobId)
        .sort()
    ).toEqual([id('first'), id('second')].sort())
    expect(deps.logs.join('\n')).toContain(
      `2 jobs created since this run's first try import the same files: taking the earliest, ${id('first')}; also found ${id('second')}`
    )
  })

  it('refuses to answer when the service clock is unknown', async () => {
    omics
      .on(ListAnnotationImportJobsCommand)
      .resolves({ annotationImportJobs: [summary(id('x'), 'SUBMITTED', 1)] })
    await expect(
      findStartedJob(
        client,
        new JobBook(() => client),
        { request, claimed: new Set(), maxJobs: 100, notBefore: () => undefined },
        fakeDeps(client)
      )
    ).rejects.toThrow("the service's clock is unknown")
  })
})

describe('ids the service answers are checked', () => {
  it('List entries whose id is not a job id are left out, with one warning, and never read', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [
        summary(id('good'), 'COMPLETED', 2),
        summary('$(touch /tmp/x) <img src=x>', 'COMPLETED', 3),
        summary('../annotationStore/s', 'COMPLETED', 4),
        summary('ABCDEF00-0000-4000-8000-000000000001', 'COMPLETED', 5)
      ]
    })
    const deps = fakeDeps(client)
    const jobs = await listJobs(client, { storeName: 's', maxJobs: 100 }, deps, 'skip-imported')
    expect(jobs.map(job => job.id)).toEqual([id('good')])
    const warnings = deps.logs.filter(line => line.includes('not a job id'))
    expect(warnings).toEqual([
      expect.stringContaining(
        "ListAnnotationImportJobs listed 3 jobs of s whose id is not a job id (the model's pattern): they are not trusted, and left out of skip-imported"
      )
    ])
    expect(deps.logs.join('\n')).not.toContain('touch')
  })

  it('one such entry is said in the singular', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [summary(id('good'), 'COMPLETED', 2), summary('not-an-id', 'COMPLETED', 3)]
    })
    const deps = fakeDeps(client)
    await listJobs(client, { storeName: 'my_store', maxJobs: 100 }, deps, 'the look-up')
    expect(deps.logs).toEqual([
      "warning: ListAnnotationImportJobs listed 1 job of my_store whose id is not a job id (the model's pattern): it is not trusted, and left out of the look-up"
    ])
  })

  it('pages of bad ids still count towards max-history: an endless listing ends', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: Array.from({ length: 100 }, (_, n) => summary(`bad-${n}`, 'COMPLETED', n)),
      nextToken: 'more'
    })
    await expect(
      listJobs(client, { storeName: 's', maxJobs: 250 }, fakeDeps(client), 'skip-imported')
    ).rejects.toThrow('longer than max-history (250 jobs)')
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)).toHaveLength(3)
  })
})
