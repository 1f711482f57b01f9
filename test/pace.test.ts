// phases/pace.ts: the history reads' pacing middleware: every attempt waits for its slot, and tells the
// rate whether it got through or was throttled.
import { describe, expect, it } from '@jest/globals'
import { ListAnnotationImportJobsCommand } from '@aws-sdk/client-omics'
import { paced, readPace, type Pace } from '../src/phases/pace.js'
import { AdaptiveRate } from '../src/shared/backoff.js'
import { FakeClock } from './helpers/fake-clock.js'
import { awsError } from './helpers/fixtures.js'

function recordingPace(): Pace & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    acquire: async signal => void calls.push(`acquire${signal ? ' with signal' : ''}`),
    onSuccess: () => void calls.push('success'),
    onThrottle: () => void calls.push('throttle')
  }
}

/** Runs the command's own middleware around `answer`, as the client does for each attempt. */
function attempt(command: ListAnnotationImportJobsCommand, answer: () => Promise<unknown>) {
  const handler = command.middlewareStack.resolve(
    async () => ({ output: (await answer()) as never, response: {} }),
    {} as never
  )
  return handler({ input: {} } as never)
}

describe('paced', () => {
  it('waits for a slot before each attempt and counts what got through', async () => {
    const pace = recordingPace()
    const signal = new AbortController().signal
    const command = paced(new ListAnnotationImportJobsCommand({}), pace, signal)
    await attempt(command, async () => ({ annotationImportJobs: [] }))
    await attempt(command, async () => ({}))
    expect(pace.calls).toEqual(['acquire with signal', 'success', 'acquire with signal', 'success'])
  })

  it('tells the rate of a throttled attempt, not of other failures, and passes every error on', async () => {
    const pace = recordingPace()
    const command = paced(new ListAnnotationImportJobsCommand({}), pace, undefined)
    const throttled = awsError('ThrottlingException', 429)
    await expect(attempt(command, () => Promise.reject(throttled))).rejects.toBe(throttled)
    const denied = awsError('AccessDeniedException', 403)
    await expect(attempt(command, () => Promise.reject(denied))).rejects.toBe(denied)
    expect(pace.calls).toEqual(['acquire', 'throttle', 'acquire'])
  })

  it('adds its middleware once, however often the command is paced; none without a pace', async () => {
    const pace = recordingPace()
    const command = new ListAnnotationImportJobsCommand({})
    expect(paced(paced(command, pace, undefined), pace, undefined)).toBe(command)
    expect(command.middlewareStack.identify()).toEqual([expect.stringMatching(/^historyReadPace/)])
    await attempt(command, async () => ({}))
    expect(pace.calls).toEqual(['acquire', 'success'])
    const plain = new ListAnnotationImportJobsCommand({})
    expect(paced(plain, undefined, undefined)).toBe(plain)
    expect(plain.middlewareStack.identify()).toEqual([])
  })

  it("sits at the deserialize step ahead of the others there (outside the SDK's deserializer, so it sees the service's error by name)", async () => {
    const pace = recordingPace()
    const command = new ListAnnotationImportJobsCommand({})
    command.middlewareStack.add(
      next => async args => {
        pace.calls.push('deserializer')
        return next(args)
      },
      { step: 'deserialize', name: 'deserializer' }
    )
    paced(command, pace, undefined)
    expect(command.middlewareStack.identify()).toEqual([
      'historyReadPace - deserialize',
      'deserializer - deserialize'
    ])
    await attempt(command, async () => ({}))
    expect(pace.calls).toEqual(['acquire', 'deserializer', 'success'])
  })

  it('a throttle is told by the HTTP status too, and the error still reaches the caller', async () => {
    const pace = recordingPace()
    const command = paced(new ListAnnotationImportJobsCommand({}), pace, undefined)
    const tooMany = awsError('TooManyRequests', 429)
    await expect(attempt(command, () => Promise.reject(tooMany))).rejects.toBe(tooMany)
    const server = awsError('InternalServerException', 500)
    await expect(attempt(command, () => Promise.reject(server))).rejects.toBe(server)
    expect(pace.calls).toEqual(['acquire', 'throttle', 'acquire'])
  })
})

describe('readPace', () => {
  it('is an adaptive rate on the given clock', async () => {
    const clock = new FakeClock()
    const pace = readPace(clock.now, clock.sleep)
    expect(pace).toBeInstanceOf(AdaptiveRate)
    await pace.acquire()
    expect(clock.sleeps).toEqual([])
  })

  it('after a throttle, each attempt waits on the fake clock for its slot at the rate that got through', async () => {
    const clock = new FakeClock()
    const pace = readPace(clock.now, clock.sleep)
    const command = paced(new ListAnnotationImportJobsCommand({}), pace, undefined)
    const sent: number[] = []
    const answer = async () => void sent.push(clock.t)
    // Four attempts get through at once (no rate yet), then, a second later, one is throttled.
    for (let n = 0; n < 4; n++) await attempt(command, answer)
    clock.t = 1_000
    await expect(
      attempt(command, () => Promise.reject(awsError('ThrottlingException', 400)))
    ).rejects.toThrow('ThrottlingException message')
    // 95% of the 4 calls per second that got through: one attempt every 1000 / 3.8 ms.
    await attempt(command, answer)
    await attempt(command, answer)
    expect(sent.slice(0, 5)).toEqual([0, 0, 0, 0, 1_000])
    expect(sent[5]).toBeCloseTo(1_000 + 1_000 / 3.8, 6)
    expect(clock.sleeps).toHaveLength(1)
    expect(clock.sleeps[0]).toBeCloseTo(1_000 / 3.8, 6)
  })
})
