// aws/file-bytes.ts: the start of a file as text, from the bytes read of it: plain text, gzip or BGZF
// (decompressed from a prefix), a byte-order mark cut off, and in words what any other kind of file is
// (zip, bzip2, BCF, BAM, binary data, a gzip file that is not valid).
import { describe, expect, it } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import { textOf } from '../src/aws/file-bytes.js'

const VCF = '##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\nchr1\t1\t.\tA\tG\t.\t.\t.\n'
const BOM = '\uFEFF'
const bytes = (text: string, encoding: BufferEncoding = 'latin1'): Uint8Array => Buffer.from(text, encoding)

const NOT_GZIP = 'HealthOmics reads plain text or gzip (bgzip) files'
const BCF =
  'is BCF (binary VCF, BGZF-compressed), not VCF text: HealthOmics reads VCF text; convert it with bcftools view -Oz -o out.vcf.gz'

describe('plain text', () => {
  it('is given as it is, complete or not', () => {
    expect(textOf(bytes(VCF, 'utf8'), true)).toStrictEqual({ text: VCF })
    expect(textOf(bytes(VCF, 'utf8'), false)).toStrictEqual({ text: VCF })
    expect(textOf(new Uint8Array(0), true)).toStrictEqual({ text: '' })
  })

  it('decodes UTF-8', () => {
    expect(textOf(bytes('##source=Müller ✓\n', 'utf8'), false)).toStrictEqual({ text: '##source=Müller ✓\n' })
  })

  it('cuts off a byte-order mark at the start, and says so; one anywhere else is text', () => {
    expect(textOf(bytes(`${BOM}${VCF}`, 'utf8'), true)).toStrictEqual({ text: VCF, bom: true })
    expect(textOf(bytes(`${BOM}`, 'utf8'), true)).toStrictEqual({ text: '', bom: true })
    expect(textOf(bytes(`${VCF}${BOM}`, 'utf8'), true)).toStrictEqual({ text: `${VCF}${BOM}` })
    expect(textOf(bytes(`#${BOM}x`, 'utf8'), true)).toStrictEqual({ text: `#${BOM}x` })
  })

  it('reads only the bytes of the view it is given, not the buffer around them', () => {
    const around = Buffer.from(`PK\x03\x04\0${VCF}\0\0`, 'latin1')
    const view = new Uint8Array(around.buffer, around.byteOffset + 5, VCF.length)
    expect(textOf(view, true)).toStrictEqual({ text: VCF })
  })
})

describe('binary data that is not compressed', () => {
  it('a NUL byte within the first 8 KiB makes it binary; one just past them does not', () => {
    const problem = { problem: 'is binary, not text (nor gzip)' }
    expect(textOf(bytes('abc\0def'), false)).toStrictEqual(problem)
    expect(textOf(bytes('\0'), true)).toStrictEqual(problem)
    expect(textOf(bytes(`${'a'.repeat(8191)}\0`), false)).toStrictEqual(problem)
    const justPast = `${'a'.repeat(8192)}\0`
    expect(textOf(bytes(justPast), false)).toStrictEqual({ text: justPast })
  })

  it('a zip archive is named by its PK signature; P or K alone is text', () => {
    const zip = { problem: `is a zip archive: ${NOT_GZIP}` }
    expect(textOf(bytes('PK\x03\x04rest'), false)).toStrictEqual(zip)
    expect(textOf(bytes('PK'), true)).toStrictEqual(zip)
    expect(textOf(bytes('Pa'), true)).toStrictEqual({ text: 'Pa' })
    expect(textOf(bytes('aK'), true)).toStrictEqual({ text: 'aK' })
    expect(textOf(bytes('KP'), true)).toStrictEqual({ text: 'KP' })
  })

  it('bzip2 is named by its BZh signature, all three bytes of it', () => {
    const bzip2 = { problem: `is bzip2-compressed: ${NOT_GZIP}` }
    expect(textOf(bytes('BZh91AY&SY'), false)).toStrictEqual(bzip2)
    expect(textOf(bytes('BZh'), true)).toStrictEqual(bzip2)
    for (const text of ['BZx', 'Bah', 'aZh', 'ash', 'BZ', 'bzh'])
      expect(textOf(bytes(text), true)).toStrictEqual({ text })
  })
})

