// report/follow-report.ts: what followed jobs mean for a step: the status outputs, the warnings, the
// failure's lines (one per job that did not succeed, then what becomes of the unfinished ones), and each
// job's summary row and jobs output entry.
import { describe, expect, it } from '@jest/globals'
import { withCallContext } from '../src/aws/call-context.js'
import { expiredLines } from '../src/phases/expiry.js'
import type { FollowedJob } from '../src/phases/follow.js'
import {
  followedEntry,
  followedRow,
  followFailureLines,
  followOutputs,
  followWarnings,
  lastStatus,
  runTime
} from '../src/report/follow-report.js'
import { awsError } from './helpers/fixtures.js'

const ctx = { region: 'us-east-1' }
const wait = { allowPartial: false, cancelOnTimeout: false }

/** What a test changes of a followed job: `last: undefined` for a job never read (the key is then left out). */
type Changes = { [K in keyof FollowedJob]?: FollowedJob[K] | undefined }

const job = (jobId: string, changes: Changes = {}): FollowedJob => {
  const all: Record<string, unknown> = {
    jobId,
    items: [`s3://b/${jobId}.vcf`],
    outcome: 'success',
    last: { status: 'COMPLETED' },
    waitedMs: 5_000,
    ...changes
  }
  return Object.fromEntries(
    Object.entries(all).filter(([, value]) => value !== undefined)
  ) as unknown as FollowedJob
}
const timedOut = (jobId: string, overrides: Changes = {}): FollowedJob =>
  job(jobId, { outcome: 'timeout', last: { status: 'IN_PROGRESS' }, waitedMs: 61_000, ...overrides })

describe('lastStatus and runTime', () => {
  it('the last status the service gave, UNKNOWN before any answer', () => {
    expect(lastStatus(job('a'))).toBe('COMPLETED')
    expect(lastStatus(job('a', { last: undefined }))).toBe('UNKNOWN')
  })

  it("the job's run time by the service's clock: creation to completion, never negative", () => {
    const at = (created?: number, completed?: number): FollowedJob =>
      job('a', {
        last: {
          status: 'COMPLETED',
          ...(created !== undefined && { creationTime: new Date(created) }),
          ...(completed !== undefined && { completionTime: new Date(completed) })
        }
      })
    expect(runTime(at(1_000, 61_000))).toBe(60_000)
    expect(runTime(at(1_000, 1_000))).toBe(0)
    expect(runTime(at(1_001, 1_000))).toBeUndefined()
    expect(runTime(at(1_000))).toBeUndefined()
    expect(runTime(at(undefined, 1_000))).toBeUndefined()
    expect(runTime(job('a', { last: undefined }))).toBeUndefined()
  })
})

describe('followOutputs', () => {
  it('one job: its status, and its message as the service gave it', () => {
    expect(followOutputs([job('a', { last: { status: 'FAILED', statusMessage: 'bad row' } })])).toEqual({
      status: 'FAILED',
      'status-message': 'bad row'
    })
    expect(followOutputs([job('a')])).toEqual({ status: 'COMPLETED', 'status-message': '' })
    expect(followOutputs([])).toEqual({ status: '', 'status-message': '' })
  })

  it('several jobs: the most serious status, and each message line names its job', () => {
    const followed = [
      job('a', { last: { status: 'COMPLETED', statusMessage: 'fine' } }),
      job('b', { last: { status: 'FAILED', statusMessage: 'bad row' } }),
      job('c')
    ]
    expect(followOutputs(followed)).toEqual({
      status: 'FAILED',
      'status-message': 'job a: fine\njob b: bad row'
    })
  })

  it('a cancel not confirmed (or refused) is always named, after the message; a confirmed one is not said', () => {
    const unconfirmed = timedOut('a', {
      last: { status: 'IN_PROGRESS', statusMessage: 'busy' },
      cancel: { confirmed: false }
    })
    expect(followOutputs([unconfirmed])).toEqual({
      status: 'IN_PROGRESS',
      'status-message': 'busy\njob a: cancel requested, not yet confirmed (last status IN_PROGRESS)'
    })
    const refused = timedOut('b', { cancel: { confirmed: false, error: 'AccessDeniedException: no' } })
    expect(followOutputs([refused])['status-message']).toBe(
      'job b: could not cancel (AccessDeniedException: no)'
    )
    const confirmed = timedOut('c', { last: { status: 'CANCELLED' }, cancel: { confirmed: true } })
    expect(followOutputs([confirmed])).toEqual({ status: 'CANCELLED', 'status-message': '' })
  })
})

