// report/follow-report.ts: the failure over several followed jobs.
import { describe, expect, it } from '@jest/globals'
import type { FollowedJob } from '../src/phases/follow.js'
import { followFailureLines } from '../src/report/follow-report.js'

describe('followFailureLines', () => {
  const wait = { allowPartial: false, cancelOnTimeout: false }
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
})
