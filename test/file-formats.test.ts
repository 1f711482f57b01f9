// The pure side of the file checks: reading a prefix (plain, gzip, BGZF, cut anywhere) and the
// verdict on a header for each store format.
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import { textOf } from '../src/aws/file-bytes.js'
import { checkHeader, recordKind, splitRow, type FileExpectations } from '../src/model/file-formats.js'
import { VERDICTS, extensionMismatch, levelOf } from '../src/model/file-verdicts.js'

const VCF: FileExpectations = { storeFormat: 'VCF', infoFields: ['CSQ'], columns: [] }
const header = [
  '##fileformat=VCFv4.3',
  '##INFO=<ID=CSQ,Number=.,Type=String,Description="x">',
  '#CHROM\tPOS',
  '1\t1'
].join('\n')

describe('textOf', () => {
  it('reads plain text, gzip, and a gzip prefix cut inside a member', () => {
    expect(textOf(Buffer.from('abc\n'), true)).toEqual({ text: 'abc\n' })
    const zipped = gzipSync(Buffer.from('x'.repeat(200_000) + '\nend\n'))
    expect(textOf(zipped, true)).toEqual({ text: 'x'.repeat(200_000) + '\nend\n' })
    const cut = textOf(zipped.subarray(0, 50), false)
    expect('text' in cut && cut.text.length).toBeGreaterThan(0)
  })
  it('reads BGZF: concatenated members, the last one empty', () => {
    const bgzf = Buffer.concat([gzipSync('first\n'), gzipSync('second\n'), gzipSync(Buffer.alloc(0))])
    expect(textOf(bgzf, true)).toEqual({ text: 'first\nsecond\n' })
  })
  it('names what a file is when it is neither text nor gzip', () => {
    expect(textOf(Buffer.from('PK\u0003\u0004rest'), true)).toEqual({
      problem: expect.stringContaining('zip archive')
    })
    expect(textOf(Buffer.from([0x42, 0x5a, 0x68, 0x39]), true)).toEqual({
      problem: expect.stringContaining('bzip2')
    })
    expect(textOf(Buffer.from([0x00, 0x01, 0x02]), true)).toEqual({
      problem: 'is binary, not text (nor gzip)'
    })
    expect(textOf(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xff]), true)).toEqual({
      problem: expect.stringContaining('is not a valid gzip file')
    })
  })
})

