// Finished jobs remembered between runs (job-cache.ts) with a fake cache store and the SDK mocked: a warm
// night reads with Get only new or unfinished jobs and decides as a cold night does; a bad, missing or
// mismatched entry, or a cache outage, means a full read; an entry is trusted only for jobs the fresh
// List shows in the same terminal status.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { GetAnnotationImportJobCommand } from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { importedItems, JobBook } from '../src/phases/history.js'
import { type JobSummary } from '../src/model/import-job.js'
import {
  CACHE_FORMAT,
  type CacheScope,
  type CacheStore,
  cacheKeyPrefix,
  JobMemory,
  parseEntry,
  runKey,
  UnreadableEntry
} from '../src/phases/job-cache.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { addJobs, answerGets, FakeCacheStore, listedJobs, type ServiceJobs } from './helpers/job-history.js'
import { omicsClient, ROLE_ARN } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)
const SCOPE = { storeName: 's', versionName: 'default' }

let service: ServiceJobs

const gets = (): string[] =>
  omics.commandCalls(GetAnnotationImportJobCommand).map(c => c.args[0].input.jobId ?? '')

/** One night of skip-imported over `uris`: restore, read, decide, save. */
async function night(store: CacheStore | undefined, uris: string[], runKey = '1') {
  omics.resetHistory()
  const deps = fakeDeps(client)
  const memory = store && new JobMemory(store, SCOPE, deps.log)
  const book = new JobBook(() => client, undefined, undefined, memory)
  await memory?.restore()
  const history = listedJobs(service)
  const found = await importedItems(book, history, uris, SCOPE, deps)
  await memory?.save(history, runKey)
  return { found: [...found], gets: gets(), logs: deps.logs, hits: memory?.hits }
}

const WANTED = ['s3://b-1/f3.vcf', 's3://b-1/f250.vcf', 's3://b-1/f302.vcf', 's3://b-1/new.vcf']

beforeEach(() => {
  omics.reset()
  service = new Map()
  answerGets(omics, service)
})

