// The follow phase both entry points share: several jobs at once, one deadline, cancelling, and what
// the result says about them. Clients are mocked; the clock is simulated.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { CancelAnnotationImportJobCommand, GetAnnotationImportJobCommand } from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { cancelJob, type FollowedJob, followJobs } from '../src/phases/follow.js'
import { run as runWait } from '../src/wait-action.js'
import { type WaitState, waitResult } from '../src/report/wait-result.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { omicsClient } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)
const A = '0123abcd-0123-4567-89ab-0123456789aa'
const B = '0123abcd-0123-4567-89ab-0123456789bb'
const settings = {
  waitTimeoutMs: 60_000,
  waitTimeoutText: '60',
  pollIntervalMs: 1000,
  allowPartial: false,
  cancelOnTimeout: false
}

beforeEach(() => void omics.reset())

describe('followJobs', () => {
  it("follows several jobs to their own ends and names each one's files in the log", async () => {
    omics
      .on(GetAnnotationImportJobCommand, { jobId: A })
      .resolvesOnce({ status: 'IN_PROGRESS' })
      .resolves({ status: 'COMPLETED', creationTime: new Date(0), completionTime: new Date(3_600_000) })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: B })
      .resolves({ status: 'FAILED', statusMessage: 'bad header' })
    const deps = fakeDeps(client)
    const followed = await followJobs(
      client,
      [
        { jobId: A, items: ['s3://b-1/a.vcf'] },
        { jobId: B, items: ['s3://b-1/b.vcf', 's3://b-1/c.vcf'] }
      ],
      settings,
      deps
    )
    expect(followed.map(job => [job.jobId, job.outcome, job.last?.status])).toEqual([
      [A, 'success', 'COMPLETED'],
      [B, 'failure', 'FAILED']
    ])
    expect(deps.logs).toContain(`info: Job ${B} (s3://b-1/b.vcf (+1 more)): FAILED after 1s (bad header)`)
    const result = waitResult({ followed })
    expect(result.outputs['status']).toBe('FAILED')
    expect(result.summary.jobs[0]).toMatchObject({ jobId: A, runMs: 3_600_000 })
  })

  it('one job whose status cannot be read does not stop the others being followed', async () => {
    omics.on(GetAnnotationImportJobCommand, { jobId: A }).rejects(
      Object.assign(new Error('denied'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 403 }
      })
    )
    omics.on(GetAnnotationImportJobCommand, { jobId: B }).resolves({ status: 'COMPLETED' })
    const followed = await followJobs(
      client,
      [
        { jobId: A, items: [] },
        { jobId: B, items: [] }
      ],
      settings,
      fakeDeps(client)
    )
    expect(followed.map(job => job.outcome)).toEqual(['error', 'success'])
    expect(waitResult({ followed }).failure).toContain(`Could not follow job ${A}`)
  })

  it('on timeout with cancel-on-timeout, cancels and reports the status it became', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'IN_PROGRESS' })
    omics.on(CancelAnnotationImportJobCommand).callsFake(() => {
      omics.on(GetAnnotationImportJobCommand).resolves({ status: 'CANCELLED' })
      return {}
    })
    const deps = fakeDeps(client)
    const followed = await followJobs(
      client,
      [{ jobId: A, items: [] }],
      { ...settings, waitTimeoutMs: 5000, cancelOnTimeout: true },
      deps
    )
    expect(followed[0]).toMatchObject({
      outcome: 'timeout',
      last: { status: 'CANCELLED' },
      cancel: { confirmed: true }
    })
    const result = waitResult({
      followed,
      inputs: {
        ...settings,
        cancelOnTimeout: true,
        jobIds: [A],
        region: 'us-east-1',
        maxAttempts: 5,
        requestTimeoutMs: 30_000
      }
    })
    expect(result.outputs['status']).toBe('CANCELLED')
    expect(result.failure).toContain(`Cancel-on-timeout: job ${A}: cancelled by this step`)
    expect(result.failure).not.toContain('last status CANCELLED')
    expect(result.summary.jobs[0]?.note).toBe('(by this step)')
    expect(result.summary.jobs[0]?.status).toBe('CANCELLED')
  })
})

