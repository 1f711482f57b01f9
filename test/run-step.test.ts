// run-step.ts: runStep, the skeleton both actions share (inputs -> dependencies -> pipeline -> one result,
// emitted, whatever failed), and withTermination: the runner's cancel (SIGINT, then SIGTERM) aborts the
// work, and the grace it leaves for clean-up runs out on time. @actions/core is recorded.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import type { S3Client } from '@aws-sdk/client-s3'
import { fakeCore } from './helpers/fake-core.js'
import { connection } from './helpers/fixtures.js'
import type { ConnectionInputs } from '../src/inputs/inputs.js'
import type { Deps } from '../src/phases/runtime.js'
import type { StepResult } from '../src/report/step-result.js'
import { realSleep } from '../src/shared/backoff.js'
import { AbortedError, InputError, StepError } from '../src/shared/errors.js'

const core = fakeCore()
jest.unstable_mockModule('@actions/core', () => core.module)
const { runStep, withTermination } = await import('../src/run-step.js')
type StepDefinition<I extends ConnectionInputs, S> = import('../src/run-step.js').StepDefinition<I, S>

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

  it('leaves no grace timer behind once the work ends', async () => {
    jest.useFakeTimers()
    await withTermination(async ({ grace }) => {
      process.emit('SIGTERM')
      expect(jest.getTimerCount()).toBe(1)
      expect(grace.aborted).toBe(false)
    })
    expect(jest.getTimerCount()).toBe(0)
  })

  it('a SIGINT after a SIGTERM says nothing more and keeps the shorter grace', async () => {
    jest.useFakeTimers()
    await withTermination(async ({ grace }) => {
      process.emit('SIGTERM')
      process.emit('SIGINT')
      expect(core.lines).toEqual(['info: Received SIGTERM: the workflow run was cancelled; stopping'])
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

describe('runStep', () => {
  interface State {
    seen: string[]
  }
  const result = (state: State, error?: unknown): StepResult => ({
    outputs: { seen: state.seen.join(','), error: error instanceof Error ? error.name : 'none' },
    summary: { title: 't', jobs: [] },
    warnings: [],
    ...(error !== undefined && {
      failure: `failed: ${error instanceof Error ? error.message : String(error)}`
    })
  })
  const step = (overrides: Partial<StepDefinition<ConnectionInputs, State>> = {}) => ({
    newState: () => ({ seen: [] }),
    read: async (getInput: (name: string) => string, state: State) => {
      const region = getInput('region') || 'eu-west-1'
      state.seen.push(`read ${region}`)
      return connection({ region })
    },
    run: async (_inputs: ConnectionInputs, _deps: Deps, state: State) => void state.seen.push('run'),
    result,
    ...overrides
  })
  const debugs = () => core.lines.filter(line => line.startsWith('debug: '))

  it('reads the inputs, runs with real dependencies, and emits the one result', async () => {
    core.inputs['region'] = 'eu-central-1'
    let deps: Deps | undefined
    await runStep(
      step({
        run: async (_inputs, given, state) => {
          deps = given
          state.seen.push('run')
        }
      })
    )
    expect(core.outputs).toEqual({ seen: 'read eu-central-1,run', error: 'none' })
    expect(core.lines.filter(line => line.startsWith('failed'))).toEqual([])
    expect(debugs()).toEqual([
      expect.stringMatching(/^debug: healthomics-annotation-import-action \S+ on Node v\d+/),
      'debug: HealthOmics endpoint http://127.0.0.1:9, region eu-central-1, max-attempts 7'
    ])
    expect(deps?.now).toBe(Date.now)
    expect(deps?.sleep).toBe(realSleep)
    expect(deps?.random).toBe(Math.random)
    expect(deps?.signal.aborted).toBe(false)
    expect(deps?.clients.endpointLabel).toBe('http://127.0.0.1:9')
    expect(await deps?.clients.omics.config.region()).toBe('eu-central-1')
    expect(deps?.cleanupSignal().aborted).toBe(false)
    expect(() => deps?.s3()).toThrow('this step has no S3 client')
  })

  it('says when the clients go through a proxy', async () => {
    await runStep(step({ read: async () => connection({ httpProxy: 'http://127.0.0.1:3128' }) }))
    expect(debugs()[1]).toBe(
      'debug: HealthOmics endpoint http://127.0.0.1:9, region eu-west-1, max-attempts 7, through a proxy'
    )
  })

  it("builds the S3 client once, on first use, from the step's S3 module", async () => {
    let loads = 0
    const clients: S3Client[] = []
    await runStep(
      step({
        loadS3: async () => {
          loads++
          return import('@aws-sdk/client-s3')
        },
        run: async (_inputs, deps) => {
          expect(loads).toBe(0)
          clients.push(await deps.s3(), await deps.s3())
        }
      })
    )
    expect(loads).toBe(1)
    expect(clients[0]).toBe(clients[1])
    expect(await clients[0]?.config.region()).toBe('eu-west-1')
  })

  it('a custom endpoint that is not an AWS host is a notice on the run', async () => {
    await runStep(step({ read: async () => connection({ endpointUrl: 'https://omics.example.com' }) }))
    expect(core.lines.filter(line => line.startsWith('notice: '))).toEqual([
      "notice: endpoint-url sends this step's signed AWS requests to omics.example.com, which is not an AWS host (*.amazonaws.com, *.amazonaws.com.cn, *.api.aws)"
    ])
    core.reset()
    await runStep(step())
    expect(core.lines.filter(line => line.startsWith('notice: '))).toEqual([])
  })

  it('destroys the clients after the pipeline, the S3 client too, even when the pipeline fails', async () => {
    const destroyed: string[] = []
    await runStep(
      step({
        loadS3: () => import('@aws-sdk/client-s3'),
        run: async (_inputs, deps) => {
          deps.clients.destroy = () => void destroyed.push('clients')
          const s3 = await deps.s3()
          s3.destroy = () => void destroyed.push('s3')
          throw new StepError('stopped')
        }
      })
    )
    await new Promise(resolve => setImmediate(resolve))
    expect(destroyed).toEqual(['clients', 's3'])
    expect(core.lines.at(-1)).toBe('failed: failed: stopped')
  })

  it('an error without a stack, or a value thrown that is not an Error: the failure alone', async () => {
    const bare = new TypeError('no stack')
    delete bare.stack
    await runStep(
      step({
        run: async () => {
          throw bare
        }
      })
    )
    expect(debugs()).toHaveLength(2)
    expect(core.lines.at(-1)).toBe('failed: failed: no stack')
    core.reset()
    await runStep(
      step({
        run: async () => {
          throw 'a string'
        }
      })
    )
    expect(debugs()).toHaveLength(2)
    expect(core.outputs['error']).toBe('none')
    expect(core.lines.at(-1)).toBe('failed: failed: a string')
  })

  it('the pipeline gets the state the inputs were read into, and the result sees what it did', async () => {
    let given: State | undefined
    await runStep(
      step({
        run: async (inputs, _deps, state) => {
          given = state
          state.seen.push(`run ${inputs.region}`)
        }
      })
    )
    expect(given?.seen).toEqual(['read eu-west-1', 'run eu-west-1'])
    expect(core.outputs).toEqual({ seen: 'read eu-west-1,run eu-west-1', error: 'none' })
    expect(core.lines.filter(line => line.startsWith('failed'))).toEqual([])
  })

  it('input problems: the result of what was read, the failure as worded, no stack, no pipeline', async () => {
    const problem = new InputError([{ input: 'region', message: 'is required' }])
    let ran = false
    await runStep(
      step({
        read: async (_get, state) => {
          state.seen.push('read')
          throw problem
        },
        run: async () => void (ran = true)
      })
    )
    expect(ran).toBe(false)
    expect(core.outputs).toEqual({ seen: 'read', error: 'InputError' })
    expect(core.lines).toContain(`failed: failed: ${problem.message}`)
    expect(debugs()).toHaveLength(1)
  })

  it.each([
    ['a worded failure', new StepError('worded'), false],
    ['a cancel', new AbortedError(), false],
    ['a bug', new TypeError('x is undefined'), true]
  ])(
    '%s in the pipeline: emitted as the failure; a stack only for what the user cannot act on',
    async (_what, error, stack) => {
      await runStep(
        step({
          run: async () => {
            throw error
          }
        })
      )
      expect(core.outputs['error']).toBe(error.name)
      expect(core.lines).toContain(`failed: failed: ${error.message}`)
      expect(debugs().some(line => line.includes(`${error.name}: ${error.message}\n    at `))).toBe(stack)
    }
  )

  it('the clean-up signal also ends when the grace the runner leaves runs out', async () => {
    jest.useFakeTimers()
    let cleanup: AbortSignal | undefined
    await runStep(
      step({
        run: async (_inputs, deps) => {
          process.emit('SIGTERM')
          expect(deps.signal.aborted).toBe(true)
          cleanup = deps.cleanupSignal()
          jest.advanceTimersByTime(1_499)
          expect(cleanup.aborted).toBe(false)
          jest.advanceTimersByTime(1)
          expect(cleanup.aborted).toBe(true)
        }
      })
    )
    expect(cleanup?.aborted).toBe(true)
  })
})
