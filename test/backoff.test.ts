import { getEventListeners } from 'node:events'
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { AdaptiveRate, fullJitter, realSleep, spread } from '../src/shared/backoff.js'
import { AbortedError } from '../src/shared/errors.js'
import { FakeClock } from './helpers/fake-clock.js'

describe('realSleep', () => {
  afterEach(() => void jest.useRealTimers())

  it('resolves once the time has passed, and not before', async () => {
    jest.useFakeTimers()
    let done = false
    const sleeping = realSleep(1_000).then(() => (done = true))
    await jest.advanceTimersByTimeAsync(999)
    expect(done).toBe(false)
    await jest.advanceTimersByTimeAsync(1)
    await sleeping
    expect(done).toBe(true)
  })

  it('a negative pause is no pause', async () => {
    jest.useFakeTimers()
    const sleeping = realSleep(-5)
    await jest.advanceTimersByTimeAsync(0)
    await expect(sleeping).resolves.toBeUndefined()
  })

  it('ends with AbortedError at once when aborted, before or during the pause, and lets go of the signal', async () => {
    jest.useFakeTimers()
    const before = new AbortController()
    before.abort()
    await expect(realSleep(1_000, before.signal)).rejects.toBeInstanceOf(AbortedError)
    const during = new AbortController()
    const sleeping = realSleep(60_000, during.signal)
    during.abort()
    await expect(sleeping).rejects.toBeInstanceOf(AbortedError)
    expect(jest.getTimerCount()).toBe(0)
    const finished = new AbortController()
    const removed = jest.spyOn(finished.signal, 'removeEventListener')
    const short = realSleep(10, finished.signal)
    await jest.advanceTimersByTimeAsync(10)
    await short
    expect(removed).toHaveBeenCalledWith('abort', expect.any(Function))
  })

  it('keeps no listener on a signal that aborted it', async () => {
    jest.useFakeTimers()
    const during = new AbortController()
    const sleeping = realSleep(60_000, during.signal)
    expect(getEventListeners(during.signal, 'abort')).toHaveLength(1)
    during.abort()
    await expect(sleeping).rejects.toBeInstanceOf(AbortedError)
    expect(getEventListeners(during.signal, 'abort')).toHaveLength(0)
  })
})

describe('fullJitter', () => {
  it('is uniform below min(cap, base * 2^attempt)', () => {
    expect(fullJitter(0, 100, 10_000, () => 0.999)).toBe(99)
    expect(fullJitter(3, 100, 10_000, () => 0.5)).toBe(400)
    expect(fullJitter(20, 100, 10_000, () => 0.999)).toBe(9990)
    expect(fullJitter(5000, 100, 10_000, () => 0.5)).toBe(5000)
    expect(fullJitter(3, 100, 10_000, () => 0)).toBe(0)
  })
})

describe('spread', () => {
  it('moves a value by at most the fraction', () => {
    expect(spread(1000, 0.2, () => 0)).toBeCloseTo(800)
    expect(spread(1000, 0.2, () => 0.5)).toBeCloseTo(1000)
    expect(spread(1000, 0.2, () => 1)).toBeCloseTo(1200)
  })
})

/**
 * A discrete-event simulation of `workers` start loops sharing one AdaptiveRate against a token-bucket
 * service at `rps`: each worker acquires a slot, sends (2 ms round trip), and after a throttle backs off
 * as submit.ts does. Time is simulated: nothing sleeps.
 */
function simulate(n: number, rps: number, burst: number, workers = 5) {
  let t = 0
  const wait = { ms: 0 }
  const rate = new AdaptiveRate(
    () => t,
    async ms => {
      wait.ms = ms
    }
  )
  const ready = Array.from({ length: workers }, () => ({
    at: 0,
    phase: 'acquire' as 'acquire' | 'send',
    throttles: 0
  }))
  let tokens = burst
  let last = 0
  let throttled = 0
  let done = 0
  let sent = 0
  while (done < n) {
    const w = ready.reduce((a, b) => (b.at < a.at ? b : a))
    t = w.at
    if (w.phase === 'acquire') {
      if (sent >= n) {
        w.at = Infinity
        continue
      }
      wait.ms = 0 // acquire() sets it through the sleep it calls, when it has to wait
      void rate.acquire()
      w.phase = 'send'
      w.at = t + wait.ms
      continue
    }
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * rps)
    last = t
    w.phase = 'acquire'
    if (tokens >= 1) {
      tokens -= 1
      done++
      sent++
      w.throttles = 0
      rate.onSuccess()
      w.at = t + 2
    } else {
      throttled++
      rate.onThrottle()
      w.at = t + 2 + fullJitter(++w.throttles, 100, 5000, () => 0.5)
    }
  }
  return { seconds: t / 1000, throttled }
}

