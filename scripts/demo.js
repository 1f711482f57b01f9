#!/usr/bin/env node
// @ts-check
// The whole flow without an AWS account: starts the local HealthOmics stand-in, then runs the committed
// bundles against it the way a runner does, as a chained pipeline: a dry run (the plan), the import
// (wildcards expanded, one job per file, skip-imported), and the wait sub-action on the job-ids output.
// Before those, a run whose file does not fit the store: the file checks reject it and nothing starts.
// Prints each step's log, outputs and job summary. Its temporary folder is removed at the end.
//   npm run demo
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
// A VCF whose header lacks the INFO field annotation-fields names: the file checks stop that run.
emulator.state.putObject(
  'demo-annotations',
  'broken/no-csq.vcf',
  '##fileformat=VCFv4.2\n##INFO=<ID=AC,Number=A,Type=Integer,Description="Allele count">\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n'
)
// One file was imported by an earlier run: skip-imported leaves it out.
emulator.state.addJob({ sources: ['s3://demo-annotations/vcf/sample1.vcf.gz'], agoMs: 86_400_000 })
console.log(`Local HealthOmics stand-in listening on ${emulator.url}\n`)
const dir = mkdtempSync(join(tmpdir(), 'annotation-import-demo-'))

/** Runs one bundle as a workflow step; returns its exit code and outputs. */
async function step(
  /** @type {string} */ title,
  /** @type {string} */ entry,
  /** @type {Record<string, string>} */ inputs
) {
  console.log(`\n=== ${title}\nwith:`)
  for (const [name, value] of Object.entries(inputs))
    console.log(`  ${name}: ${value.replace(/\n/g, '\n    ')}`)
  const outputs = join(dir, 'outputs')
  const summary = join(dir, 'summary.md')
  writeFileSync(outputs, '')
  writeFileSync(summary, '')
  const child = spawn(process.execPath, [join(ROOT, entry)], {
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
  const values = Object.fromEntries(
    [...readFileSync(outputs, 'utf8').matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)].map(m => [m[1], m[3]])
  )
  console.log(`\nExit code ${code}. Outputs:`)
  for (const [name, value] of Object.entries(values)) console.log(`  ${name} = ${value}`)
  console.log(`\nJob summary:\n${readFileSync(summary, 'utf8')}`)
  return { code, outputs: values }
}

let failed
try {
  const common = {
    'destination-name': 'my_vcf_store',
    items: 's3://demo-annotations/vcf/*.vcf.gz',
    'role-arn': 'arn:aws:iam::123456789012:role/HealthOmicsImport',
    'format-options': 'vcfOptions:\n  ignoreQualField: false\n  ignoreFilterField: false',
    'endpoint-url': emulator.url,
    'one-job-per-item': 'true',
    'skip-imported': 'true'
  }
  const rejected = await step(
    '0. A file that does not fit the store: rejected before any job starts',
    'dist/index.js',
    {
      ...common,
      items: 's3://demo-annotations/broken/no-csq.vcf',
      'annotation-fields': 'VEP: CSQ'
    }
  )
  const plan = await step('1. Dry run: the plan (read-only calls, nothing started)', 'dist/index.js', {
    ...common,
    'dry-run': 'true'
  })
  const start = await step('2. Start the imports', 'dist/index.js', common)
  const wait = await step('3. Wait for them (wait/ with the job-ids output)', 'wait/dist/index.js', {
    'job-ids': start.outputs['job-ids'] ?? '[]',
    'endpoint-url': emulator.url,
    'poll-interval': '0.5'
  })
  console.log(`Calls the stand-in received: ${emulator.requests.map(r => `${r.op} ${r.status}`).join(', ')}`)
  console.log(
    `\njob-ids: ${start.outputs['job-ids'] ?? '(none)'}; final status: ${wait.outputs['status'] ?? '(none)'}`
  )
  failed = rejected.code !== 1 || [plan, start, wait].some(result => result.code !== 0)
} finally {
  await emulator.close()
  rmSync(dir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
