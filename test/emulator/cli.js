#!/usr/bin/env node
// @ts-check
// Runs the stand-in on its own (for the demo, the benchmark and the workflow that runs the action with
// `uses: ./`). Prints its URL, writes it to --url-file when given, and stops after --ttl seconds.
//   node test/emulator/cli.js [--ttl 600] [--url-file FILE] [--throttle-rps N] [--quota N] [--advance-ms N]
import { writeFileSync } from 'node:fs'
import { startEmulator } from './server.js'

const args = process.argv.slice(2)
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
