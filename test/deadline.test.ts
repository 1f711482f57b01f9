// wait-timeout as one deadline for the start step: what is left of it for the version and slot waits,
// and the job wait's bound (never below a last look, unless wait-timeout itself is shorter).
import { describe, expect, it } from '@jest/globals'
import { LAST_LOOK_MS, StepDeadline } from '../src/phases/deadline.js'
import { FakeClock } from './helpers/fake-clock.js'

/** A deadline made at clock time `start`; the clock is then moved by the test. */
function deadlineAt(start: number, waitTimeoutMs: number): { clock: FakeClock; deadline: StepDeadline } {
  const clock = new FakeClock()
  clock.t = start
  return { clock, deadline: new StepDeadline(clock.now, waitTimeoutMs) }
}

describe('StepDeadline', () => {
  it('the last look is 2 seconds', () => {
    expect(LAST_LOOK_MS).toBe(2_000)
  })

  it('counts wait-timeout from when it is made, not from clock zero', () => {
    const { deadline } = deadlineAt(50_000, 60_000)
    expect(deadline.left()).toBe(60_000)
    expect(deadline.forJobs()).toBe(60_000)
  })

  it('what is left shrinks as the clock moves, and ends at 0 (n-1, n, n+1)', () => {
    const { clock, deadline } = deadlineAt(50_000, 60_000)
    clock.t = 50_000 + 25_000
    expect(deadline.left()).toBe(35_000)
    clock.t = 50_000 + 59_999
    expect(deadline.left()).toBe(1)
    clock.t = 50_000 + 60_000
    expect(deadline.left()).toBe(0)
    clock.t = 50_000 + 60_001
    expect(deadline.left()).toBe(0)
    clock.t = 50_000 + 600_000
    expect(deadline.left()).toBe(0)
  })

  it('the job wait gets what is left while that is more than the last look', () => {
    const { clock, deadline } = deadlineAt(1_000, 60_000)
    clock.t = 1_000 + 57_999
    expect(deadline.forJobs()).toBe(2_001)
    clock.t = 1_000 + 58_000
    expect(deadline.forJobs()).toBe(2_000)
  })

  it('the job wait gets at least the last look, even past the deadline', () => {
    const { clock, deadline } = deadlineAt(1_000, 60_000)
    clock.t = 1_000 + 58_001
    expect(deadline.forJobs()).toBe(2_000)
    clock.t = 1_000 + 60_000
    expect(deadline.forJobs()).toBe(2_000)
    clock.t = 1_000 + 3_600_000
    expect(deadline.forJobs()).toBe(2_000)
    expect(deadline.left()).toBe(0)
  })

  it('a wait-timeout shorter than the last look bounds the job wait instead', () => {
    const { clock, deadline } = deadlineAt(1_000, 1_500)
    expect(deadline.forJobs()).toBe(1_500)
    clock.t = 1_000 + 1_000
    expect(deadline.left()).toBe(500)
    expect(deadline.forJobs()).toBe(1_500)
    clock.t = 1_000 + 10_000
    expect(deadline.forJobs()).toBe(1_500)
  })

  it('wait-timeout equal to the last look, and one either side of it', () => {
    for (const [waitTimeoutMs, atTheEnd] of [
      [1_999, 1_999],
      [2_000, 2_000],
      [2_001, 2_000]
    ] as const) {
      const { clock, deadline } = deadlineAt(7, waitTimeoutMs)
      expect(deadline.forJobs()).toBe(waitTimeoutMs)
      clock.t = 7 + waitTimeoutMs
      expect(deadline.forJobs()).toBe(atTheEnd)
    }
  })

  it('a wait-timeout of 0 leaves nothing, for the jobs too', () => {
    const { deadline } = deadlineAt(5_000, 0)
    expect(deadline.left()).toBe(0)
    expect(deadline.forJobs()).toBe(0)
  })
})
