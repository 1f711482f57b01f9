// The history cache end to end: the committed bundle (and its worker bundle, dist/history-cache/) runs
// real @actions/cache over real HTTP against the cache service stand-in (test/emulator/cache-service.js),
// and the real SDK against the HealthOmics stand-in. A second night over a long history reads with Get
// only the new and unfinished jobs (and the remembered jobs behind its skips, checked again) and decides
// as a cold night does; an outage warns and reads everything, the run green; an entry that lies about a
// job, or is corrupt, or is for another version, is not used.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCacheService } from '../emulator/cache-service.js'
import { useEmulator } from '../helpers/emulator.js'
import { ROLE, type RunResult, runAction, START_ACTION } from '../helpers/run-action.js'

const emu = useEmulator({})
let cache: Awaited<ReturnType<typeof startCacheService>>
/** RUNNER_TEMP and GITHUB_WORKSPACE of the "runner": the same every night, as on one runner image. */
let runner: string
let run = 0

beforeAll(async () => {
  cache = await startCacheService()
  runner = mkdtempSync(join(tmpdir(), 'runner-'))
})
afterAll(async () => {
  await cache.close()
  rmSync(runner, { recursive: true, force: true })
})
beforeEach(() => cache.state.reset())

const OLD = Array.from({ length: 300 }, (_, n) => `s3://batch-annotations/old/f${n}.vcf.gz`)
const tonight = (n: number): string => `s3://batch-annotations/new/night${n}.vcf.gz`

/** A year of nights in short: 300 finished jobs (one file each) and one still running. */
function seedHistory(): { running: string } {
  OLD.forEach((source, n) => emu.state.addJob({ sources: [source], agoMs: 86_400_000 + n * 1000 }))
  const running = emu.state.addJob({
    sources: ['s3://batch-annotations/old/running.vcf.gz'],
    status: 'IN_PROGRESS',
    agoMs: 3600_000
  })
  return { running: running.id }
}

function finish(jobId: string): void {
  const job = emu.jobs.get(jobId)
  if (!job) throw new Error(`no job ${jobId}`)
  job.status = 'COMPLETED'
  job.plan = []
  job.items = job.items.map(item => ({ ...item, jobStatus: 'COMPLETED' }))
}

/** One scheduled run of the workflow: skip-imported, one job per item, the cache service at hand. */
async function night(
  items: string[],
  extra: Record<string, string> = {},
  env: Record<string, string> = cache.env()
) {
  emu.state.requests.length = 0
  cache.state.calls.length = 0
  const result = await runAction(
    START_ACTION,
    {
      'destination-name': 'my_vcf_store',
      items: items.join('\n'),
      'role-arn': ROLE,
      'endpoint-url': emu.url,
      'one-job-per-item': 'true',
      'skip-imported': 'true',
      ...extra
    },
    {
      env: { ...env, RUNNER_TEMP: runner, GITHUB_WORKSPACE: runner, GITHUB_RUN_ID: String(++run) },
      timeoutMs: 60_000
    }
  )
  const gets = emu
    .calls('GetAnnotationImportJob')
    .filter(r => r.status === 200)
    .map(r => r.path.split('/').pop() ?? '')
  return { ...result, gets }
}

const skipped = (result: RunResult): string[] => JSON.parse(result.outputs['skipped'] ?? '[]')
const started = (result: RunResult): string[] =>
  JSON.parse(result.outputs['jobs'] ?? '[]').flatMap((job: { items: string[] }) => job.items)
const jobOf = (source: string): string =>
  [...emu.jobs.values()].find(job => job.items.some(item => item.source === source))?.id ?? ''
const cacheLines = (result: RunResult): string[] =>
  result.stdout.split('\n').filter(line => line.includes('Import history cache'))

