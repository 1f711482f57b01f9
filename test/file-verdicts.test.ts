// model/file-verdicts.ts: the one verdict table of the file checks (fail or warn), and what a file's name
// says it is (a hint when its content was read, the check itself when it could not be).
import { describe, expect, it } from '@jest/globals'
import {
  EXTENSIONS,
  VERDICTS,
  extensionFinding,
  extensionMismatch,
  levelOf,
  type FindingKind
} from '../src/model/file-verdicts.js'

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

describe('levelOf', () => {
  it.each<[FindingKind, 'fail' | 'warn']>([
    ['missing', 'fail'],
    ['empty', 'fail'],
    ['not-text', 'fail'],
    ['other-format', 'fail'],
    ['bad-header', 'fail'],
    ['info-undeclared', 'fail'],
    ['column-absent', 'fail'],
    ['extension', 'warn'],
    ['gff-directive', 'warn'],
    ['bom', 'warn'],
    ['header-past-cap', 'warn']
  ])('%s is a %s', (kind, level) => {
    expect(levelOf(kind)).toBe(level)
  })

  it('the table holds exactly these eleven kinds', () => {
    expect(Object.keys(VERDICTS)).toHaveLength(11)
  })
})

describe('EXTENSIONS: what a name says, by its ending, in any case', () => {
  it.each([
    ['VCF', ['a.vcf', 'a.vcf.gz', 'a.vcf.bgz', 'A.VCF.GZ', 'dir.x/a.Vcf.Bgz']],
    ['GFF', ['a.gff', 'a.gff3', 'a.gff.gz', 'a.gff3.gz', 'A.GFF3']],
    ['TSV', ['a.tsv', 'a.csv', 'a.bed', 'a.txt', 'a.tsv.gz', 'a.csv.gz', 'a.bed.gz', 'a.txt.gz', 'A.TSV.GZ']]
  ])('%s names', (format, names) => {
    for (const name of names) expect([name, EXTENSIONS[format]?.test(name)]).toEqual([name, true])
  })

  it.each([
    ['VCF', ['a.vcf.txt', 'a.vcf.gz.tbi', 'a.vcfx', 'a.vcf.zip', 'avcf', 'a.bcf', 'a.vcf.gz.bak']],
    ['GFF', ['a.gff33', 'a.gff2', 'a.gtf', 'a.gff.txt', 'agff', 'a.gff3.gz.md5']],
    ['TSV', ['a.tsvx', 'a.tsv.bak', 'a.xls', 'atsv', 'a.tsv.gz.1', 'a.bedgraph']]
  ])('not %s names', (format, names) => {
    for (const name of names) expect([name, EXTENSIONS[format]?.test(name)]).toEqual([name, false])
  })
})

describe('extensionMismatch', () => {
  it.each([
    ['VCF', 's3://b/a.vcf.gz'],
    ['GFF', 's3://b/a.gff3'],
    ['TSV', 's3://b/a.bed.gz']
  ])('a %s store and %s: fits', (store, uri) => {
    expect(extensionMismatch(store, uri)).toBeUndefined()
  })

  it.each([
    ['VCF', 's3://b/a.gff3', 'GFF'],
    ['VCF', 's3://b/a.tsv', 'TSV'],
    ['GFF', 's3://b/a.vcf.gz', 'VCF'],
    ['TSV', 's3://b/a.vcf', 'VCF'],
    ['TSV', 's3://b/a.gff', 'GFF'],
    ['TSV', 's3://b/a.parquet', undefined]
  ])('a %s store and %s: its name suggests %s', (store, uri, other) => {
    expect(extensionMismatch(store, uri)).toEqual({ other })
  })

  it('a store format without a known extension: no opinion', () => {
    expect(extensionMismatch('BAM', 's3://b/a.vcf')).toBeUndefined()
    expect(extensionMismatch('', 's3://b/a.vcf')).toBeUndefined()
  })
})

describe('extensionFinding', () => {
  it('a name that fits, or a store without known extensions: no finding either way', () => {
    expect(extensionFinding('s3://b/a.vcf.gz', 'VCF', true)).toBeUndefined()
    expect(extensionFinding('s3://b/a.vcf.gz', 'VCF', false)).toBeUndefined()
    expect(extensionFinding('s3://b/a.txt', 'BAM', false)).toBeUndefined()
  })

  it('content read and fits: a warning naming what the name suggests; the content decides', () => {
    expect(extensionFinding('s3://b/a.vcf.txt', 'VCF', true)).toEqual({
      kind: 'extension',
      message: 'its name suggests a TSV file, but its content fits the VCF store: the content decides'
    })
    expect(extensionFinding('s3://b/a.data', 'GFF', true)).toEqual({
      kind: 'extension',
      message: 'its name suggests no usual format, but its content fits the GFF store: the content decides'
    })
  })

  it('content not read: another format by name is a fail, an unusual name a warning', () => {
    expect(extensionFinding('s3://b/a.gff3', 'VCF', false)).toEqual({
      kind: 'other-format',
      message:
        'looks like a GFF file by its name, but the store is a VCF store (its content could not be read)'
    })
    expect(levelOf('other-format')).toBe('fail')
    expect(extensionFinding('s3://b/a.data', 'TSV', false)).toEqual({
      kind: 'extension',
      message: 'has an extension not usual for a TSV store; importing it anyway'
    })
    expect(levelOf('extension')).toBe('warn')
  })
})