describe('followWarnings', () => {
  it('only a job that succeeded with failures (allow-partial) is a warning', () => {
    const partial = { status: 'COMPLETED_WITH_FAILURES' }
    expect(
      followWarnings([
        job('a', { last: partial }),
        job('b', { outcome: 'failure', last: partial }),
        job('c'),
        job('d', { last: partial })
      ])
    ).toEqual([
      'Job a completed with failures (allowed by allow-partial)',
      'Job d completed with failures (allowed by allow-partial)'
    ])
  })
})

describe('followFailureLines', () => {
  it('the failure names each job that did not succeed, and what happens to unfinished ones', () => {
    const followed: FollowedJob[] = [
      { jobId: 'a', items: [], outcome: 'success', last: { status: 'COMPLETED' }, waitedMs: 5 },
      {
        jobId: 'b',
        items: [],
        outcome: 'failure',
        last: {
          status: 'COMPLETED_WITH_FAILURES',
          statusMessage: 'bad row',
          items: [{ source: 's3://b-1/x', jobStatus: 'FAILED' }]
        },
        waitedMs: 5
      },
      { jobId: 'c', items: [], outcome: 'timeout', last: { status: 'IN_PROGRESS' }, waitedMs: 61_000 }
    ]
    expect(followFailureLines(followed, wait, { region: 'us-east-1' })).toEqual([
      'Job b ended COMPLETED_WITH_FAILURES: bad row [s3://b-1/x: FAILED]',
      'Job c had not ended after waiting 1m 1s (wait-timeout); last status IN_PROGRESS',
      'The job keeps running: c (set cancel-on-timeout: true to cancel instead)',
      'Some items failed (COMPLETED_WITH_FAILURES); set allow-partial: true to accept that.'
    ])
    expect(followFailureLines(followed.slice(0, 1), wait, { region: 'us-east-1' })).toEqual([])
  })

  it('a failed job: its status, message, items and whether skip-imported found it', () => {
    const failed = (overrides: Changes): FollowedJob => job('f', { outcome: 'failure', ...overrides })
    expect(followFailureLines([failed({ last: { status: 'FAILED' } })], wait, ctx)).toEqual([
      'Job f ended FAILED'
    ])
    expect(followFailureLines([failed({ last: undefined })], wait, ctx)).toEqual(['Job f ended unknown'])
    expect(
      followFailureLines(
        [
          failed({
            found: true,
            last: {
              status: 'FAILED',
              items: [
                { source: 's3://b/1', jobStatus: 'FAILED' },
                { source: 's3://b/2', jobStatus: 'COMPLETED' }
              ]
            }
          })
        ],
        wait,
        ctx
      )
    ).toEqual([
      'Job f ended FAILED [s3://b/1: FAILED; s3://b/2: COMPLETED] (found by skip-imported: a rerun imports its failed files again)'
    ])
    expect(followFailureLines([failed({ last: { status: 'FAILED', items: [] } })], wait, ctx)).toEqual([
      'Job f ended FAILED'
    ])
  })

  it('COMPLETED_WITH_FAILURES asks for allow-partial only when it is not set', () => {
    const partial = job('p', { outcome: 'failure', last: { status: 'COMPLETED_WITH_FAILURES' } })
    expect(followFailureLines([partial], wait, ctx)).toEqual([
      'Job p ended COMPLETED_WITH_FAILURES',
      'Some items failed (COMPLETED_WITH_FAILURES); set allow-partial: true to accept that.'
    ])
    expect(followFailureLines([partial], { ...wait, allowPartial: true }, ctx)).toEqual([
      'Job p ended COMPLETED_WITH_FAILURES'
    ])
    const failed = job('f', { outcome: 'failure', last: { status: 'FAILED' } })
    expect(
      followFailureLines([failed, job('s', { last: { status: 'COMPLETED_WITH_FAILURES' } })], wait, ctx)
    ).toEqual(['Job f ended FAILED'])
  })

  it('jobs still running: one line each, then which keep running (one or several)', () => {
    expect(followFailureLines([timedOut('a'), timedOut('b', { last: undefined })], wait, ctx)).toEqual([
      'Job a had not ended after waiting 1m 1s (wait-timeout); last status IN_PROGRESS',
      'Job b had not ended after waiting 1m 1s (wait-timeout); last status unknown',
      'The jobs keep running: a, b (set cancel-on-timeout: true to cancel instead)'
    ])
    // cancel-on-timeout: what the cancel did is said instead.
    expect(followFailureLines([timedOut('a')], { ...wait, cancelOnTimeout: true }, ctx)).toEqual([
      'Job a had not ended after waiting 1m 1s (wait-timeout); last status IN_PROGRESS'
    ])
  })

  it('what the cancel did, for each unfinished job; a confirmed cancel drops the last status', () => {
    const cancelOn = { ...wait, cancelOnTimeout: true }
    expect(
      followFailureLines(
        [
          timedOut('a', { last: { status: 'CANCELLED' }, cancel: { confirmed: true } }),
          timedOut('b', { last: { status: 'COMPLETED' }, cancel: { confirmed: true } }),
          timedOut('c', { cancel: { confirmed: false } }),
          timedOut('d', { cancel: { confirmed: false, error: 'no answer within the cancel budget' } })
        ],
        cancelOn,
        ctx
      )
    ).toEqual([
      'Job a had not ended after waiting 1m 1s (wait-timeout)',
      'Job b had not ended after waiting 1m 1s (wait-timeout)',
      'Job c had not ended after waiting 1m 1s (wait-timeout); last status IN_PROGRESS',
      'Job d had not ended after waiting 1m 1s (wait-timeout); last status IN_PROGRESS',
      'Cancel-on-timeout: job a: cancelled by this step',
      'Cancel-on-timeout: job b: ended COMPLETED before the cancel took effect',
      'Cancel-on-timeout: job c: cancel requested, not yet confirmed (last status IN_PROGRESS)',
      'Cancel-on-timeout: job d: could not cancel (no answer within the cancel budget)'
    ])
  })

  it('jobs skip-imported found keep running, never cancelled by this step (one or several)', () => {
    expect(followFailureLines([timedOut('a', { found: true })], wait, ctx)).toEqual([
      'Job a had not ended after waiting 1m 1s (wait-timeout); last status IN_PROGRESS',
      'The job keeps running: a (found by skip-imported, not started by this step, so never cancelled by it)'
    ])
    expect(
      followFailureLines(
        [timedOut('a', { found: true }), timedOut('b', { found: true }), timedOut('c')],
        { ...wait, cancelOnTimeout: true },
        ctx
      )
    ).toEqual([
      'Job a had not ended after waiting 1m 1s (wait-timeout); last status IN_PROGRESS',
      'Job b had not ended after waiting 1m 1s (wait-timeout); last status IN_PROGRESS',
      'Job c had not ended after waiting 1m 1s (wait-timeout); last status IN_PROGRESS',
      'The jobs keep running: a, b (found by skip-imported, not started by this step, so never cancelled by it)'
    ])
  })

  it('a cancelled run: each job it stopped waiting for, unless the cancel came while starting', () => {
    const aborted = job('a', { outcome: 'aborted', last: { status: 'SUBMITTED' } })
    expect(followFailureLines([aborted], wait, ctx)).toEqual([
      'Stopped waiting for job a (the workflow run was cancelled); last status SUBMITTED',
      'The job keeps running: a (set cancel-on-timeout: true to cancel instead)'
    ])
    expect(followFailureLines([job('a', { outcome: 'aborted', last: undefined })], wait, ctx)[0]).toBe(
      'Stopped waiting for job a (the workflow run was cancelled); last status unknown'
    )
    expect(followFailureLines([aborted], wait, ctx, 'starting')).toEqual([
      'The job keeps running: a (set cancel-on-timeout: true to cancel instead)'
    ])
    expect(followFailureLines([aborted], wait, ctx, 'waiting')).toHaveLength(2)
  })

  it('a run cancelled after its job started, without wait: nothing was waited for', () => {
    const aborted = job('a', {
      outcome: 'aborted',
      last: { status: 'CANCELLED' },
      cancel: { confirmed: true }
    })
    expect(followFailureLines([aborted], { ...wait, cancelOnTimeout: true }, ctx, 'not waiting')).toEqual([
      'The workflow run was cancelled once job a had started (wait: false); last status CANCELLED',
      'Cancel-on-timeout: job a: cancelled by this step'
    ])
  })

  it('expired credentials: said once for all the jobs they stopped', () => {
    const followed = [
      job('e1', { outcome: 'expired', waitedMs: 5_000, last: { status: 'IN_PROGRESS' } }),
      job('ok'),
      job('e2', { outcome: 'expired', waitedMs: 9_000, last: undefined })
    ]
    const lines = followFailureLines(followed, wait, ctx)
    expect(lines).toEqual(
      expiredLines([
        { jobId: 'e1', waitedMs: 5_000, status: 'IN_PROGRESS' },
        { jobId: 'e2', waitedMs: 9_000 }
      ])
    )
    expect(lines[0]).toContain('expired after 9s of waiting')
    expect(lines[1]).toContain('e1 (last status IN_PROGRESS), e2 (last status unknown)')
  })

  it('a job whose status could not be read: the explained error on one line', () => {
    const error = withCallContext(awsError('AccessDeniedException', 403, 'no'), {
      operation: 'GetAnnotationImportJob',
      service: 'omics',
      endpoint: 'https://e',
      input: { jobId: 'x' }
    })
    expect(followFailureLines([job('x', { outcome: 'error', error, last: undefined })], wait, ctx)).toEqual([
      'Could not follow job x: GetAnnotationImportJob on job x failed: AccessDeniedException: no The credentials need omics:GetAnnotationImportJob (see the IAM policy in the README).'
    ])
  })
})