describe('the import history cache', () => {
  it('a second night reads with Get only the new and the unfinished jobs, and decides as a cold night does', async () => {
    addJobs(service, 300)
    addJobs(service, 1, 'IN_PROGRESS') // j300
    const store = new FakeCacheStore()
    const cold = await night(store, WANTED)
    expect(cold.gets).toHaveLength(301)
    expect(store.entries).toHaveLength(1)
    // The next night: the running job finished, and three jobs were started.
    service.set('j300', { status: 'COMPLETED', sources: ['s3://b-1/f300.vcf'] })
    addJobs(service, 3)
    const warm = await night(store, WANTED, '2')
    expect(warm.gets.sort()).toEqual(['j300', 'j301', 'j302', 'j303'])
    expect(store.entries).toHaveLength(2)
    const coldTonight = await night(undefined, WANTED)
    expect(coldTonight.gets).toHaveLength(304)
    expect(warm.found).toEqual(coldTonight.found)
    expect(warm.found).toEqual([
      ['s3://b-1/f3.vcf', 'j3'],
      ['s3://b-1/f250.vcf', 'j250'],
      ['s3://b-1/f302.vcf', 'j302']
    ])
  })

  it('does not trust an entry for a job the fresh List shows in another status', async () => {
    addJobs(service, 5)
    const store = new FakeCacheStore()
    store.entries.push([
      `${cacheKeyPrefix(SCOPE)}0`,
      JSON.stringify({
        format: 1,
        storeName: 's',
        versionName: 'default',
        jobs: {
          // A forged entry: j1 said to have imported a file it did not, and j2 as FAILED though the List says COMPLETED.
          j1: { status: 'COMPLETED', versionName: 'default', items: [['s3://b-1/new.vcf', 'COMPLETED']] },
          j2: { status: 'FAILED', versionName: 'default', items: [] },
          gone: { status: 'COMPLETED', versionName: 'default', items: [['s3://b-1/f3.vcf', 'COMPLETED']] }
        }
      })
    ])
    service.set('j1', { status: 'IN_PROGRESS', sources: ['s3://b-1/f1.vcf'] })
    const run = await night(store, ['s3://b-1/new.vcf', 's3://b-1/f2.vcf', 's3://b-1/f3.vcf'])
    expect(run.gets.sort()).toEqual(['j0', 'j1', 'j2', 'j3', 'j4'])
    expect(run.found).toEqual([
      ['s3://b-1/f2.vcf', 'j2'],
      ['s3://b-1/f3.vcf', 'j3']
    ])
  })

  it.each([
    ['not JSON', '{', 'it is not valid JSON'],
    [
      'another format',
      JSON.stringify({ format: 0, storeName: 's', versionName: 'default', jobs: {} }),
      'its format is 0, not 1'
    ],
    [
      'another store',
      JSON.stringify({ format: 1, storeName: 't', versionName: 'default', jobs: {} }),
      'it is for store t'
    ],
    [
      'a malformed job',
      JSON.stringify({
        format: 1,
        storeName: 's',
        versionName: 'default',
        jobs: { j0: { status: 'COMPLETED' } }
      }),
      'job j0 in it is malformed'
    ]
  ])('an entry with %s is not used: one line says so, and every job is read', async (_name, text, reason) => {
    addJobs(service, 4)
    const store = new FakeCacheStore()
    store.entries.push([`${cacheKeyPrefix(SCOPE)}0`, text])
    const run = await night(store, WANTED)
    expect(run.gets).toHaveLength(4)
    expect(run.logs.filter(line => line.includes('Import history cache: the entry was not used'))).toEqual([
      expect.stringContaining(reason)
    ])
  })

  it('a cache outage warns and reads everything; the run goes on', async () => {
    addJobs(service, 4)
    const store = new FakeCacheStore()
    store.failRestore = true
    store.failSave = true
    const run = await night(store, ['s3://b-1/f1.vcf'])
    expect(run.found).toEqual([['s3://b-1/f1.vcf', 'j1']])
    expect(run.gets).toHaveLength(4)
    expect(run.logs.filter(line => /cache: could not be (restored|saved)/.test(line))).toHaveLength(2)
  })

  it('an entry found but unreadable is one notice, not a warning; a read-only cache is not saved, quietly', async () => {
    addJobs(service, 3)
    const store = new FakeCacheStore()
    store.unreadable = true
    store.readOnly = true
    const run = await night(store, WANTED)
    expect(run.gets).toHaveLength(3)
    expect(run.logs.filter(line => line.includes('Import history cache'))).toEqual([
      "info: Import history cache: the entry was not used (tar failed with exit code 2); reading every job's details.",
      'info: Import history cache: not saved (Cache save skipped: the cache-mode does not permit writes)'
    ])
    expect(run.logs.some(line => line.startsWith('warning'))).toBe(false)
  })
})

describe('cache keys', () => {
  it('name the format, the region, the store and the version (* for any), and end in a dash for the run key', () => {
    expect(CACHE_FORMAT).toBe(1)
    expect(cacheKeyPrefix({ region: 'eu-west-1', storeName: 'my_store', versionName: 'v1' })).toBe(
      'healthomics-import-history-v1-eu-west-1-my_store-v1-'
    )
    expect(cacheKeyPrefix({ storeName: 'my_store' })).toBe('healthomics-import-history-v1-my_store-*-')
  })

  it('give each run, attempt and moment an entry of its own; outside a workflow run, "local" and attempt 1', () => {
    expect(runKey({ GITHUB_RUN_ID: '9876', GITHUB_RUN_ATTEMPT: '3' }, 1_700_000_000_000)).toBe(
      '9876-3-1700000000000'
    )
    expect(runKey({}, 5)).toBe('local-1-5')
    expect(runKey({ GITHUB_RUN_ID: '', GITHUB_RUN_ATTEMPT: '' }, 5)).toBe('local-1-5')
    expect(runKey({ GITHUB_RUN_ID: '12', GITHUB_RUN_ATTEMPT: '2' }, 5)).not.toBe(
      runKey({ GITHUB_RUN_ID: '12', GITHUB_RUN_ATTEMPT: '1' }, 5)
    )
  })
})

