// shared/concurrency.ts: bounded parallel work, results in item order.
import { describe, expect, it } from '@jest/globals'
import { limiter, mapLimit } from '../src/shared/concurrency.js'

/** Work that ends when the test says so, counting how many run at once. */
function gate() {
  let active = 0
  let peak = 0
  const pending: (() => void)[] = []
  const run = async <T>(value: T): Promise<T> => {
    active++
    peak = Math.max(peak, active)
    await new Promise<void>(resolve => pending.push(resolve))
    active--
    return value
  }
  const flush = async () => {
    while (pending.length > 0) {
      pending.shift()?.()
      await new Promise(resolve => setImmediate(resolve))
    }
  }
  return { run, flush, peak: () => peak, started: () => pending.length }
}

describe('mapLimit', () => {
  it('keeps at most `limit` calls in flight and the results in item order', async () => {
    const g = gate()
    const done = mapLimit([1, 2, 3, 4, 5], 2, (item, index) => g.run(`${item}@${index}`))
    await new Promise(resolve => setImmediate(resolve))
    expect(g.started()).toBe(2)
    await g.flush()
    expect(await done).toEqual(['1@0', '2@1', '3@2', '4@3', '5@4'])
    expect(g.peak()).toBe(2)
    expect(await mapLimit([], 3, async () => 1)).toEqual([])
  })
})

describe('limiter', () => {
  it('runs at most `limit` at once, the rest in the order they came, also after a failure', async () => {
    const g = gate()
    const limit = limiter(2)
    const order: number[] = []
    const calls = [1, 2, 3, 4].map(n => limit(() => g.run(n).then(v => (order.push(v), v))))
    const failing = limit(async () => {
      throw new Error('boom')
    }).catch((error: unknown) => error)
    await new Promise(resolve => setImmediate(resolve))
    expect(g.started()).toBe(2)
    await g.flush()
    expect(await Promise.all(calls)).toEqual([1, 2, 3, 4])
    expect(((await failing) as Error).message).toBe('boom')
    expect(order).toEqual([1, 2, 3, 4])
    expect(g.peak()).toBe(2)
    expect(await limit(async () => 'after')).toBe('after')
  })
})
