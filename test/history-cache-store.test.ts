// The history cache's store on the action's side (history-cache-store.ts): whether a cache service is
// there (quietly none outside GitHub Actions), and the worker client: answers mapped to what JobMemory
// expects, a worker that never answers cut off by the timeout, a crashed worker and a cancelled run.
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import {
  quietEnv,
  cacheServiceAvailable,
  historyCacheStore,
  WorkerCacheStore,
  workerFile
} from '../src/phases/history-cache-store.js'
import { UnreadableEntry } from '../src/phases/job-cache.js'

const WORKERS = join(import.meta.dirname, 'helpers', 'cache-workers')
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
    ['outside GitHub Actions', {}, false]
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
  })
})

describe('the worker client', () => {
  it('maps the answers: an entry, none, an unreadable entry (a notice), a failure (a warning)', async () => {
    const store = canned()
    await expect(store.restore('hit:{"format":1}')).resolves.toBe('{"format":1}')
    await expect(store.restore('miss')).resolves.toBeUndefined()
    await expect(store.restore('unreadable')).rejects.toBeInstanceOf(UnreadableEntry)
    await expect(store.restore('failed')).rejects.toThrow('ECONNREFUSED')
    await expect(store.save('k-1', '{}')).resolves.toBeUndefined()
    await expect(store.save('readonly', '{}')).resolves.toBe('Cache save skipped: read-only')
    await expect(store.save('failed', '{}')).rejects.toThrow('ECONNREFUSED')
  })

  it('a cache service that never answers is cut off after the timeout', async () => {
    const store = new WorkerCacheStore(join(WORKERS, 'silent.js'), 300, undefined)
    const started = Date.now()
    await expect(store.restore('p-')).rejects.toThrow('no answer from the cache service in 0.3 s')
    expect(Date.now() - started).toBeLessThan(3000)
    // A new worker for the next call, cut off again.
    await expect(store.save('k', '{}')).rejects.toThrow('no answer from the cache service in 0.3 s')
  })

  it('a worker that dies is a failure, and the next call gets a new worker', async () => {
    const store = canned()
    await expect(store.restore('crash')).rejects.toThrow('the cache worker stopped (exit code 3)')
    await expect(store.restore('miss')).resolves.toBeUndefined()
  })

  it('a worker bundle that is not there is a failure, not a crash', async () => {
    const store = new WorkerCacheStore(join(WORKERS, 'missing.js'), 5000, undefined)
    await expect(store.restore('p-')).rejects.toThrow()
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
