// File checks end to end (issue 9): before any job starts, every file exists, is not empty, and its
// header fits the store, read through the stand-in's S3 (HeadObject, ranged GetObject) with the
// real SDK. One bad file stops the whole batch, naming only that file.
import { randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, startInputs } from '../helpers/run-action.js'

const BUCKET = 'checked-annotations'
const emu = useEmulator({ buckets: { [BUCKET]: [] } })
const uri = (key: string) => `s3://${BUCKET}/${key}`
const put = (key: string, body: string | Buffer) => emu.state.putObject(BUCKET, key, body)

const vcf = (info: string[], extraMeta = 0, noise = false) =>
  [
    '##fileformat=VCFv4.2',
    ...info.map(id => `##INFO=<ID=${id},Number=.,Type=String,Description="${id}">`),
    ...Array.from(
      { length: extraMeta },
      (_, i) =>
        `##contig=<ID=chrUn_${i},length=${100000 + i}${noise ? `,md5=${randomBytes(24).toString('base64')}` : ''}>`
    ),
    '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO',
    '1\t10177\t.\tA\tAC\t.\tPASS\tCSQ=x',
    ''
  ].join('\n')

/** BGZF as bgzip writes it: independent gzip members of at most 64 KiB of input, and an empty last one. */
function bgzf(text: string): Buffer {
  const data = Buffer.from(text)
  const members: Buffer[] = []
  for (let at = 0; at < data.length; at += 65280) members.push(gzipSync(data.subarray(at, at + 65280)))
  members.push(gzipSync(Buffer.alloc(0)))
  return Buffer.concat(members)
}

const run = (items: string[], extra: Record<string, string> = {}) =>
  runAction(
    START_ACTION,
    startInputs(emu.url, { items: items.join('\n'), 'annotation-fields': 'VEP: CSQ', ...extra })
  )

describe('file checks', () => {
  it('a missing key and a wrong bucket are errors naming the URI; nothing is started', async () => {
    const result = await run([uri('clinvar/missing.vcf.gz'), 's3://no-such-annotations/clinvar.vcf.gz'])
    expect(result.code).toBe(1)
    const error = errorText(result)
    expect(error).toContain('2 problems with the inputs; no job was started:')
    expect(error).toContain(
      `items: line 1: ${uri('clinvar/missing.vcf.gz')}: does not exist (HeadObject: 404): check the bucket name and the key`
    )
    expect(error).toContain(
      'items: line 2: s3://no-such-annotations/clinvar.vcf.gz: does not exist (HeadObject: 404): check the bucket name and the key'
    )
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
  })

  it('an empty file is an error', async () => {
    put('empty.vcf', '')
    const result = await run([uri('empty.vcf')])
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(`${uri('empty.vcf')}: is empty (0 bytes)`)
  })

  it('a VCF without the INFO field annotation-fields names is an error listing the fields it declares', async () => {
    put('no-csq.vcf.gz', gzipSync(vcf(['AC', 'AF'])))
    const result = await run([uri('no-csq.vcf.gz')])
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      `${uri('no-csq.vcf.gz')}: annotation-fields names the INFO field CSQ, but no ##INFO=<ID=...> line declares it: the file declares only AC, AF`
    )
  })

  it('a GFF into a VCF store is an error saying what it looks like', async () => {
    put('genes.vcf', '##gff-version 3\nchr1\tRefSeq\tgene\t1\t100\t.\t+\t.\tID=g1\n')
    const result = await run([uri('genes.vcf')])
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      `${uri('genes.vcf')}: looks like a GFF file (first line "##gff-version 3"), but the store is a VCF store`
    )
  })

  it('a TSV missing a column the store maps is an error listing the missing and the found columns', async () => {
    put('genes.tsv', 'chromosome\tstart\tstop\tgene_name\nchr1\t1\t100\tDDX11L1\n')
    const result = await run([uri('genes.tsv')], {
      'destination-name': 'mapped_tsv_store',
      'annotation-fields': ''
    })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      `${uri('genes.tsv')}: the header row lacks the column the store maps: end; found (split on tab): chromosome, start, stop, gene_name`
    )
    put('genes.csv', 'chromosome,start,end,gene_name\nchr1,1,100,DDX11L1\n')
    const csv = await run([uri('genes.csv')], {
      'destination-name': 'mapped_tsv_store',
      'annotation-fields': '',
      'format-options': 'tsvOptions: { readOptions: { sep: "," } }'
    })
    expect(csv.code).toBe(0)
  })

  it('a BGZF-compressed VCF passes, and a header longer than the first read is read further', async () => {
    // About 250 KB of header before #CHROM, well past the first 64 KiB read, in several BGZF blocks.
    const text = vcf(['AC', 'CSQ'], 3000, true)
    put('long-header.vcf.bgz', bgzf(text))
    const result = await run([uri('long-header.vcf.bgz')])
    expect(result.code).toBe(0)
    const reads = emu.calls('GetObject')
    expect(reads.length).toBeGreaterThanOrEqual(2)
    expect(reads.map(r => r.headers['range'])).toEqual(expect.arrayContaining(['bytes=0-16383']))
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
  })

  it('a header past the cap is a warning, not an error, and the import goes ahead', async () => {
    put('huge-header.vcf', vcf(['CSQ'], 40_000)) // about 1.6 MB of meta lines
    const result = await run([uri('huge-header.vcf')])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /::warning::.*huge-header\.vcf: the header goes on past the first [\d,]+ bytes \(the cap\): its check was skipped/
    )
    expect(emu.calls('GetObject').reduce((sum, r) => sum + (r.bytes ?? 0), 0)).toBeLessThanOrEqual(
      1024 * 1024
    )
  })

  it('a denied read is one warning for the run, and the import goes ahead', async () => {
    emu.state.deniedBuckets.add('locked-annotations')
    const result = await run(['s3://locked-annotations/a.vcf.gz', 's3://locked-annotations/b.vcf.gz'])
    expect(result.code).toBe(0)
    const warnings = result.stdout
      .split('\n')
      .filter(line => line.startsWith('::warning::File checks skipped'))
    expect(warnings).toEqual([
      "::warning::File checks skipped for s3://locked-annotations: the workflow's credentials cannot read s3://locked-annotations (needs s3:GetObject). The import goes ahead: HealthOmics reads the files with role-arn."
    ])
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
  })

  it('one bad file among many stops the whole batch before any Start, naming only the bad file', async () => {
    const good = Array.from({ length: 12 }, (_, i) => `good/s${i}.vcf.gz`)
    for (const key of good) put(key, gzipSync(vcf(['CSQ'])))
    put('bad/s7.vcf.gz', gzipSync('##fileformat=VCFv4.2\n1\t100\t.\tA\tG\t.\tPASS\t.\n'))
    const items = [...good.slice(0, 7), 'bad/s7.vcf.gz', ...good.slice(7)].map(uri)
    const result = await run(items, { 'one-job-per-item': 'true' })
    expect(result.code).toBe(1)
    const error = errorText(result)
    expect(error).toContain('1 problem with the inputs; no job was started:')
    expect(error).toContain(
      `items: line 8: ${uri('bad/s7.vcf.gz')}: expected a #CHROM header line after the ## meta lines, found "1\\t100\\t.\\tA\\tG\\t.\\tPASS\\t." at line 2`
    )
    for (const key of good) expect(error).not.toContain(key)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
  })

  it('check-files: false turns them off', async () => {
    const result = await run([uri('clinvar/missing.vcf.gz')], { 'check-files': 'false' })
    expect(result.code).toBe(0)
    expect(emu.calls('HeadObject')).toHaveLength(0)
  })
})
