// The pure side of the file checks: reading a prefix (plain, gzip, BGZF, cut anywhere) and the
// verdict on a header for each store format.
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import { textOf } from '../src/aws/file-bytes.js'
import {
  checkHeader,
  looksLike,
  recordKind,
  splitRow,
  type FileExpectations
} from '../src/model/file-formats.js'

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
  it('VCF: 20,000 declared INFO fields are named ten at a time, with how many more', () => {
    const infos = Array.from({ length: 20_000 }, (_, i) => `##INFO=<ID=F${i},Number=1,Type=String>`)
    const text = ['##fileformat=VCFv4.2', ...infos, '#CHROM\tPOS', ''].join('\n')
    const verdict = checkHeader(text, true, VCF)
    expect(verdict).toMatchObject({
      message:
        'annotation-fields names the INFO field CSQ, but no ##INFO=<ID=...> line declares it: ' +
        'the file declares only F0, F1, F2, F3, F4, F5, F6, F7, F8, F9, … and 19,990 more'
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

const TSV = (columns: string[], readOptions?: FileExpectations['readOptions']): FileExpectations => ({
  storeFormat: 'TSV',
  infoFields: [],
  columns,
  ...(readOptions && { readOptions })
})
const GFF_STORE: FileExpectations = { storeFormat: 'GFF', infoFields: [], columns: [] }
const vcf = (infoFields: string[]): FileExpectations => ({ storeFormat: 'VCF', infoFields, columns: [] })
const FEATURE = 'NC_000001.11\tRefSeq\tgene\t11874\t14409\t.\t+\t.\tID=gene-DDX11L1;Name=DDX11L1'
const GTF_LINE = 'chr1\tHAVANA\texon\t11869\t12227\t.\t+\t.\tgene_id "ENSG00000223972";'
const nine = (attributes: string) => `chr1\tsrc\tgene\t100\t200\t.\t+\t.\t${attributes}`

describe('looksLike: what the first line says, the whole directive from its start', () => {
  it.each([
    ['##fileformat=VCFv4.2', 'VCF'],
    ['##fileformat=VCFv4.3', 'VCF'],
    ['##FILEFORMAT=vcfv4.1', 'VCF'],
    ['##fileformat=VCF', 'VCF'],
    ['##gff-version 3', 'GFF3'],
    ['##gff-version 3.1.26', 'GFF3'],
    ['##gff-version  3', 'GFF3'],
    ['##gff-version\t3', 'GFF3'],
    ['##gff-version 3 # comment', 'GFF3'],
    ['##GFF-Version 3', 'GFF3'],
    ['##gff-version 2', 'GFF2'],
    ['##gff-version 1', 'GFF2'],
    ['##gff-version 2.0', 'GFF2'],
    ['##gff-version   2 x', 'GFF2']
  ])('%j is %s', (line, kind) => {
    expect(looksLike(line)).toBe(kind)
  })

  it.each([
    ' ##fileformat=VCFv4.2',
    'x##fileformat=VCFv4.2',
    '#fileformat=VCFv4.2',
    '##fileformat=BCF',
    '##gff-version 30',
    '##gff-version 4',
    '##gff-version 3x',
    '##gff-version 21',
    '##gff-version3',
    '##gff-version 2x',
    ' ##gff-version 3',
    'x##gff-version 2',
    '##gff-version ',
    '#CHROM\tPOS',
    ''
  ])('%j says nothing', line => {
    expect(looksLike(line)).toBeUndefined()
  })
})

describe('recordKind: a record line by its shape', () => {
  it.each([
    [FEATURE, 'GFF3'],
    [nine('.'), 'GFF3'],
    [nine('ID=1'), 'GFF3'],
    [nine('ID='), 'GFF3'],
    [nine('ID=a;b'), 'GFF3'],
    [nine('ID=x y;Name=z'), 'GFF3'],
    [nine('  ID=gene1  '), 'GFF3'],
    [GTF_LINE, 'GTF'],
    [nine('gene_id "g1"'), 'GTF'],
    [nine('gene_id g1'), 'GTF'],
    [nine('gene_id  "g1" ; transcript_id "t1";'), 'GTF'],
    [nine(' gene_id "g1";'), 'GTF'],
    [nine('gene_id'), undefined],
    [nine('gene_id "g1"junk'), undefined],
    [nine('=x'), undefined],
    [nine(';ID=x'), undefined],
    [nine(''), undefined],
    ['chr1\t100\t200', 'BED'],
    ['chr1\t100\t200\tpeak\t0\t+\t100\t200\t0,0,0\t2\t10,10\t0,90', 'BED'],
    ['chr1\t100\t200\t5\t6\t+\t1\t2\t0,0,0', 'BED'],
    ['chr1\t100\t200\tpeak\t0\t+\t100\t200\t0,0,0\t2\t10,10\t0,90\textra', undefined],
    ['chr1\t100', undefined],
    ['chr1', undefined],
    ['chr1\tx100\t200', undefined],
    ['chr1\t100x\t200', undefined],
    ['chr1\t100\t2e2', undefined],
    ['chr1\t100\t', undefined],
    ['chr1\t\t200', undefined],
    ['a\tb\tc\t1\t2\t.\t+\t.', undefined],
    ['a\tb\tc\t1\t2\t.\t+\t.\tID=x\textra', undefined],
    ['a\tb\tc\tx1\t2\t.\t+\t.\tID=x', undefined],
    ['a\tb\tc\t1\t2x\t.\t+\t.\tID=x', undefined],
    ['a\tb\tc\t1\t\t.\t+\t.\tID=x', undefined]
  ])('%j: %s', (line, kind) => {
    expect(recordKind(line)).toBe(kind)
  })
})

describe('splitRow', () => {
  it.each([
    ['a,b,c', ',', '"', ['a', 'b', 'c']],
    ['a,,b', ',', '"', ['a', '', 'b']],
    ['a,', ',', '"', ['a', '']],
    [',a', ',', '"', ['', 'a']],
    ['', ',', '"', ['']],
    ['abc', ',', '"', ['abc']],
    [' a , b ', ',', '"', ['a', 'b']],
    ['"a,b",c', ',', '"', ['a,b', 'c']],
    ["'a\tb'\tc", '\t', "'", ['a\tb', 'c']],
    ['"a""b",c', ',', '"', ['ab', 'c']],
    ['a::b::c', '::', '"', ['a', 'b', 'c']],
    ['a:b::c', '::', '"', ['a:b', 'c']],
    ['a::::b', '::', '"', ['a', '', 'b']],
    ['a||b||', '||', '"', ['a', 'b', '']]
  ])('%j split on %j (quote %j)', (line, sep, quote, cells) => {
    expect(splitRow(line, sep, quote)).toEqual(cells)
  })
})

describe('checkHeader: reading lines', () => {
  it('no complete first line: more to read, or a fail when the whole file was read', () => {
    expect(checkHeader('', false, VCF)).toEqual({ verdict: 'more' })
    expect(checkHeader('##fileformat=VCFv4.2', false, VCF)).toEqual({ verdict: 'more' })
    expect(checkHeader('', true, VCF)).toEqual({
      verdict: 'problem',
      kind: 'bad-header',
      message: 'has no complete first line'
    })
    expect(checkHeader('', true, TSV(['a']))).toMatchObject({ message: 'has no complete first line' })
  })

  it('the last line counts only when the whole file was read', () => {
    expect(checkHeader('##fileformat=VCFv4.2\n#CHROM\tPOS', true, vcf([]))).toEqual({ verdict: 'fits' })
    expect(checkHeader('##fileformat=VCFv4.2\n#CHROM\tPOS', false, vcf([]))).toEqual({ verdict: 'more' })
    expect(checkHeader('##fileformat=VCFv4.2\n#CHR', false, vcf([]))).toEqual({ verdict: 'more' })
    expect(checkHeader('chrom\tpos', true, TSV(['pos']))).toEqual({ verdict: 'fits' })
  })

  it('an empty first line is a line: the header row comes after it', () => {
    expect(checkHeader('\nchrom\tpos\n', false, TSV(['pos']))).toEqual({ verdict: 'fits' })
    expect(checkHeader('\n\n', false, TSV(['pos']))).toEqual({ verdict: 'more' })
  })

  it('CRLF line ends: the CR is not part of the line', () => {
    expect(checkHeader('##fileformat=VCFv4.2\r\n##x=1\r\njunk\r\n', true, vcf([]))).toEqual({
      verdict: 'problem',
      kind: 'bad-header',
      message: 'expected a #CHROM header line after the ## meta lines, found "junk" at line 3'
    })
    expect(checkHeader('chrom,pos\r\n', true, TSV(['x'], { sep: ',' }))).toMatchObject({
      message: 'the header row lacks the column the store maps: x; found (split on ","): chrom, pos'
    })
    expect(checkHeader('x\r\n', true, GFF_STORE)).toMatchObject({
      message: 'expected the first line ##gff-version 3 (or GFF3 feature lines), found "x" at line 1'
    })
    expect(checkHeader('x\ry\n', true, GFF_STORE)).toMatchObject({
      message: 'expected the first line ##gff-version 3 (or GFF3 feature lines), found "x\\ry" at line 1'
    })
  })

  it('a line in a message is quoted whole up to 80 characters, cut to 77 and "..." beyond', () => {
    const at = (line: string) => checkHeader(`${line}\n`, true, GFF_STORE)
    expect(at('x'.repeat(80))).toMatchObject({
      message: `expected the first line ##gff-version 3 (or GFF3 feature lines), found "${'x'.repeat(80)}" at line 1`
    })
    expect(at('x'.repeat(81))).toMatchObject({
      message: `expected the first line ##gff-version 3 (or GFF3 feature lines), found "${'x'.repeat(77)}..." at line 1`
    })
  })
})

describe('checkHeader: VCF', () => {
  it('the first line must be ##fileformat=VCFv4.x, from its start', () => {
    const first = (line: string) => checkHeader(`${line}\n#CHROM\tPOS\n`, true, vcf([]))
    expect(first('##fileformat=VCFv4.1')).toEqual({ verdict: 'fits' })
    expect(first('##fileformat=VCFv4.5x')).toEqual({ verdict: 'fits' })
    for (const line of [
      '##fileformat=VCFv3.3',
      '##fileformat=vcfv4.2',
      '##fileformat=VCFv4',
      '##fileformat=VCFv4.x',
      '##fileformat=VCFv4-2',
      '##fileformat=VCFv42'
    ])
      expect(first(line)).toEqual({
        verdict: 'problem',
        kind: 'bad-header',
        message: `expected the first line ##fileformat=VCFv4.x, found ${JSON.stringify(line)}`
      })
    expect(first(' ##fileformat=VCFv4.2')).toEqual({
      verdict: 'problem',
      kind: 'bad-header',
      message: 'expected the first line ##fileformat=VCFv4.x, found " ##fileformat=VCFv4.2"'
    })
  })

  it('a meta line that is not ## names its line number', () => {
    const text = (lines: string[]) => ['##fileformat=VCFv4.2', ...lines, '#CHROM\tPOS', ''].join('\n')
    expect(checkHeader(text(['#x']), true, vcf([]))).toEqual({
      verdict: 'problem',
      kind: 'bad-header',
      message: 'expected a #CHROM header line after the ## meta lines, found "#x" at line 2'
    })
    expect(checkHeader(text(['##a', '##b', 'chr1\t1']), true, vcf([]))).toMatchObject({
      message: 'expected a #CHROM header line after the ## meta lines, found "chr1\\t1" at line 4'
    })
    expect(checkHeader(text(['##a', '']), true, vcf([]))).toMatchObject({
      message: 'expected a #CHROM header line after the ## meta lines, found "" at line 3'
    })
  })

  it('no INFO field asked: fits without any ##INFO line', () => {
    expect(checkHeader('##fileformat=VCFv4.2\n#CHROM\tPOS\n', true, vcf([]))).toEqual({ verdict: 'fits' })
  })

  it('the INFO fields asked for must each be declared, by ID, from the start of a ##INFO line', () => {
    const text = (infos: string[]) => ['##fileformat=VCFv4.2', ...infos, '#CHROM\tPOS', ''].join('\n')
    expect(
      checkHeader(text(['##INFO=<ID=CSQ>', '##INFO=<ID=ANN,Number=.>']), true, vcf(['ANN', 'CSQ']))
    ).toEqual({
      verdict: 'fits'
    })
    expect(checkHeader(text(['##INFO=<ID=ANN,Number=.>']), true, vcf(['CSQ']))).toEqual({
      verdict: 'problem',
      kind: 'info-undeclared',
      message:
        'annotation-fields names the INFO field CSQ, but no ##INFO=<ID=...> line declares it: the file declares only ANN'
    })
    expect(checkHeader(text(['##FORMAT=<ID=CSQ>', '##x ##INFO=<ID=CSQ,>']), true, vcf(['CSQ']))).toEqual({
      verdict: 'problem',
      kind: 'info-undeclared',
      message:
        'annotation-fields names the INFO field CSQ, but no ##INFO=<ID=...> line declares it: the file declares no INFO field'
    })
    expect(checkHeader(text(['##INFO=<ID=CSQX>', '##INFO=<ID=CS>']), true, vcf(['CSQ']))).toMatchObject({
      message:
        'annotation-fields names the INFO field CSQ, but no ##INFO=<ID=...> line declares it: the file declares only CSQX, CS'
    })
  })

  it('several missing fields are named together, in the order asked', () => {
    const text = ['##fileformat=VCFv4.2', '##INFO=<ID=AF,Number=1>', '#CHROM', ''].join('\n')
    expect(checkHeader(text, true, vcf(['CSQ', 'AF', 'ANN']))).toMatchObject({
      kind: 'info-undeclared',
      message:
        'annotation-fields names the INFO fields CSQ, ANN, but no ##INFO=<ID=...> line declares them: the file declares only AF'
    })
  })

  it('a header cut before #CHROM asks for more even when the fields are declared', () => {
    expect(checkHeader('##fileformat=VCFv4.2\n##INFO=<ID=CSQ>\n', false, VCF)).toEqual({ verdict: 'more' })
  })

  it('a VCF store names another format from the first line or the first record', () => {
    expect(checkHeader('##gff-version 2\n', true, VCF)).toEqual({
      verdict: 'problem',
      kind: 'other-format',
      message: 'looks like a GTF/GFF2 file (first line "##gff-version 2"), but the store is a VCF store'
    })
    expect(checkHeader('chr1\t100\t200\n', true, VCF)).toEqual({
      verdict: 'problem',
      kind: 'other-format',
      message: 'looks like a BED file (first line "chr1\\t100\\t200"), but the store is a VCF store'
    })
    expect(checkHeader(`${FEATURE}\n`, true, VCF)).toMatchObject({
      message: `looks like a GFF3 file (first line ${JSON.stringify(FEATURE)}), but the store is a VCF store`
    })
  })
})

describe('checkHeader: TSV', () => {
  it('fits without reading when header is false or no column is mapped', () => {
    expect(checkHeader('\n', false, TSV(['a'], { header: false }))).toEqual({ verdict: 'fits' })
    expect(checkHeader('\n', false, TSV([]))).toEqual({ verdict: 'fits' })
    expect(checkHeader('\n', false, TSV(['a'], { header: true }))).toEqual({ verdict: 'more' })
    expect(checkHeader('x\n', true, TSV(['a'], { header: true }))).toMatchObject({ kind: 'column-absent' })
  })

  it('a BED-shaped or GFF-shaped first row is not another format for a TSV store; a VCF or GFF directive is', () => {
    expect(checkHeader('chr1\t100\t200\n', true, TSV(['chr1']))).toEqual({ verdict: 'fits' })
    expect(checkHeader(`${FEATURE}\n`, true, TSV(['gene']))).toEqual({ verdict: 'fits' })
    expect(checkHeader('##gff-version 3\n', true, TSV(['a']))).toEqual({
      verdict: 'problem',
      kind: 'other-format',
      message: 'looks like a GFF3 file (first line "##gff-version 3"), but the store is a TSV store'
    })
  })

  it('blank lines and comment lines before the header row are skipped', () => {
    expect(checkHeader('\n  \t \n#c\n#d\nchrom\tpos\n', true, TSV(['pos'], { comment: '#' }))).toEqual({
      verdict: 'fits'
    })
    expect(checkHeader(';c\nchrom\tpos\n', true, TSV(['pos'], { comment: ';' }))).toEqual({ verdict: 'fits' })
  })

  it('without readOptions.comment, a # line is the header row', () => {
    expect(checkHeader('#chrom\tpos\nchrom\tpos\n', true, TSV(['chrom']))).toEqual({
      verdict: 'problem',
      kind: 'column-absent',
      message: 'the header row lacks the column the store maps: chrom; found (split on tab): #chrom, pos'
    })
  })

  it('nothing but blank and comment lines: more to read, or "has no header row"', () => {
    expect(checkHeader('#c\n\n', false, TSV(['a'], { comment: '#' }))).toEqual({ verdict: 'more' })
    expect(checkHeader('#c\n\n', true, TSV(['a'], { comment: '#' }))).toEqual({
      verdict: 'problem',
      kind: 'column-absent',
      message: 'has no header row'
    })
  })

  it('splits on tab and " by default, on the job read options otherwise', () => {
    expect(checkHeader('"chrom\tx"\tpos\n', true, TSV(['chrom\tx', 'pos']))).toEqual({ verdict: 'fits' })
    expect(checkHeader("'a;b';pos\n", true, TSV(['a;b', 'pos'], { sep: ';', quote: "'" }))).toEqual({
      verdict: 'fits'
    })
    expect(checkHeader('chrom pos\n', true, TSV(['pos']))).toMatchObject({
      message: 'the header row lacks the column the store maps: pos; found (split on tab): chrom pos'
    })
    expect(checkHeader('a\tb\n', true, TSV(['c', 'd']))).toMatchObject({
      message: 'the header row lacks the columns the store maps: c, d; found (split on tab): a, b'
    })
  })

  it('a commented header row: the hint only when the comment line holds every missing column', () => {
    const read = { comment: '#' }
    expect(checkHeader('#chrom\tpos\n\nchr1\t1\n', true, TSV(['chrom', 'pos'], read))).toMatchObject({
      message:
        'the header row lacks the columns the store maps: chrom, pos: the header line "#chrom\\tpos" starts with the comment character "#" (readOptions.comment), so it is skipped as a comment and the first data row is read as the header (found chr1, 1); remove the "#" from the header line'
    })
    expect(checkHeader('#chrom\tpos\n \t\nchr1\t1\n', true, TSV(['chrom', 'pos'], read))).toMatchObject({
      message: expect.stringContaining(
        ': the header line "#chrom\\tpos" starts with the comment character "#"'
      )
    })
    expect(checkHeader('#chrom\tother\nchr1\t1\n', true, TSV(['chrom', 'pos'], read))).toEqual({
      verdict: 'problem',
      kind: 'column-absent',
      message: 'the header row lacks the columns the store maps: chrom, pos; found (split on tab): chr1, 1'
    })
    expect(checkHeader('#chrom\tpos\n#note\nchr1\t1\n', true, TSV(['pos'], read))).toMatchObject({
      message: 'the header row lacks the column the store maps: pos; found (split on tab): chr1, 1'
    })
    expect(checkHeader('//pos\tchrom\nchr1\t1\n', true, TSV(['pos'], { comment: '//' }))).toMatchObject({
      message:
        'the header row lacks the column the store maps: pos: the header line "//pos\\tchrom" starts with the comment character "//" (readOptions.comment), so it is skipped as a comment and the first data row is read as the header (found chr1, 1); remove the "//" from the header line'
    })
  })
})

describe('checkHeader: GFF', () => {
  it('the directive on line 1 fits; on a later line, after comments or blank lines, it warns with its line', () => {
    expect(checkHeader('##gff-version 3\n', true, GFF_STORE)).toEqual({ verdict: 'fits' })
    expect(checkHeader('##gff-version 3', false, GFF_STORE)).toEqual({ verdict: 'more' })
    expect(checkHeader('#c\n\n   \n##gff-version 3\n', true, GFF_STORE)).toEqual({
      verdict: 'fits',
      warning: {
        kind: 'gff-directive',
        message:
          'the ##gff-version 3 directive is on line 4, not line 1 as GFF3 asks (comment lines come first): importing it as GFF3'
      }
    })
  })

  it('no directive but a GFF3 feature line: a warning naming that line', () => {
    expect(checkHeader(`#c\n${FEATURE}\n`, true, GFF_STORE)).toEqual({
      verdict: 'fits',
      warning: {
        kind: 'gff-directive',
        message:
          "has no ##gff-version 3 directive, but its first feature line (line 2) has GFF3's nine columns and key=value attributes: importing it as GFF3 (add ##gff-version 3 as line 1 to be sure)"
      }
    })
  })

  it('GTF, GFF2, VCF and BED: named with their line; GTF shows its attributes', () => {
    expect(checkHeader(`#c\n${GTF_LINE}\n`, true, GFF_STORE)).toEqual({
      verdict: 'problem',
      kind: 'other-format',
      message: `looks like GTF (line 2 ${JSON.stringify(GTF_LINE)}: attributes written key "value";), but the store is a GFF store: GFF stores take GFF3: convert GTF/GFF2 to GFF3 first (gffread in.gtf -o out.gff3, or AGAT: agat_convert_sp_gxf2gxf.pl)`
    })
    expect(checkHeader('#c\n##gff-version 2\n', true, GFF_STORE)).toEqual({
      verdict: 'problem',
      kind: 'other-format',
      message:
        'looks like GFF2 (line 2 "##gff-version 2"), but the store is a GFF store: GFF stores take GFF3: convert GTF/GFF2 to GFF3 first (gffread in.gtf -o out.gff3, or AGAT: agat_convert_sp_gxf2gxf.pl)'
    })
    expect(checkHeader('##fileformat=VCFv4.3\n', true, GFF_STORE)).toEqual({
      verdict: 'problem',
      kind: 'other-format',
      message: 'looks like a VCF file (line 1 "##fileformat=VCFv4.3"), but the store is a GFF store'
    })
    expect(checkHeader('\nchr1\t1\t2\n', true, GFF_STORE)).toEqual({
      verdict: 'problem',
      kind: 'other-format',
      message: 'looks like a BED file (line 2 "chr1\\t1\\t2"), but the store is a GFF store'
    })
  })

  it('a line that is neither a directive, a comment nor a feature: a fail naming it and its line', () => {
    expect(checkHeader('#c\nhello\n', true, GFF_STORE)).toEqual({
      verdict: 'problem',
      kind: 'bad-header',
      message: 'expected the first line ##gff-version 3 (or GFF3 feature lines), found "hello" at line 2'
    })
  })

  it('only comments and blank lines: more to read, or a fail when the whole file was read', () => {
    expect(checkHeader('#a\n\n#b\n', false, GFF_STORE)).toEqual({ verdict: 'more' })
    expect(checkHeader('#a\n\n#b\n', true, GFF_STORE)).toEqual({
      verdict: 'problem',
      kind: 'bad-header',
      message: 'has no ##gff-version 3 directive and no feature line'
    })
  })
})
