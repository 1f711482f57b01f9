// report/wait-result.ts: the wait sub-action's result from the jobs it followed: its outputs (status,
// status-message, jobs), its warnings, why it failed (with allow-partial and cancel-on-timeout as the
// inputs say, or their defaults when the inputs could not be read), and its summary.
import { describe, expect, it } from '@jest/globals'
import type { WaitInputs } from '../src/inputs/inputs.js'
import type { FollowedJob } from '../src/phases/follow.js'
import { waitResult } from '../src/report/wait-result.js'
import { AbortedError, StepError } from '../src/shared/errors.js'

const A = '0123abcd-0123-4567-89ab-0123456789aa'
const B = '0123abcd-0123-4567-89ab-0123456789bb'

const inputs = (overrides: Partial<WaitInputs> = {}): WaitInputs => ({
  region: 'eu-west-1',
  maxAttempts: 5,
  requestTimeoutMs: 30_000,
  waitTimeoutMs: 60_000,
  waitTimeoutText: '1m',
  pollIntervalMs: 1_000,
  allowPartial: false,
  cancelOnTimeout: false,
  jobIds: [A, B],
  ...overrides
})

const completed = (jobId: string, store = 'my_store', version = 'v1'): FollowedJob => ({
  jobId,
  items: [`s3://b/${jobId.slice(-2)}.vcf`],
  outcome: 'success',
  last: { status: 'COMPLETED', destinationName: store, versionName: version },
  waitedMs: 5_000
})

const timedOut: FollowedJob = {
  jobId: A,
  items: ['s3://b/a.vcf'],
  outcome: 'timeout',
  last: { status: 'IN_PROGRESS', destinationName: 'my_store' },
  waitedMs: 60_000
}

const partial = (outcome: 'success' | 'failure'): FollowedJob => ({
  jobId: B,
  items: ['s3://b/b.vcf'],
  outcome,
  last: {
    status: 'COMPLETED_WITH_FAILURES',
    statusMessage: '1 item failed',
    items: [{ source: 's3://b/b.vcf', jobStatus: 'FAILED' }]
  },
  waitedMs: 2_000
})

const TIMED_OUT = `Job ${A} had not ended after waiting 1m 0s (wait-timeout); last status IN_PROGRESS`
const KEEPS_RUNNING = `The job keeps running: ${A} (set cancel-on-timeout: true to cancel instead)`
const PARTIAL = `Job ${B} ended COMPLETED_WITH_FAILURES: 1 item failed [s3://b/b.vcf: FAILED]`
const ALLOW_PARTIAL = 'Some items failed (COMPLETED_WITH_FAILURES); set allow-partial: true to accept that.'

describe('jobs that all succeeded', () => {
  it('outputs, summary rows, and the store and version they share; no failure, no warnings', () => {
    const first: FollowedJob = {
      ...completed(A),
      last: {
        status: 'COMPLETED',
        destinationName: 'my_store',
        versionName: 'v1',
        creationTime: new Date(0),
        completionTime: new Date(60_000)
      },
      waitedMs: 61_000
    }
    const result = waitResult({ inputs: inputs(), followed: [first, completed(B)] })
    expect(result).toStrictEqual({
      outputs: {
        status: 'COMPLETED',
        'status-message': '',
        jobs: JSON.stringify([
          { jobId: A, items: ['s3://b/aa.vcf'], status: 'COMPLETED' },
          { jobId: B, items: ['s3://b/bb.vcf'], status: 'COMPLETED' }
        ])
      },
      warnings: [],
      summary: {
        title: 'Annotation import',
        storeName: 'my_store',
        versionName: 'v1',
        region: 'eu-west-1',
        jobs: [
          { jobId: A, items: ['s3://b/aa.vcf'], status: 'COMPLETED', runMs: 60_000, waitedMs: 61_000 },
          { jobId: B, items: ['s3://b/bb.vcf'], status: 'COMPLETED', waitedMs: 5_000 }
        ]
      }
    })
  })

  it('names no store or version that the jobs do not share, or that no job names', () => {
    const apart = waitResult({ inputs: inputs(), followed: [completed(A, 'one'), completed(B, 'two')] })
    expect(apart.summary).not.toHaveProperty('storeName')
    expect(apart.summary.versionName).toBe('v1')
    const versions = waitResult({ followed: [completed(A, 's', 'v1'), completed(B, 's', 'v2')] })
    expect(versions.summary.storeName).toBe('s')
    expect(versions.summary).not.toHaveProperty('versionName')
    const unnamed: FollowedJob = { ...completed(A), last: { status: 'COMPLETED' } }
    const none = waitResult({ followed: [unnamed] })
    expect(none.summary).not.toHaveProperty('storeName')
    expect(none.summary).not.toHaveProperty('versionName')
    const oneUnnamed = waitResult({ followed: [completed(A), unnamed] })
    expect(oneUnnamed.summary).not.toHaveProperty('storeName')
    expect(oneUnnamed.summary).not.toHaveProperty('versionName')
  })

  it('a job never read (no last state) is UNKNOWN, and names no store', () => {
    const unread: FollowedJob = { jobId: A, items: [], outcome: 'success', waitedMs: 0 }
    const result = waitResult({ followed: [unread] })
    expect(result.outputs['status']).toBe('UNKNOWN')
    expect(result.summary).toStrictEqual({
      title: 'Annotation import',
      jobs: [{ jobId: A, items: [], status: 'UNKNOWN', waitedMs: 0 }]
    })
  })

  it('completed with failures, allowed by allow-partial: a warning, not a failure', () => {
    const result = waitResult({ inputs: inputs({ allowPartial: true }), followed: [partial('success')] })
    expect(result.warnings).toEqual([`Job ${B} completed with failures (allowed by allow-partial)`])
    expect(result).not.toHaveProperty('failure')
    expect(result.summary).not.toHaveProperty('failure')
    expect(result.outputs).toStrictEqual({
      status: 'COMPLETED_WITH_FAILURES',
      'status-message': '1 item failed',
      jobs: JSON.stringify([
        {
          jobId: B,
          items: ['s3://b/b.vcf'],
          status: 'COMPLETED_WITH_FAILURES',
          statusMessage: '1 item failed'
        }
      ])
    })
  })

  it('no jobs followed: empty outputs, no failure', () => {
    expect(waitResult({ inputs: inputs(), followed: [] })).toStrictEqual({
      outputs: { status: '', 'status-message': '', jobs: '[]' },
      warnings: [],
      summary: { title: 'Annotation import', region: 'eu-west-1', jobs: [] }
    })
  })
})