describe('checkHeader', () => {
  it('VCF: fits when the INFO fields are declared before #CHROM; asks for more while the header goes on', () => {
    expect(checkHeader(header, true, VCF)).toEqual({ verdict: 'fits' })
    expect(checkHeader(header.slice(0, 40), false, VCF)).toEqual({ verdict: 'more' })
    expect(checkHeader('##fileformat=VCFv4.2\n##source=x\n', true, VCF)).toEqual({
      verdict: 'problem',
      kind: 'bad-header',
      message: 'the header has no #CHROM line (the file ends first)'
    })
  })
  it('VCF: the first line, and a missing INFO field with the ones declared', () => {
    expect(checkHeader('#CHROM\tPOS\n', true, VCF)).toMatchObject({
      message: 'expected the first line ##fileformat=VCFv4.x, found "#CHROM\\tPOS"'
    })
    const noCsq = header.replace('ID=CSQ', 'ID=ANN')
    expect(checkHeader(noCsq, true, VCF)).toMatchObject({
      message:
        'annotation-fields names the INFO field CSQ, but no ##INFO=<ID=...> line declares it: the file declares only ANN'
    })
  })
  it('VCF: 400,000 declared INFO fields are named ten at a time, with how many more', () => {
    const infos = Array.from({ length: 400_000 }, (_, i) => `##INFO=<ID=F${i},Number=1,Type=String>`)
    const text = ['##fileformat=VCFv4.2', ...infos, '#CHROM\tPOS', ''].join('\n')
    const verdict = checkHeader(text, true, VCF)
    expect(verdict).toMatchObject({
      message:
        'annotation-fields names the INFO field CSQ, but no ##INFO=<ID=...> line declares it: ' +
        'the file declares only F0, F1, F2, F3, F4, F5, F6, F7, F8, F9, … and 399,990 more'
    })
  })
  it('TSV: a header of 100,000 cells is named ten at a time', () => {
    const row = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join('\t')
    const verdict = checkHeader(`${row}\n1\n`, true, { storeFormat: 'TSV', infoFields: [], columns: ['pos'] })
    expect('message' in verdict && verdict.message).toBe(
      'the header row lacks the column the store maps: pos; found (split on tab): c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, … and 99,990 more'
    )
  })
  it('another format than the store is named from the first line', () => {
    expect(checkHeader('##gff-version 3\n', true, VCF)).toMatchObject({
      kind: 'other-format',
      message: 'looks like a GFF3 file (first line "##gff-version 3"), but the store is a VCF store'
    })
    expect(checkHeader(header, true, { storeFormat: 'TSV', infoFields: [], columns: ['a'] })).toMatchObject({
      message: expect.stringContaining('looks like a VCF file')
    })
  })
  it('GFF: the first line is ##gff-version 3', () => {
    const gff: FileExpectations = { storeFormat: 'GFF', infoFields: [], columns: [] }
    expect(checkHeader('##gff-version 3.1.26\n', true, gff)).toEqual({ verdict: 'fits' })
    expect(checkHeader('##gff-version 2\n', true, gff)).toMatchObject({
      kind: 'other-format',
      message: expect.stringContaining(
        'looks like GFF2 (line 1 "##gff-version 2"), but the store is a GFF store: GFF stores take GFF3'
      )
    })
  })
  it('TSV: the header row, with the job read options (separator, comment, quote, header)', () => {
    const tsv = (readOptions: FileExpectations['readOptions']): FileExpectations => ({
      storeFormat: 'TSV',
      infoFields: [],
      columns: ['chrom', 'pos'],
      ...(readOptions && { readOptions })
    })
    expect(checkHeader('# a comment\nchrom\tpos\n', true, tsv({ comment: '#' }))).toEqual({ verdict: 'fits' })
    expect(checkHeader('"chrom";"pos"\n', true, tsv({ sep: ';' }))).toEqual({ verdict: 'fits' })
    expect(checkHeader('chrom,position\n', true, tsv({ sep: ',' }))).toMatchObject({
      message: 'the header row lacks the column the store maps: pos; found (split on ","): chrom, position'
    })
    expect(checkHeader('1\t2\n', true, tsv({ header: false }))).toEqual({ verdict: 'fits' })
  })
  it('splits a row honouring quotes', () => {
    expect(splitRow('a,"b,c",d', ',', '"')).toEqual(['a', 'b,c', 'd'])
    expect(splitRow('a||b', '||', '"')).toEqual(['a', 'b'])
  })

  const GFF: FileExpectations = { storeFormat: 'GFF', infoFields: [], columns: [] }
  const feature = 'NC_000001.11\tRefSeq\tgene\t11874\t14409\t.\t+\t.\tID=gene-DDX11L1;Name=DDX11L1'
  const gtfLine =
    'chr1\tHAVANA\ttranscript\t11869\t14409\t.\t+\t.\tgene_id "ENSG00000223972"; transcript_id "ENST00000456328";'
  it('GFF: a GFF3 without the directive, or with it after comments, is a warning that still fits', () => {
    expect(checkHeader(`${feature}\n`, true, GFF)).toEqual({
      verdict: 'fits',
      warning: {
        kind: 'gff-directive',
        message: expect.stringContaining(
          "has no ##gff-version 3 directive, but its first feature line (line 1) has GFF3's nine columns"
        )
      }
    })
    expect(checkHeader(`# made by x\n# on y\n##gff-version 3\n${feature}\n`, true, GFF)).toMatchObject({
      verdict: 'fits',
      warning: { kind: 'gff-directive', message: expect.stringContaining('directive is on line 3') }
    })
    expect(checkHeader('# only a comment\n', false, GFF)).toEqual({ verdict: 'more' })
  })
  it('GFF: GTF, GFF2, VCF and BED are fails naming what was found; GTF says how to convert', () => {
    expect(checkHeader(`${gtfLine}\n`, true, GFF)).toMatchObject({
      verdict: 'problem',
      kind: 'other-format',
      message: expect.stringMatching(
        /^looks like GTF \(line 1 .*GFF stores take GFF3: convert GTF\/GFF2 to GFF3 first \(gffread .*AGAT/
      )
    })
    expect(checkHeader('chr1\t100\t200\tpeak1\n', true, GFF)).toMatchObject({
      kind: 'other-format',
      message: 'looks like a BED file (line 1 "chr1\\t100\\t200\\tpeak1"), but the store is a GFF store'
    })
    expect(checkHeader(header, true, GFF)).toMatchObject({ kind: 'other-format' })
    expect(recordKind(gtfLine)).toBe('GTF')
    expect(recordKind(feature)).toBe('GFF3')
    expect(recordKind('chr1\t100\t200')).toBe('BED')
    expect(checkHeader(`${gtfLine}\n`, true, VCF)).toMatchObject({
      message: expect.stringContaining('looks like a GTF/GFF2 file')
    })
  })
  it('TSV: a header row that starts with the comment character says it was skipped, and what to do', () => {
    const tsv: FileExpectations = {
      storeFormat: 'TSV',
      infoFields: [],
      columns: ['chrom', 'start', 'end'],
      readOptions: { comment: '#' }
    }
    expect(checkHeader('#chrom\tstart\tend\nchr1\t1\t100\n', true, tsv)).toMatchObject({
      kind: 'column-absent',
      message:
        'the header row lacks the columns the store maps: chrom, start, end: the header line "#chrom\\tstart\\tend" starts with the comment character "#" (readOptions.comment), so it is skipped as a comment and the first data row is read as the header (found chr1, 1, 100); remove the "#" from the header line'
    })
  })
})

describe('textOf: byte-order mark and binary inside gzip', () => {
  it('strips a UTF-8 BOM and says so', () => {
    expect(textOf(Buffer.from('\uFEFF##fileformat=VCFv4.2\n'), true)).toEqual({
      text: '##fileformat=VCFv4.2\n',
      bom: true
    })
    expect(textOf(gzipSync('\uFEFFchrom\n'), true)).toEqual({ text: 'chrom\n', bom: true })
  })
  it('names BCF, BAM and other binary data inside gzip', () => {
    expect(textOf(gzipSync(Buffer.from('BCF\u0002\u0002rest', 'latin1')), true)).toEqual({
      problem: expect.stringContaining('is BCF (binary VCF')
    })
    expect(textOf(gzipSync(Buffer.from('BAM\u0001rest', 'latin1')), true)).toEqual({
      problem: expect.stringContaining('is BAM')
    })
    expect(textOf(gzipSync(Buffer.from([1, 0, 2])), true)).toEqual({
      problem: 'is gzip-compressed binary data, not text'
    })
  })
})

describe('the verdict table', () => {
  it('fails what the service certainly cannot import, warns what is unusual', () => {
    const fail = Object.keys(VERDICTS).filter(kind => VERDICTS[kind as keyof typeof VERDICTS] === 'fail')
    expect(fail.sort()).toEqual(
      [
        'bad-header',
        'column-absent',
        'empty',
        'info-undeclared',
        'missing',
        'not-text',
        'other-format'
      ].sort()
    )
    expect(levelOf('extension')).toBe('warn')
    expect(levelOf('gff-directive')).toBe('warn')
    expect(levelOf('bom')).toBe('warn')
    expect(levelOf('header-past-cap')).toBe('warn')
  })
  it('the extension is only a hint: what it suggests', () => {
    expect(extensionMismatch('GFF', 's3://b/GCF_000001405.40_genomic.gff.txt')).toEqual({ other: 'TSV' })
    expect(extensionMismatch('GFF', 's3://b/a.gff3.gz')).toBeUndefined()
    expect(extensionMismatch('VCF', 's3://b/a.data')).toEqual({ other: undefined })
  })
})
