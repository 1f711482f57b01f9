import { describe, expect, it } from '@jest/globals'
import { pollDelay, waitForJob, type JobState } from '../src/phases/poll.js'
import { verdict } from '../src/model/job-status.js'
import { FakeClock } from './helpers/fake-clock.js'

const awsError = (name: string, status: number) =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } })

describe('verdict', () => {
  it.each([
    ['SUBMITTED', false, 'running'],
    ['IN_PROGRESS', false, 'running'],
    ['COMPLETED', false, 'success'],
    ['FAILED', false, 'failure'],
    ['FAILED', true, 'failure'],
    ['CANCELLED', false, 'failure'],
    ['CANCELLED', true, 'failure'],
    ['COMPLETED_WITH_FAILURES', false, 'failure'],
    ['COMPLETED_WITH_FAILURES', true, 'success'],
    ['SOMETHING_NEW', false, 'running']
  ] as const)('%s (allow-partial %s) -> %s', (status, allowPartial, expected) => {
    expect(verdict(status, allowPartial)).toBe(expected)
  })
})

describe('pollDelay', () => {
  it('starts short and grows to the poll interval, never beyond it by more than the jitter', () => {
    const mid = () => 0.5
    expect([0, 1, 2, 3, 4, 5, 10].map(n => pollDelay(n, 30_000, mid))).toEqual([
      2000, 3000, 4500, 6750, 10125, 15187.5, 30000
    ])
    expect(pollDelay(50, 30_000, () => 1)).toBe(36_000)
    expect(pollDelay(50, 30_000, () => 0)).toBe(24_000)
    expect(pollDelay(0, 500, mid)).toBe(500)
    expect(pollDelay(0, 100, () => 0)).toBe(100)
  })
})

function scripted(states: (JobState | Error)[]) {
  let i = 0
  const calls: number[] = []
  return {
    calls,
    getStatus: async (): Promise<JobState> => {
      calls.push(i)
      const next = states[Math.min(i++, states.length - 1)]
      if (next instanceof Error) throw next
      return next as JobState
    }
  }
}

describe('waitForJob', () => {
  const base = { timeoutMs: 3_600_000, pollIntervalMs: 30_000, allowPartial: false, random: () => 0.5 }

  it('polls until a terminal state and reports each change once', async () => {
    const clock = new FakeClock()
    const job = scripted([
      { status: 'SUBMITTED' },
      { status: 'IN_PROGRESS' },
      { status: 'IN_PROGRESS' },
      { status: 'COMPLETED' }
    ])
    const changes: string[] = []
    const result = await waitForJob({
      ...base,
      ...job,
      now: clock.now,
      sleep: clock.sleep,
      onChange: (s, ms) => changes.push(`${s.status}@${ms}`)
    })
    expect(result.outcome).toBe('success')
    expect(result.last?.status).toBe('COMPLETED')
    expect(changes).toEqual(['SUBMITTED@0', 'IN_PROGRESS@2000', 'COMPLETED@9500'])
    expect(clock.sleeps).toEqual([2000, 3000, 4500])
  })

  it('ends in failure on FAILED with the last state', async () => {
    const clock = new FakeClock()
    const result = await waitForJob({
      ...base,
      ...scripted([{ status: 'FAILED', statusMessage: 'bad file' }]),
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result).toEqual({
      outcome: 'failure',
      last: { status: 'FAILED', statusMessage: 'bad file' },
      elapsedMs: 0
    })
  })

  it('honours the timeout to within one poll interval', async () => {
    const clock = new FakeClock()
    const result = await waitForJob({
      ...base,
      timeoutMs: 100_000,
      ...scripted([{ status: 'IN_PROGRESS' }]),
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result.outcome).toBe('timeout')
    expect(result.elapsedMs).toBe(100_000)
    expect(result.last?.status).toBe('IN_PROGRESS')
  })

  it('keeps going through throttled checks, with longer pauses bounded by twice the interval', async () => {
    const clock = new FakeClock()
    const throttle = awsError('ThrottlingException', 429)
    const job = scripted([
      { status: 'IN_PROGRESS' },
      throttle,
      throttle,
      throttle,
      throttle,
      throttle,
      throttle,
      { status: 'COMPLETED' }
    ])
    const result = await waitForJob({
      ...base,
      pollIntervalMs: 10_000,
      ...job,
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result.outcome).toBe('success')
    expect(Math.max(...clock.sleeps)).toBe(20_000)
    expect(clock.sleeps.slice(0, 3)).toEqual([2000, 6000, 18000])
  })

  it('retries transient errors (5xx, resets)', async () => {
    const clock = new FakeClock()
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    const job = scripted([awsError('InternalServerException', 500), reset, { status: 'COMPLETED' }])
    expect((await waitForJob({ ...base, ...job, now: clock.now, sleep: clock.sleep })).outcome).toBe(
      'success'
    )
  })

  it.each([
    ['AccessDeniedException', 403],
    ['ResourceNotFoundException', 404],
    ['ValidationException', 400]
  ])('fails at once on %s', async (name, status) => {
    const clock = new FakeClock()
    const job = scripted([awsError(name, status)])
    await expect(waitForJob({ ...base, ...job, now: clock.now, sleep: clock.sleep })).rejects.toThrow(name)
    expect(job.calls).toHaveLength(1)
  })

  it('stops when the signal aborts', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    const job = scripted([{ status: 'IN_PROGRESS' }])
    const result = await waitForJob({
      ...base,
      getStatus: async () => {
        if (job.calls.length === 2) controller.abort()
        return job.getStatus()
      },
      signal: controller.signal,
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result.outcome).toBe('aborted')
    expect(job.calls).toHaveLength(3)
  })
})

describe('waitForJob with a status check that never answers', () => {
  const hung = (signal?: AbortSignal): Promise<JobState> =>
    new Promise((_resolve, reject) =>
      signal?.addEventListener('abort', () =>
        reject(Object.assign(new Error('Request aborted'), { name: 'AbortError' }))
      )
    )

  it('cuts the check off at the deadline and ends as a timeout', async () => {
    const clock = new FakeClock()
    let cut: (() => void) | undefined
    const result = waitForJob({
      getStatus: hung,
      timeoutMs: 5_000,
      pollIntervalMs: 1_000,
      allowPartial: false,
      now: clock.now,
      sleep: clock.sleep,
      deadlineSignal: () => {
        const controller = new AbortController()
        cut = () => controller.abort()
        return controller.signal
      }
    })
    await new Promise(resolve => setTimeout(resolve, 5))
    cut?.()
    expect((await result).outcome).toBe('timeout')
  })

  it('ends as aborted when the run is cancelled during the check', async () => {
    const clock = new FakeClock()
    const cancel = new AbortController()
    const result = waitForJob({
      getStatus: hung,
      timeoutMs: 3_600_000,
      pollIntervalMs: 1_000,
      allowPartial: false,
      now: clock.now,
      sleep: clock.sleep,
      signal: cancel.signal
    })
    await new Promise(resolve => setTimeout(resolve, 5))
    cancel.abort()
    expect((await result).outcome).toBe('aborted')
  })
})
