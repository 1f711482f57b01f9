// A cache worker that takes requests and never answers: a cache service that hangs.
import { parentPort } from 'node:worker_threads'
parentPort?.on('message', () => undefined)
