#!/usr/bin/env node
// @ts-check
// The whole flow without an AWS account: starts the local HealthOmics stand-in, runs the committed action
// (dist/index.js) against it the way a runner does, and prints the job id, the outputs and the summary.
//   npm run demo
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startEmulator, TEST_CREDENTIALS } from '../test/emulator/server.js'

const ROOT = resolve(import.meta.dirname, '..')
const emulator = await startEmulator({
  ttlMs: 120_000,
  buckets: {
    'demo-annotations': ['vcf/sample1.vcf.gz', 'vcf/sample2.vcf.gz', 'vcf/sample3.vcf.gz', 'vcf/README.txt']
  }
})
console.log(`Local HealthOmics stand-in listening on ${emulator.url}\n`)

const dir = mkdtempSync(join(tmpdir(), 'annotation-import-demo-'))
const outputs = join(dir, 'outputs')
const summary = join(dir, 'summary.md')
writeFileSync(outputs, '')
writeFileSync(summary, '')
const inputs = {
  'destination-name': 'my_vcf_store',
  items: 's3://demo-annotations/vcf/*.vcf.gz',
  'role-arn': 'arn:aws:iam::123456789012:role/HealthOmicsImport',
  'format-options': 'vcfOptions:\n  ignoreQualField: false\n  ignoreFilterField: false',
  'endpoint-url': emulator.url,
  wait: 'true',
  'poll-interval': '0.5'
}
console.log('Running the action with:')
for (const [name, value] of Object.entries(inputs))
  console.log(`  ${name}: ${value.replace(/\n/g, '\n    ')}`)
console.log('')

const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    PATH: process.env['PATH'] ?? '',
    HOME: dir,
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_REPOSITORY: 'octo-org/annotations',
    GITHUB_RUN_ID: '1',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_S3: emulator.url,
    AWS_CONFIG_FILE: join(dir, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
    AWS_EC2_METADATA_DISABLED: 'true',
    NODE_NO_WARNINGS: '1',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
})
const code = await new Promise(done => child.on('close', done))

const written = readFileSync(outputs, 'utf8')
const values = Object.fromEntries(
  [...written.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)].map(m => [m[1], m[3]])
)
console.log(`\nThe action exited ${code}. Its outputs:`)
for (const [name, value] of Object.entries(values)) console.log(`  ${name} = ${value}`)
console.log(`\nJob summary (${summary}):\n${readFileSync(summary, 'utf8')}`)
console.log(`Calls the stand-in received: ${emulator.requests.map(r => `${r.op} ${r.status}`).join(', ')}`)
console.log(`\njob-id: ${values['job-id'] ?? '(none)'}`)
await emulator.close()
process.exit(code === 0 ? 0 : 1)