describe('AdaptiveRate', () => {
  it('sends without limit until the first throttle', async () => {
    const clock = new FakeClock()
    const rate = new AdaptiveRate(clock.now, clock.sleep)
    for (let i = 0; i < 100; i++) await rate.acquire()
    expect(clock.sleeps).toEqual([])
    expect(rate.perSecond).toBe(Infinity)
  })

  it('sets no rate on throttles in the first second: too little history', async () => {
    const clock = new FakeClock()
    const rate = new AdaptiveRate(clock.now, clock.sleep)
    await rate.acquire()
    clock.t += 999
    rate.onThrottle()
    expect(rate.perSecond).toBe(Infinity)
  })

  it('then sets 95% of what got through in the last second, at most once per half second', async () => {
    const clock = new FakeClock()
    const rate = new AdaptiveRate(clock.now, clock.sleep)
    await rate.acquire()
    for (let i = 0; i < 60; i++) {
      clock.t += 25
      rate.onSuccess()
    }
    rate.onThrottle()
    expect(rate.perSecond).toBeCloseTo(41 * 0.95) // 41 successes in the last second (both ends counted)
    rate.onThrottle()
    expect(rate.perSecond).toBeCloseTo(41 * 0.95)
    clock.t += 500
    rate.onThrottle()
    expect(rate.perSecond).toBeCloseTo(21 * 0.95) // only 21 got through in the last second now
  })

  it('probes for more: 1% per success', async () => {
    const clock = new FakeClock()
    const rate = new AdaptiveRate(clock.now, clock.sleep)
    await rate.acquire()
    for (let i = 0; i < 10; i++) rate.onSuccess()
    clock.t += 1000
    rate.onThrottle()
    expect(rate.perSecond).toBeCloseTo(9.5)
    rate.onSuccess()
    expect(rate.perSecond).toBeCloseTo(9.595)
  })

  it('measures the first second from the first call, on a clock that does not start at 0', async () => {
    const clock = new FakeClock()
    clock.t = 1_000_000
    const rate = new AdaptiveRate(clock.now, clock.sleep)
    await rate.acquire()
    clock.t += 500
    rate.onSuccess()
    rate.onThrottle()
    expect(rate.perSecond).toBe(Infinity) // half a second of history: too little
    clock.t += 500
    rate.onThrottle()
    expect(rate.perSecond).toBeCloseTo(0.95) // one call got through in the last second
  })

  it('waits only for a slot still to come: a caller whose slot is now does not sleep', async () => {
    const clock = new FakeClock()
    const rate = new AdaptiveRate(clock.now, clock.sleep, 0.5)
    await rate.acquire()
    for (let i = 0; i < 4; i++) rate.onSuccess()
    clock.t += 1000
    rate.onThrottle()
    expect(rate.perSecond).toBeCloseTo(3.8)
    clock.t += 10_000 // the next slot is long past
    await rate.acquire()
    expect(clock.sleeps).toEqual([])
    await rate.acquire() // the next caller waits a slot of 1000 / 3.8 ms
    expect(clock.sleeps).toHaveLength(1)
    expect(clock.sleeps[0]).toBeCloseTo(1000 / 3.8)
  })

  it.each([
    [200, 20, 20],
    [200, 20, 5],
    [300, 60, 10]
  ])(
    '5 workers run %d calls against a %d/s token bucket (burst %d) within 1.25x of the floor',
    (n, rps, burst) => {
      const { seconds, throttled } = simulate(n, rps, burst)
      expect(seconds / (n / rps)).toBeLessThanOrEqual(1.25)
      expect(throttled / n).toBeLessThan(0.25)
    }
  )
})
