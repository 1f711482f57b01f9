// A cache worker with canned answers, chosen by the key (prefix) asked for: "hit:<text>", "miss",
// "unreadable", "failed", "readonly" (save), "crash" (the worker exits); any other save is saved.
import { parentPort } from 'node:worker_threads'

parentPort?.on('message', ({ id, request }) => {
  const key = request.op === 'restore' ? request.prefix : request.key
  if (key === 'crash') process.exit(3)
  const answer = key.startsWith('hit:')
    ? { kind: 'hit', key, text: key.slice(4) }
    : key === 'miss'
      ? { kind: 'miss' }
      : key === 'unreadable'
        ? { kind: 'unreadable', reason: 'tar failed' }
        : key === 'failed'
          ? { kind: 'failed', reason: 'ECONNREFUSED' }
          : key === 'readonly'
            ? { kind: 'not-saved', reason: 'Cache save skipped: read-only' }
            : { kind: 'saved' }
  parentPort?.postMessage({ id, answer })
})
