// model/job-status.ts: the status output over several jobs.
import { describe, expect, it } from '@jest/globals'
import { overallStatus } from '../src/model/job-status.js'

describe('overallStatus', () => {
  it('status output is the most serious status', () => {
    expect(overallStatus(['COMPLETED', 'COMPLETED'])).toBe('COMPLETED')
    expect(overallStatus(['COMPLETED', 'IN_PROGRESS', 'COMPLETED_WITH_FAILURES'])).toBe(
      'COMPLETED_WITH_FAILURES'
    )
    expect(overallStatus(['CANCELLED', 'FAILED'])).toBe('FAILED')
    expect(overallStatus(['COMPLETED', 'NOT_STARTED'])).toBe('NOT_STARTED')
  })
})
