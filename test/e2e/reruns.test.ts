// Reruns that tell the truth (issue 25): with wait: true and skip-imported, a skipped file whose job is
// still running is followed, so green means imported; a file overwritten after its job is imported again
// (or skipped with a warning, reimport-changed: false), whether the listing or HeadObject says so;
// wait-timeout is one deadline for the step; request is [] when every item is skipped. The committed
// bundle against the stand-in.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { summaryText } from '../helpers/summary-text.js'
import { errorText, runAction, START_ACTION, startInputs } from '../helpers/run-action.js'

const BUCKET = 'nightly-drops'
const emu = useEmulator({ buckets: { [BUCKET]: ['drop/a.vcf', 'drop/b.vcf'] } })
const VCF = '##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n1\t1\t.\tA\tC\t.\tPASS\t.\n'
const FILE = `s3://${BUCKET}/drop/a.vcf`
const OTHER = `s3://${BUCKET}/drop/b.vcf`
const rerun = (extra: Record<string, string> = {}) =>
  startInputs(emu.url, { items: FILE, 'skip-imported': 'true', 'poll-interval': '0.1', ...extra })
const parse = (text: string | undefined): unknown => JSON.parse(text ?? '')
const HOUR = 3_600_000

describe('with wait: true, a skipped file whose job is still running is followed', () => {
  it('waits for the earlier job, and goes green only once it COMPLETED', async () => {
    const earlier = emu.state.addJob({
      sources: [FILE],
      status: 'IN_PROGRESS',
      plan: ['IN_PROGRESS', 'IN_PROGRESS', 'COMPLETED']
    })
    const result = await runAction(START_ACTION, rerun({ wait: 'true' }))
    expect(result.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    expect(earlier.status).toBe('COMPLETED')
    expect(result.outputs).toMatchObject({
      status: 'COMPLETED',
      'job-ids': JSON.stringify([earlier.id]),
      skipped: JSON.stringify([FILE]),
      request: '[]'
    })
    expect(result.outputs['job-id']).toBeUndefined()
    expect(parse(result.outputs['jobs'])).toEqual([
      { jobId: earlier.id, items: [FILE], status: 'COMPLETED', found: true }
    ])
    expect(result.stdout).toContain(`Skipping ${FILE}: imported by job ${earlier.id} (still IN_PROGRESS)`)
    expect(result.stdout).toContain(`Following 1 job found still importing skipped items: ${earlier.id}`)
    expect(summaryText(result.summary)).toContain('found by skip-imported')
    expect(summaryText(result.summary)).not.toContain(`skipped (job ${earlier.id})`)
  })

  it('goes red when the earlier job ends FAILED, saying a rerun imports the file again', async () => {
    const earlier = emu.state.addJob({
      sources: [FILE],
      status: 'SUBMITTED',
      plan: ['IN_PROGRESS', 'FAILED']
    })
    const result = await runAction(START_ACTION, rerun({ wait: 'true' }))
    expect(result.code).toBe(1)
    expect(result.outputs['status']).toBe('FAILED')
    expect(parse(result.outputs['job-ids'])).toEqual([earlier.id])
    const error = errorText(result)
    expect(error).toContain(`Job ${earlier.id} ended FAILED`)
    expect(error).toContain('found by skip-imported: a rerun imports its failed files again')
    // And it does: the FAILED job no longer counts as imported.
    const again = await runAction(START_ACTION, rerun({ wait: 'true' }))
    expect(again.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
    expect(parse(again.outputs['job-ids'])).toEqual([again.outputs['job-id']])
  })

  it('at wait-timeout, fails saying the job keeps running, and never cancels a job it did not start', async () => {
    const earlier = emu.state.addJob({ sources: [FILE], status: 'IN_PROGRESS' })
    const result = await runAction(
      START_ACTION,
      rerun({ wait: 'true', 'wait-timeout': '1', 'cancel-on-timeout': 'true' })
    )
    expect(result.code).toBe(1)
    expect(emu.calls('CancelAnnotationImportJob')).toHaveLength(0)
    expect(earlier.status).toBe('IN_PROGRESS')
    expect(result.outputs['status']).toBe('IN_PROGRESS')
    expect(errorText(result)).toContain(
      `The job keeps running: ${earlier.id} (found by skip-imported, not started by this step, so never cancelled by it)`
    )
  })

  it('follows started and found jobs together: job-ids lists the started one first, job-id is it', async () => {
    const earlier = emu.state.addJob({ sources: [FILE], status: 'IN_PROGRESS', plan: ['COMPLETED'] })
    const result = await runAction(
      START_ACTION,
      rerun({ wait: 'true', items: `${FILE}\n${OTHER}`, 'one-job-per-item': 'true' })
    )
    expect(result.code).toBe(0)
    const started = emu.calls('StartAnnotationImportJob')
    expect(started.map(r => r.body.items)).toEqual([[{ source: OTHER }]])
    const ids = parse(result.outputs['job-ids']) as string[]
    expect(ids).toHaveLength(2)
    expect(ids[1]).toBe(earlier.id)
    expect(result.outputs['job-id']).toBe(ids[0])
    expect(parse(result.outputs['jobs'])).toEqual([
      { jobId: ids[0], items: [OTHER], status: 'COMPLETED' },
      { jobId: earlier.id, items: [FILE], status: 'COMPLETED', found: true }
    ])
    expect(result.outputs['status']).toBe('COMPLETED')
  })

  it('a skipped file whose job already COMPLETED stays SKIPPED, and its job is not read again', async () => {
    emu.state.addJob({ sources: [FILE], status: 'COMPLETED' })
    const result = await runAction(START_ACTION, rerun({ wait: 'true' }))
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'SKIPPED', 'job-ids': '[]', jobs: '[]', request: '[]' })
    expect(emu.calls('GetAnnotationImportJob')).toHaveLength(1) // the history's read only
  })

  it('without wait, a running job is skipped as before (not followed)', async () => {
    const earlier = emu.state.addJob({ sources: [FILE], status: 'IN_PROGRESS' })
    const result = await runAction(START_ACTION, rerun())
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'SKIPPED', 'job-ids': '[]', request: '[]' })
    expect(result.stdout).toContain(`Skipping ${FILE}: imported by job ${earlier.id}`)
  })
})

