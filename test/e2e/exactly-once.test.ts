// Exactly once at any history size: a lost Start answer adopts only a job this run created (by the
// service's clock), skip-imported reads the whole history and decides per item, and a history longer
// than max-history fails before anything starts. The committed bundle against the stand-in.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, startInputs } from '../helpers/run-action.js'

const emu = useEmulator()
const FILE = 's3://my-annotations/rerun/a.vcf.gz'
const inputs = (extra: Record<string, string> = {}) => startInputs(emu.url, { items: FILE, ...extra })

describe('a lost Start answer', () => {
  it.each([500, 503])(
    'a rerun minutes after an earlier run, whose Start gets a %i that created nothing, starts its own job',
    async status => {
      const earlier = emu.state.addJob({ sources: [FILE], status: 'COMPLETED', agoMs: 60_000 })
      emu.addFault({ op: 'StartAnnotationImportJob', kind: 'error', status })
      const result = await runAction(START_ACTION, inputs())
      expect(result.code).toBe(0)
      expect(emu.calls('StartAnnotationImportJob').map(r => r.status)).toEqual([status, 200])
      expect(emu.jobs.size).toBe(2)
      expect(result.outputs['job-id']).not.toBe(earlier.id)
      expect(result.outputs['job-id']).toBe([...emu.jobs.keys()][1])
      expect(result.stdout).not.toContain('Found job')
    }
  )

  it.each([
    ['a 500', 'error-after-create' as const],
    ['a connection reset', 'reset-after-create' as const]
  ])(
    '%s after the job was created ends with exactly one job, reported, even with the service clock 5 minutes behind',
    async (_name, kind) => {
      emu.state.clockSkewMs = -5 * 60_000
      emu.addFault({ op: 'StartAnnotationImportJob', kind })
      const result = await runAction(START_ACTION, inputs())
      expect(result.code).toBe(0)
      expect(emu.jobs.size).toBe(1)
      expect(result.outputs['job-id']).toBe([...emu.jobs.keys()][0])
      expect(result.stdout).toMatch(/Found job [0-9a-f-]+, started by this run's call whose answer was lost/)
    }
  )
})

describe('skip-imported', () => {
  it('reads a 2,500-job history: skips the file the oldest job imported, imports the new ones', async () => {
    emu.state.addJob({ sources: ['s3://my-annotations/history/oldest.vcf.gz'], agoMs: 30 * 86_400_000 })
    for (let n = 1; n < 2500; n++)
      emu.state.addJob({ sources: [`s3://my-annotations/history/f${n}.vcf.gz`], agoMs: (2500 - n) * 60_000 })
    const items = ['oldest', 'new1', 'new2'].map(name => `s3://my-annotations/history/${name}.vcf.gz`)
    const result = await runAction(
      START_ACTION,
      inputs({ items: items.join('\n'), 'skip-imported': 'true', 'one-job-per-item': 'true' }),
      { timeoutMs: 60_000 }
    )
    expect(result.code).toBe(0)
    expect(JSON.parse(result.outputs['skipped'] ?? '')).toEqual([items[0]])
    expect(
      emu
        .calls('StartAnnotationImportJob')
        .map(r => r.body.items[0].source)
        .sort()
    ).toEqual(items.slice(1))
    expect(emu.calls('ListAnnotationImportJobs')).toHaveLength(25)
    // Each past job is read once; none twice.
    const reads = emu.calls('GetAnnotationImportJob').map(r => r.path)
    expect(new Set(reads).size).toBe(reads.length)
    expect(result.stdout).toContain('Reading import history: 1,000 of ~2,500 jobs')
  }, 60_000)

  it('after a COMPLETED_WITH_FAILURES job, skips its completed file and imports its failed one again', async () => {
    const [failed, completed] = ['s3://my-annotations/cwf/bad.vcf.gz', 's3://my-annotations/cwf/good.vcf.gz']
    emu.state.addJob({
      sources: [failed, completed],
      status: 'COMPLETED_WITH_FAILURES',
      itemStatuses: ['FAILED', 'COMPLETED']
    })
    const result = await runAction(
      START_ACTION,
      inputs({ items: `${failed}\n${completed}`, 'skip-imported': 'true' })
    )
    expect(result.code).toBe(0)
    expect(JSON.parse(result.outputs['skipped'] ?? '')).toEqual([completed])
    expect(emu.calls('StartAnnotationImportJob')[0]?.body.items).toEqual([{ source: failed }])
  })

  it('skips a file whose job is still IN_PROGRESS, and imports one whose job FAILED', async () => {
    const [running, failed] = [
      's3://my-annotations/state/running.vcf.gz',
      's3://my-annotations/state/failed.vcf.gz'
    ]
    const job = emu.state.addJob({ sources: [running], status: 'IN_PROGRESS' })
    emu.state.addJob({ sources: [failed], status: 'FAILED' })
    const result = await runAction(
      START_ACTION,
      inputs({ items: `${running}\n${failed}`, 'skip-imported': 'true' })
    )
    expect(result.code).toBe(0)
    expect(JSON.parse(result.outputs['skipped'] ?? '')).toEqual([running])
    expect(result.stdout).toContain(`Skipping ${running}: imported by job ${job.id}`)
    expect(emu.calls('StartAnnotationImportJob')[0]?.body.items).toEqual([{ source: failed }])
  })

  it('a history longer than max-history fails before any Start, saying how to raise it', async () => {
    for (let n = 0; n < 150; n++) emu.state.addJob({ sources: [`s3://my-annotations/long/f${n}.vcf.gz`] })
    const result = await runAction(START_ACTION, inputs({ 'skip-imported': 'true', 'max-history': '100' }))
    expect(result.code).toBe(1)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    const error = errorText(result)
    expect(error).toContain('The import history of my_vcf_store is longer than max-history (100 jobs)')
    expect(error).toContain('no job was started. Raise max-history')
    expect(result.summary).toContain('longer than max-history')
  })
})
