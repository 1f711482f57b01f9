// startJob with the SDK mocked (aws-sdk-client-mock): retries, recovery after a lost answer, waiting for
// a slot, a cancel while a Start is in flight. Clock and sleep are simulated. Where a test bounds the
// tries, the call after the last one would succeed (SURPLUS): trying once more than asked fails the test
// at once instead of looping.
import { describe, expect, it, beforeEach } from '@jest/globals'
import {
  GetAnnotationImportJobCommand,
  type GetAnnotationImportJobCommandOutput,
  ListAnnotationImportJobsCommand,
  StartAnnotationImportJobCommand
} from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { ServiceClock } from '../src/aws/call-context.js'
import { AdaptiveRate } from '../src/shared/backoff.js'
import { JobBook } from '../src/phases/history.js'
import { startJob, type StartDeps, type StartPolicy, type StartRun } from '../src/phases/start.js'
import { AbortedError, StartError } from '../src/shared/errors.js'
import type { ImportRequest } from '../src/model/request.js'
import type { FakeClock } from './helpers/fake-clock.js'
import { fakeDeps, type FakeDeps } from './helpers/fake-deps.js'
import { awsError, netError, omicsClient as newOmicsClient, ROLE_ARN } from './helpers/fixtures.js'

const starterClient = newOmicsClient()
const omicsClient = newOmicsClient()
const starter = mockClient(starterClient)
const omics = mockClient(omicsClient)

const request = (source = 's3://b-1/a.vcf'): ImportRequest => ({
  destinationName: 'my_store',
  roleArn: ROLE_ARN,
  items: [{ source }]
})
const err = awsError

/** Answered only to a try beyond the ones a test allows. */
const SURPLUS = 'fffffff0-0000-4000-8000-00000000000f'
const JOB = 'abc00002-0000-4000-8000-000000000003'
const LOST = 'abc0000f-0000-4000-8000-00000000000f'
const OLDER = 'abc0000e-0000-4000-8000-00000000000e'

const throttled = () => err('ThrottlingException', 429)
const noSlot = () => err('ServiceQuotaExceededException', 402)
const serverError = () => err('InternalServerException', 500)
const refused = () => netError('ECONNREFUSED', 'connect ECONNREFUSED')
const aborted = () => Object.assign(new Error('Request aborted'), { name: 'AbortError' })

const LOOKING = 'info: Cancelled while a Start was in flight: looking for the job it may have created'
const CHECKING =
  'warning: Start answered InternalServerException; checking whether the job was created before trying again'

let clock: FakeClock
let logs: string[]

interface Setup {
  policy: StartPolicy
  deps: StartDeps
  run: StartRun
  base: FakeDeps
  /** What the limiter was asked, in order: acquire, success, throttle. */
  limiter: string[]
}

/** `at`: the clock time the Start begins (not 0, so that "since the first try" means something). */
function settings(policy: Partial<StartPolicy> = {}, claimed: string[] = [], at = 0): Setup {
  const base = fakeDeps(omicsClient, starterClient)
  clock = base.clock
  clock.t = at
  logs = base.logs
  const rate = new AdaptiveRate(clock.now, clock.sleep)
  const limiter: string[] = []
  const recorded = {
    acquire: (signal?: AbortSignal) => {
      limiter.push(signal === base.signal ? 'acquire' : 'acquire without the signal')
      return rate.acquire(signal)
    },
    onSuccess: () => void (limiter.push('success'), rate.onSuccess()),
    onThrottle: () => void (limiter.push('throttle'), rate.onThrottle())
  } as unknown as AdaptiveRate
  return {
    policy: { maxAttempts: 3, slotDeadline: 60_000, slotPauseMs: 10_000, maxHistory: 20_000, ...policy },
    deps: {
      ...base,
      log: { ...base.log, debug: message => void logs.push(`debug: ${message}`) },
      starter: starterClient,
      omics: omicsClient,
      limiter: recorded,
      book: new JobBook(() => omicsClient)
    },
    run: { claimed: new Set(claimed) },
    base,
    limiter
  }
}

const start = (req: ImportRequest, setup: Setup = settings()) =>
  startJob(req, setup.policy, setup.deps, setup.run)

/** The signal a call was sent with (send's second argument). */
const signalOf = (call: { args: unknown[] } | undefined): AbortSignal | undefined =>
  (call?.args[1] as { abortSignal?: AbortSignal } | undefined)?.abortSignal

/** The store's history: one job per entry, importing a.vcf unless said otherwise. */
function history(jobs: { id: string; created: number; source?: string }[]) {
  return {
    annotationImportJobs: jobs.map(job => ({
      id: job.id,
      destinationName: 'my_store',
      versionName: 'default',
      roleArn: ROLE_ARN,
      status: 'SUBMITTED' as const,
      creationTime: new Date(job.created),
      updateTime: new Date(job.created)
    }))
  }
}