describe('a file overwritten after the job that imported it', () => {
  it('wildcard item (LastModified from the listing): imported again, saying why', async () => {
    const earlier = emu.state.addJob({ sources: [FILE], status: 'COMPLETED', agoMs: HOUR })
    emu.state.putObject(BUCKET, 'drop/a.vcf', VCF) // now: after the job
    const result = await runAction(START_ACTION, rerun({ items: `s3://${BUCKET}/drop/a.*` }))
    expect(result.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob').map(r => r.body.items)).toEqual([[{ source: FILE }]])
    expect(emu.calls('HeadObject')).toHaveLength(0)
    expect(result.outputs['skipped']).toBe('[]')
    expect(result.stdout).toMatch(
      new RegExp(
        `Importing ${FILE} again: its S3 object changed \\(LastModified [^)]+\\) after job ${earlier.id} imported it \\(created [^)]+\\)`
      )
    )
    expect(summaryText(result.summary)).toContain(
      'Imported again, changed after their earlier import job: 1 file'
    )
  })

  it('with reimport-changed: false, skipped with a warning naming both times', async () => {
    const earlier = emu.state.addJob({ sources: [FILE], status: 'COMPLETED', agoMs: HOUR })
    emu.state.putObject(BUCKET, 'drop/a.vcf', VCF)
    const result = await runAction(
      START_ACTION,
      rerun({ items: `s3://${BUCKET}/drop/a.*`, 'reimport-changed': 'false' })
    )
    expect(result.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    expect(result.outputs).toMatchObject({
      status: 'SKIPPED',
      skipped: JSON.stringify([FILE]),
      request: '[]'
    })
    expect(result.stdout).toMatch(
      new RegExp(
        `::warning::${FILE} changed \\(LastModified [^)]+\\) after job ${earlier.id} imported it \\(created [^)]+\\); skipped, as reimport-changed: false asks`
      )
    )
  })

  it('explicit item, check-files: false: a HeadObject of its own tells, and the file is imported again', async () => {
    emu.state.addJob({ sources: [FILE], status: 'COMPLETED', agoMs: HOUR })
    emu.state.putObject(BUCKET, 'drop/a.vcf', VCF)
    const result = await runAction(START_ACTION, rerun({ 'check-files': 'false' }))
    expect(result.code).toBe(0)
    expect(emu.calls('HeadObject')).toHaveLength(1)
    expect(emu.calls('StartAnnotationImportJob').map(r => r.body.items)).toEqual([[{ source: FILE }]])
  })

  it('explicit item with the file checks: their HeadObject is used, no second one', async () => {
    emu.state.addJob({ sources: [FILE], status: 'COMPLETED', agoMs: HOUR })
    emu.state.putObject(BUCKET, 'drop/a.vcf', VCF)
    const result = await runAction(START_ACTION, rerun())
    expect(result.code).toBe(0)
    expect(emu.calls('HeadObject')).toHaveLength(1)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
  })

  it('a file written before its job was created is skipped, as before', async () => {
    emu.state.putObject(BUCKET, 'drop/a.vcf', VCF, new Date(Date.now() - 2 * HOUR))
    emu.state.addJob({ sources: [FILE], status: 'COMPLETED', agoMs: HOUR })
    const result = await runAction(START_ACTION, rerun({ 'check-files': 'false' }))
    expect(result.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    expect(result.outputs['skipped']).toBe(JSON.stringify([FILE]))
  })
})

describe('wait-timeout is one deadline for the step', () => {
  it('the version wait and the job wait share it: the job waits only what the version left', async () => {
    // About 2 s of version wait (a status check every ~0.1 s), then a job that never ends.
    emu.state.versionPlan = [...Array<string>(20).fill('CREATING'), 'ACTIVE']
    emu.state.jobPlan = Array<string>(10_000).fill('IN_PROGRESS')
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, {
        'version-name': 'nightly_2026_12',
        'create-version': 'true',
        wait: 'true',
        'wait-timeout': '6',
        'poll-interval': '0.1'
      })
    )
    expect(result.code).toBe(1)
    const versionChecks = emu.calls('GetAnnotationStoreVersion')
    const jobChecks = emu.calls('GetAnnotationImportJob')
    const first = emu.requests[0]?.time ?? 0
    const versionMs = (versionChecks.at(-1)?.time ?? 0) - first
    expect(versionMs).toBeGreaterThan(1_500)
    // Before: the job got a full 6 s of its own, ending 7.5 s or more after the first call.
    expect((jobChecks.at(-1)?.time ?? 0) - first).toBeLessThan(6_500)
    const waited = /had not ended after waiting (\d+)s \(wait-timeout\)/.exec(errorText(result))
    expect(Number(waited?.[1])).toBeLessThanOrEqual(5)
  })
})

describe('request when every item is skipped', () => {
  it.each([
    ['with wait: true', { wait: 'true' }],
    ['on a dry run', { 'dry-run': 'true' }],
    ['on a dry run, one job per item', { 'dry-run': 'true', 'one-job-per-item': 'true' }]
  ])('is [] %s', async (_name, extra) => {
    emu.state.addJob({ sources: [FILE, OTHER], status: 'COMPLETED' })
    const result = await runAction(START_ACTION, rerun({ items: `${FILE}\n${OTHER}`, ...extra }))
    expect(result.code).toBe(0)
    expect(result.outputs['request']).toBe('[]')
  })
})
