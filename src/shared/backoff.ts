// Pauses, jitter and client-side rate control. Everything that waits takes its clock and sleep as
// parameters, so tests of backoff and timeouts run instantly.

import { AbortedError } from './errors.js'

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>
export type Clock = () => number

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError())
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      },
      Math.max(0, ms)
    )
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(new AbortedError())
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })

/** "Full jitter": a random pause in [0, min(cap, base * 2^attempt)). attempt counts from 0. */
export function fullJitter(
  attempt: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random
): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** Math.min(attempt, 30)))
}

/** value +/- fraction, at random. */
export function spread(value: number, fraction: number, random: () => number = Math.random): number {
  return value * (1 - fraction + 2 * fraction * random())
}

/**
 * A send rate shared by every worker of a batch. No limit at first: throttled calls only back off on
 * their own. Once a second of history shows what gets through, a throttle sets the rate to 95% of that
 * (at most once per half second: calls in flight come back throttled together); every success then
 * raises it by 1% to probe for more. A batch so runs close to the rate the service allows, with few 429s.
 */
export class AdaptiveRate {
  private rate = Infinity
  private nextSlot = 0
  private started: number | undefined
  private lastCut = -Infinity
  private readonly successes: number[] = []

  constructor(
    private readonly now: Clock,
    private readonly sleep: Sleep,
    private readonly floorPerSecond = 0.5
  ) {}

  get perSecond(): number {
    return this.rate
  }

  /** Waits for this caller's turn under the current rate. */
  async acquire(signal?: AbortSignal): Promise<void> {
    const now = this.now()
    this.started ??= now
    if (this.rate === Infinity) return
    const slot = Math.max(now, this.nextSlot)
    this.nextSlot = slot + 1000 / this.rate
    if (slot > now) await this.sleep(slot - now, signal)
  }

  onSuccess(): void {
    const now = this.now()
    this.successes.push(now)
    while ((this.successes[0] ?? now) < now - 1000) this.successes.shift()
    if (this.rate !== Infinity) this.rate *= 1.01
  }

  onThrottle(): void {
    const now = this.now()
    if (now - (this.started ?? now) < 1000 || now - this.lastCut < 500) return
    this.lastCut = now
    const gotThrough = this.successes.filter(t => t >= now - 1000).length
    this.rate = Math.max(this.floorPerSecond, Math.min(this.rate, gotThrough) * 0.95)
  }
}
