// startAll / startRequests / startedJobs with the SDK mocked (aws-sdk-client-mock): a batch of Starts,
// the start phase's policy from the inputs, job-id written early for a single job, and the log lines.
// Clock and sleep are simulated.
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetAnnotationImportJobCommand,
  ListAnnotationImportJobsCommand,
  StartAnnotationImportJobCommand
} from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { AdaptiveRate } from '../src/shared/backoff.js'
import { JobBook } from '../src/phases/history.js'
import { type Outcome, startAll, startedJobs, startRequests } from '../src/phases/start-batch.js'
import type { StartDeps, StartPolicy } from '../src/phases/start.js'
import { AbortedError, StartError } from '../src/shared/errors.js'
import type { ImportRequest } from '../src/model/request.js'
import { fakeDeps, type FakeDeps } from './helpers/fake-deps.js'
import { awsError, netError, omicsClient as newOmicsClient, ROLE_ARN } from './helpers/fixtures.js'

const starterClient = newOmicsClient()
const omicsClient = newOmicsClient()
const starter = mockClient(starterClient)
const omics = mockClient(omicsClient)
const err = awsError

const request = (...sources: string[]): ImportRequest => ({
  destinationName: 'my_store',
  roleArn: ROLE_ARN,
  items: (sources.length > 0 ? sources : ['s3://b-1/a.vcf']).map(source => ({ source }))
})

const J1 = 'abc00001-0000-4000-8000-000000000001'
const J2 = 'abc00002-0000-4000-8000-000000000002'
const SURPLUS = 'fffffff0-0000-4000-8000-00000000000f'

const inputs = {
  maxAttempts: 3,
  waitTimeoutMs: 60_000,
  pollIntervalMs: 10_000,
  maxHistory: 20_000,
  maxConcurrency: 1
}

let deps: FakeDeps
let book: JobBook
beforeEach(() => {
  starter.reset()
  omics.reset()
  deps = fakeDeps(omicsClient, starterClient)
  book = new JobBook(() => omicsClient)
})

function startDeps(base: FakeDeps = deps): StartDeps {
  return {
    ...base,
    starter: starterClient,
    omics: omicsClient,
    limiter: new AdaptiveRate(base.clock.now, base.clock.sleep),
    book
  }
}

const policy: StartPolicy = { maxAttempts: 3, slotDeadline: 60_000, slotPauseMs: 10_000, maxHistory: 20_000 }

/** Start answers each request by its first file: a job id per file, or an error. */
function answers(byFile: Record<string, string | Error>): void {
  starter.on(StartAnnotationImportJobCommand).callsFake((input: ImportRequest) => {
    const answer = byFile[input.items[0]?.source ?? '']
    if (answer === undefined) throw new Error(`no answer for ${JSON.stringify(input)}`)
    if (answer instanceof Error) throw answer
    return { jobId: answer }
  })
}

/** The store's history: jobs importing a.vcf, created at clock time 0. */
function history(ids: string[]) {
  return {
    annotationImportJobs: ids.map(id => ({
      id,
      destinationName: 'my_store',
      versionName: 'default',
      roleArn: ROLE_ARN,
      status: 'SUBMITTED' as const,
      creationTime: new Date(0),
      updateTime: new Date(0)
    }))
  }
}

