// The history cache's store on the action's side (history-cache-store.ts): whether a cache service is
// there (quietly none outside GitHub Actions), and the worker client: answers mapped to what JobMemory
// expects, a worker that never answers cut off by the timeout, a crashed worker and a cancelled run.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  CALL_TIMEOUT_MS,
  quietEnv,
  cacheServiceAvailable,
  historyCacheStore,
  WorkerCacheStore,
  workerFile
} from '../src/phases/history-cache-store.js'
import { UnreadableEntry } from '../src/phases/job-cache.js'

const WORKERS = join(import.meta.dirname, 'helpers', 'cache-workers')
/** Workers written for this file: "echo" answers "decoy" after an answer under another id, "ids" with the
 * ids it was sent so far, "env" with the variables it runs with; any save is saved. */
let temp: string
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'history-cache-store-test-'))
  writeFileSync(
    join(temp, 'echo.mjs'),
    `import { parentPort } from 'node:worker_threads'
const ids = []
parentPort.on('message', ({ id, request }) => {
  ids.push(id)
  if (request.op === 'save') return parentPort.postMessage({ id, answer: { kind: 'saved' } })
  const hit = text => parentPort.postMessage({ id, answer: { kind: 'hit', key: request.prefix, text } })
  if (request.prefix === 'decoy') {
    parentPort.postMessage({ id: id + 1000, answer: { kind: 'hit', key: 'decoy', text: 'not yours' } })
    return hit('yours')
  }
  if (request.prefix === 'ids') return hit(JSON.stringify({ ids }))
  const env = name => process.env[name] ?? null
  hit(JSON.stringify({ DEBUG: env('DEBUG'), AZURE_LOG_LEVEL: env('AZURE_LOG_LEVEL'), NODE_DEBUG: env('NODE_DEBUG'), KEPT: env('KEPT') }))
})
`
  )
})
afterAll(() => rmSync(temp, { recursive: true, force: true }))
const canned = (timeoutMs = 5000, signal?: AbortSignal) =>
  new WorkerCacheStore(join(WORKERS, 'canned.js'), timeoutMs, signal)

const RUNNER_V2 = {
  ACTIONS_CACHE_SERVICE_V2: 'true',
  ACTIONS_RESULTS_URL: 'https://results-receiver.actions.githubusercontent.com/',
  ACTIONS_RUNTIME_TOKEN: 'eyJ.x.y'
}