describe('cancelJob', () => {
  const unfinished: FollowedJob = {
    jobId: A,
    items: [],
    outcome: 'timeout',
    last: { status: 'IN_PROGRESS' },
    waitedMs: 1
  }

  it('a job that just ended COMPLETED_WITH_FAILURES is read once, not polled again', async () => {
    omics.on(CancelAnnotationImportJobCommand).rejects(
      Object.assign(new Error('already ended'), {
        name: 'ValidationException',
        $metadata: { httpStatusCode: 400 }
      })
    )
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'COMPLETED_WITH_FAILURES' })
    const deps = fakeDeps(client)
    const cancelled = await cancelJob(client, unfinished, deps, deps.cleanup.signal)
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(1)
    expect(deps.clock.sleeps).toEqual([])
    expect(cancelled.last?.status).toBe('COMPLETED_WITH_FAILURES')
  })

  it('says when the cancel was requested but not yet confirmed', async () => {
    omics.on(CancelAnnotationImportJobCommand).resolves({})
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'IN_PROGRESS' })
    const cancelled = await cancelJob(client, unfinished, fakeDeps(client), new AbortController().signal)
    expect(cancelled.cancel).toEqual({ confirmed: false })
    const result = waitResult({ followed: [cancelled] })
    expect(result.outputs['status-message']).toBe(
      `job ${A}: cancel requested, not yet confirmed (last status IN_PROGRESS)`
    )
    expect(result.summary.jobs[0]?.note).toBe(
      '(cancel requested, not yet confirmed (last status IN_PROGRESS))'
    )
  })
})

describe('the wait sub-action uses the same follow phase', () => {
  it('follows every id given, and warns when allow-partial lets COMPLETED_WITH_FAILURES through', async () => {
    omics.on(GetAnnotationImportJobCommand, { jobId: A }).resolves({
      status: 'COMPLETED',
      destinationName: 'my_store',
      items: [{ source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' }]
    })
    omics.on(GetAnnotationImportJobCommand, { jobId: B }).resolves({
      status: 'COMPLETED_WITH_FAILURES',
      destinationName: 'my_store',
      items: [{ source: 's3://b-1/b.vcf', jobStatus: 'FAILED' }]
    })
    const inputs = {
      ...settings,
      allowPartial: true,
      jobIds: [A, B],
      region: 'us-east-1',
      maxAttempts: 5,
      requestTimeoutMs: 30_000
    }
    const state: WaitState = { inputs }
    await runWait(inputs, fakeDeps(client), state)
    const result = waitResult(state)
    expect(result.failure).toBeUndefined()
    expect(result.warnings).toEqual([`Job ${B} completed with failures (allowed by allow-partial)`])
    expect(result.outputs['status']).toBe('COMPLETED_WITH_FAILURES')
    expect(JSON.parse(result.outputs['jobs'] ?? '')).toEqual([
      { jobId: A, items: ['s3://b-1/a.vcf'], status: 'COMPLETED' },
      { jobId: B, items: ['s3://b-1/b.vcf'], status: 'COMPLETED_WITH_FAILURES' }
    ])
    expect(result.summary.storeName).toBe('my_store')
  })

  it('a job that cannot be read is UNKNOWN and named in the failure; the others are still followed', async () => {
    omics.on(GetAnnotationImportJobCommand, { jobId: A }).resolves({
      status: 'COMPLETED',
      items: [{ source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' }]
    })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: B })
      .rejects(Object.assign(new Error(`Import job ${B} not found`), { name: 'ResourceNotFoundException' }))
    const inputs = {
      ...settings,
      jobIds: [A, B],
      region: 'us-east-1',
      maxAttempts: 5,
      requestTimeoutMs: 30_000
    }
    const state: WaitState = { inputs }
    await runWait(inputs, fakeDeps(client), state)
    const result = waitResult(state)
    expect(result.outputs['status']).toBe('UNKNOWN')
    expect(JSON.parse(result.outputs['jobs'] ?? '')).toEqual([
      { jobId: A, items: ['s3://b-1/a.vcf'], status: 'COMPLETED' },
      { jobId: B, items: [], status: 'UNKNOWN' }
    ])
    expect(result.failure).toContain(`Could not follow job ${B}`)
    expect(result.failure).not.toContain(`job ${A}`)
  })
})
