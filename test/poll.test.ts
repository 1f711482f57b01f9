import { describe, expect, it } from '@jest/globals'
import { pollDelay, waitForJob, type JobState } from '../src/phases/poll.js'
import { verdict } from '../src/model/job-status.js'
import { AbortedError } from '../src/shared/errors.js'
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
      // Checks at 0, 2, 5, 9.5, 16.25, 26.4, 41.6, 64.3, 98.5 and 100 s; one more would see COMPLETED.
      ...scripted([
        ...Array.from({ length: 10 }, () => ({ status: 'IN_PROGRESS' })),
        { status: 'COMPLETED' }
      ]),
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

describe('waitForJob, in detail', () => {
  const base = { timeoutMs: 3_600_000, pollIntervalMs: 30_000, allowPartial: false, random: () => 0.5 }
  const START = 1_000_000

  /** A clock that reads START when the wait begins, so that elapsed times are not clock times. */
  function clockAt(at = START): FakeClock {
    const clock = new FakeClock()
    clock.t = at
    return clock
  }

  it('elapsed times count from when the wait began, in the result and in onChange', async () => {
    const clock = clockAt()
    const changes: string[] = []
    const result = await waitForJob({
      ...base,
      ...scripted([{ status: 'IN_PROGRESS' }, { status: 'COMPLETED' }]),
      now: clock.now,
      sleep: clock.sleep,
      onChange: (s, ms) => changes.push(`${s.status}@${ms}`)
    })
    expect(result).toStrictEqual({ outcome: 'success', last: { status: 'COMPLETED' }, elapsedMs: 2_000 })
    expect(changes).toEqual(['IN_PROGRESS@0', 'COMPLETED@2000'])
  })

  it('onChange gets the whole state; no onChange or onRetry given is fine', async () => {
    const clock = clockAt()
    const seen: JobState[] = []
    const state = {
      status: 'FAILED',
      statusMessage: 'bad',
      items: [{ source: 's3://b/a.vcf', jobStatus: 'FAILED' }]
    }
    await waitForJob({
      ...base,
      ...scripted([state]),
      now: clock.now,
      sleep: clock.sleep,
      onChange: s => seen.push(s)
    })
    expect(seen).toEqual([state])
    const quiet = await waitForJob({
      ...base,
      ...scripted([awsError('InternalServerException', 500), { status: 'COMPLETED' }]),
      now: clock.now,
      sleep: clock.sleep
    })
    expect(quiet.outcome).toBe('success')
  })

  it('a run already cancelled: aborted at once, nothing checked, no last state', async () => {
    const clock = clockAt()
    const controller = new AbortController()
    controller.abort()
    const job = scripted([{ status: 'IN_PROGRESS' }])
    const result = await waitForJob({
      ...base,
      ...job,
      signal: controller.signal,
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result).toStrictEqual({ outcome: 'aborted', elapsedMs: 0 })
    expect(job.calls).toEqual([])
  })

  it('the status check is given a signal that aborts with the run and with the deadline', async () => {
    const clock = clockAt()
    const run = new AbortController()
    const deadline = new AbortController()
    const asked: number[] = []
    const signals: (AbortSignal | undefined)[] = []
    await waitForJob({
      ...base,
      getStatus: async signal => {
        signals.push(signal)
        return { status: 'COMPLETED' }
      },
      signal: run.signal,
      deadlineSignal: ms => {
        asked.push(ms)
        return deadline.signal
      },
      now: clock.now,
      sleep: clock.sleep
    })
    expect(asked).toEqual([3_600_000])
    expect(signals).toHaveLength(1)
    expect(signals[0]?.aborted).toBe(false)
    run.abort()
    expect(signals[0]?.aborted).toBe(true)

    const alone = new AbortController()
    const checks: (AbortSignal | undefined)[] = []
    await waitForJob({
      ...base,
      getStatus: async signal => {
        checks.push(signal)
        return { status: 'COMPLETED' }
      },
      signal: new AbortController().signal,
      deadlineSignal: () => alone.signal,
      now: clock.now,
      sleep: clock.sleep
    })
    alone.abort()
    expect(checks[0]?.aborted).toBe(true)
  })

  it('with no run signal, the check is given the deadline signal itself', async () => {
    const clock = clockAt()
    const deadline = new AbortController()
    const signals: (AbortSignal | undefined)[] = []
    await waitForJob({
      ...base,
      getStatus: async signal => {
        signals.push(signal)
        return { status: 'COMPLETED' }
      },
      deadlineSignal: () => deadline.signal,
      now: clock.now,
      sleep: clock.sleep
    })
    expect(signals[0]).toBe(deadline.signal)
  })

  it('a check failing because the run was cancelled during it: aborted, with the last state seen', async () => {
    const clock = clockAt()
    const controller = new AbortController()
    const job = scripted([{ status: 'IN_PROGRESS' }])
    const result = await waitForJob({
      ...base,
      getStatus: async () => {
        if (job.calls.length === 1) {
          controller.abort()
          throw Object.assign(new Error('Request aborted'), { name: 'AbortError' })
        }
        return job.getStatus()
      },
      signal: controller.signal,
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result).toStrictEqual({ outcome: 'aborted', last: { status: 'IN_PROGRESS' }, elapsedMs: 2_000 })
  })

  it('a check that throws AbortedError is aborted, with or without a run signal', async () => {
    const clock = clockAt()
    const result = await waitForJob({
      ...base,
      ...scripted([{ status: 'IN_PROGRESS' }, new AbortedError()]),
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result).toStrictEqual({ outcome: 'aborted', last: { status: 'IN_PROGRESS' }, elapsedMs: 2_000 })
  })

  it('a check cut off by the deadline is a timeout', async () => {
    const clock = clockAt()
    const deadline = new AbortController()
    const result = await waitForJob({
      ...base,
      getStatus: async () => {
        deadline.abort()
        throw Object.assign(new Error('Request aborted'), { name: 'AbortError' })
      },
      deadlineSignal: () => deadline.signal,
      signal: new AbortController().signal,
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result).toStrictEqual({ outcome: 'timeout', elapsedMs: 0 })
  })

  it('expired credentials end the wait as expired, keeping the last state seen', async () => {
    const clock = clockAt()
    const expired = Object.assign(new Error('token expired'), { name: 'ExpiredTokenException' })
    const retried: unknown[] = []
    const result = await waitForJob({
      ...base,
      ...scripted([{ status: 'IN_PROGRESS' }, expired]),
      now: clock.now,
      sleep: clock.sleep,
      onRetry: error => retried.push(error)
    })
    expect(result).toStrictEqual({ outcome: 'expired', last: { status: 'IN_PROGRESS' }, elapsedMs: 2_000 })
    expect(retried).toEqual([])
  })

  it('retries 5xx, resets and unsent calls, telling onRetry of each, with the usual pauses', async () => {
    const clock = clockAt()
    const server = awsError('InternalServerException', 500)
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    const retried: unknown[] = []
    const result = await waitForJob({
      ...base,
      ...scripted([server, reset, refused, { status: 'COMPLETED' }]),
      now: clock.now,
      sleep: clock.sleep,
      onRetry: error => retried.push(error)
    })
    expect(result.outcome).toBe('success')
    expect(retried).toEqual([server, reset, refused])
    expect(clock.sleeps).toEqual([2000, 3000, 4500])
  })

  it('an error that is not retried is thrown without onRetry', async () => {
    const clock = clockAt()
    const retried: unknown[] = []
    const denied = awsError('AccessDeniedException', 403)
    await expect(
      waitForJob({
        ...base,
        ...scripted([denied]),
        now: clock.now,
        sleep: clock.sleep,
        onRetry: error => retried.push(error)
      })
    ).rejects.toBe(denied)
    expect(retried).toEqual([])
  })

  it('a status check that answers resets the throttle backoff', async () => {
    const clock = clockAt()
    const throttle = awsError('ThrottlingException', 429)
    const result = await waitForJob({
      ...base,
      pollIntervalMs: 10_000,
      ...scripted([
        { status: 'IN_PROGRESS' },
        throttle,
        { status: 'IN_PROGRESS' },
        throttle,
        { status: 'COMPLETED' }
      ]),
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result.outcome).toBe('success')
    expect(clock.sleeps).toEqual([2000, 6000, 4500, 13500])
  })

  it('the last check falls at the deadline: a timeout, no check after it (n)', async () => {
    const clock = clockAt()
    const job = scripted([
      { status: 'IN_PROGRESS' },
      { status: 'IN_PROGRESS' },
      { status: 'IN_PROGRESS' },
      { status: 'IN_PROGRESS' },
      { status: 'IN_PROGRESS' },
      { status: 'COMPLETED' }
    ])
    const result = await waitForJob({
      ...base,
      timeoutMs: 10_000,
      ...job,
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result).toStrictEqual({ outcome: 'timeout', last: { status: 'IN_PROGRESS' }, elapsedMs: 10_000 })
    expect(clock.sleeps).toEqual([2000, 3000, 4500, 500])
    expect(job.calls).toHaveLength(5)
  })

  it.each([
    [9_999, 'success', [1]],
    [10_000, 'timeout', []],
    [10_001, 'timeout', []]
  ] as const)(
    'a first check that takes %d ms of a 10 s wait-timeout: %s (n-1, n, n+1)',
    async (takes, outcome, sleeps) => {
      const clock = clockAt()
      const job = scripted([{ status: 'IN_PROGRESS' }, { status: 'COMPLETED' }])
      const result = await waitForJob({
        ...base,
        timeoutMs: 10_000,
        getStatus: async () => {
          if (job.calls.length === 0) clock.t += takes
          return job.getStatus()
        },
        now: clock.now,
        sleep: clock.sleep
      })
      expect(result.outcome).toBe(outcome)
      expect(clock.sleeps).toEqual(sleeps)
      expect(job.calls).toHaveLength(outcome === 'success' ? 2 : 1)
    }
  )

  it('a wait-timeout of 0: one check, then a timeout', async () => {
    const clock = clockAt()
    const job = scripted([{ status: 'IN_PROGRESS' }, { status: 'COMPLETED' }])
    const result = await waitForJob({ ...base, timeoutMs: 0, ...job, now: clock.now, sleep: clock.sleep })
    expect(result).toStrictEqual({ outcome: 'timeout', last: { status: 'IN_PROGRESS' }, elapsedMs: 0 })
    expect(job.calls).toHaveLength(1)
  })

  it('decide replaces the job verdict when given', async () => {
    const clock = clockAt()
    const job = scripted([{ status: 'COMPLETED' }, { status: 'READY' }])
    const result = await waitForJob({
      ...base,
      ...job,
      decide: status => (status === 'READY' ? 'success' : 'running'),
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result.outcome).toBe('success')
    expect(job.calls).toHaveLength(2)
  })

  it.each([
    [true, 'success'],
    [false, 'failure']
  ] as const)('COMPLETED_WITH_FAILURES with allow-partial %s: %s', async (allowPartial, outcome) => {
    const clock = clockAt()
    const result = await waitForJob({
      ...base,
      allowPartial,
      ...scripted([{ status: 'COMPLETED_WITH_FAILURES' }]),
      now: clock.now,
      sleep: clock.sleep
    })
    expect(result.outcome).toBe(outcome)
  })

  it('the random given spreads the pauses (Math.random only when none is)', async () => {
    const clock = clockAt()
    await waitForJob({
      ...base,
      random: () => 0,
      ...scripted([{ status: 'IN_PROGRESS' }, { status: 'IN_PROGRESS' }, { status: 'COMPLETED' }]),
      now: clock.now,
      sleep: clock.sleep
    })
    expect(clock.sleeps).toEqual([1600, 2400])
  })

  it('a sleep that fails for another reason than a cancel fails the wait', async () => {
    const clock = clockAt()
    const broken = new Error('timer broke')
    const job = scripted([{ status: 'IN_PROGRESS' }, { status: 'COMPLETED' }])
    await expect(
      waitForJob({ ...base, ...job, now: clock.now, sleep: () => Promise.reject(broken) })
    ).rejects.toBe(broken)
    expect(job.calls).toHaveLength(1)
  })

  it('a cancel during a pause ends the wait as aborted, with the last state', async () => {
    const clock = clockAt()
    const controller = new AbortController()
    const result = await waitForJob({
      ...base,
      ...scripted([{ status: 'IN_PROGRESS' }, { status: 'COMPLETED' }]),
      signal: controller.signal,
      now: clock.now,
      sleep: async (ms, signal) => {
        controller.abort()
        await clock.sleep(ms, signal)
      }
    })
    expect(result).toStrictEqual({ outcome: 'aborted', last: { status: 'IN_PROGRESS' }, elapsedMs: 0 })
  })
})