describe('startAll', () => {
  it('keeps item order, and one failure does not stop the others', async () => {
    starter.on(StartAnnotationImportJobCommand).callsFake(input => {
      const source = (input as ImportRequest).items[0]?.source ?? ''
      if (source.endsWith('b.vcf')) throw err('AccessDeniedException', 403)
      return { jobId: `0000000${source.slice(-5, -4)}-0000-4000-8000-000000000000` }
    })
    const seen: number[] = []
    const outcomes = await startAll(
      ['a', 'b', 'c', 'd'].map(x => request(`s3://b-1/${x}.vcf`)),
      2,
      policy,
      startDeps(),
      (_o, i) => seen.push(i)
    )
    expect(outcomes.map(o => o.jobId?.slice(7, 8) ?? o.error?.name)).toEqual(['a', 'StartError', 'c', 'd'])
    expect(seen.sort()).toEqual([0, 1, 2, 3])
  })

  it('each outcome is the request with its job, or with its error; onStarted gets each as it ends', async () => {
    const denied = err('AccessDeniedException', 403)
    answers({ 's3://b-1/a.vcf': J1, 's3://b-1/b.vcf': denied })
    const seen: [Outcome, number][] = []
    const requests = [request('s3://b-1/a.vcf'), request('s3://b-1/b.vcf')]
    const outcomes = await startAll(requests, 1, policy, startDeps(), (outcome, index) =>
      seen.push([outcome, index])
    )
    expect(outcomes).toHaveLength(2)
    expect(outcomes[0]).toStrictEqual({ request: requests[0], jobId: J1, recovered: false })
    expect(Object.keys(outcomes[1] ?? {})).toEqual(['request', 'error'])
    expect(outcomes[1]?.request).toBe(requests[1])
    expect(outcomes[1]?.error).toBeInstanceOf(StartError)
    expect(outcomes[1]?.error).toMatchObject({ last: denied, tries: 1 })
    expect(seen).toEqual([
      [outcomes[0], 0],
      [outcomes[1], 1]
    ])
    expect(seen[0]?.[0]).toBe(outcomes[0])
  })

  it('no requests: no outcomes, no calls', async () => {
    const seen: number[] = []
    expect(await startAll([], 3, policy, startDeps(), (_o, i) => seen.push(i))).toEqual([])
    expect(seen).toEqual([])
    expect(starter.calls()).toHaveLength(0)
  })

  it('keeps at most `concurrency` Starts in flight', async () => {
    let inFlight = 0
    let most = 0
    let next = 0
    starter.on(StartAnnotationImportJobCommand).callsFake(async () => {
      most = Math.max(most, ++inFlight)
      await new Promise(resolve => setImmediate(resolve))
      inFlight--
      return { jobId: `abc0000${next++}-0000-4000-8000-000000000000` }
    })
    const outcomes = await startAll(
      ['a', 'b', 'c', 'd', 'e'].map(x => request(`s3://b-1/${x}.vcf`)),
      2,
      policy,
      startDeps(),
      () => undefined
    )
    expect(most).toBe(2)
    expect(outcomes.every(outcome => outcome.jobId !== undefined)).toBe(true)
  })

  it('one run: a job claimed for one request is never adopted for another after a lost answer', async () => {
    // Both requests import the same file; the second's Start loses its answer, and the look-up lists
    // the first's job (created since its first try): it is not this request's job, so Start is tried again.
    starter
      .on(StartAnnotationImportJobCommand)
      .resolvesOnce({ jobId: J1 })
      .rejectsOnce(err('InternalServerException', 500))
      .resolves({ jobId: J2 })
    omics.on(ListAnnotationImportJobsCommand).resolves(history([J1]))
    omics.on(GetAnnotationImportJobCommand).resolves({
      status: 'SUBMITTED',
      items: [{ source: 's3://b-1/a.vcf', jobStatus: 'SUBMITTED' }]
    })
    const outcomes = await startAll([request(), request()], 1, policy, startDeps(), () => undefined)
    expect(outcomes.map(outcome => [outcome.jobId, outcome.recovered])).toEqual([
      [J1, false],
      [J2, false]
    ])
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(0)
  })

  it('cancelled before the batch: every request ends with the cancel, none is sent', async () => {
    deps.controller.abort()
    const seen: number[] = []
    const requests = [request('s3://b-1/a.vcf'), request('s3://b-1/b.vcf')]
    const outcomes = await startAll(requests, 2, policy, startDeps(), (_o, i) => seen.push(i))
    expect(outcomes.map(outcome => Object.keys(outcome))).toEqual([
      ['request', 'error'],
      ['request', 'error']
    ])
    expect(outcomes.map(outcome => outcome.request)).toEqual(requests)
    for (const outcome of outcomes) {
      expect(outcome.error).toBeInstanceOf(AbortedError)
      expect(outcome.error).toMatchObject({ maybeStarted: false })
    }
    expect(seen.sort()).toEqual([0, 1])
    expect(starter.calls()).toHaveLength(0)
  })

  it('an error that is neither a failed Start nor a cancel (a bug) is not an outcome: the batch fails with it', async () => {
    const bug = new TypeError('limiter broke')
    const broken = {
      ...startDeps(),
      limiter: {
        acquire: () => Promise.reject(bug),
        onSuccess: () => undefined,
        onThrottle: () => undefined
      } as unknown as AdaptiveRate
    }
    const seen: number[] = []
    await expect(startAll([request()], 1, policy, broken, (_o, i) => seen.push(i))).rejects.toBe(bug)
    expect(seen).toEqual([])
  })
})

