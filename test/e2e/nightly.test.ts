// Scheduled batches that stay green when they should (issue 20): if-no-files-found for a night with no
// new file, bad-files: skip for a file that fails the checks. The bundle runs against the stand-in (S3
// listing, file reads, HealthOmics calls on the wire), with the real SDK.
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { summaryText } from '../helpers/summary-text.js'
import { errorText, runAction, START_ACTION, startInputs } from '../helpers/run-action.js'

const BUCKET = 'nightly-annotations'
const emu = useEmulator({ buckets: { [BUCKET]: ['archive/2025/old.vcf.gz'] } })
const uri = (key: string) => `s3://${BUCKET}/${key}`
const put = (key: string, body: string | Buffer) => emu.state.putObject(BUCKET, key, body)
const TONIGHT = uri('incoming/**/*.vcf.gz')
const vcf = [
  '##fileformat=VCFv4.2',
  '##INFO=<ID=AC,Number=A,Type=Integer,Description="Allele count">',
  '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO',
  '1\t10177\t.\tA\tAC\t.\tPASS\tAC=1',
  ''
].join('\n')
const NO_CHROM = '##fileformat=VCFv4.2\n1\t100\t.\tA\tG\t.\tPASS\t.\n'
const NO_CHROM_REASON =
  'expected a #CHROM header line after the ## meta lines, found "1\\t100\\t.\\tA\\tG\\t.\\tPASS\\t." at line 2'

const run = (extra: Record<string, string>) =>
  runAction(START_ACTION, startInputs(emu.url, { items: TONIGHT, ...extra }))
const warnings = (stdout: string) => stdout.split('\n').filter(line => line.startsWith('::warning::'))
const sources = () =>
  emu.calls('StartAnnotationImportJob').map(r => (r.body.items as { source: string }[]).map(i => i.source))
const EMPTY_LISTS = { 'job-ids': '[]', jobs: '[]', request: '[]', items: '[]', rejected: '[]' }

describe('if-no-files-found: a quiet night', () => {
  it('warn: ends green with one warning, empty lists and status NO_FILES; the store is checked, no history read', async () => {
    const result = await run({
      'if-no-files-found': 'warn',
      'skip-imported': 'true',
      'one-job-per-item': 'true'
    })
    expect(result.code).toBe(0)
    expect(warnings(result.stdout)).toEqual([
      `::warning::Nothing to import: no file matched (if-no-files-found: warn): line 1: ${TONIGHT} matches no object (0 listed under s3://${BUCKET}/incoming/)`
    ])
    expect(errorText(result)).toBe('')
    expect(result.outputs).toMatchObject({ ...EMPTY_LISTS, skipped: '[]', status: 'NO_FILES' })
    expect(result.outputs['job-id'] ?? '').toBe('')
    expect(emu.calls('GetAnnotationStore')).toHaveLength(1)
    expect(emu.calls('ListAnnotationImportJobs')).toHaveLength(0)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    expect(summaryText(result.summary)).toContain(
      'Nothing to import: no file matched the items (if-no-files-found: warn)'
    )
  })

  it('ignore: ends green with a log line and no warning', async () => {
    const result = await run({ 'if-no-files-found': 'ignore' })
    expect(result.code).toBe(0)
    expect(warnings(result.stdout)).toEqual([])
    expect(result.stdout).toContain(
      `Nothing to import: no file matched (if-no-files-found: ignore): line 1: ${TONIGHT} matches no object`
    )
    expect(result.outputs).toMatchObject({ ...EMPTY_LISTS, status: 'NO_FILES' })
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
  })

  it('error (the default) still fails naming the line, with rejected set to []', async () => {
    const result = await run({})
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(`items: line 1: ${TONIGHT} matches no object`)
    expect(result.outputs).toMatchObject({ status: 'NOT_STARTED', 'job-ids': '[]', rejected: '[]' })
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
  })

  it('applies per line: a line that matches nothing is left out with a warning, the others are imported', async () => {
    put('incoming/2026-12-03/s1.vcf.gz', gzipSync(vcf))
    const result = await run({
      items: [uri('late/**/*.vcf.gz'), TONIGHT].join('\n'),
      'if-no-files-found': 'warn'
    })
    expect(result.code).toBe(0)
    expect(warnings(result.stdout)).toEqual([
      `::warning::line 1: ${uri('late/**/*.vcf.gz')} matches no object (0 listed under s3://${BUCKET}/late/): line left out (if-no-files-found: warn)`
    ])
    expect(sources()).toEqual([[uri('incoming/2026-12-03/s1.vcf.gz')]])
    expect(result.outputs['status']).toBe('SUBMITTED')
  })

  it('a line without a wildcard whose object is missing is a file-check failure, not "no files"', async () => {
    const result = await run({
      items: [TONIGHT, uri('incoming/missing.vcf.gz')].join('\n'),
      'if-no-files-found': 'warn'
    })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('1 problem with the inputs; no job was started:')
    expect(errorText(result)).toContain(`items: line 2: ${uri('incoming/missing.vcf.gz')}: does not exist`)
    expect(result.outputs['status']).toBe('NOT_STARTED')
  })

  it('a quiet night into a store that does not exist still fails: the store is checked', async () => {
    const result = await run({ 'if-no-files-found': 'warn', 'destination-name': 'no_such_store' })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('no annotation store named no_such_store')
    expect(result.outputs['status']).toBe('NOT_STARTED')
  })
})