function details(jobs: { id: string; source?: string }[]): void {
  for (const job of jobs)
    omics.on(GetAnnotationImportJobCommand, { jobId: job.id }).resolves({
      id: job.id,
      status: 'SUBMITTED',
      items: [{ source: job.source ?? 's3://b-1/a.vcf', jobStatus: 'SUBMITTED' }]
    })
}

/** Start fails with `errors` in turn, then answers SURPLUS. */
function failing(...errors: Error[]): void {
  const stub = starter.on(StartAnnotationImportJobCommand)
  for (const error of errors) stub.rejectsOnce(error)
  stub.resolves({ jobId: SURPLUS })
}

const gets = () => omics.commandCalls(GetAnnotationImportJobCommand).map(c => c.args[0].input.jobId)
const starts = () => starter.commandCalls(StartAnnotationImportJobCommand).length
const lists = () => omics.commandCalls(ListAnnotationImportJobsCommand).length

beforeEach(() => {
  starter.reset()
  omics.reset()
  settings()
})

describe('startJob', () => {
  it('returns the job id the service answers', async () => {
    starter.on(StartAnnotationImportJobCommand).resolves({ jobId: 'abc00002-0000-4000-8000-000000000003' })
    expect(await start(request())).toEqual({
      jobId: 'abc00002-0000-4000-8000-000000000003',
      recovered: false
    })
    expect(starter.commandCalls(StartAnnotationImportJobCommand)[0]?.args[0].input).toEqual(request())
  })

  it("sends once, under the run's signal, after the limiter's turn; claims the job; logs and looks up nothing", async () => {
    starter.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    const setup = settings()
    expect(await start(request('s3://b-1/x.vcf'), setup)).toStrictEqual({ jobId: JOB, recovered: false })
    const calls = starter.commandCalls(StartAnnotationImportJobCommand)
    expect(calls.map(call => call.args[0].input)).toEqual([request('s3://b-1/x.vcf')])
    expect((calls[0]?.args as unknown[] | undefined)?.[1]).toEqual({ abortSignal: expect.any(AbortSignal) })
    expect(signalOf(calls[0])).toBe(setup.base.signal)
    expect([...setup.run.claimed]).toEqual([JOB])
    expect(setup.limiter).toEqual(['acquire', 'success'])
    expect(logs).toEqual([])
    expect(clock.sleeps).toEqual([])
    expect(omics.calls()).toHaveLength(0)
  })

  it('retries throttling with backoff and never looks for lost jobs', async () => {
    starter
      .on(StartAnnotationImportJobCommand)
      .rejectsOnce(err('ThrottlingException', 429))
      .rejectsOnce(err('ThrottlingException', 429))
      .resolves({ jobId: 'abc00002-0000-4000-8000-000000000003' })
    expect((await start(request())).jobId).toBe('abc00002-0000-4000-8000-000000000003')
    expect(starter.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(3)
    expect(omics.calls()).toHaveLength(0)
    expect(clock.sleeps).toEqual([100, 200])
  })

  it('tells the limiter of each throttle and of the success, taking a turn before every try', async () => {
    failing(throttled(), throttled())
    const setup = settings()
    expect(await start(request(), setup)).toEqual({ jobId: SURPLUS, recovered: false })
    expect(setup.limiter).toEqual(['acquire', 'throttle', 'acquire', 'throttle', 'acquire', 'success'])
    expect(logs).toEqual([])
  })

  it('gives up on throttling after four times max-attempts', async () => {
    starter.on(StartAnnotationImportJobCommand).rejects(err('ThrottlingException', 429))
    await expect(start(request(), settings({ maxAttempts: 2 }))).rejects.toMatchObject({
      name: 'StartError',
      tries: 8
    })
  })

  it('throttled four times max-attempts: fails with the throttle, pausing with capped backoff between tries', async () => {
    const last = throttled()
    failing(...Array.from({ length: 7 }, throttled), last)
    const error = await start(request(), settings({ maxAttempts: 2 })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StartError)
    expect(error).toMatchObject({ tries: 8, last, detail: undefined })
    expect(starts()).toBe(8)
    expect(clock.sleeps).toEqual([100, 200, 400, 800, 1600, 2500, 2500])
    expect(omics.calls()).toHaveLength(0)
  })

  it('throttled one time fewer than four times max-attempts: the next try is made', async () => {
    failing(...Array.from({ length: 7 }, throttled))
    expect(await start(request(), settings({ maxAttempts: 2 }))).toEqual({ jobId: SURPLUS, recovered: false })
    expect(starts()).toBe(8)
  })

  it('cancelled during a pause after a throttle: not started (a 429 creates nothing), nothing looked up', async () => {
    failing(throttled())
    const setup = settings()
    setup.deps.sleep = async (ms, signal) => {
      await clock.sleep(ms, signal)
      setup.base.controller.abort()
    }
    const error = await start(request(), setup).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AbortedError)
    expect(error).toMatchObject({ maybeStarted: false })
    expect(starts()).toBe(1)
    expect(omics.calls()).toHaveLength(0)
  })

  it('the pause after a throttle ends with the run: a cancel during it is not started', async () => {
    failing(throttled())
    const setup = settings()
    const signals: (AbortSignal | undefined)[] = []
    setup.deps.sleep = async (ms, signal) => {
      signals.push(signal)
      setup.base.controller.abort()
      await clock.sleep(ms, signal)
    }
    await expect(start(request(), setup)).rejects.toMatchObject({ name: 'AbortedError', maybeStarted: false })
    expect(signals).toHaveLength(1)
    expect(signals[0]).toBe(setup.base.signal)
    expect(clock.sleeps).toEqual([])
    expect(starts()).toBe(1)
  })

  it('counts every try in the error: failures and throttles together', async () => {
    const denied = err('AccessDeniedException', 403)
    failing(refused(), throttled(), throttled(), denied)
    const error = await start(request(), settings({ maxAttempts: 5 })).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'StartError', tries: 4, last: denied })
    expect(clock.sleeps).toEqual([500, 100, 200])
  })

  it('after a 500, adopts the job the lost call created instead of starting another', async () => {
    starter.on(StartAnnotationImportJobCommand).rejects(err('InternalServerException', 500))
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [
        {
          id: 'abc00007-0000-4000-8000-000000000008',
          destinationName: 'my_store',
          versionName: 'default',
          roleArn: ROLE_ARN,
          status: 'COMPLETED',
          creationTime: new Date(-10 * 60_000),
          updateTime: new Date()
        },
        {
          id: 'abc00009-0000-4000-8000-00000000000a',
          destinationName: 'my_store',
          versionName: 'default',
          roleArn: `${ROLE_ARN}2`,
          status: 'SUBMITTED',
          creationTime: new Date(0),
          updateTime: new Date()
        },
        {
          id: 'abc00005-0000-4000-8000-000000000006',
          destinationName: 'my_store',
          versionName: 'default',
          roleArn: ROLE_ARN,
          status: 'SUBMITTED',
          creationTime: new Date(0),
          updateTime: new Date()
        }
      ]
    })
    omics.on(GetAnnotationImportJobCommand, { jobId: 'abc00005-0000-4000-8000-000000000006' }).resolves({
      id: 'abc00005-0000-4000-8000-000000000006',
      status: 'SUBMITTED',
      items: [{ source: 's3://b-1/a.vcf', jobStatus: 'SUBMITTED' }]
    })
    const setup = settings()
    expect(await start(request(), setup)).toEqual({
      jobId: 'abc00005-0000-4000-8000-000000000006',
      recovered: true
    })
    expect(starter.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(1)
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)[0]?.args[0].input).toMatchObject({
      filter: { storeName: 'my_store' }
    })
    // Jobs created before the first try (by the service's clock) and jobs of another role are not read.
    expect(omics.commandCalls(GetAnnotationImportJobCommand).map(c => c.args[0].input.jobId)).toEqual([
      'abc00005-0000-4000-8000-000000000006'
    ])
    expect(setup.run.claimed.has('abc00005-0000-4000-8000-000000000006')).toBe(true)
  })

  it("after a lost answer: warns, pauses, looks the job up under the run's signal, and says it was found", async () => {
    failing(serverError())
    omics.on(ListAnnotationImportJobsCommand).resolves(history([{ id: LOST, created: 50_000 }]))
    details([{ id: LOST }])
    const setup = settings({}, [], 50_000)
    expect(await start(request(), setup)).toStrictEqual({ jobId: LOST, recovered: true })
    expect(logs).toEqual([
      CHECKING,
      `info: Found job ${LOST}, started by this run's call whose answer was lost; not starting another`
    ])
    expect(clock.sleeps).toEqual([500])
    expect(starts()).toBe(1)
    expect(signalOf(omics.commandCalls(ListAnnotationImportJobsCommand)[0])).toBe(setup.base.signal)
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)[0]?.args[0].input).toEqual({
      maxResults: 100,
      filter: { storeName: 'my_store' }
    })
    expect(gets()).toEqual([LOST])
    expect([...setup.run.claimed]).toEqual([LOST])
    expect(setup.limiter).toEqual(['acquire'])
  })

  it('a job created up to 1 s before the first try counts (creation times are whole seconds); earlier does not', async () => {
    failing(serverError())
    omics.on(ListAnnotationImportJobsCommand).resolves(
      history([
        { id: LOST, created: 49_000 },
        { id: OLDER, created: 48_999 }
      ])
    )
    details([{ id: LOST }, { id: OLDER }])
    expect(await start(request(), settings({}, [], 50_000))).toEqual({ jobId: LOST, recovered: true })
    expect(gets()).toEqual([LOST])
  })

  it("the bound is the first try's time by the service's clock (here 5 s ahead of ours)", async () => {
    failing(serverError())
    omics.on(ListAnnotationImportJobsCommand).resolves(
      history([
        { id: LOST, created: 54_000 },
        { id: OLDER, created: 53_999 }
      ])
    )
    details([{ id: LOST }, { id: OLDER }])
    const setup = settings({}, [], 50_000)
    setup.deps.serviceClock.observe(new Date(5_000).toUTCString(), 0)
    expect(await start(request(), setup)).toEqual({ jobId: LOST, recovered: true })
    expect(gets()).toEqual([LOST])
  })

  it('every look-up counts from the first try, not from the latest', async () => {
    failing(serverError(), serverError())
    omics
      .on(ListAnnotationImportJobsCommand)
      .resolvesOnce(history([]))
      .resolves(history([{ id: LOST, created: 49_000 }]))
    details([{ id: LOST }])
    expect(await start(request(), settings({}, [], 50_000))).toEqual({ jobId: LOST, recovered: true })
    expect(starts()).toBe(2)
    expect(lists()).toBe(2)
    expect(clock.sleeps).toEqual([500, 1000])
    expect(clock.t).toBe(51_500)
  })

  it('after a reset with no job created, starts again', async () => {
    starter
      .on(StartAnnotationImportJobCommand)
      .rejectsOnce(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .resolves({ jobId: 'abc00003-0000-4000-8000-000000000004' })
    omics.on(ListAnnotationImportJobsCommand).resolves({ annotationImportJobs: [] })
    expect(await start(request())).toEqual({
      jobId: 'abc00003-0000-4000-8000-000000000004',
      recovered: false
    })
    expect(logs).toContain(
      "warning: Start's connection failed before an answer came (ECONNRESET); checking whether the job was created before trying again"
    )
  })

  it('lost answers up to max-attempts, none found: fails with the last error after looking each time', async () => {
    const last = serverError()
    failing(serverError(), last)
    omics.on(ListAnnotationImportJobsCommand).resolves(history([]))
    const setup = settings({ maxAttempts: 2 })
    const error = await start(request(), setup).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StartError)
    expect(error).toMatchObject({ tries: 2, last, detail: undefined })
    expect(starts()).toBe(2)
    expect(lists()).toBe(2)
    expect(clock.sleeps).toEqual([500, 1000])
    expect(logs).toEqual([CHECKING, CHECKING])
    expect(setup.run.claimed.size).toBe(0)
  })

  it('lost answers one fewer than max-attempts: the next try is made', async () => {
    failing(serverError())
    omics.on(ListAnnotationImportJobsCommand).resolves(history([]))
    expect(await start(request(), settings({ maxAttempts: 2 }))).toEqual({ jobId: SURPLUS, recovered: false })
    expect(clock.sleeps).toEqual([500])
  })

  it('does not retry when it cannot check whether the lost call created a job', async () => {
    starter.on(StartAnnotationImportJobCommand).rejects(err('InternalServerException', 500))
    omics.on(ListAnnotationImportJobsCommand).rejects(err('AccessDeniedException', 403))
    const failure = start(request())
    await expect(failure).rejects.toMatchObject({
      name: 'StartError',
      tries: 1,
      last: { name: 'InternalServerException' }
    })
    await expect(failure).rejects.toHaveProperty(
      'detail',
      expect.stringContaining(
        'Could not check whether a job was created (ListAnnotationImportJobs / GetAnnotationImportJob: AccessDeniedException'
      )
    )
    expect(starter.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(1)
  })

  it('the look-up failing: the detail quotes its error in full', async () => {
    failing(serverError())
    omics.on(ListAnnotationImportJobsCommand).rejects(err('AccessDeniedException', 403))
    await expect(start(request())).rejects.toMatchObject({
      detail:
        'Could not check whether a job was created (ListAnnotationImportJobs / GetAnnotationImportJob: AccessDeniedException: AccessDeniedException message); not trying again, so as not to import twice.'
    })
  })

  it("the service's clock unknown: a lost answer is not tried again, since this run's jobs cannot be told apart", async () => {
    failing(serverError())
    omics.on(ListAnnotationImportJobsCommand).resolves(history([{ id: LOST, created: 50_000 }]))
    details([{ id: LOST }])
    const setup = settings()
    setup.deps.serviceClock = new ServiceClock(clock.now)
    await expect(start(request(), setup)).rejects.toMatchObject({
      name: 'StartError',
      tries: 1,
      detail:
        "Could not check whether a job was created (ListAnnotationImportJobs / GetAnnotationImportJob: Error: the service's clock is unknown (its answers carried no Date header), so jobs created by this run cannot be told from older ones); not trying again, so as not to import twice."
    })
    expect(gets()).toEqual([])
    expect(starts()).toBe(1)
  })

  it('the look-up reads at most max-history past jobs', async () => {
    failing(serverError())
    omics.on(ListAnnotationImportJobsCommand).resolves(
      history([
        { id: LOST, created: 50_000 },
        { id: OLDER, created: 50_000 }
      ])
    )
    await expect(start(request(), settings({ maxHistory: 1 }))).rejects.toMatchObject({
      name: 'StartError',
      detail: expect.stringContaining(
        'StepError: The import history of my_store is longer than max-history (1 jobs), so the look-up for the job a lost Start may have created cannot be answered'
      )
    })
  })

  it('cancelled during the look-up after a lost answer: stops with the cancel, not a StartError', async () => {
    failing(serverError())
    const setup = settings()
    omics.on(ListAnnotationImportJobsCommand).callsFake(() => {
      setup.base.controller.abort()
      throw aborted()
    })
    const error = await start(request(), setup).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AbortedError)
    // The lost call may have created a job, and the look-up did not say: one may have been started.
    expect(error).toMatchObject({ maybeStarted: true })
    expect(starts()).toBe(1)
  })

  const LOOKING_AFTER_LOSS =
    'info: Cancelled after a Start whose answer was lost: looking for the job it may have created'

  it('cancelled during the pause after a lost answer: the job is looked for within the clean-up budget', async () => {
    failing(serverError())
    const setup = settings({}, [], 50_000)
    setup.deps.sleep = async (ms, signal) => {
      if (signal === setup.base.signal) setup.base.controller.abort()
      await clock.sleep(ms, signal)
    }
    omics.on(ListAnnotationImportJobsCommand).resolves(history([{ id: LOST, created: 50_000 }]))
    details([{ id: LOST }])
    expect(await start(request(), setup)).toStrictEqual({ jobId: LOST, recovered: true })
    expect(logs).toEqual([
      CHECKING,
      LOOKING_AFTER_LOSS,
      `info: Found job ${LOST}, started by the call whose answer was lost`
    ])
    expect(signalOf(omics.commandCalls(ListAnnotationImportJobsCommand)[0])).toBe(setup.base.cleanup.signal)
    expect([...setup.run.claimed]).toEqual([LOST])
    expect(starts()).toBe(1)
  })

  it('cancelled during the pause after a lost answer, nothing found in time: a job may have been started', async () => {
    failing(serverError())
    const setup = settings({}, [], 50_000)
    setup.deps.sleep = async (ms, signal) => {
      if (signal === setup.base.signal) setup.base.controller.abort()
      await clock.sleep(ms, signal)
    }
    omics.on(ListAnnotationImportJobsCommand).resolves(history([]))
    await expect(start(request(), setup)).rejects.toMatchObject({ name: 'AbortedError', maybeStarted: true })
    expect(lists()).toBe(3)
    expect(clock.sleeps).toEqual([1_000, 2_000, 2_000])
    expect(logs).toEqual([CHECKING, LOOKING_AFTER_LOSS])
    expect(starts()).toBe(1)
  })

  it('does not adopt a job already claimed by this run, or one with other sources', async () => {
    starter
      .on(StartAnnotationImportJobCommand)
      .rejectsOnce(err('InternalServerException', 500))
      .resolves({ jobId: 'abc00001-0000-4000-8000-000000000002' })
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [
        'abc00000-0000-4000-8000-000000000001',
        'abc00008-0000-4000-8000-000000000009'
      ].map(id => ({
        id,
        destinationName: 'my_store',
        versionName: 'default',
        roleArn: ROLE_ARN,
        status: 'SUBMITTED',
        creationTime: new Date(0),
        updateTime: new Date()
      }))
    })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: 'abc00000-0000-4000-8000-000000000001' })
      .resolves({ items: [{ source: 's3://b-1/a.vcf', jobStatus: 'SUBMITTED' }] })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: 'abc00008-0000-4000-8000-000000000009' })
      .resolves({ items: [{ source: 's3://b-1/z.vcf', jobStatus: 'SUBMITTED' }] })
    expect(await start(request(), settings({}, ['abc00000-0000-4000-8000-000000000001']))).toEqual({
      jobId: 'abc00001-0000-4000-8000-000000000002',
      recovered: false
    })
  })

  it('a lost answer with nothing found logs no "found" line, claims nothing, and tries again', async () => {
    failing(serverError())
    omics.on(ListAnnotationImportJobsCommand).resolves(history([]))
    const setup = settings()
    expect(await start(request(), setup)).toEqual({ jobId: SURPLUS, recovered: false })
    expect(logs).toEqual([CHECKING])
    expect([...setup.run.claimed]).toEqual([SURPLUS])
    expect(setup.limiter).toEqual(['acquire', 'acquire', 'success'])
  })

  it('a network error that never reached the service is tried max-attempts times, with no look-up', async () => {
    starter
      .on(StartAnnotationImportJobCommand)
      .rejects(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))
    await expect(start(request(), settings({ maxAttempts: 4 }))).rejects.toMatchObject({
      name: 'StartError',
      tries: 4
    })
    expect(starter.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(4)
    expect(omics.calls()).toHaveLength(0)
    expect(clock.sleeps).toHaveLength(3)
  })

  it('unsent max-attempts times: fails with the last error, pausing with growing backoff, logging nothing', async () => {
    const last = refused()
    failing(refused(), refused(), last)
    const error = await start(request(), settings({ maxAttempts: 3 })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StartError)
    expect(error).toMatchObject({ tries: 3, last, detail: undefined })
    expect(starts()).toBe(3)
    expect(clock.sleeps).toEqual([500, 1000])
    expect(logs).toEqual([])
  })

  it('unsent one time fewer than max-attempts: the next try is made', async () => {
    failing(refused(), refused())
    expect(await start(request(), settings({ maxAttempts: 3 }))).toEqual({ jobId: SURPLUS, recovered: false })
    expect(starts()).toBe(3)
  })

  it('unsent and lost answers count together against max-attempts', async () => {
    failing(refused(), serverError())
    omics.on(ListAnnotationImportJobsCommand).resolves(history([]))
    await expect(start(request(), settings({ maxAttempts: 2 }))).rejects.toMatchObject({
      name: 'StartError',
      tries: 2
    })
    expect(clock.sleeps).toEqual([500, 1000])
    expect(lists()).toBe(1)
  })

  it('waits for a free slot every slotPause until the deadline, logging once', async () => {
    starter
      .on(StartAnnotationImportJobCommand)
      .rejectsOnce(err('ServiceQuotaExceededException', 402))
      .rejectsOnce(err('ServiceQuotaExceededException', 402))
      .resolves({ jobId: 'abc00004-0000-4000-8000-000000000005' })
    expect((await start(request())).jobId).toBe('abc00004-0000-4000-8000-000000000005')
    expect(clock.sleeps).toEqual([10_000, 10_000])
    expect(logs.filter(l => l.includes('No free import slot'))).toHaveLength(1)
  })

  it('says once how often it checks for a slot, in tenths of a second', async () => {
    failing(noSlot(), noSlot(), noSlot())
    const setup = settings({ slotPauseMs: 12_345, slotDeadline: 100_000 })
    expect(await start(request(), setup)).toEqual({ jobId: SURPLUS, recovered: false })
    expect(logs).toEqual([
      'info: No free import slot (concurrent import jobs quota); waiting for one, checking every 12.3s until wait-timeout'
    ])
    expect(clock.sleeps).toEqual([12_345, 12_345, 12_345])
    expect(setup.limiter).toEqual(['acquire', 'acquire', 'acquire', 'acquire', 'success'])
    expect(omics.calls()).toHaveLength(0)
  })

  it('waits for a slot while the next check is due by the deadline; a check due after it fails (n-1, n, n+1)', async () => {
    // Deadline 20 s, a check every 10 s: checks at 0 s and 10 s wait (the next is due at 10 s, 20 s), 20 s fails.
    const last = noSlot()
    failing(noSlot(), noSlot(), last)
    const error = await start(request(), settings({ slotDeadline: 20_000 })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StartError)
    // Checks for a slot are not tries: max-attempts does not bound them, and tries counts the others.
    expect(error).toMatchObject({ tries: 1, last })
    expect(clock.sleeps).toEqual([10_000, 10_000])
    expect(starts()).toBe(3)

    starter.reset()
    failing(noSlot(), noSlot())
    expect(await start(request(), settings({ slotDeadline: 20_000 }))).toEqual({
      jobId: SURPLUS,
      recovered: false
    })

    starter.reset()
    failing(noSlot(), noSlot())
    await expect(start(request(), settings({ slotDeadline: 19_999 }))).rejects.toMatchObject({
      name: 'StartError',
      tries: 1
    })
    expect(clock.sleeps).toEqual([10_000])
    expect(starts()).toBe(2)
  })

  it('no free slot and no time left for one check: fails at once, without saying it waits', async () => {
    failing(noSlot())
    await expect(start(request(), settings({ slotDeadline: 9_999 }))).rejects.toMatchObject({
      name: 'StartError',
      tries: 1
    })
    expect(logs).toEqual([])
    expect(clock.sleeps).toEqual([])
  })

  it('the slot deadline is a clock time, not a duration', async () => {
    failing(noSlot())
    const setup = settings({ slotDeadline: 60_000 }, [], 55_000)
    await expect(start(request(), setup)).rejects.toMatchObject({ name: 'StartError', tries: 1 })
    expect(starts()).toBe(1)
    expect(clock.sleeps).toEqual([])
  })

  it('fails on quota once the deadline has passed', async () => {
    starter.on(StartAnnotationImportJobCommand).rejects(err('ServiceQuotaExceededException', 402))
    await expect(start(request(), settings({ slotDeadline: 25_000 }))).rejects.toBeInstanceOf(StartError)
    expect(clock.t).toBeLessThanOrEqual(25_000)
  })

  it.each([
    ['AccessDeniedException', 403],
    ['ValidationException', 400],
    ['ResourceNotFoundException', 404]
  ])('fails at once on %s', async (name, status) => {
    starter.on(StartAnnotationImportJobCommand).rejects(err(name, status))
    await expect(start(request())).rejects.toMatchObject({ tries: 1, last: { name } })
    expect(starter.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(1)
  })

  it('a fatal answer: the StartError carries it as is, with no detail, and nothing is looked up or logged', async () => {
    const denied = err('AccessDeniedException', 403)
    failing(denied)
    const error = await start(request()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StartError)
    expect(error).toMatchObject({ tries: 1, detail: undefined, message: 'AccessDeniedException message' })
    expect((error as StartError).last).toBe(denied)
    expect(omics.calls()).toHaveLength(0)
    expect(logs).toEqual([])
    expect(clock.sleeps).toEqual([])
  })
})

