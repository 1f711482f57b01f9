import { type Sleep } from '../../src/shared/backoff.js'
import { AbortedError } from '../../src/shared/errors.js'

/** A clock that moves only when code sleeps: backoff and timeouts are tested without waiting. */
export class FakeClock {
  t = 0
  readonly sleeps: number[] = []
  now = (): number => this.t
  sleep: Sleep = async (ms, signal) => {
    if (signal?.aborted) throw new AbortedError()
    this.sleeps.push(ms)
    this.t += ms
  }
}
