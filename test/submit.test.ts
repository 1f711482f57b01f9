// startJob / startAll with the SDK mocked (aws-sdk-client-mock): retries, recovery after a lost answer,
// waiting for a slot. Clock and sleep are simulated.
import { describe, expect, it, beforeEach } from '@jest/globals'
import {
  GetAnnotationImportJobCommand,
  ListAnnotationImportJobsCommand,
  OmicsClient,
  StartAnnotationImportJobCommand
} from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { AdaptiveRate } from '../src/backoff.js'
import { startAll, startJob, StartError, type StartSettings } from '../src/submit.js'
import type { ImportRequest } from '../src/request.js'
import { FakeClock } from './helpers/fake-clock.js'

const starterClient = new OmicsClient({ region: 'us-east-1' })
const omicsClient = new OmicsClient({ region: 'us-east-1' })
const starter = mockClient(starterClient)
const omics = mockClient(omicsClient)

const ROLE = 'arn:aws:iam::123456789012:role/HealthOmicsImport'
const request = (source = 's3://b-1/a.vcf'): ImportRequest => ({
  destinationName: 'my_store',
  roleArn: ROLE,
  items: [{ source }]
})
const err = (
  name: string,
  status: number,
  fault: 'client' | 'server' = status >= 500 ? 'server' : 'client'
) =>
  Object.assign(new Error(`${name} message`), { name, $fault: fault, $metadata: { httpStatusCode: status } })

let clock: FakeClock
let logs: string[]

function settings(extra: Partial<StartSettings> = {}): StartSettings {
  return {
    starter: starterClient,
    omics: omicsClient,
    maxAttempts: 3,
    slotDeadline: 60_000,
    slotPauseMs: 10_000,
    limiter: new AdaptiveRate(clock.now, clock.sleep),
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5,
    log: {
      info: m => logs.push(`info: ${m}`),
      warning: m => logs.push(`warning: ${m}`),
      debug: () => undefined
    },
    claimed: new Set(),
    ...extra
  }
}

beforeEach(() => {
  starter.reset()
  omics.reset()
  clock = new FakeClock()
  logs = []
})