describe('startJob under faults', () => {
  const listed = {
    annotationImportJobs: [
      {
        id: LOST,
        destinationName: 'my_store',
        versionName: 'default',
        roleArn: ROLE_ARN,
        status: 'SUBMITTED' as const,
        creationTime: new Date(5_000),
        updateTime: new Date()
      }
    ]
  }
  const detail = {
    id: LOST,
    status: 'SUBMITTED' as const,
    items: [{ source: 's3://b-1/a.vcf', jobStatus: 'SUBMITTED' as const }]
  } as unknown as GetAnnotationImportJobCommandOutput

  it.each([
    ['no jobId', {}],
    ['a jobId that is not a job id', { jobId: '$(touch /tmp/x)' }]
  ])('a 200 answer with %s is a lost answer: the job is looked up and adopted', async (_what, answer) => {
    starter.on(StartAnnotationImportJobCommand).resolves(answer)
    omics.on(ListAnnotationImportJobsCommand).resolves(listed)
    omics.on(GetAnnotationImportJobCommand).resolves(detail)
    expect(await start(request())).toEqual({ jobId: LOST, recovered: true })
    expect(starter.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(1)
    expect(logs.some(line => line.includes('Start answered, but the answer carried no usable job id'))).toBe(
      true
    )
  })

  it('a 200 with no jobId: the warning says so, and the limiter counts it a success', async () => {
    starter.on(StartAnnotationImportJobCommand).resolvesOnce({}).resolves({ jobId: JOB })
    omics.on(ListAnnotationImportJobsCommand).resolves(history([]))
    const setup = settings()
    expect(await start(request(), setup)).toEqual({ jobId: JOB, recovered: false })
    expect(logs).toEqual([
      'warning: Start answered, but the answer carried no usable job id (no jobId); checking whether the job was created before trying again'
    ])
    expect(setup.limiter).toEqual(['acquire', 'success', 'acquire', 'success'])
    expect([...setup.run.claimed]).toEqual([JOB])
  })

  it('a 200 whose body could not be parsed is a lost answer too', async () => {
    const cut = Object.assign(new SyntaxError('Unexpected end of JSON input'), {
      $metadata: { httpStatusCode: 200 }
    })
    starter.on(StartAnnotationImportJobCommand).rejects(cut)
    omics.on(ListAnnotationImportJobsCommand).resolves(listed)
    omics.on(GetAnnotationImportJobCommand).resolves(detail)
    expect(await start(request())).toEqual({ jobId: LOST, recovered: true })
  })

  it('cancelled while Start is in flight: finds the job created after the signal', async () => {
    const setup = settings()
    const base = setup.deps as unknown as ReturnType<typeof fakeDeps>
    starter.on(StartAnnotationImportJobCommand).callsFake(async () => {
      base.controller.abort()
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' })
    })
    // The first look-up sees nothing yet; the second finds the job.
    omics.on(ListAnnotationImportJobsCommand).resolvesOnce({ annotationImportJobs: [] }).resolves(listed)
    omics.on(GetAnnotationImportJobCommand).resolves(detail)
    expect(await start(request(), setup)).toEqual({ jobId: LOST, recovered: true })
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)).toHaveLength(2)
    expect(setup.run.claimed.has(LOST)).toBe(true)
    expect(clock.sleeps).toEqual([1_000, 2_000])
  })

  it('cancelled while Start is in flight, no job found within the budget: may have been started', async () => {
    const setup = settings()
    const base = setup.deps as unknown as ReturnType<typeof fakeDeps>
    starter.on(StartAnnotationImportJobCommand).callsFake(async () => {
      base.controller.abort()
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' })
    })
    omics.on(ListAnnotationImportJobsCommand).resolves({ annotationImportJobs: [] })
    const error = await start(request(), setup).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'AbortedError', maybeStarted: true })
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)).toHaveLength(3)
    expect(starter.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(1)
  })

  it('cancelled before any Start was sent: not started, and nothing is looked up', async () => {
    const setup = settings()
    ;(setup.deps as unknown as ReturnType<typeof fakeDeps>).controller.abort()
    const error = await start(request(), setup).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'AbortedError', maybeStarted: false })
    expect(starter.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(0)
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)).toHaveLength(0)
  })
})