describe('followedRow and followedEntry', () => {
  const full: FollowedJob = job('a', {
    items: ['s3://b/1', 's3://b/2'],
    outcome: 'failure',
    waitedMs: 7_000,
    last: {
      status: 'COMPLETED_WITH_FAILURES',
      statusMessage: 'one failed',
      creationTime: new Date(1_000),
      completionTime: new Date(4_000),
      items: [{ source: 's3://b/1', jobStatus: 'FAILED' }]
    }
  })

  it("a row: status, message, run time, time waited and the items' statuses, when known", () => {
    expect(followedRow(full)).toStrictEqual({
      jobId: 'a',
      items: ['s3://b/1', 's3://b/2'],
      status: 'COMPLETED_WITH_FAILURES',
      statusMessage: 'one failed',
      runMs: 3_000,
      waitedMs: 7_000,
      itemStatuses: [{ source: 's3://b/1', jobStatus: 'FAILED' }]
    })
    expect(followedRow(job('b', { last: undefined, waitedMs: 0 }))).toStrictEqual({
      jobId: 'b',
      items: ['s3://b/b.vcf'],
      status: 'UNKNOWN',
      waitedMs: 0
    })
    expect(
      followedRow(
        job('c', { last: { status: 'COMPLETED', creationTime: new Date(5), completionTime: new Date(5) } })
      )
    ).toStrictEqual({ jobId: 'c', items: ['s3://b/c.vcf'], status: 'COMPLETED', runMs: 0, waitedMs: 5_000 })
  })

  it("a row's note says what the cancel did; a confirmed one only who did it", () => {
    const note = (overrides: Changes): unknown => followedRow(timedOut('a', overrides)).note
    expect(note({})).toBeUndefined()
    expect(note({ last: { status: 'CANCELLED' }, cancel: { confirmed: true } })).toBe('(by this step)')
    expect(note({ last: { status: 'COMPLETED' }, cancel: { confirmed: true } })).toBe(
      '(before the cancel took effect)'
    )
    expect(note({ cancel: { confirmed: false } })).toBe(
      '(cancel requested, not yet confirmed (last status IN_PROGRESS))'
    )
    expect(note({ cancel: { confirmed: false, error: 'denied' } })).toBe('(could not cancel (denied))')
    expect(note({ cancel: { confirmed: true, error: 'denied' } })).toBe('(could not cancel (denied))')
  })

  it('an entry: id, items, status, the message when there is one, and found when skip-imported found it', () => {
    expect(followedEntry(full)).toStrictEqual({
      jobId: 'a',
      items: ['s3://b/1', 's3://b/2'],
      status: 'COMPLETED_WITH_FAILURES',
      statusMessage: 'one failed'
    })
    expect(followedEntry(job('b', { found: true, last: undefined }))).toStrictEqual({
      jobId: 'b',
      items: ['s3://b/b.vcf'],
      status: 'UNKNOWN',
      found: true
    })
  })
})
