// findStartedJob: the look-up for the job a Start whose answer was lost may have created. The store's
// history is listed (mocked), candidates are read with Get, and the earliest match is taken.
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetAnnotationImportJobCommand,
  ListAnnotationImportJobsCommand,
  type AnnotationImportItemDetail,
  type AnnotationImportJobItem
} from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { JobBook } from '../src/phases/history.js'
import { findStartedJob, type StartedLookup } from '../src/phases/start-recovery.js'
import { StepError } from '../src/shared/errors.js'
import { fakeDeps, type FakeDeps } from './helpers/fake-deps.js'
import { ROLE_ARN, omicsClient } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)

const J1 = 'abc00001-0000-4000-8000-000000000001'
const J2 = 'abc00002-0000-4000-8000-000000000002'
const J3 = 'abc00003-0000-4000-8000-000000000003'
const J4 = 'abc00004-0000-4000-8000-000000000004'
const A = 's3://b-1/a.vcf'
const B = 's3://b-1/b.vcf'

interface Listed {
  id: string
  roleArn?: string
  versionName?: string
  /** ms since the epoch; none: the listing carries no creation time. */
  created?: number
  /** The job's files, as Get answers them. */
  files?: string[]
}

/** The store's history as ListAnnotationImportJobs answers it, and each job's files as Get answers them. */
function history(jobs: Listed[]): void {
  omics.on(ListAnnotationImportJobsCommand).resolves({
    // The model says every listed job has a creation time; one without it must still be handled.
    annotationImportJobs: jobs.map(
      job =>
        ({
          id: job.id,
          destinationName: 'my_store',
          versionName: job.versionName ?? 'default',
          roleArn: job.roleArn ?? ROLE_ARN,
          status: 'SUBMITTED',
          ...(job.created !== undefined && { creationTime: new Date(job.created) }),
          updateTime: new Date(0)
        }) as AnnotationImportJobItem
    )
  })
  for (const job of jobs)
    omics.on(GetAnnotationImportJobCommand, { jobId: job.id }).resolves({
      id: job.id,
      status: 'SUBMITTED',
      items: (job.files ?? [A]).map((source): AnnotationImportItemDetail => ({
        source,
        jobStatus: 'SUBMITTED'
      }))
    })
}

function lookup(overrides: Partial<StartedLookup> = {}): StartedLookup {
  return {
    request: { destinationName: 'my_store', roleArn: ROLE_ARN, items: [{ source: A }] },
    notBefore: () => 10_000,
    claimed: new Set(),
    maxJobs: 100,
    ...overrides
  }
}

const gets = (): (string | undefined)[] =>
  omics.commandCalls(GetAnnotationImportJobCommand).map(call => call.args[0].input.jobId)

/** The options a call was sent with (send's second argument). */
const optionsOf = (call: { args: unknown[] } | undefined): { abortSignal?: AbortSignal } | undefined =>
  call?.args[1] as { abortSignal?: AbortSignal } | undefined

let deps: FakeDeps
let book: JobBook
/** The book's own signal: the look-up reads under the signal it is given instead. */
const bookSignal = new AbortController().signal

const find = (given: StartedLookup = lookup()): Promise<string | undefined> =>
  findStartedJob(client, book, given, deps)

beforeEach(() => {
  omics.reset()
  deps = fakeDeps(client)
  book = new JobBook(() => client, bookSignal)
})

