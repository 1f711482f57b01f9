// File checks end to end (issue 9): before any job starts, every file exists, is not empty, and its
// header fits the store, read through the stand-in's S3 (HeadObject, ranged GetObject) with the
// real SDK. One bad file stops the whole batch, naming only that file.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, startInputs } from '../helpers/run-action.js'
import { summaryText } from '../helpers/summary-text.js'

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
      `${uri('genes.vcf')}: looks like a GFF3 file (first line "##gff-version 3"), but the store is a VCF store`
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

// Issue 22: what is certain fails, what is doubtful warns; the content decides, the name is a hint.
describe('file verdicts', () => {
  const gff3 = (directive: boolean, comments = 0) =>
    [
      ...Array.from({ length: comments }, (_, i) => `# annotation release ${i}`),
      ...(directive ? ['##gff-version 3'] : []),
      'NC_000001.11\tRefSeq\tregion\t1\t248956422\t.\t+\t.\tID=NC_000001.11:1..248956422;Dbxref=taxon:9606',
      'NC_000001.11\tBestRefSeq\tgene\t11874\t14409\t.\t+\t.\tID=gene-DDX11L1;Name=DDX11L1',
      ''
    ].join('\n')
  const gff = (items: string[], extra: Record<string, string> = {}) =>
    run(items, { 'destination-name': 'my_gff_store', 'annotation-fields': '', ...extra })
  const warnings = (stdout: string) => stdout.split('\n').filter(line => line.startsWith('::warning::'))

  it('a GFF3 named .txt (as NCBI publishes it) imports, with a warning that the content decided', async () => {
    put('GCF_000001405.40_GRCh38.p14_genomic.gff.txt', gff3(true))
    const result = await gff([uri('GCF_000001405.40_GRCh38.p14_genomic.gff.txt')])
    expect(result.code).toBe(0)
    expect(warnings(result.stdout)).toEqual([
      `::warning::line 1: ${uri('GCF_000001405.40_GRCh38.p14_genomic.gff.txt')}: its name suggests a TSV file, but its content fits the GFF store: the content decides`
    ])
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
    // The summary lists the warning beside the file.
    expect(summaryText(result.summary)).toContain('| File | File check warning (imported all the same) |')
    expect(summaryText(result.summary)).toMatch(
      /\| s3:\/\/[^ ]+GCF_000001405\.40_GRCh38\.p14_genomic\.gff\.txt \| .*the content decides \|/
    )
  })

  it('a VCF named .txt into a VCF store imports, with the same warning', async () => {
    put('calls.vcf.txt', vcf(['CSQ']))
    const result = await run([uri('calls.vcf.txt')])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('its name suggests a TSV file, but its content fits the VCF store')
  })

  it('where the content cannot be read (bucket denied), the name still decides as before', async () => {
    emu.state.deniedBuckets.add('locked-annotations')
    const result = await gff(['s3://locked-annotations/calls.vcf.gz'])
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      'items: line 1: s3://locked-annotations/calls.vcf.gz: looks like a VCF file by its name, but the store is a GFF store (its content could not be read)'
    )
  })

  it('a GFF3 without the directive, and one with it after comment lines, warn and import', async () => {
    put('no-directive.gff3', gff3(false))
    put('late-directive.gff3', gff3(true, 2))
    const result = await gff([uri('no-directive.gff3'), uri('late-directive.gff3')])
    expect(result.code).toBe(0)
    expect(warnings(result.stdout)).toEqual([
      `::warning::line 1: ${uri('no-directive.gff3')}: has no ##gff-version 3 directive, but its first feature line (line 1) has GFF3's nine columns and key=value attributes: importing it as GFF3 (add ##gff-version 3 as line 1 to be sure)`,
      `::warning::line 2: ${uri('late-directive.gff3')}: the ##gff-version 3 directive is on line 3, not line 1 as GFF3 asks (comment lines come first): importing it as GFF3`
    ])
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
  })

  it('a GTF and a GFF2 into a GFF store fail, saying GFF stores take GFF3 and how to convert', async () => {
    put(
      'gencode.gtf.gz',
      gzipSync(
        '#!genome-build GRCh38\nchr1\tHAVANA\tgene\t11869\t14409\t.\t+\t.\tgene_id "ENSG00000223972.5"; gene_type "transcribed_unprocessed_pseudogene";\n'
      )
    )
    put('old.gff', '##gff-version 2\nchr1\tsrc\texon\t1\t100\t.\t+\t.\tgene1\n')
    const result = await gff([uri('gencode.gtf.gz'), uri('old.gff')])
    expect(result.code).toBe(1)
    const error = errorText(result)
    expect(error).toContain(`items: line 1: ${uri('gencode.gtf.gz')}: looks like GTF (line 2 "chr1\\tHAVANA`)
    expect(error).toContain(
      'attributes written key "value";), but the store is a GFF store: GFF stores take GFF3: convert GTF/GFF2 to GFF3 first (gffread in.gtf -o out.gff3, or AGAT: agat_convert_sp_gxf2gxf.pl)'
    )
    expect(error).toContain(
      `items: line 2: ${uri('old.gff')}: looks like GFF2 (line 1 "##gff-version 2"), but the store is a GFF store: GFF stores take GFF3`
    )
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
  })

  it('a BCF (gzip of binary VCF) fails, named', async () => {
    put('calls.vcf.gz', gzipSync(Buffer.concat([Buffer.from('BCF\u0002\u0002', 'latin1'), randomBytes(64)])))
    const result = await run([uri('calls.vcf.gz')])
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      `${uri('calls.vcf.gz')}: is BCF (binary VCF, BGZF-compressed), not VCF text: HealthOmics reads VCF text; convert it with bcftools view -Oz -o out.vcf.gz`
    )
  })

  it('a TSV whose header row starts with the comment character says it was skipped, and what to do', async () => {
    put('genes.tsv', '#chromosome\tstart\tend\tgene_name\nchr1\t11874\t14409\tDDX11L1\n')
    const result = await run([uri('genes.tsv')], {
      'destination-name': 'mapped_tsv_store',
      'annotation-fields': '',
      'format-options': 'tsvOptions: { readOptions: { comment: "#" } }'
    })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      `${uri('genes.tsv')}: the header row lacks the columns the store maps: chromosome, start, end, gene_name: the header line "#chromosome\\tstart\\tend\\tgene_name" starts with the comment character "#" (readOptions.comment), so it is skipped as a comment and the first data row is read as the header (found chr1, 11874, 14409, DDX11L1); remove the "#" from the header line`
    )
  })

  it('an unquoted YAML comment: # says to quote it', async () => {
    const result = await run([uri('genes.tsv')], {
      'destination-name': 'mapped_tsv_store',
      'annotation-fields': '',
      'format-options': 'tsvOptions:\n  readOptions:\n    comment: #\n'
    })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      "format-options: tsvOptions.readOptions.comment must be a string, got null: in YAML an unquoted # starts a comment, so quote it: comment: '#'"
    )
  })

  it('a VCF starting with a UTF-8 byte-order mark is checked without it, and the BOM is named in a warning', async () => {
    put('bom.vcf', `\uFEFF${vcf(['CSQ'])}`)
    const result = await run([uri('bom.vcf')])
    expect(result.code).toBe(0)
    expect(warnings(result.stdout)).toEqual([
      `::warning::line 1: ${uri('bom.vcf')}: starts with a UTF-8 byte-order mark (bytes EF BB BF), checked without it: HealthOmics documents nothing on a BOM, so save the file without one to be sure`
    ])
  })

  it('S3 that cannot be resolved is given up at once: one lookup per file in flight, no retries, one warning', async () => {
    // A preload counts the action's DNS lookups of the S3 host and answers each with ENOTFOUND.
    const dir = mkdtempSync(join(tmpdir(), 'dns-'))
    const log = join(dir, 'lookups')
    writeFileSync(log, '')
    writeFileSync(
      join(dir, 'dns.mjs'),
      [
        "import dns from 'node:dns'",
        "import { appendFileSync } from 'node:fs'",
        'const original = dns.lookup',
        'dns.lookup = (host, options, callback) => {',
        "  const done = typeof options === 'function' ? options : callback",
        "  if (!String(host).endsWith('.unreachable.test')) return original(host, options, callback)",
        "  appendFileSync(process.env.DNS_LOG, host + '\\n')",
        "  const error = Object.assign(new Error('getaddrinfo ENOTFOUND ' + host), { code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: host })",
        '  process.nextTick(done, error)',
        '}'
      ].join('\n')
    )
    const items = Array.from({ length: 3 }, (_, i) => uri(`s${i}.vcf.gz`))
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: items.join('\n'), 'annotation-fields': 'VEP: CSQ', 'max-attempts': '5' }),
      {
        env: {
          AWS_ENDPOINT_URL_S3: 'https://s3.unreachable.test:9',
          DNS_LOG: log,
          NODE_OPTIONS: `--import=${join(dir, 'dns.mjs')}`
        }
      }
    )
    expect(result.code).toBe(0)
    expect(warnings(result.stdout).filter(line => line.includes('File checks stopped'))).toHaveLength(1)
    // Without the fix each file in flight is tried max-attempts times (3 files x 5 attempts).
    const lookups = readFileSync(log, 'utf8').split('\n').filter(Boolean)
    expect(lookups.length).toBeGreaterThanOrEqual(1)
    expect(lookups.length).toBeLessThanOrEqual(items.length)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
  })
})