describe('is there a cache service', () => {
  it.each([
    ['a runner with the v2 cache service', RUNNER_V2, true],
    [
      'the v1 service (ACTIONS_CACHE_URL)',
      { ACTIONS_CACHE_URL: 'https://x/', ACTIONS_RUNTIME_TOKEN: 't' },
      true
    ],
    ['v2 without ACTIONS_RESULTS_URL', { ...RUNNER_V2, ACTIONS_RESULTS_URL: '' }, false],
    ['no runtime token', { ...RUNNER_V2, ACTIONS_RUNTIME_TOKEN: '' }, false],
    [
      'GitHub Enterprise Server (v1 only) without ACTIONS_CACHE_URL',
      { ...RUNNER_V2, GITHUB_SERVER_URL: 'https://ghes.example.com' },
      false
    ],
    ['GHE.com keeps v2', { ...RUNNER_V2, GITHUB_SERVER_URL: 'https://octo.ghe.com' }, true],
    ['outside GitHub Actions', {}, false],
    [
      'github.com named in capitals keeps v2',
      { ...RUNNER_V2, GITHUB_SERVER_URL: 'https://GitHub.com/' },
      true
    ],
    [
      'a local GitHub (*.localhost) keeps v2',
      { ...RUNNER_V2, GITHUB_SERVER_URL: 'http://github.localhost' },
      true
    ],
    [
      'GitHub Enterprise Server with ACTIONS_CACHE_URL (v1)',
      {
        ...RUNNER_V2,
        GITHUB_SERVER_URL: 'https://ghes.example.com',
        ACTIONS_CACHE_URL: 'https://ghes/cache/'
      },
      true
    ],
    [
      'v2 asks for ACTIONS_RESULTS_URL, not ACTIONS_CACHE_URL',
      { ...RUNNER_V2, ACTIONS_RESULTS_URL: '', ACTIONS_CACHE_URL: 'https://x/' },
      false
    ],
    [
      'an empty ACTIONS_CACHE_SERVICE_V2 is v1',
      { ACTIONS_CACHE_SERVICE_V2: '', ACTIONS_CACHE_URL: 'https://x/', ACTIONS_RUNTIME_TOKEN: 't' },
      true
    ]
  ])('%s', (_name, env, available) => {
    expect(cacheServiceAvailable(env)).toBe(available)
  })

  it('no store when history-cache is false or there is no service; the worker is not started', () => {
    expect(historyCacheStore(RUNNER_V2, false)).toBeUndefined()
    expect(historyCacheStore({}, true)).toBeUndefined()
    expect(historyCacheStore(RUNNER_V2, true, undefined, '/nowhere.js')).toBeInstanceOf(WorkerCacheStore)
  })

  it('the worker bundle sits next to the action bundle', () => {
    expect(workerFile('file:///runner/_actions/o/r/v1/dist/index.js')).toBe(
      '/runner/_actions/o/r/v1/dist/history-cache/index.js'
    )
    expect(workerFile('file:///runner/dist/index.js', 'other.js')).toBe('/runner/dist/other.js')
    // Unbundled, next to this module.
    expect(workerFile()).toBe(join(import.meta.dirname, '..', 'src', 'phases', 'history-cache', 'index.js'))
  })

  it(`a run's store waits ${CALL_TIMEOUT_MS / 1000} s for the cache service, not a moment more`, async () => {
    expect(CALL_TIMEOUT_MS).toBe(60_000)
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    try {
      const store = historyCacheStore(RUNNER_V2, true, undefined, join(WORKERS, 'silent.js'))
      let outcome = 'waiting'
      const asked = store?.restore('p-').catch((error: Error) => void (outcome = error.message))
      await jest.advanceTimersByTimeAsync(59_999)
      expect(outcome).toBe('waiting')
      await jest.advanceTimersByTimeAsync(1)
      await asked
      expect(outcome).toBe('no answer from the cache service in 60 s')
    } finally {
      jest.useRealTimers()
    }
  })
})