describe('startJob cancelled while a Start is in flight', () => {
  /** A Start that the run's cancel interrupts (and, with `budget`, the clean-up budget too). */
  function cancelledStart(setup: Setup, budget = false): void {
    starter.on(StartAnnotationImportJobCommand).callsFake(async () => {
      setup.base.controller.abort()
      if (budget) setup.base.cleanup.abort()
      throw aborted()
    })
  }

  it("found at the first look-up (1 s later): this run's job, read under the clean-up budget", async () => {
    const setup = settings({}, [], 50_000)
    cancelledStart(setup)
    omics.on(ListAnnotationImportJobsCommand).resolves(history([{ id: LOST, created: 49_000 }]))
    details([{ id: LOST }])
    expect(await start(request(), setup)).toStrictEqual({ jobId: LOST, recovered: true })
    expect(logs).toEqual([
      LOOKING,
      `info: Found job ${LOST}, started by the call that was in flight at cancel`
    ])
    expect(clock.sleeps).toEqual([1_000])
    expect([...setup.run.claimed]).toEqual([LOST])
    const list = omics.commandCalls(ListAnnotationImportJobsCommand)
    expect(list).toHaveLength(1)
    expect(signalOf(list[0])).toBe(setup.base.cleanup.signal)
    expect(signalOf(omics.commandCalls(GetAnnotationImportJobCommand)[0])).toBe(setup.base.cleanup.signal)
    expect(starts()).toBe(1)
  })

  it('looks for jobs created since the first try, less 1 s', async () => {
    const setup = settings({}, [], 50_000)
    cancelledStart(setup)
    omics.on(ListAnnotationImportJobsCommand).resolves(history([{ id: OLDER, created: 48_999 }]))
    details([{ id: OLDER }])
    await expect(start(request(), setup)).rejects.toMatchObject({ name: 'AbortedError', maybeStarted: true })
    expect(gets()).toEqual([])
  })

  it('never adopts a job this run already owns', async () => {
    const setup = settings({}, [LOST], 50_000)
    cancelledStart(setup)
    omics.on(ListAnnotationImportJobsCommand).resolves(history([{ id: LOST, created: 50_000 }]))
    details([{ id: LOST }])
    await expect(start(request(), setup)).rejects.toMatchObject({ name: 'AbortedError', maybeStarted: true })
  })

  it('nothing found: looks three times, at about 1 s, 3 s and 5 s, then says a job may have been started', async () => {
    const setup = settings({}, [], 50_000)
    cancelledStart(setup)
    omics.on(ListAnnotationImportJobsCommand).resolves(history([]))
    const error = await start(request(), setup).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AbortedError)
    expect((error as AbortedError).maybeStarted).toBe(true)
    expect(clock.sleeps).toEqual([1_000, 2_000, 2_000])
    expect(lists()).toBe(3)
    expect(logs).toEqual([LOOKING])
    expect(setup.run.claimed.size).toBe(0)
  })

  it('several jobs found: the earliest is taken, and the others are named in a warning', async () => {
    const setup = settings({}, [], 50_000)
    cancelledStart(setup)
    omics.on(ListAnnotationImportJobsCommand).resolves(
      history([
        { id: LOST, created: 50_000 },
        { id: OLDER, created: 51_000 }
      ])
    )
    details([{ id: LOST }, { id: OLDER }])
    expect(await start(request(), setup)).toEqual({ jobId: LOST, recovered: true })
    expect(logs).toEqual([
      LOOKING,
      `warning: 2 jobs created since this run's first try import the same files: taking the earliest, ${LOST}; ` +
        `also found ${OLDER} (a concurrent run of the same import, or a second job): check them, and cancel any not wanted.`,
      `info: Found job ${LOST}, started by the call that was in flight at cancel`
    ])
  })

  it('a look-up that fails ends the looking (said in debug): a job may have been started', async () => {
    const setup = settings()
    cancelledStart(setup)
    omics.on(ListAnnotationImportJobsCommand).rejects(err('AccessDeniedException', 403))
    await expect(start(request(), setup)).rejects.toMatchObject({ name: 'AbortedError', maybeStarted: true })
    expect(lists()).toBe(1)
    expect(clock.sleeps).toEqual([1_000])
    expect(logs).toEqual([
      LOOKING,
      'debug: Look-up after cancel failed: AccessDeniedException: AccessDeniedException message'
    ])
  })

  it('the clean-up budget already spent: no look-up, and nothing said of a failed one', async () => {
    const setup = settings()
    cancelledStart(setup, true)
    await expect(start(request(), setup)).rejects.toMatchObject({ name: 'AbortedError', maybeStarted: true })
    expect(lists()).toBe(0)
    expect(clock.sleeps).toEqual([])
    expect(logs).toEqual([LOOKING])
  })

  it('the clean-up budget running out during a look-up: nothing said of a failed one', async () => {
    const setup = settings()
    cancelledStart(setup)
    omics.on(ListAnnotationImportJobsCommand).callsFake(() => {
      setup.base.cleanup.abort()
      throw aborted()
    })
    await expect(start(request(), setup)).rejects.toMatchObject({ name: 'AbortedError', maybeStarted: true })
    expect(lists()).toBe(1)
    expect(logs).toEqual([LOOKING])
  })

  it('cancelled while a later try is in flight: the look-up still counts from the first try', async () => {
    const setup = settings({}, [], 50_000)
    starter
      .on(StartAnnotationImportJobCommand)
      .rejectsOnce(throttled())
      .callsFake(async () => {
        setup.base.controller.abort()
        throw aborted()
      })
    omics.on(ListAnnotationImportJobsCommand).resolves(history([{ id: LOST, created: 49_000 }]))
    details([{ id: LOST }])
    expect(await start(request(), setup)).toEqual({ jobId: LOST, recovered: true })
    expect(clock.sleeps).toEqual([100, 1_000])
  })
})