describe('the history cache', () => {
  it('a second night reads with Get only the new and unfinished jobs, and decides as a cold night does', async () => {
    const { running } = seedHistory()
    const first = await night([OLD[5] ?? '', OLD[250] ?? '', tonight(1)])
    expect(first.code).toBe(0)
    expect(first.gets).toHaveLength(301)
    expect(skipped(first)).toEqual([OLD[5], OLD[250]])
    expect(started(first)).toEqual([tonight(1)])
    expect(cacheLines(first)).toEqual([
      "Import history cache: no entry yet; reading every job's details.",
      'Import history cache: saved 300 finished jobs'
    ])
    expect(cache.state.saved()).toHaveLength(1)
    // The next night: the running job has finished, and tonight's file is new.
    finish(running)
    finish(jobOf(tonight(1)))
    const items = [
      OLD[5] ?? '',
      OLD[250] ?? '',
      tonight(1),
      's3://batch-annotations/old/running.vcf.gz',
      tonight(2)
    ]
    const cold = await night(items, { 'dry-run': 'true', 'history-cache': 'false' })
    expect(cold.gets).toHaveLength(302)
    expect(cache.state.calls).toEqual([])
    const warm = await night(items)
    expect(warm.code).toBe(0)
    // Get for the job that was running and last night's job; and the two remembered jobs behind skips,
    // read again to check the entry. Not the other 298.
    expect(warm.gets.sort()).toEqual(
      [running, jobOf(tonight(1)), jobOf(OLD[5] ?? ''), jobOf(OLD[250] ?? '')].sort()
    )
    expect(skipped(warm)).toEqual(skipped(cold))
    expect(skipped(warm)).toEqual(items.slice(0, 4))
    expect(started(warm)).toEqual(
      JSON.parse(cold.outputs['request'] ?? '[]').map(
        (r: { items: { source: string }[] }) => r.items[0]?.source
      )
    )
    expect(started(warm)).toEqual([tonight(2)])
    expect(cacheLines(warm)).toEqual([
      'Import history cache: 300 finished jobs remembered',
      'Import history cache: 2 remembered jobs behind the skips read again with Get: as remembered',
      'Import history cache: saved 302 finished jobs'
    ])
    expect(warm.stdout).toContain('302 jobs read (300 jobs from the cache)')
    // Entries are immutable: a new key per run, restored by prefix.
    const keys = cache.state.saved().map(entry => entry.key)
    expect(keys).toHaveLength(2)
    expect(new Set(keys).size).toBe(2)
    expect(cache.state.callsOf('GetCacheEntryDownloadURL')[0]?.body.restore_keys).toEqual([
      'healthomics-import-history-v1-us-east-1-my_vcf_store-*-'
    ])
  }, 120_000)

  it('a cache service outage warns, reads every job, and the run is green', async () => {
    seedHistory()
    cache.state.fault = 'down'
    const result = await night([OLD[5] ?? '', tonight(1)])
    expect(result.code).toBe(0)
    expect(result.gets).toHaveLength(301)
    expect(skipped(result)).toEqual([OLD[5]])
    expect(started(result)).toEqual([tonight(1)])
    const warnings = result.stdout.split('\n').filter(line => line.startsWith('::warning::'))
    expect(warnings).toEqual([
      expect.stringMatching(
        /^::warning::Import history cache: could not be restored \(.*ECONNRESET.*\); reading every job's details\.$/
      ),
      expect.stringMatching(
        /^::warning::Import history cache: could not be saved \(.*\); the next run reads more\.$/
      )
    ])
    expect(result.outputs['status']).not.toBe('FAILED')
  }, 120_000)

  it('does not trust the entry for a job the List no longer shows as finished', async () => {
    const { running } = seedHistory()
    await night([OLD[5] ?? '', tonight(1)])
    const job5 = jobOf(OLD[5] ?? '')
    const job = emu.jobs.get(job5)
    if (job) job.status = 'IN_PROGRESS'
    finish(jobOf(tonight(1)))
    const result = await night([OLD[5] ?? '', tonight(2)])
    expect(result.code).toBe(0)
    // The remembered job5 is read again: the List shows it running now.
    expect(result.gets.sort()).toEqual([running, job5, jobOf(tonight(1))].sort())
    expect(skipped(result)).toEqual([OLD[5]])
    expect(started(result)).toEqual([tonight(2)])
  }, 120_000)

  it('an entry that gives a finished job other files than Get does is dropped: the file it claimed is imported', async () => {
    seedHistory()
    await night([OLD[5] ?? '', tonight(1)])
    // The entry says job5 imported f5; the service now says it imported other.vcf.gz (as if the entry had
    // been written by someone else, claiming f5 for job5).
    const job5 = jobOf(OLD[5] ?? '')
    const job = emu.jobs.get(job5)
    if (job) job.items = [{ source: 's3://batch-annotations/old/other.vcf.gz', jobStatus: 'COMPLETED' }]
    const result = await night([OLD[5] ?? '', 's3://batch-annotations/old/other.vcf.gz', tonight(2)])
    expect(result.code).toBe(0)
    expect(skipped(result)).toEqual(['s3://batch-annotations/old/other.vcf.gz'])
    expect(started(result)).toEqual([OLD[5], tonight(2)])
    // Every job read once with Get: the entry saved no Get at all.
    expect(result.gets).toHaveLength(302)
    expect(new Set(result.gets).size).toBe(302)
    expect(result.stdout).toContain(
      `::warning::Import history cache: the entry is not used (it gives job ${job5} other files than GetAnnotationImportJob does); reading every job's details.`
    )
  }, 120_000)

  it('a corrupt entry is not used: one notice, every job read', async () => {
    seedHistory()
    await night([OLD[5] ?? '', tonight(1)])
    cache.state.fault = 'corrupt'
    const result = await night([OLD[5] ?? '', tonight(2)])
    expect(result.code).toBe(0)
    expect(result.gets).toHaveLength(302)
    expect(cacheLines(result)[0]).toMatch(
      /^Import history cache: the entry was not used \(.+\); reading every job's details\.$/
    )
    expect(
      result.stdout.split('\n').filter(line => line.startsWith('::warning::') || line.startsWith('::error::'))
    ).toEqual([])
    expect(skipped(result)).toEqual([OLD[5]])
  }, 120_000)

  it("another version's entry is not used", async () => {
    OLD.forEach((source, n) =>
      emu.state.addJob({ sources: [source], versionName: 'release_1', agoMs: 86_400_000 + n * 1000 })
    )
    const first = await night([OLD[5] ?? '', tonight(1)], { 'version-name': 'release_1' })
    expect(first.gets).toHaveLength(300)
    expect(cache.state.saved()[0]?.key).toMatch(
      /^healthomics-import-history-v1-us-east-1-my_vcf_store-release_1-/
    )
    // The same store, jobs into any version: the release_1 entry is not looked up.
    const result = await night([OLD[5] ?? '', tonight(2)])
    expect(result.gets).toHaveLength(301)
    expect(cacheLines(result)[0]).toBe("Import history cache: no entry yet; reading every job's details.")
    expect(cache.state.callsOf('GetCacheEntryDownloadURL').map(c => c.body.restore_keys)).toEqual([
      ['healthomics-import-history-v1-us-east-1-my_vcf_store-*-']
    ])
  }, 120_000)

  it('outside GitHub Actions (no cache service) it is skipped quietly', async () => {
    seedHistory()
    const result = await night([OLD[5] ?? '', tonight(1)], {}, {})
    expect(result.code).toBe(0)
    expect(result.gets).toHaveLength(301)
    expect(cacheLines(result)).toEqual([])
    expect(cache.state.calls).toEqual([])
  }, 120_000)
})