describe('parseEntry', () => {
  const entry = (fields: Record<string, unknown>): string =>
    JSON.stringify({ format: 1, storeName: 's', versionName: 'default', jobs: {}, ...fields })
  const job = (fields: Record<string, unknown> = {}) => ({
    status: 'COMPLETED',
    versionName: 'default',
    items: [['s3://b-1/a.vcf', 'COMPLETED']],
    ...fields
  })

  it.each([
    ['{', 'it is not valid JSON'],
    ['null', 'it is not an object'],
    ['5', 'it is not an object'],
    ['"text"', 'it is not an object'],
    ['[]', 'its format is undefined, not 1'],
    [entry({ format: 2 }), 'its format is 2, not 1'],
    [entry({ format: '1' }), 'its format is 1, not 1'],
    [entry({ storeName: 't' }), 'it is for store t'],
    [entry({ storeName: undefined }), 'it is for store undefined'],
    [entry({ versionName: 'other' }), 'it is for version other'],
    [entry({ versionName: null }), 'it is for version null'],
    [entry({ jobs: undefined }), 'it has no jobs'],
    [entry({ jobs: null }), 'it has no jobs'],
    [entry({ jobs: 5 }), 'it has no jobs']
  ])('%s is not used: %s', (text, reason) => {
    expect(parseEntry(text, { storeName: 's', versionName: 'default' })).toBe(reason)
  })

  it.each([
    ['a number', 5],
    ['null', null],
    ['a string', 'COMPLETED'],
    ['no status', job({ status: undefined })],
    ['a status that is no string', job({ status: 5 })],
    ['a job not finished', job({ status: 'IN_PROGRESS' })],
    ['no version', job({ versionName: undefined })],
    ['a version that is no string', job({ versionName: 1 })],
    ['no items', job({ items: undefined })],
    ['items that are no list', job({ items: {} })],
    ['an item that is no pair', job({ items: ['s3://b-1/a.vcf'] })],
    ['an item whose source is no string', job({ items: [[1, 'COMPLETED']] })],
    ['an item whose status is no string', job({ items: [['s3://b-1/a.vcf', 2]] })],
    ['one bad item among good ones', job({ items: [['s3://b-1/a.vcf', 'COMPLETED'], ['s3://b-1/b.vcf']] })]
  ])('a job with %s makes the whole entry unusable, naming the job', (_name, bad) => {
    const text = entry({ jobs: { good: job(), 'job-7': bad } })
    expect(parseEntry(text, { storeName: 's', versionName: 'default' })).toBe('job job-7 in it is malformed')
  })

  it('gives the finished jobs by id; an entry for any version has a null version', () => {
    const jobs = {
      a: job(),
      b: job({ status: 'COMPLETED_WITH_FAILURES', versionName: 'v2', items: [] }),
      c: job({ status: 'FAILED' }),
      d: job({ status: 'CANCELLED', items: [['s3://b-1/d.vcf', 'CANCELLED']] })
    }
    expect(parseEntry(entry({ versionName: null, jobs }), { storeName: 's' })).toEqual(
      new Map(Object.entries(jobs))
    )
    expect(parseEntry(entry({ jobs: {} }), { storeName: 's', versionName: 'default' })).toEqual(new Map())
  })
})