describe('why the step fails', () => {
  it('each line of the verdict, one per line, in the failure and atop the summary', () => {
    const result = waitResult({ inputs: inputs(), followed: [timedOut, partial('failure')] })
    const failure = [TIMED_OUT, PARTIAL, KEEPS_RUNNING, ALLOW_PARTIAL].join('\n')
    expect(result.failure).toBe(failure)
    expect(result.summary.failure).toBe(failure)
    expect(result.summary.storeName).toBeUndefined()
    expect(result.outputs['status']).toBe('COMPLETED_WITH_FAILURES')
  })

  it('follows cancel-on-timeout and allow-partial as the inputs say', () => {
    const result = waitResult({
      inputs: inputs({ cancelOnTimeout: true, allowPartial: true }),
      followed: [timedOut, partial('failure')]
    })
    expect(result.failure).toBe([TIMED_OUT, PARTIAL].join('\n'))
  })

  it('without inputs: neither cancel-on-timeout nor allow-partial, and no region', () => {
    const result = waitResult({ followed: [timedOut, partial('failure')] })
    const failure = [TIMED_OUT, PARTIAL, KEEPS_RUNNING, ALLOW_PARTIAL].join('\n')
    expect(result.failure).toBe(failure)
    expect(result.summary).not.toHaveProperty('region')
    expect(result.summary).toStrictEqual({
      title: 'Annotation import',
      failure,
      jobs: [
        { jobId: A, items: ['s3://b/a.vcf'], status: 'IN_PROGRESS', waitedMs: 60_000 },
        {
          jobId: B,
          items: ['s3://b/b.vcf'],
          status: 'COMPLETED_WITH_FAILURES',
          statusMessage: '1 item failed',
          waitedMs: 2_000,
          itemStatuses: [{ source: 's3://b/b.vcf', jobStatus: 'FAILED' }]
        }
      ]
    })
  })

  it('an error that ended the step early is the failure, in place of what the jobs say', () => {
    const result = waitResult(
      { inputs: inputs(), followed: [timedOut] },
      new StepError('wait-timeout: expected a duration')
    )
    expect(result.failure).toBe('wait-timeout: expected a duration')
    expect(result.summary.failure).toBe('wait-timeout: expected a duration')
    expect(result.outputs['status']).toBe('IN_PROGRESS')
  })

  it('an error before any job was read: the failure alone, no outputs', () => {
    expect(waitResult({}, new StepError('job-ids: none given'))).toStrictEqual({
      outputs: {},
      warnings: [],
      failure: 'job-ids: none given',
      summary: { title: 'Annotation import', failure: 'job-ids: none given', jobs: [] }
    })
  })

  it('a cancelled run says it stopped before any job was followed; any other error is explained', () => {
    const stopped = 'Stopped: the workflow run was cancelled before any job was followed.'
    expect(waitResult({ inputs: inputs() }, new AbortedError()).failure).toBe(stopped)
    expect(waitResult({ inputs: inputs() }, new AbortedError()).summary).toStrictEqual({
      title: 'Annotation import',
      region: 'eu-west-1',
      failure: stopped,
      jobs: []
    })
    expect(waitResult({}, new Error('boom')).failure).toBe('The step failed: boom')
  })

  it('without an error and with nothing followed there is nothing to fail', () => {
    expect(waitResult({})).toStrictEqual({
      outputs: {},
      warnings: [],
      summary: { title: 'Annotation import', jobs: [] }
    })
  })
})
