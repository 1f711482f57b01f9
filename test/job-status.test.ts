// model/job-status.ts: what each import job status means: which end a wait, which succeed or fail, the
// status output over several jobs, and which count as imported for skip-imported.
import { describe, expect, it } from '@jest/globals'
import {
  HISTORY_JOB_STATUSES,
  IMPORTED_ITEM_STATUSES,
  TERMINAL,
  isTerminal,
  itemCountsAsImported,
  overallStatus,
  verdict
} from '../src/model/job-status.js'

describe('overallStatus', () => {
  it('status output is the most serious status', () => {
    expect(overallStatus(['COMPLETED', 'COMPLETED'])).toBe('COMPLETED')
    expect(overallStatus(['COMPLETED', 'IN_PROGRESS', 'COMPLETED_WITH_FAILURES'])).toBe(
      'COMPLETED_WITH_FAILURES'
    )
    expect(overallStatus(['CANCELLED', 'FAILED'])).toBe('FAILED')
    expect(overallStatus(['COMPLETED', 'NOT_STARTED'])).toBe('NOT_STARTED')
  })

  const MOST_SERIOUS_FIRST = [
    'FAILED',
    'NOT_STARTED',
    'CANCELLED',
    'COMPLETED_WITH_FAILURES',
    'UNKNOWN',
    'IN_PROGRESS',
    'SUBMITTED',
    'COMPLETED'
  ]

  it.each(MOST_SERIOUS_FIRST.slice(0, -1).map((status, i) => [status, MOST_SERIOUS_FIRST[i + 1] ?? '']))(
    '%s is more serious than %s, in either order',
    (more, less) => {
      expect(overallStatus([more, less])).toBe(more)
      expect(overallStatus([less, more])).toBe(more)
    }
  )

  it('picks the most serious of all of them, wherever it is', () => {
    const all = [...MOST_SERIOUS_FIRST].reverse()
    expect(overallStatus(all)).toBe('FAILED')
    expect(overallStatus(all.filter(s => s !== 'FAILED'))).toBe('NOT_STARTED')
    expect(overallStatus(['SUBMITTED', 'COMPLETED', 'IN_PROGRESS', 'COMPLETED'])).toBe('IN_PROGRESS')
  })

  it('one status: that one; none: empty', () => {
    expect(overallStatus(['SUBMITTED'])).toBe('SUBMITTED')
    expect(overallStatus(['STRANGE'])).toBe('STRANGE')
    expect(overallStatus([])).toBe('')
  })

  it('a status it does not know ranks as UNKNOWN: above the running ones, below the failed ones', () => {
    expect(overallStatus(['IN_PROGRESS', 'PAUSED'])).toBe('PAUSED')
    expect(overallStatus(['COMPLETED', 'PAUSED'])).toBe('PAUSED')
    expect(overallStatus(['PAUSED', 'COMPLETED_WITH_FAILURES'])).toBe('COMPLETED_WITH_FAILURES')
    expect(overallStatus(['PAUSED', 'FAILED'])).toBe('FAILED')
  })

  it('leaves the list it is given as it was', () => {
    const statuses = ['COMPLETED', 'FAILED']
    overallStatus(statuses)
    expect(statuses).toEqual(['COMPLETED', 'FAILED'])
  })
})

describe('isTerminal', () => {
  it.each(['COMPLETED', 'COMPLETED_WITH_FAILURES', 'FAILED', 'CANCELLED'])('%s is never left', status => {
    expect(isTerminal(status)).toBe(true)
    expect(TERMINAL.has(status)).toBe(true)
  })
  it.each(['SUBMITTED', 'IN_PROGRESS', 'NOT_STARTED', 'UNKNOWN', 'completed', ''])(
    '%j is not terminal',
    status => {
      expect(isTerminal(status)).toBe(false)
    }
  )
  it('the terminal statuses are exactly four', () => {
    expect([...TERMINAL].sort()).toEqual(['CANCELLED', 'COMPLETED', 'COMPLETED_WITH_FAILURES', 'FAILED'])
  })
})

describe('verdict', () => {
  it.each([
    ['COMPLETED', false, 'success'],
    ['COMPLETED', true, 'success'],
    ['COMPLETED_WITH_FAILURES', false, 'failure'],
    ['COMPLETED_WITH_FAILURES', true, 'success'],
    ['FAILED', false, 'failure'],
    ['FAILED', true, 'failure'],
    ['CANCELLED', false, 'failure'],
    ['CANCELLED', true, 'failure'],
    ['SUBMITTED', false, 'running'],
    ['IN_PROGRESS', true, 'running'],
    ['SOMETHING_NEW', false, 'running'],
    ['', true, 'running']
  ])('%s with allow-partial %s: %s', (status, allowPartial, expected) => {
    expect(verdict(status, allowPartial)).toBe(expected)
  })
})

describe('what counts as imported for skip-imported', () => {
  it('the jobs read: those that may hold imported data or be importing', () => {
    expect([...HISTORY_JOB_STATUSES].sort()).toEqual([
      'COMPLETED',
      'COMPLETED_WITH_FAILURES',
      'IN_PROGRESS',
      'SUBMITTED'
    ])
    expect([...IMPORTED_ITEM_STATUSES].sort()).toEqual(['COMPLETED', 'IN_PROGRESS', 'SUBMITTED'])
  })

  it.each([
    ['COMPLETED', 'COMPLETED', true],
    ['COMPLETED_WITH_FAILURES', 'COMPLETED', true],
    ['COMPLETED_WITH_FAILURES', 'FAILED', false],
    ['COMPLETED_WITH_FAILURES', 'CANCELLED', false],
    ['IN_PROGRESS', 'SUBMITTED', true],
    ['IN_PROGRESS', 'IN_PROGRESS', true],
    ['IN_PROGRESS', 'FAILED', false],
    ['FAILED', 'COMPLETED', false],
    ['CANCELLED', 'COMPLETED', false],
    ['CANCELLED', 'IN_PROGRESS', false],
    ['NOT_STARTED', 'COMPLETED', false]
  ])('a %s job with an item %s: %s', (jobStatus, itemStatus, expected) => {
    expect(itemCountsAsImported(jobStatus, itemStatus)).toBe(expected)
  })

  it.each([
    ['COMPLETED', true],
    ['IN_PROGRESS', true],
    ['SUBMITTED', true],
    ['COMPLETED_WITH_FAILURES', false],
    ['FAILED', false],
    ['CANCELLED', false]
  ])('an item without its own status takes its job status: %s job, %s', (jobStatus, expected) => {
    expect(itemCountsAsImported(jobStatus, undefined)).toBe(expected)
  })
})