describe('JobMemory', () => {
  /** A store that records what it is asked and answers as told. */
  class RecordingStore implements CacheStore {
    asked: string[] = []
    saved: [string, string][] = []
    restoreWith: () => Promise<string | undefined> = async () => undefined
    saveWith: () => Promise<string | void> = async () => undefined
    restore(prefix: string): Promise<string | undefined> {
      this.asked.push(prefix)
      return this.restoreWith()
    }
    save(key: string, text: string): Promise<string | void> {
      this.saved.push([key, text])
      return this.saveWith()
    }
  }

  const ANY: CacheScope = { storeName: 's' }
  const remembered = {
    j1: {
      status: 'COMPLETED',
      versionName: 'default',
      items: [
        ['s3://b-1/a.vcf', 'COMPLETED'],
        ['s3://b-1/b.vcf', 'FAILED']
      ]
    },
    j2: { status: 'FAILED', versionName: 'default', items: [['s3://b-1/c.vcf', 'FAILED']] },
    j5: { status: 'COMPLETED', versionName: 'default', items: [['s3://b-1/e.vcf', 'COMPLETED']] },
    gone: { status: 'COMPLETED', versionName: 'default', items: [] }
  }
  const summary = (id: string, status = 'COMPLETED', versionName = 'default'): JobSummary => ({
    id,
    status,
    versionName,
    roleArn: ROLE_ARN
  })

  async function restored(scope: CacheScope = ANY) {
    const store = new RecordingStore()
    store.restoreWith = async () =>
      JSON.stringify({ format: 1, storeName: 's', versionName: scope.versionName ?? null, jobs: remembered })
    const deps = fakeDeps(client)
    const memory = new JobMemory(store, scope, deps.log)
    await memory.restore()
    return { store, memory, logs: deps.logs }
  }

  it("restores the newest entry under the scope's prefix, and says how many jobs it remembers", async () => {
    const scope = { region: 'eu-west-1', storeName: 's', versionName: 'default' }
    const { store, logs } = await restored(scope)
    expect(store.asked).toEqual(['healthomics-import-history-v1-eu-west-1-s-default-'])
    expect(logs).toEqual(['info: Import history cache: 4 finished jobs remembered'])
  })

  it.each([
    [
      'no entry',
      async () => undefined,
      "info: Import history cache: no entry yet; reading every job's details."
    ],
    [
      'an entry it cannot use',
      async () => JSON.stringify({ format: 1, storeName: 't', versionName: null, jobs: {} }),
      "info: Import history cache: the entry was not used (it is for store t); reading every job's details."
    ],
    [
      'an entry found but unreadable',
      () => Promise.reject(new UnreadableEntry('tar failed')),
      "info: Import history cache: the entry was not used (tar failed); reading every job's details."
    ],
    [
      'a cache service that fails',
      () => Promise.reject(new Error('ECONNREFUSED')),
      "warning: Import history cache: could not be restored (ECONNREFUSED); reading every job's details."
    ],
    [
      'something thrown that is no error',
      () => Promise.reject('down'),
      "warning: Import history cache: could not be restored (down); reading every job's details."
    ]
  ])('%s: one line, and nothing is remembered', async (_name, answer, line) => {
    const store = new RecordingStore()
    store.restoreWith = answer
    const deps = fakeDeps(client)
    const memory = new JobMemory(store, ANY, deps.log)
    await memory.restore()
    expect(deps.logs).toEqual([line])
    expect(memory.recall(summary('j1'))).toBeUndefined()
    expect(memory.hits).toBe(0)
  })

  it('an unreadable entry is an error of its own name', () => {
    const error = new UnreadableEntry('x')
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('UnreadableEntry')
    expect(error.message).toBe('x')
  })

  it('recalls a job only when the List shows it in the same finished status and version', async () => {
    const { memory } = await restored()
    expect(memory.recall(summary('j1', 'IN_PROGRESS'))).toBeUndefined()
    expect(memory.recall(summary('j1', 'FAILED'))).toBeUndefined()
    expect(memory.recall(summary('j1', 'COMPLETED', 'other'))).toBeUndefined()
    expect(memory.recall(summary('unknown'))).toBeUndefined()
    expect(memory.hits).toBe(0)
    expect(memory.wasRecalled('j1')).toBe(false)
    const listed = { ...summary('j1'), creationTime: new Date(5) }
    expect(memory.recall(listed)).toStrictEqual({
      ...listed,
      items: [
        { source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' },
        { source: 's3://b-1/b.vcf', jobStatus: 'FAILED' }
      ]
    })
    expect(memory.recall(summary('j2', 'FAILED'))?.items).toEqual([
      { source: 's3://b-1/c.vcf', jobStatus: 'FAILED' }
    ])
    expect(memory.hits).toBe(2)
    expect(memory.wasRecalled('j1')).toBe(true)
    expect(memory.wasRecalled('j5')).toBe(false)
  })

  it("saves what it recalled, learned or still remembers of the List's jobs in the same status, under this run's key", async () => {
    const { store, memory, logs } = await restored()
    memory.recall(summary('j1'))
    memory.learn({ ...summary('j3'), items: [{ source: 's3://b-1/d.vcf', jobStatus: 'COMPLETED' }] })
    memory.learn({
      ...summary('j4', 'IN_PROGRESS'),
      items: [{ source: 's3://b-1/f.vcf', jobStatus: 'IN_PROGRESS' }]
    })
    const history = [
      summary('j4', 'IN_PROGRESS'),
      summary('j3'),
      // Remembered FAILED, listed COMPLETED: not saved.
      summary('j2', 'COMPLETED'),
      summary('j1'),
      summary('j5'),
      summary('never-read')
    ]
    await memory.save(history, 'run-7')
    expect(store.saved).toEqual([
      [
        'healthomics-import-history-v1-s-*-run-7',
        JSON.stringify({
          format: 1,
          storeName: 's',
          versionName: null,
          jobs: {
            j3: { status: 'COMPLETED', versionName: 'default', items: [['s3://b-1/d.vcf', 'COMPLETED']] },
            j1: remembered.j1,
            j5: remembered.j5
          }
        })
      ]
    ])
    expect(logs.at(-1)).toBe('info: Import history cache: saved 3 finished jobs')
  })

  it('what Get read replaces what was remembered, and a job read with Get is no longer a recalled one', async () => {
    const { store, memory } = await restored({ storeName: 's', versionName: 'default' })
    memory.recall(summary('j1'))
    const read = { ...summary('j1'), items: [{ source: 's3://b-1/z.vcf', jobStatus: 'COMPLETED' }] }
    memory.learn(read)
    expect(memory.wasRecalled('j1')).toBe(false)
    await memory.save([summary('j1')], 'k')
    expect(JSON.parse(store.saved[0]?.[1] ?? '')).toEqual({
      format: 1,
      storeName: 's',
      versionName: 'default',
      jobs: { j1: { status: 'COMPLETED', versionName: 'default', items: [['s3://b-1/z.vcf', 'COMPLETED']] } }
    })
  })

  it.each([
    [
      'a read-only cache',
      async () => 'Cache save skipped: read-only',
      'info: Import history cache: not saved (Cache save skipped: read-only)'
    ],
    [
      'a failure',
      () => Promise.reject(new Error('ECONNRESET')),
      'warning: Import history cache: could not be saved (ECONNRESET); the next run reads more.'
    ]
  ])('a save refused by %s is one line; the run goes on', async (_name, answer, line) => {
    const store = new RecordingStore()
    store.saveWith = answer
    const deps = fakeDeps(client)
    await new JobMemory(store, ANY, deps.log).save([], 'k')
    expect(deps.logs).toEqual([line])
  })

  it('agrees with a Get that gives the files and item statuses it remembered, in any order', async () => {
    const { memory } = await restored()
    const detail = (items: [string, string][], id = 'j1') => ({
      ...summary(id),
      items: items.map(([source, jobStatus]) => ({ source, jobStatus }))
    })
    expect(
      memory.agrees(
        detail([
          ['s3://b-1/b.vcf', 'FAILED'],
          ['s3://b-1/a.vcf', 'COMPLETED']
        ])
      )
    ).toBe(true)
    expect(
      memory.agrees(
        detail([
          ['s3://b-1/a.vcf', 'COMPLETED'],
          ['s3://b-1/b.vcf', 'COMPLETED']
        ])
      )
    ).toBe(false)
    expect(memory.agrees(detail([['s3://b-1/a.vcf', 'COMPLETED']]))).toBe(false)
    expect(memory.agrees(detail([], 'unknown'))).toBe(false)
  })

  it('distrust drops the whole entry, keeps what Get read, and gives the ids recalled from it', async () => {
    const { store, memory, logs } = await restored()
    memory.recall(summary('j5'))
    memory.recall(summary('j1'))
    memory.learn({ ...summary('j3'), items: [] })
    expect(memory.distrust('it lies')).toEqual(['j5', 'j1'])
    expect(logs.at(-1)).toBe(
      "warning: Import history cache: the entry is not used (it lies); reading every job's details."
    )
    expect(memory.hits).toBe(0)
    expect(memory.wasRecalled('j1')).toBe(false)
    expect(memory.recall(summary('j1'))).toBeUndefined()
    expect(
      memory.agrees({ ...summary('j5'), items: [{ source: 's3://b-1/e.vcf', jobStatus: 'COMPLETED' }] })
    ).toBe(false)
    await memory.save([summary('j1'), summary('j3'), summary('j5')], 'k')
    expect(Object.keys(JSON.parse(store.saved[0]?.[1] ?? '').jobs)).toEqual(['j3'])
    expect(memory.distrust('again')).toEqual([])
  })
})
