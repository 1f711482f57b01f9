// Where the history cache's entries live: the GitHub Actions cache service, reached through a worker
// thread that runs @actions/cache (dist/history-cache/index.js, a bundle of its own, loaded only when
// skip-imported runs with a cache service at hand). Every call is bounded in time: a cache service that
// does not answer costs at most CALL_TIMEOUT_MS, then the worker is terminated and the run reads the
// full history. The worker is unref'd, so it never holds the step open.
import { Worker } from 'node:worker_threads'
import { fileURLToPath } from 'node:url'
import type { CacheAnswer, CacheRequest } from './actions-cache.js'
import { type CacheStore, UnreadableEntry } from './job-cache.js'

/** One restore or save at most, then the run goes on without the cache. */
export const CALL_TIMEOUT_MS = 60_000

/**
 * Whether the runner offers a cache service, as @actions/cache's isFeatureAvailable() decides (v2 when
 * ACTIONS_CACHE_SERVICE_V2 is set outside GitHub Enterprise Server), with the runtime token it needs.
 * Outside GitHub Actions none of these is set. Decided here, not by calling the library: @actions/cache
 * lives in the worker's bundle, and loading it to ask would put it on every skip-imported run's path.
 */
export function cacheServiceAvailable(env: NodeJS.ProcessEnv): boolean {
  if (!env['ACTIONS_RUNTIME_TOKEN']) return false
  const host = new URL(env['GITHUB_SERVER_URL'] || 'https://github.com').hostname.toUpperCase()
  const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST')
  const v2 = !!env['ACTIONS_CACHE_SERVICE_V2'] && !ghes
  return v2 ? !!env['ACTIONS_RESULTS_URL'] : !!env['ACTIONS_CACHE_URL']
}

/** The worker bundle, next to the action's own bundle (dist/index.js -> dist/history-cache/index.js). */
export function workerFile(base: string = import.meta.url, name = 'history-cache/index.js'): string {
  return fileURLToPath(new URL(name, base))
}

/** The cache store of a run, or undefined (quietly) when history-cache is off or there is no cache service. */
export function historyCacheStore(
  env: NodeJS.ProcessEnv,
  enabled: boolean,
  signal?: AbortSignal,
  file = workerFile()
): CacheStore | undefined {
  if (!enabled || !cacheServiceAvailable(env)) return undefined
  return new WorkerCacheStore(file, CALL_TIMEOUT_MS, signal)
}

export class WorkerCacheStore implements CacheStore {
  private worker: Worker | undefined
  private asked = 0

  constructor(
    private readonly file: string,
    private readonly timeoutMs: number,
    private readonly signal?: AbortSignal
  ) {}

  async restore(keyPrefix: string): Promise<string | undefined> {
    const answer = await this.ask({ op: 'restore', prefix: keyPrefix })
    if (answer.kind === 'hit') return answer.text
    if (answer.kind === 'miss') return undefined
    if (answer.kind === 'unreadable') throw new UnreadableEntry(answer.reason)
    throw new Error(answer.kind === 'failed' ? answer.reason : `unexpected answer ${answer.kind}`)
  }

  async save(key: string, text: string): Promise<string | void> {
    const answer = await this.ask({ op: 'save', key, text })
    if (answer.kind === 'saved') return undefined
    if (answer.kind === 'not-saved') return answer.reason
    throw new Error(answer.kind === 'failed' ? answer.reason : `unexpected answer ${answer.kind}`)
  }

  /** One request to the worker (started on first use), bounded by the timeout and the run's signal. */
  private ask(request: CacheRequest): Promise<CacheAnswer> {
    const worker = this.start()
    const id = ++this.asked
    return new Promise<CacheAnswer>((resolve, reject) => {
      const fail = (error: Error): void => {
        this.stop()
        settle(() => reject(error))
      }
      const onMessage = (message: { id: number; answer: CacheAnswer }): void => {
        if (message.id === id) settle(() => resolve(message.answer))
      }
      const onError = (error: Error): void => fail(error)
      const onExit = (code: number): void => fail(new Error(`the cache worker stopped (exit code ${code})`))
      const onAbort = (): void => fail(new Error('the run was cancelled'))
      const timer = setTimeout(
        () => fail(new Error(`no answer from the cache service in ${this.timeoutMs / 1000} s`)),
        this.timeoutMs
      )
      const settle = (then: () => void): void => {
        clearTimeout(timer)
        worker.off('message', onMessage).off('error', onError).off('exit', onExit)
        this.signal?.removeEventListener('abort', onAbort)
        then()
      }
      if (this.signal?.aborted) return onAbort()
      worker.on('message', onMessage).on('error', onError).on('exit', onExit)
      this.signal?.addEventListener('abort', onAbort, { once: true })
      worker.postMessage({ id, request })
    })
  }

  private start(): Worker {
    if (!this.worker) {
      this.worker = new Worker(this.file, { env: quietEnv(process.env) })
      this.worker.unref()
    }
    return this.worker
  }

  private stop(): void {
    void this.worker?.terminate()
    this.worker = undefined
  }
}

/**
 * The worker's environment: the step's, without the switches that make the Azure SDK (under
 * @actions/cache) or Node write their own debug lines to stderr, past the redaction: its blob URLs carry
 * SAS signatures.
 */
export function quietEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DEBUG: _debug, AZURE_LOG_LEVEL: _azure, NODE_DEBUG: _node, ...rest } = env
  return rest
}