describe('the worker client', () => {
  it('maps the answers: an entry, none, an unreadable entry (a notice), a failure (a warning)', async () => {
    const store = canned()
    await expect(store.restore('hit:{"format":1}')).resolves.toBe('{"format":1}')
    await expect(store.restore('miss')).resolves.toBeUndefined()
    await expect(store.restore('unreadable')).rejects.toBeInstanceOf(UnreadableEntry)
    await expect(store.restore('unreadable')).rejects.toThrow('tar failed')
    await expect(store.restore('failed')).rejects.toThrow('ECONNREFUSED')
    await expect(store.save('k-1', '{}')).resolves.toBeUndefined()
    await expect(store.save('readonly', '{}')).resolves.toBe('Cache save skipped: read-only')
    await expect(store.save('failed', '{}')).rejects.toThrow('ECONNREFUSED')
  })

  it('an answer that does not fit the request is a failure naming it', async () => {
    const store = canned()
    await expect(store.restore('readonly')).rejects.toThrow('unexpected answer not-saved')
    await expect(store.save('miss', '{}')).rejects.toThrow('unexpected answer miss')
    await expect(store.save('unreadable', '{}')).rejects.toThrow('unexpected answer unreadable')
  })

  it('one worker answers every call, each under an id of its own; an answer for another call is not taken', async () => {
    const store = new WorkerCacheStore(join(temp, 'echo.mjs'), 5000, undefined)
    await expect(store.restore('decoy')).resolves.toBe('yours')
    const answers = await Promise.all([store.restore('ids'), store.restore('ids')])
    expect(answers.map(text => JSON.parse(text ?? '').ids)).toEqual([
      [1, 2],
      [1, 2, 3]
    ])
    await expect(store.save('k', '{}')).resolves.toBeUndefined()
    expect(JSON.parse((await store.restore('ids')) ?? '').ids).toEqual([1, 2, 3, 4, 5])
  })

  it('the worker runs without the switches that make the Azure SDK or Node print their own lines', async () => {
    const saved = { ...process.env }
    Object.assign(process.env, {
      DEBUG: '-nothing',
      AZURE_LOG_LEVEL: 'error',
      NODE_DEBUG: '-nothing',
      KEPT: 'yes'
    })
    try {
      const store = new WorkerCacheStore(join(temp, 'echo.mjs'), 5000, undefined)
      expect(JSON.parse((await store.restore('env')) ?? '')).toEqual({
        DEBUG: null,
        AZURE_LOG_LEVEL: null,
        NODE_DEBUG: null,
        KEPT: 'yes'
      })
    } finally {
      process.env = saved
    }
  })

  it('leaves no timer behind once the worker answered', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    try {
      const store = canned(1000)
      await expect(store.restore('miss')).resolves.toBeUndefined()
      expect(jest.getTimerCount()).toBe(0)
      await jest.advanceTimersByTimeAsync(5000)
      await expect(store.restore('miss')).resolves.toBeUndefined()
    } finally {
      jest.useRealTimers()
    }
  })

  it('a cache service that never answers is cut off after the timeout', async () => {
    // Jest's fake timers (Date included) stand in for the clock: the 300 ms are not waited for.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    try {
      const store = new WorkerCacheStore(join(WORKERS, 'silent.js'), 300, undefined)
      const started = Date.now()
      const restoring = expect(store.restore('p-')).rejects.toThrow(
        'no answer from the cache service in 0.3 s'
      )
      await jest.advanceTimersByTimeAsync(300)
      await restoring
      expect(Date.now() - started).toBeLessThan(3000)
      // A new worker for the next call, cut off again.
      const saving = expect(store.save('k', '{}')).rejects.toThrow(
        'no answer from the cache service in 0.3 s'
      )
      await jest.advanceTimersByTimeAsync(300)
      await saving
    } finally {
      jest.useRealTimers()
    }
  })

  it('a worker that dies is a failure, and the next call gets a new worker', async () => {
    const store = canned()
    await expect(store.restore('crash')).rejects.toThrow('the cache worker stopped (exit code 3)')
    await expect(store.restore('miss')).resolves.toBeUndefined()
  })

  it('a worker that dies fails every call in flight', async () => {
    const store = canned()
    const calls = [store.restore('crash'), store.save('k', '{}')]
    for (const call of calls) await expect(call).rejects.toThrow('the cache worker stopped (exit code 3)')
    await expect(store.restore('miss')).resolves.toBeUndefined()
  })

  it('a worker bundle that is not there is a failure, not a crash', async () => {
    const store = new WorkerCacheStore(join(WORKERS, 'missing.js'), 5000, undefined)
    await expect(store.restore('p-')).rejects.toThrow()
    await expect(store.restore('p-')).rejects.toThrow(/Cannot find module/)
  })

  it('a run cancelled before the call asks nothing', async () => {
    const controller = new AbortController()
    controller.abort()
    const store = canned(5000, controller.signal)
    await expect(store.restore('miss')).rejects.toThrow('the run was cancelled')
    await expect(store.save('k', '{}')).rejects.toThrow('the run was cancelled')
  })

  it('a cancelled run does not wait for the cache', async () => {
    const controller = new AbortController()
    const store = new WorkerCacheStore(join(WORKERS, 'silent.js'), 60_000, controller.signal)
    const asked = store.restore('p-')
    setTimeout(() => controller.abort(), 50)
    await expect(asked).rejects.toThrow('the run was cancelled')
    await expect(store.restore('p-')).rejects.toThrow('the run was cancelled')
  })
})

describe("the worker's environment", () => {
  it('drops the switches that make the Azure SDK, debug or Node print their own lines (SAS URLs)', () => {
    const env = {
      DEBUG: '*',
      AZURE_LOG_LEVEL: 'verbose',
      NODE_DEBUG: 'http',
      PATH: '/bin',
      RUNNER_TEMP: '/t'
    }
    expect(quietEnv(env)).toEqual({ PATH: '/bin', RUNNER_TEMP: '/t' })
  })
})
