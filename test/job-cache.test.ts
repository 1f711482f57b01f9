// Finished jobs remembered between runs (job-cache.ts) with a fake cache store and the SDK mocked: a warm
// night reads with Get only new or unfinished jobs and decides as a cold night does; a bad, missing or
// mismatched entry, or a cache outage, means a full read; an entry is trusted only for jobs the fresh
// List shows in the same terminal status.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { GetAnnotationImportJobCommand } from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { importedItems, JobBook } from '../src/phases/history.js'
import { type JobSummary } from '../src/model/import-job.js'
import { type CacheStore, cacheKeyPrefix, JobMemory, UnreadableEntry } from '../src/phases/job-cache.js'
import { rememberedSkipsHold, VERIFY_AT_MOST } from '../src/phases/skip-imported.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { omicsClient, ROLE_ARN } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)
const SCOPE = { storeName: 's', versionName: 'default' }

/** The service's jobs: id -> status and sources; Get answers from it. */
let service: Map<string, { status: string; sources: string[] }>

function addJobs(count: number, status = 'COMPLETED'): void {
  const start = service.size
  for (let n = start; n < start + count; n++)
    service.set(`j${n}`, { status, sources: [`s3://b-1/f${n}.vcf`] })
}

function listed(): JobSummary[] {
  return [...service].reverse().map(([id, job], n) => ({
    id,
    status: job.status,
    versionName: 'default',
    roleArn: ROLE_ARN,
    creationTime: new Date(1e9 - n)
  }))
}

class FakeStore implements CacheStore {
  entries: [string, string][] = []
  failRestore = false
  failSave = false
  unreadable = false
  readOnly = false
  async restore(prefix: string): Promise<string | undefined> {
    if (this.failRestore) throw new Error('cache service unavailable')
    if (this.unreadable) throw new UnreadableEntry('tar failed with exit code 2')
    return [...this.entries].reverse().find(([key]) => key.startsWith(prefix))?.[1]
  }
  async save(key: string, text: string): Promise<string | void> {
    if (this.failSave) throw new Error('cache service unavailable')
    if (this.readOnly) return 'Cache save skipped: the cache-mode does not permit writes'
    this.entries.push([key, text])
  }
}

const gets = (): string[] =>
  omics.commandCalls(GetAnnotationImportJobCommand).map(c => c.args[0].input.jobId ?? '')

/** One night of skip-imported over `uris`: restore, read, decide (checking the remembered skips when `check`), save. */
async function night(store: CacheStore | undefined, uris: string[], runKey = '1', check = false) {
  omics.resetHistory()
  const deps = fakeDeps(client)
  const memory = store && new JobMemory(store, SCOPE, deps.log)
  const book = new JobBook(() => client, undefined, undefined, memory)
  await memory?.restore()
  const history = listed()
  let found = await importedItems(book, history, uris, SCOPE, deps)
  if (check && !(await rememberedSkipsHold(book, history, found, deps)))
    found = await importedItems(book, history, uris, SCOPE, deps)
  await memory?.save(history, runKey)
  return { found: [...found], gets: gets(), logs: deps.logs, hits: memory?.hits }
}

const WANTED = ['s3://b-1/f3.vcf', 's3://b-1/f250.vcf', 's3://b-1/f302.vcf', 's3://b-1/new.vcf']

beforeEach(() => {
  omics.reset()
  service = new Map()
  omics.on(GetAnnotationImportJobCommand).callsFake((input: { jobId: string }) => {
    const job = service.get(input.jobId)
    return { status: job?.status, items: job?.sources.map(source => ({ source, jobStatus: job.status })) }
  })
})

describe('the import history cache', () => {
  it('a second night reads with Get only the new and the unfinished jobs, and decides as a cold night does', async () => {
    addJobs(300)
    addJobs(1, 'IN_PROGRESS') // j300
    const store = new FakeStore()
    const cold = await night(store, WANTED)
    expect(cold.gets).toHaveLength(301)
    expect(store.entries).toHaveLength(1)
    // The next night: the running job finished, and three jobs were started.
    service.set('j300', { status: 'COMPLETED', sources: ['s3://b-1/f300.vcf'] })
    addJobs(3)
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
    addJobs(5)
    const store = new FakeStore()
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
    addJobs(4)
    const store = new FakeStore()
    store.entries.push([`${cacheKeyPrefix(SCOPE)}0`, text])
    const run = await night(store, WANTED)
    expect(run.gets).toHaveLength(4)
    expect(run.logs.filter(line => line.includes('Import history cache: the entry was not used'))).toEqual([
      expect.stringContaining(reason)
    ])
  })

  it('a cache outage warns and reads everything; the run goes on', async () => {
    addJobs(4)
    const store = new FakeStore()
    store.failRestore = true
    store.failSave = true
    const run = await night(store, ['s3://b-1/f1.vcf'])
    expect(run.found).toEqual([['s3://b-1/f1.vcf', 'j1']])
    expect(run.gets).toHaveLength(4)
    expect(run.logs.filter(line => /cache: could not be (restored|saved)/.test(line))).toHaveLength(2)
  })

  it('an entry found but unreadable is one notice, not a warning; a read-only cache is not saved, quietly', async () => {
    addJobs(3)
    const store = new FakeStore()
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

describe('the remembered jobs behind skips are read again', () => {
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

  it('an entry claiming a file for a finished job that did not import it is dropped, and the file is not skipped', async () => {
    addJobs(50)
    const store = new FakeStore()
    store.entries.push([`${cacheKeyPrefix(SCOPE)}0`, forged({ j7: ['s3://b-1/new.vcf'] })])
    const run = await night(store, ['s3://b-1/new.vcf', 's3://b-1/f3.vcf', 's3://b-1/tonight.vcf'], '1', true)
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
    addJobs(100)
    const store = new FakeStore()
    store.entries.push([`${cacheKeyPrefix(SCOPE)}0`, forged({})])
    const uris = Array.from({ length: 60 }, (_, n) => `s3://b-1/f${n}.vcf`)
    const run = await night(store, uris, '1', true)
    expect(run.found).toHaveLength(60)
    expect(run.gets).toHaveLength(VERIFY_AT_MOST)
    expect(run.gets.every(id => Number(id.slice(1)) < 60)).toBe(true)
    expect(run.logs).toContain(
      `info: Import history cache: ${VERIFY_AT_MOST} remembered jobs behind the skips read again with Get: as remembered`
    )
  })

  it('skips that came from Get this run are not read again', async () => {
    addJobs(5)
    const run = await night(new FakeStore(), ['s3://b-1/f1.vcf'], '1', true)
    expect(run.gets.filter(id => id === 'j1')).toHaveLength(1)
  })
})