describe('startJob', () => {
  it('returns the job id the service answers', async () => {
    starter.on(StartAnnotationImportJobCommand).resolves({ jobId: 'job-1' })
    expect(await startJob(settings(), request())).toEqual({ jobId: 'job-1', recovered: false })
    expect(starter.commandCalls(StartAnnotationImportJobCommand)[0]?.args[0].input).toEqual(request())
  })

  it('retries throttling with backoff and never looks for lost jobs', async () => {
    starter
      .on(StartAnnotationImportJobCommand)
      .rejectsOnce(err('ThrottlingException', 429))
      .rejectsOnce(err('ThrottlingException', 429))
      .resolves({ jobId: 'job-1' })
    expect((await startJob(settings(), request())).jobId).toBe('job-1')
    expect(starter.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(3)
    expect(omics.calls()).toHaveLength(0)
    expect(clock.sleeps).toEqual([100, 200])
  })

  it('gives up on throttling after four times max-attempts', async () => {
    starter.on(StartAnnotationImportJobCommand).rejects(err('ThrottlingException', 429))
    await expect(startJob(settings({ maxAttempts: 2 }), request())).rejects.toMatchObject({
      name: 'StartError',
      tries: 8
    })
  })

  it('after a 500, adopts the job the lost call created instead of starting another', async () => {
    starter.on(StartAnnotationImportJobCommand).rejects(err('InternalServerException', 500))
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [
        {
          id: 'old-job',
          destinationName: 'my_store',
          versionName: 'default',
          roleArn: ROLE,
          status: 'COMPLETED',
          creationTime: new Date(-10 * 60_000),
          updateTime: new Date()
        },
        {
          id: 'other-role',
          destinationName: 'my_store',
          versionName: 'default',
          roleArn: `${ROLE}2`,
          status: 'SUBMITTED',
          creationTime: new Date(0),
          updateTime: new Date()
        },
        {
          id: 'lost-job',
          destinationName: 'my_store',
          versionName: 'default',
          roleArn: ROLE,
          status: 'SUBMITTED',
          creationTime: new Date(0),
          updateTime: new Date()
        }
      ]
    })
    omics.on(GetAnnotationImportJobCommand, { jobId: 'lost-job' }).resolves({
      id: 'lost-job',
      status: 'SUBMITTED',
      items: [{ source: 's3://b-1/a.vcf', jobStatus: 'SUBMITTED' }]
    })
    const s = settings()
    expect(await startJob(s, request())).toEqual({ jobId: 'lost-job', recovered: true })
    expect(starter.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(1)
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)[0]?.args[0].input).toMatchObject({
      filter: { storeName: 'my_store' }
    })
    // Jobs older than the call (less the clock-skew allowance) and jobs of another role are not read.
    expect(omics.commandCalls(GetAnnotationImportJobCommand).map(c => c.args[0].input.jobId)).toEqual([
      'lost-job'
    ])
    expect(s.claimed.has('lost-job')).toBe(true)
  })

  it('after a reset with no job created, starts again', async () => {
    starter
      .on(StartAnnotationImportJobCommand)
      .rejectsOnce(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .resolves({ jobId: 'job-2' })
    omics.on(ListAnnotationImportJobsCommand).resolves({ annotationImportJobs: [] })
    expect(await startJob(settings(), request())).toEqual({ jobId: 'job-2', recovered: false })
    expect(logs).toContain(
      'warning: Start answered Error; checking whether the job was created before trying again'
    )
  })

  it('does not retry when it cannot check whether the lost call created a job', async () => {
    starter.on(StartAnnotationImportJobCommand).rejects(err('InternalServerException', 500))
    omics.on(ListAnnotationImportJobsCommand).rejects(err('AccessDeniedException', 403))
    const failure = startJob(settings(), request())
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
      .resolves({ jobId: 'fresh' })
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: ['claimed', 'other-file'].map(id => ({
        id,
        destinationName: 'my_store',
        versionName: 'default',
        roleArn: ROLE,
        status: 'SUBMITTED',
        creationTime: new Date(0),
        updateTime: new Date()
      }))
    })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: 'claimed' })
      .resolves({ items: [{ source: 's3://b-1/a.vcf', jobStatus: 'SUBMITTED' }] })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: 'other-file' })
      .resolves({ items: [{ source: 's3://b-1/z.vcf', jobStatus: 'SUBMITTED' }] })
    expect(await startJob(settings({ claimed: new Set(['claimed']) }), request())).toEqual({
      jobId: 'fresh',
      recovered: false
    })
  })

  it('waits for a free slot every slotPause until the deadline, logging once', async () => {
    starter
      .on(StartAnnotationImportJobCommand)
      .rejectsOnce(err('ServiceQuotaExceededException', 402))
      .rejectsOnce(err('ServiceQuotaExceededException', 402))
      .resolves({ jobId: 'job-3' })
    expect((await startJob(settings(), request())).jobId).toBe('job-3')
    expect(clock.sleeps).toEqual([10_000, 10_000])
    expect(logs.filter(l => l.includes('No free import slot'))).toHaveLength(1)
  })

  it('fails on quota once the deadline has passed', async () => {
    starter.on(StartAnnotationImportJobCommand).rejects(err('ServiceQuotaExceededException', 402))
    await expect(startJob(settings({ slotDeadline: 25_000 }), request())).rejects.toBeInstanceOf(StartError)
    expect(clock.t).toBeLessThanOrEqual(25_000)
  })

  it.each([
    ['AccessDeniedException', 403],
    ['ValidationException', 400],
    ['ResourceNotFoundException', 404]
  ])('fails at once on %s', async (name, status) => {
    starter.on(StartAnnotationImportJobCommand).rejects(err(name, status))
    await expect(startJob(settings(), request())).rejects.toMatchObject({ tries: 1, last: { name } })
    expect(starter.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(1)
  })
})

describe('startAll', () => {
  it('keeps item order, and one failure does not stop the others', async () => {
    starter.on(StartAnnotationImportJobCommand).callsFake(input => {
      const source = (input as ImportRequest).items[0]?.source ?? ''
      if (source.endsWith('b.vcf')) throw err('AccessDeniedException', 403)
      return { jobId: `job-${source.slice(-5, -4)}` }
    })
    const seen: number[] = []
    const outcomes = await startAll(
      settings(),
      ['a', 'b', 'c', 'd'].map(x => request(`s3://b-1/${x}.vcf`)),
      2,
      (_o, i) => seen.push(i)
    )
    expect(outcomes.map(o => o.jobId ?? o.error?.name)).toEqual(['job-a', 'StartError', 'job-c', 'job-d'])
    expect(seen.sort()).toEqual([0, 1, 2, 3])
  })
})
