#!/usr/bin/env node
// @ts-check
// Runs the stand-in on its own (for the demo, the benchmark and the workflow that runs the action with
// `uses: ./`). Prints its URL, writes it to --url-file when given, and stops after --ttl seconds.
//   node test/emulator/cli.js [--ttl 600] [--url-file FILE] [--throttle-rps N] [--quota N] [--advance-ms N]
import { writeFileSync } from 'node:fs'
import { startEmulator, TEST_CREDENTIALS } from './server.js'

const USAGE = `Usage: node test/emulator/cli.js [options]

A local stand-in for AWS HealthOmics annotation imports (and S3 for wildcard items), on 127.0.0.1 at a
free port. Prints its URL, then serves until --ttl runs out or it is stopped (Ctrl-C).

Options:
  --ttl SECONDS          stop by itself after this long (default 600)
  --url-file FILE        also write the URL to FILE
  --throttle-rps N       answer 429 beyond N requests per second (token bucket)
  --throttle-burst N     the bucket's size (default: --throttle-rps)
  --quota N              allow N running import jobs at once (402 beyond)
  --advance-ms N         move jobs one status on every N ms, besides one per status check
  --help                 this text

Sign requests with access key ${TEST_CREDENTIALS.accessKeyId} and secret ${TEST_CREDENTIALS.secretAccessKey}.
Control: GET /__emulator/requests, /__emulator/jobs; POST /__emulator/fault, /__emulator/reset.`

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}
const KNOWN = ['--ttl', '--url-file', '--throttle-rps', '--throttle-burst', '--quota', '--advance-ms']
const unknown = args.filter((arg, i) => arg.startsWith('--') && !KNOWN.includes(arg) && i >= 0)
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(', ')}\n\n${USAGE}`)
  process.exit(2)
}
/** @param {string} name */
const arg = name => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const ttlMs = Number(arg('ttl') ?? 600) * 1000
const rps = arg('throttle-rps')
const quota = arg('quota')
const advance = arg('advance-ms')
const emulator = await startEmulator({
  ttlMs,
  ...(rps && { throttle: { rps: Number(rps), burst: Number(arg('throttle-burst') ?? rps) } }),
  ...(quota && { quota: Number(quota) }),
  ...(advance && { advanceEveryMs: Number(advance) }),
  buckets: {
    'demo-annotations': ['vcf/sample1.vcf.gz', 'vcf/sample2.vcf.gz', 'vcf/nested/sample3.vcf.gz', 'notes.txt']
  }
})
const urlFile = arg('url-file')
if (urlFile) writeFileSync(urlFile, emulator.url)
console.log(emulator.url)
const stop = () => void emulator.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
setTimeout(stop, ttlMs).unref()
