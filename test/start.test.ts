// startJob / startAll with the SDK mocked (aws-sdk-client-mock): retries, recovery after a lost answer,
// waiting for a slot. Clock and sleep are simulated.
import { describe, expect, it, beforeEach } from '@jest/globals'
import {
  GetAnnotationImportJobCommand,
  type GetAnnotationImportJobCommandOutput,
  ListAnnotationImportJobsCommand,
  StartAnnotationImportJobCommand
} from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { AdaptiveRate } from '../src/shared/backoff.js'
import { JobBook } from '../src/phases/history.js'
import { startJob, type StartDeps, type StartPolicy, type StartRun } from '../src/phases/start.js'
import { StartError } from '../src/shared/errors.js'
import { startAll } from '../src/phases/start-batch.js'
import type { ImportRequest } from '../src/model/request.js'
import type { FakeClock } from './helpers/fake-clock.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { awsError, omicsClient as newOmicsClient, ROLE_ARN } from './helpers/fixtures.js'

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

let clock: FakeClock
let logs: string[]

interface Setup {
  policy: StartPolicy
  deps: StartDeps
  run: StartRun
}

function settings(policy: Partial<StartPolicy> = {}, claimed: string[] = []): Setup {
  const base = fakeDeps(omicsClient, starterClient)
  clock = base.clock
  logs = base.logs
  return {
    policy: { maxAttempts: 3, slotDeadline: 60_000, slotPauseMs: 10_000, maxHistory: 20_000, ...policy },
    deps: {
      ...base,
      starter: starterClient,
      omics: omicsClient,
      limiter: new AdaptiveRate(clock.now, clock.sleep),
      book: new JobBook(() => omicsClient)
    },
    run: { claimed: new Set(claimed) }
  }
}

const start = (req: ImportRequest, setup: Setup = settings()) =>
  startJob(req, setup.policy, setup.deps, setup.run)

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

  it('gives up on throttling after four times max-attempts', async () => {
    starter.on(StartAnnotationImportJobCommand).rejects(err('ThrottlingException', 429))
    await expect(start(request(), settings({ maxAttempts: 2 }))).rejects.toMatchObject({
      name: 'StartError',
      tries: 8
    })
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
})

describe('startAll', () => {
  it('keeps item order, and one failure does not stop the others', async () => {
    starter.on(StartAnnotationImportJobCommand).callsFake(input => {
      const source = (input as ImportRequest).items[0]?.source ?? ''
      if (source.endsWith('b.vcf')) throw err('AccessDeniedException', 403)
      return { jobId: `0000000${source.slice(-5, -4)}-0000-4000-8000-000000000000` }
    })
    const seen: number[] = []
    const setup = settings()
    const outcomes = await startAll(
      ['a', 'b', 'c', 'd'].map(x => request(`s3://b-1/${x}.vcf`)),
      2,
      setup.policy,
      setup.deps,
      (_o, i) => seen.push(i)
    )
    expect(outcomes.map(o => o.jobId?.slice(7, 8) ?? o.error?.name)).toEqual(['a', 'StartError', 'c', 'd'])
    expect(seen.sort()).toEqual([0, 1, 2, 3])
  })
})

describe('startJob under faults', () => {
  const LOST = 'abc0000f-0000-4000-8000-00000000000f'
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
