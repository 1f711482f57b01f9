// The pure side of the file checks: reading a prefix (plain, gzip, BGZF, cut anywhere) and the
// verdict on a header for each store format.
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import { textOf } from '../src/file-bytes.js'
import { checkHeader, splitRow, type FileExpectations } from '../src/file-formats.js'

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
  it('another format than the store is named from the first line', () => {
    expect(checkHeader('##gff-version 3\n', true, VCF)).toMatchObject({
      message: 'looks like a GFF file (first line "##gff-version 3"), but the store is a VCF store'
    })
    expect(checkHeader(header, true, { storeFormat: 'TSV', infoFields: [], columns: ['a'] })).toMatchObject({
      message: expect.stringContaining('looks like a VCF file')
    })
  })
  it('GFF: the first line is ##gff-version 3', () => {
    const gff: FileExpectations = { storeFormat: 'GFF', infoFields: [], columns: [] }
    expect(checkHeader('##gff-version 3.1.26\n', true, gff)).toEqual({ verdict: 'fits' })
    expect(checkHeader('##gff-version 2\n', true, gff)).toMatchObject({
      message: 'expected the first line ##gff-version 3, found "##gff-version 2"'
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
})