describe('findStartedJob', () => {
  it('one match: its id, from a listing of the store read under the given signal; nothing logged', async () => {
    history([{ id: J1, created: 12_000 }])
    expect(await find()).toBe(J1)
    const lists = omics.commandCalls(ListAnnotationImportJobsCommand)
    expect(lists).toHaveLength(1)
    expect(lists[0]?.args[0].input).toEqual({ maxResults: 100, filter: { storeName: 'my_store' } })
    expect(optionsOf(lists[0])).toEqual({ abortSignal: expect.any(AbortSignal) })
    expect(optionsOf(lists[0])?.abortSignal).toBe(deps.signal)
    const details = omics.commandCalls(GetAnnotationImportJobCommand)
    expect(details.map(call => call.args[0].input)).toEqual([{ jobId: J1 }])
    expect(optionsOf(details[0])).toEqual({ abortSignal: expect.any(AbortSignal) })
    expect(optionsOf(details[0])?.abortSignal).toBe(deps.signal)
    expect(deps.logs).toEqual([])
  })

  it('lists the store the request imports into', async () => {
    history([])
    const request = { destinationName: 'other_store', roleArn: ROLE_ARN, items: [{ source: A }] }
    expect(await find(lookup({ request }))).toBeUndefined()
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)[0]?.args[0].input).toEqual({
      maxResults: 100,
      filter: { storeName: 'other_store' }
    })
  })

  it('asks for the lower bound after the listing (so that its Date headers count)', async () => {
    history([{ id: J1, created: 12_000 }])
    const listsSeen: number[] = []
    const notBefore = (): number => {
      listsSeen.push(omics.commandCalls(ListAnnotationImportJobsCommand).length)
      return 10_000
    }
    expect(await find(lookup({ notBefore }))).toBe(J1)
    expect(listsSeen).toEqual([1])
  })

  it('no job in the history: undefined, nothing read, nothing logged', async () => {
    history([])
    expect(await find()).toBeUndefined()
    expect(gets()).toEqual([])
    expect(deps.logs).toEqual([])
  })

  it("the service's clock unknown: fails after the listing, reading no job", async () => {
    history([{ id: J1, created: 12_000 }])
    await expect(find(lookup({ notBefore: () => undefined }))).rejects.toThrow(
      new Error(
        "the service's clock is unknown (its answers carried no Date header), so jobs created by this run cannot be told from older ones"
      )
    )
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)).toHaveLength(1)
    expect(gets()).toEqual([])
  })

  it('a history longer than the look-up may read fails, naming the look-up', async () => {
    history([
      { id: J1, created: 12_000 },
      { id: J2, created: 13_000 }
    ])
    const failure = find(lookup({ maxJobs: 1 }))
    await expect(failure).rejects.toBeInstanceOf(StepError)
    await expect(failure).rejects.toThrow(
      'The import history of my_store is longer than max-history (1 jobs), so the look-up for the job a lost Start may have created cannot be answered from all of it; no job was started.'
    )
    expect(gets()).toEqual([])
  })

  it('a history exactly as long as the look-up may read is read', async () => {
    history([
      { id: J1, created: 12_000, files: [B] },
      { id: J2, created: 13_000 }
    ])
    expect(await find(lookup({ maxJobs: 2 }))).toBe(J2)
  })

  it('a job created before the lower bound is not read; one created at it or after is (n-1, n, n+1)', async () => {
    history([
      { id: J1, created: 9_999 },
      { id: J2, created: 10_000 },
      { id: J3, created: 10_001 }
    ])
    expect(await find()).toBe(J2)
    expect(gets()).toEqual([J3, J2])
    expect(deps.logs).toEqual([
      `warning: 2 jobs created since this run's first try import the same files: taking the earliest, ${J2}; ` +
        `also found ${J3} (a concurrent run of the same import, or a second job): check them, and cancel any not wanted.`
    ])
  })

  it('a job listed without a creation time is not read', async () => {
    history([{ id: J1 }])
    expect(await find()).toBeUndefined()
    expect(gets()).toEqual([])
  })

  it('with no lower bound, a job listed without a creation time is a candidate, sorted as time 0', async () => {
    history([{ id: J1, created: 1_000 }, { id: J2 }, { id: J3, created: -5_000 }])
    expect(await find(lookup({ notBefore: () => -Infinity }))).toBe(J3)
    expect(deps.logs).toEqual([
      `warning: 3 jobs created since this run's first try import the same files: taking the earliest, ${J3}; ` +
        `also found ${J2}, ${J1} (a concurrent run of the same import, or a second job): check them, and cancel any not wanted.`
    ])
  })

  it('a job this run already owns is never adopted again, nor read', async () => {
    history([
      { id: J1, created: 11_000 },
      { id: J2, created: 12_000 }
    ])
    expect(await find(lookup({ claimed: new Set([J1]) }))).toBe(J2)
    expect(gets()).toEqual([J2])
    expect(deps.logs).toEqual([])
  })

  it('a job this run already owns, alone: nothing found', async () => {
    history([{ id: J1, created: 11_000 }])
    expect(await find(lookup({ claimed: new Set([J1]) }))).toBeUndefined()
    expect(gets()).toEqual([])
  })

  it('a job of another role is not read', async () => {
    history([
      { id: J1, created: 11_000, roleArn: `${ROLE_ARN}2` },
      { id: J2, created: 12_000 }
    ])
    expect(await find()).toBe(J2)
    expect(gets()).toEqual([J2])
  })

  it('with a version asked, a job into another version is not read', async () => {
    history([
      { id: J1, created: 11_000, versionName: 'v1' },
      { id: J2, created: 12_000, versionName: 'v2' }
    ])
    const request = {
      destinationName: 'my_store',
      roleArn: ROLE_ARN,
      versionName: 'v2',
      items: [{ source: A }]
    }
    expect(await find(lookup({ request }))).toBe(J2)
    expect(gets()).toEqual([J2])
  })

  it('with no version asked, a job into any version is a candidate', async () => {
    history([
      { id: J1, created: 11_000, versionName: 'v1' },
      { id: J2, created: 12_000, versionName: 'default' }
    ])
    expect(await find()).toBe(J1)
    expect(gets()).toEqual([J2, J1])
  })

  it('only a job importing exactly the same files matches, in any order', async () => {
    const request = {
      destinationName: 'my_store',
      roleArn: ROLE_ARN,
      items: [{ source: A }, { source: B }]
    }
    history([
      { id: J1, created: 11_000, files: [A] },
      { id: J2, created: 12_000, files: [A, B, 's3://b-1/c.vcf'] },
      { id: J3, created: 13_000, files: [A, 's3://b-1/z.vcf'] },
      { id: J4, created: 14_000, files: [B, A] }
    ])
    expect(await find(lookup({ request }))).toBe(J4)
    expect(gets()).toEqual([J4, J3, J2, J1])
    expect(deps.logs).toEqual([])
  })

  it('several matches: the earliest is taken and the others are named, earliest first', async () => {
    history([
      { id: J1, created: 30_000 },
      { id: J2, created: 10_000 },
      { id: J3, created: 20_000 },
      { id: J4, created: 40_000, files: [B] }
    ])
    expect(await find()).toBe(J2)
    expect(deps.logs).toEqual([
      `warning: 3 jobs created since this run's first try import the same files: taking the earliest, ${J2}; ` +
        `also found ${J3}, ${J1} (a concurrent run of the same import, or a second job): check them, and cancel any not wanted.`
    ])
  })

  it('candidates whose files differ: nothing found, nothing logged', async () => {
    history([
      { id: J1, created: 11_000, files: [B] },
      { id: J2, created: 12_000, files: [] }
    ])
    expect(await find()).toBeUndefined()
    expect(gets()).toEqual([J2, J1])
    expect(deps.logs).toEqual([])
  })

  it('a Get that fails fails the look-up', async () => {
    history([{ id: J1, created: 11_000 }])
    omics
      .on(GetAnnotationImportJobCommand, { jobId: J1 })
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }))
    await expect(find()).rejects.toThrow('denied')
  })
})
