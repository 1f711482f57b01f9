// Entry point of the history cache's worker thread (bundled apart into dist/history-cache/index.js):
// answers restore and save requests from history-cache-store.ts with @actions/cache. A worker of its own
// so that the action's main bundle carries none of the cache client, and so that a cache service that
// never answers can be cut off (the worker is terminated) without leaving sockets that hold the step open.
import { parentPort } from 'node:worker_threads'
import { answer, type CacheRequest } from './phases/actions-cache.js'

parentPort?.on('message', (message: { id: number; request: CacheRequest }) => {
  void answer(message.request).then(result => parentPort?.postMessage({ id: message.id, answer: result }))
})