describe('startRequests', () => {
  it('one request: job-id is written as soon as it is known, and the log names the job alone', async () => {
    answers({ 's3://b-1/a.vcf': J1 })
    const requests = [request('s3://b-1/a.vcf', 's3://b-1/b.vcf')]
    const outcomes = await startRequests(requests, inputs, deps, book)
    expect(outcomes).toStrictEqual([{ request: requests[0], jobId: J1, recovered: false }])
    expect(deps.early).toEqual({ 'job-id': J1 })
    expect(deps.logs).toEqual([`info: Started job ${J1}`])
    expect(starter.commandCalls(StartAnnotationImportJobCommand)[0]?.args[0].input).toEqual(requests[0])
  })

  it('several requests: no early job-id, and each log line names the job and its files', async () => {
    answers({ 's3://b-1/a.vcf': J1, 's3://b-1/b.vcf': J2 })
    const requests = [
      request('s3://b-1/a.vcf'),
      request('s3://b-1/b.vcf', 's3://b-1/c.vcf', 's3://b-1/d.vcf')
    ]
    const outcomes = await startRequests(requests, inputs, deps, book)
    expect(outcomes.map(outcome => outcome.jobId)).toEqual([J1, J2])
    expect(deps.early).toEqual({})
    expect(deps.logs).toEqual([
      `info: Started job ${J1} (s3://b-1/a.vcf)`,
      `info: Started job ${J2} (s3://b-1/b.vcf (+2 more))`
    ])
  })

  it('a request that did not start: no job-id, no "Started" line', async () => {
    answers({ 's3://b-1/a.vcf': err('AccessDeniedException', 403) })
    const outcomes = await startRequests([request()], inputs, deps, book)
    expect(outcomes[0]?.error).toBeInstanceOf(StartError)
    expect(deps.early).toEqual({})
    expect(deps.logs).toEqual([])
  })

  it('several requests, one failing: only the started one is logged', async () => {
    answers({ 's3://b-1/a.vcf': err('AccessDeniedException', 403), 's3://b-1/b.vcf': J2 })
    await startRequests([request('s3://b-1/a.vcf'), request('s3://b-1/b.vcf')], inputs, deps, book)
    expect(deps.logs).toEqual([`info: Started job ${J2} (s3://b-1/b.vcf)`])
    expect(deps.early).toEqual({})
  })

  it('starts up to max-concurrency at once', async () => {
    let inFlight = 0
    let most = 0
    starter.on(StartAnnotationImportJobCommand).callsFake(async (input: ImportRequest) => {
      most = Math.max(most, ++inFlight)
      await new Promise(resolve => setImmediate(resolve))
      inFlight--
      return { jobId: input.items[0]?.source.endsWith('a.vcf') ? J1 : J2 }
    })
    const requests = ['a', 'b', 'c', 'd'].map(x => request(`s3://b-1/${x}.vcf`))
    await startRequests(requests, { ...inputs, maxConcurrency: 3 }, deps, book)
    expect(most).toBe(3)
  })

  it('max-attempts bounds the tries of each Start', async () => {
    starter
      .on(StartAnnotationImportJobCommand)
      .rejectsOnce(netError('ECONNREFUSED'))
      .rejectsOnce(netError('ECONNREFUSED'))
      .resolves({ jobId: SURPLUS })
    const outcomes = await startRequests([request()], { ...inputs, maxAttempts: 2 }, deps, book)
    expect(outcomes[0]?.error).toMatchObject({ name: 'StartError', tries: 2 })
    expect(deps.clock.sleeps).toEqual([500])
  })

  it('waits for a free slot every poll-interval until wait-timeout, counted from the start of the phase', async () => {
    // The phase begins at 1 s; wait-timeout 25 s: checks at 1 s, 11 s and 21 s (the next would be due at 31 s).
    deps.clock.t = 1_000
    starter
      .on(StartAnnotationImportJobCommand)
      .rejectsOnce(err('ServiceQuotaExceededException', 402))
      .rejectsOnce(err('ServiceQuotaExceededException', 402))
      .rejectsOnce(err('ServiceQuotaExceededException', 402))
      .resolves({ jobId: SURPLUS })
    const outcomes = await startRequests([request()], { ...inputs, waitTimeoutMs: 25_000 }, deps, book)
    expect(outcomes[0]?.error).toBeInstanceOf(StartError)
    expect(deps.clock.sleeps).toEqual([10_000, 10_000])
    expect(starter.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(3)
    expect(deps.logs).toEqual([
      'info: No free import slot (concurrent import jobs quota); waiting for one, checking every 10s until wait-timeout'
    ])
  })

  it('a lost answer is looked up with the read client (only then), through the book, within max-history', async () => {
    let reads = 0
    const clients = deps.clients
    deps.clients = {
      ...clients,
      get omics() {
        reads++
        return clients.omics
      }
    }
    answers({ 's3://b-1/b.vcf': J2 })
    await startRequests([request('s3://b-1/b.vcf')], inputs, deps, book)
    expect(reads).toBe(0)

    starter.reset()
    starter.on(StartAnnotationImportJobCommand).rejects(err('InternalServerException', 500))
    omics.on(ListAnnotationImportJobsCommand).resolves(history([J1]))
    omics.on(GetAnnotationImportJobCommand).resolves({
      status: 'SUBMITTED',
      items: [{ source: 's3://b-1/a.vcf', jobStatus: 'SUBMITTED' }]
    })
    const outcomes = await startRequests([request()], inputs, deps, book)
    expect(outcomes).toStrictEqual([{ request: request(), jobId: J1, recovered: true }])
    expect(reads).toBeGreaterThan(0)
    expect(book.gets).toBe(1)
    expect(deps.early).toEqual({ 'job-id': J1 })
    expect(deps.logs).toContain(`info: Started job ${J1}`)

    starter.reset()
    starter.on(StartAnnotationImportJobCommand).rejects(err('InternalServerException', 500))
    omics.on(ListAnnotationImportJobsCommand).resolves(history([J1, J2]))
    const [tooLong] = await startRequests([request()], { ...inputs, maxHistory: 1 }, deps, book)
    expect(tooLong?.error).toMatchObject({
      name: 'StartError',
      detail: expect.stringContaining('is longer than max-history (1 jobs)')
    })
  })

  it('no requests: nothing sent, nothing written', async () => {
    expect(await startRequests([], inputs, deps, book)).toEqual([])
    expect(deps.early).toEqual({})
    expect(deps.logs).toEqual([])
    expect(starter.calls()).toHaveLength(0)
  })
})

describe('startedJobs', () => {
  it('the jobs that started, with their files, in item order; the others left out', () => {
    const outcomes: Outcome[] = [
      { request: request('s3://b-1/a.vcf', 's3://b-1/b.vcf'), jobId: J1, recovered: false },
      { request: request('s3://b-1/c.vcf'), error: new StartError(new Error('denied'), 1) },
      { request: request('s3://b-1/d.vcf'), jobId: J2, recovered: true },
      { request: request('s3://b-1/e.vcf'), error: new AbortedError(true) }
    ]
    expect(startedJobs(outcomes)).toStrictEqual([
      { jobId: J1, items: ['s3://b-1/a.vcf', 's3://b-1/b.vcf'] },
      { jobId: J2, items: ['s3://b-1/d.vcf'] }
    ])
  })

  it('none started: none', () => {
    expect(startedJobs([{ request: request(), error: new AbortedError() }])).toEqual([])
    expect(startedJobs([])).toEqual([])
  })
})