describe('bad-files: skip', () => {
  const night = () => {
    put('incoming/s1.vcf.gz', gzipSync(vcf))
    put('incoming/s2.vcf.gz', gzipSync(NO_CHROM))
    put('incoming/s3.vcf.gz', gzipSync(vcf))
  }
  const BAD = uri('incoming/s2.vcf.gz')
  const leftOut = `::warning::Left out (bad-files: skip): line 1: ${BAD}: ${NO_CHROM_REASON}`

  it('one job per item: the good files each get their job, the bad one is warned, in rejected and the summary', async () => {
    night()
    const result = await run({ 'bad-files': 'skip', 'one-job-per-item': 'true' })
    expect(result.code).toBe(0)
    // Starts run concurrently: their order on the wire is not the items' order.
    expect(sources().sort()).toEqual([[uri('incoming/s1.vcf.gz')], [uri('incoming/s3.vcf.gz')]])
    expect(warnings(result.stdout)).toEqual([leftOut])
    expect(JSON.parse(result.outputs['rejected'] ?? '')).toEqual([{ file: BAD, reason: NO_CHROM_REASON }])
    expect(JSON.parse(result.outputs['items'] ?? '')).toEqual([
      uri('incoming/s1.vcf.gz'),
      uri('incoming/s3.vcf.gz')
    ])
    expect(JSON.parse(result.outputs['job-ids'] ?? '')).toHaveLength(2)
    expect(result.outputs['status']).toBe('SUBMITTED')
    expect(summaryText(result.summary)).toContain(
      '| File left out (bad-files: skip) | Why it failed the file checks |'
    )
    expect(summaryText(result.summary)).toMatch(
      /\| s3:\/\/nightly-annotations\/incoming\/s2\.vcf\.gz \| expected a #CHROM header line/
    )
    expect(summaryText(result.summary)).toContain('1 file left out (bad-files: skip)')
  })

  it('without one-job-per-item the one job leaves the bad file out', async () => {
    night()
    const result = await run({ 'bad-files': 'skip' })
    expect(result.code).toBe(0)
    expect(sources()).toEqual([[uri('incoming/s1.vcf.gz'), uri('incoming/s3.vcf.gz')]])
    expect(warnings(result.stdout)).toEqual([leftOut])
    expect(JSON.parse(result.outputs['rejected'] ?? '')).toEqual([{ file: BAD, reason: NO_CHROM_REASON }])
  })

  it('a file that only earned a warning is imported', async () => {
    put('incoming/s1.vcf.gz', gzipSync(vcf))
    put('incoming/s4.vcf.gz', gzipSync(NO_CHROM))
    put('named/s5.vcf.txt', vcf)
    const result = await run({
      items: [uri('incoming/*.vcf.gz'), uri('named/s5.vcf.txt')].join('\n'),
      'bad-files': 'skip'
    })
    expect(result.code).toBe(0)
    expect(sources()).toEqual([[uri('incoming/s1.vcf.gz'), uri('named/s5.vcf.txt')]])
    expect(warnings(result.stdout)).toEqual([
      `::warning::line 2: ${uri('named/s5.vcf.txt')}: its name suggests a TSV file, but its content fits the VCF store: the content decides`,
      `::warning::Left out (bad-files: skip): line 1: ${uri('incoming/s4.vcf.gz')}: ${NO_CHROM_REASON}`
    ])
    expect(JSON.parse(result.outputs['rejected'] ?? '')).toEqual([
      { file: uri('incoming/s4.vcf.gz'), reason: NO_CHROM_REASON }
    ])
  })

  it('every file bad: the step fails saying nothing is left, nothing starts, rejected lists them', async () => {
    put('incoming/s2.vcf.gz', gzipSync(NO_CHROM))
    put('incoming/empty.vcf.gz', '')
    const result = await run({ 'bad-files': 'skip', 'one-job-per-item': 'true' })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      '2 problems with the inputs; every file failed the file checks, so nothing is left to import (bad-files: skip); no job was started:'
    )
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    expect(JSON.parse(result.outputs['rejected'] ?? '').map((r: { file: string }) => r.file)).toEqual([
      uri('incoming/empty.vcf.gz'),
      BAD
    ])
    expect(result.outputs['status']).toBe('NOT_STARTED')
  })

  it('a dry run lists what it would leave out, and plans only the good files', async () => {
    night()
    const result = await run({ 'bad-files': 'skip', 'dry-run': 'true', 'one-job-per-item': 'true' })
    expect(result.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    expect(JSON.parse(result.outputs['rejected'] ?? '')).toEqual([{ file: BAD, reason: NO_CHROM_REASON }])
    expect(
      JSON.parse(result.outputs['request'] ?? '').map(
        (r: { items: { source: string }[] }) => r.items[0]?.source
      )
    ).toEqual([uri('incoming/s1.vcf.gz'), uri('incoming/s3.vcf.gz')])
    expect(result.outputs['status']).toBe('DRY_RUN')
  })

  it('fail (the default) still stops the whole batch on the bad file', async () => {
    night()
    const result = await run({ 'one-job-per-item': 'true' })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(`items: line 1: ${BAD}: ${NO_CHROM_REASON}`)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    expect(result.outputs['rejected']).toBe('[]')
  })
})
