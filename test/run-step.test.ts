// run-step.ts, withTermination: the runner's cancel (SIGINT, then SIGTERM) aborts the work, and the grace
// it leaves for clean-up runs out on time.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { fakeCore } from './helpers/fake-core.js'

const core = fakeCore()
jest.unstable_mockModule('@actions/core', () => core.module)
const { withTermination } = await import('../src/run-step.js')

afterEach(() => {
  jest.useRealTimers()
  core.reset()
})

describe('withTermination', () => {
  it('aborts the work on SIGINT, says so once, and ends the grace 7 s later', async () => {
    jest.useFakeTimers()
    await withTermination(async ({ signal, grace }) => {
      process.emit('SIGINT')
      expect(signal.aborted).toBe(true)
      process.emit('SIGINT')
      expect(core.lines).toEqual(['info: Received SIGINT: the workflow run was cancelled; stopping'])
      jest.advanceTimersByTime(6_999)
      expect(grace.aborted).toBe(false)
      jest.advanceTimersByTime(1)
      expect(grace.aborted).toBe(true)
    })
  })

  it('leaves 1.5 s after a SIGTERM that comes first', async () => {
    jest.useFakeTimers()
    await withTermination(async ({ signal, grace }) => {
      process.emit('SIGTERM')
      expect(signal.aborted).toBe(true)
      expect(core.lines).toEqual(['info: Received SIGTERM: the workflow run was cancelled; stopping'])
      jest.advanceTimersByTime(1_499)
      expect(grace.aborted).toBe(false)
      jest.advanceTimersByTime(1)
      expect(grace.aborted).toBe(true)
    })
  })

  it('shortens the grace when SIGTERM follows SIGINT, and a later SIGINT never extends it', async () => {
    jest.useFakeTimers()
    await withTermination(async ({ grace }) => {
      process.emit('SIGINT')
      jest.advanceTimersByTime(1_000)
      process.emit('SIGTERM')
      process.emit('SIGINT')
      jest.advanceTimersByTime(1_499)
      expect(grace.aborted).toBe(false)
      jest.advanceTimersByTime(1)
      expect(grace.aborted).toBe(true)
    })
  })

  it('returns what the work returns, and takes its handlers off afterwards', async () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]
    let inside: number[] = []
    const value = await withTermination(async ({ signal }) => {
      inside = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]
      expect(signal.aborted).toBe(false)
      return 42
    })
    expect(value).toBe(42)
    expect(inside).toEqual([before[0]! + 1, before[1]! + 1])
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before)
    await expect(
      withTermination(async () => {
        throw new Error('boom')
      })
    ).rejects.toThrow('boom')
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before)
  })
})