describe('gzip', () => {
  it('is decompressed, complete or from a prefix', () => {
    expect(textOf(gzipSync(VCF), true)).toStrictEqual({ text: VCF })
    expect(textOf(gzipSync(VCF), false)).toStrictEqual({ text: VCF })
  })

  it('a prefix that ends inside the stream gives what it holds, when the file goes on', () => {
    const long = `${VCF}${'chr1\t2\t.\tC\tT\t.\t.\t.\n'.repeat(2000)}`
    const gz = gzipSync(long)
    const prefix = gz.subarray(0, 200)
    const out = textOf(prefix, false)
    expect('text' in out && out.text.length).toBeGreaterThan(VCF.length)
    expect('text' in out && long.startsWith(out.text)).toBe(true)
  })

  it('the same prefix taken as the whole file is a cut gzip file', () => {
    const gz = gzipSync(`${VCF}${'x'.repeat(5000)}`)
    expect(textOf(gz.subarray(0, 40), true)).toStrictEqual({
      problem: 'is not a valid gzip file (Z_BUF_ERROR)'
    })
  })

  it('goes on through concatenated members, as bgzip writes them (BGZF)', () => {
    const members = Buffer.concat([
      gzipSync('##fileformat=VCFv4.2\n'),
      gzipSync('#CHROM\tPOS\n'),
      gzipSync('')
    ])
    expect(textOf(members, true)).toStrictEqual({ text: '##fileformat=VCFv4.2\n#CHROM\tPOS\n' })
  })

  it('cuts off a byte-order mark at the start of the decompressed text', () => {
    expect(textOf(gzipSync(`${BOM}${VCF}`), true)).toStrictEqual({ text: VCF, bom: true })
    expect(textOf(gzipSync(`${VCF}${BOM}`), true)).toStrictEqual({ text: `${VCF}${BOM}` })
  })

  it("an invalid stream after the gzip magic is not a valid gzip file, naming zlib's code", () => {
    expect(textOf(bytes('\x1f\x8b\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a'), true)).toStrictEqual({
      problem: 'is not a valid gzip file (Z_DATA_ERROR)'
    })
    expect(textOf(bytes('\x1f\x8b'), true)).toStrictEqual({
      problem: 'is not a valid gzip file (Z_BUF_ERROR)'
    })
  })

  it('only both magic bytes make it gzip: either alone is text', () => {
    expect(textOf(bytes('\x1fabc'), true)).toStrictEqual({ text: '\x1fabc' })
    expect(textOf(bytes('a\x8b'), true)).toStrictEqual({ text: 'a\uFFFD' })
    expect(textOf(bytes('\x8b\x1f'), true)).toStrictEqual({ text: '\uFFFD\x1f' })
  })

  it('text past 16 MiB (a gzip bomb, or a very compressible file) gives its start, marked cut', () => {
    // 16 members of 1 MiB each, then one byte more (decompressing it once takes ~30 ms).
    const mib = gzipSync(Buffer.alloc(1024 * 1024, 'a'), { level: 1 })
    const past = Buffer.concat([...Array.from({ length: 16 }, () => mib), gzipSync('a')])
    for (const complete of [true, false]) {
      const out = textOf(past, complete)
      expect(out).toMatchObject({ cut: true })
      const text = 'text' in out ? out.text : ''
      expect(text.length).toBeGreaterThanOrEqual(4 * 1024 * 1024)
      expect(text.length).toBeLessThanOrEqual(16 * 1024 * 1024)
      expect(/^a+$/.test(text)).toBe(true)
    }
  })

  it('text of exactly 16 MiB comes out whole, not cut', () => {
    const mib = gzipSync(Buffer.alloc(1024 * 1024, 'a'), { level: 1 })
    const out = textOf(Buffer.concat(Array.from({ length: 16 }, () => mib)), true)
    expect('cut' in out).toBe(false)
    expect('text' in out && out.text.length).toBe(16 * 1024 * 1024)
  })

  it('a text larger than 8 KiB comes out whole', () => {
    const big = `${VCF}${'chr1\t2\t.\tC\tT\t.\t.\t.\n'.repeat(20_000)}`
    expect(textOf(gzipSync(big), true)).toStrictEqual({ text: big })
  })
})

describe('gzip of binary data', () => {
  it('BCF is named by its magic and major version 1 or 2', () => {
    expect(textOf(gzipSync(bytes('BCF\x02\x02hdr')), false)).toStrictEqual({ problem: BCF })
    expect(textOf(gzipSync(bytes('BCF\x01text')), false)).toStrictEqual({ problem: BCF })
    expect(textOf(gzipSync(bytes('BCF\x02')), true)).toStrictEqual({ problem: BCF })
    // Another version, or the version byte elsewhere, is not BCF (and here, without a NUL, text).
    expect(textOf(gzipSync(bytes('BCF\x03text')), true)).toStrictEqual({ text: 'BCF\x03text' })
    expect(textOf(gzipSync(bytes('BCFx\x02')), true)).toStrictEqual({ text: 'BCFx\x02' })
    expect(textOf(gzipSync(bytes('VCF\x02text')), true)).toStrictEqual({ text: 'VCF\x02text' })
    expect(textOf(gzipSync(bytes('xBCF\x01')), true)).toStrictEqual({ text: 'xBCF\x01' })
  })

  it('BAM is named by its magic', () => {
    const bam = { problem: 'is BAM (binary alignments), not an annotation file' }
    expect(textOf(gzipSync(bytes('BAM\x01header')), false)).toStrictEqual(bam)
    expect(textOf(gzipSync(bytes('BAM\x02header')), true)).toStrictEqual({ text: 'BAM\x02header' })
    expect(textOf(gzipSync(bytes('BAM')), true)).toStrictEqual({ text: 'BAM' })
  })

  it('any other data with a NUL in its first 8 KiB is binary; a NUL just past them is text', () => {
    const binary = { problem: 'is gzip-compressed binary data, not text' }
    expect(textOf(gzipSync(bytes('abc\0')), true)).toStrictEqual(binary)
    expect(textOf(gzipSync(bytes(`${'a'.repeat(8191)}\0`)), true)).toStrictEqual(binary)
    const justPast = `${'a'.repeat(8192)}\0`
    expect(textOf(gzipSync(bytes(justPast)), true)).toStrictEqual({ text: justPast })
  })
})
