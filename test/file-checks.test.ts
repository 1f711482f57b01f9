// checkFiles with S3 mocked (aws-sdk-client-mock): what a user sees for missing, empty, unreadable and
// mis-formatted files, and for S3 refusing or failing.
import { describe, expect, it, beforeEach } from '@jest/globals'
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { checkFiles } from '../src/phases/file-checks.js'
import { answeredEnd, MAX_READS_PER_FILE } from '../src/aws/ranged-read.js'
import type { FileExpectations } from '../src/model/file-formats.js'
import type { ResolvedItem } from '../src/phases/wildcards.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { awsError, s3Client, ranged } from './helpers/fixtures.js'

const client = s3Client()
const s3 = mockClient(client)

const VCF =
  '##fileformat=VCFv4.2\n##INFO=<ID=AF,Number=A,Type=Float,Description="x">\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\nchr1\t1\t.\tA\tG\t.\t.\tAF=0.1\n'
const vcf: FileExpectations = { storeFormat: 'VCF', infoFields: [], columns: [] }
const item = (uri: string, line = 1, size?: number): ResolvedItem => ({
  uri,
  line,
  where: `line ${line}`,
  ...(size !== undefined && { size })
})
// What GetObject answers a ranged read of an object holding `content`: 206, the Content-Range of the
const err = awsError

let deps: ReturnType<typeof fakeDeps>
beforeEach(() => {
  s3.reset()
  deps = { ...fakeDeps(), s3: () => Promise.resolve(client) }
})

describe('checkFiles', () => {
  it('a file whose header fits passes, with the ranged read it made', async () => {
    s3.on(HeadObjectCommand).resolves({ ContentLength: VCF.length })
    s3.on(GetObjectCommand).callsFake(ranged(VCF))
    const report = await checkFiles([item('s3://b/a.vcf')], vcf, deps)
    expect(report.problems).toEqual([])
    expect(report.warnings).toEqual([])
    expect(report).toMatchObject({ files: 1, requests: 2, bytes: VCF.length })
    expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: 'b',
      Key: 'a.vcf',
      Range: `bytes=0-${VCF.length - 1}`
    })
  })

  it('a size from the listing is used without a HeadObject; gzip content is read through', async () => {
    const gz = gzipSync(VCF)
    s3.on(GetObjectCommand).callsFake(ranged(gz))
    const report = await checkFiles([item('s3://b/a.vcf.gz', 1, gz.length)], vcf, deps)
    expect(report.problems).toEqual([])
    expect(s3.commandCalls(HeadObjectCommand)).toHaveLength(0)
  })

  it('a missing file is a problem on items naming its line', async () => {
    s3.on(HeadObjectCommand).rejects(err('NotFound', 404))
    const report = await checkFiles([item('s3://b/gone.vcf', 3)], vcf, deps)
    expect(report.problems).toEqual([
      {
        input: 'items',
        message:
          'line 3: s3://b/gone.vcf: does not exist (HeadObject: 404): check the bucket name and the key'
      }
    ])
    expect(report.verdicts).toEqual([
      expect.objectContaining({ file: 's3://b/gone.vcf', level: 'fail', kind: 'missing' })
    ])
  })

  it('a missing bucket is named', async () => {
    s3.on(HeadObjectCommand).rejects(err('NoSuchBucket', 404))
    const report = await checkFiles([item('s3://nob/a.vcf')], vcf, deps)
    expect(report.problems[0]?.message).toContain('bucket nob does not exist (HeadObject: NoSuchBucket)')
  })

  it('an empty file is a problem, and its content is not read', async () => {
    s3.on(HeadObjectCommand).resolves({ ContentLength: 0 })
    const report = await checkFiles([item('s3://b/a.vcf')], vcf, deps)
    expect(report.problems).toEqual([{ input: 'items', message: 'line 1: s3://b/a.vcf: is empty (0 bytes)' }])
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0)
  })

  it('without expectations only existence and size are checked', async () => {
    s3.on(HeadObjectCommand).resolves({ ContentLength: 10 })
    const report = await checkFiles([item('s3://b/a.vcf')], undefined, deps)
    expect(report).toMatchObject({ problems: [], warnings: [], requests: 1 })
  })

  it('binary content is a problem naming what it is', async () => {
    s3.on(HeadObjectCommand).resolves({ ContentLength: 4 })
    s3.on(GetObjectCommand).callsFake(ranged('PK\x03\x04'))
    const report = await checkFiles([item('s3://b/a.vcf')], vcf, deps)
    expect(report.problems[0]?.message).toBe(
      'line 1: s3://b/a.vcf: is a zip archive: HealthOmics reads plain text or gzip (bgzip) files'
    )
  })

  it('a 403 (AccessDenied) skips the bucket with a warning, is no pass and no problem, and reads no more of it', async () => {
    s3.on(HeadObjectCommand, { Bucket: 'locked' }).rejects(err('AccessDenied', 403))
    s3.on(HeadObjectCommand, { Bucket: 'open' }).resolves({ ContentLength: 0 })
    const items = [item('s3://locked/a.vcf', 1), item('s3://open/b.vcf', 2)]
    const report = await checkFiles(
      items,
      vcf,
      { ...deps },
      { firstReadBytes: 16, maxHeaderBytes: 64, concurrency: 1 }
    )
    expect(report.warnings).toEqual([
      "File checks skipped for s3://locked: the workflow's credentials cannot read s3://locked (needs s3:GetObject). The import goes ahead: HealthOmics reads the files with role-arn."
    ])
    expect(report.problems).toEqual([
      { input: 'items', message: 'line 2: s3://open/b.vcf: is empty (0 bytes)' }
    ])
    // A name that suggests another format is judged by name when the content could not be read.
    const named = await checkFiles([item('s3://locked/a.gff3')], vcf, deps)
    expect(named.problems).toEqual([
      {
        input: 'items',
        message:
          'line 1: s3://locked/a.gff3: looks like a GFF file by its name, but the store is a VCF store (its content could not be read)'
      }
    ])
  })

  it('a 403 on one file of a bucket stops reads of its other files', async () => {
    s3.on(HeadObjectCommand).rejects(err('Forbidden', 403))
    const items = [item('s3://locked/a.vcf', 1), item('s3://locked/b.vcf', 2)]
    await checkFiles(items, vcf, deps, { firstReadBytes: 16, maxHeaderBytes: 64, concurrency: 1 })
    expect(s3.commandCalls(HeadObjectCommand)).toHaveLength(1)
  })

  it('S3 unreachable or failing stops the checks with a warning; the import goes ahead', async () => {
    s3.on(HeadObjectCommand).rejects(
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    )
    const report = await checkFiles([item('s3://b/a.vcf'), item('s3://b/b.vcf', 2)], vcf, deps, {
      firstReadBytes: 16,
      maxHeaderBytes: 64,
      concurrency: 1
    })
    expect(report.problems).toEqual([])
    expect(report.warnings).toHaveLength(1)
    expect(report.warnings[0]).toMatch(
      /^File checks stopped: S3 could not be reached \(HeadObject: .*\)\. The import goes ahead/
    )
    s3.reset()
    s3.on(HeadObjectCommand).rejects(err('InternalError', 500))
    const failing = await checkFiles([item('s3://b/a.vcf')], vcf, deps)
    expect(failing.warnings[0]).toMatch(/^File checks stopped: S3 answered HeadObject with /)
  })

  it('a header longer than the cap is a warning after reads that grow', async () => {
    const long = '##fileformat=VCFv4.2\n' + '##x=' + 'a'.repeat(200) + '\n'
    s3.on(HeadObjectCommand).resolves({ ContentLength: 10_000 })
    s3.on(GetObjectCommand).callsFake(ranged(long.padEnd(10_000, 'a')))
    const report = await checkFiles([item('s3://b/a.vcf')], vcf, deps, {
      firstReadBytes: 16,
      maxHeaderBytes: 64,
      concurrency: 1
    })
    expect(report.problems).toEqual([])
    expect(report.warnings).toEqual([
      'line 1: s3://b/a.vcf: the header goes on past the first 64 bytes (the cap): its check was skipped'
    ])
    expect(s3.commandCalls(GetObjectCommand).map(c => c.args[0].input.Range)).toEqual([
      'bytes=0-15',
      'bytes=16-63'
    ])
  })

  it('a small gzip file whose text runs past 16 MiB is checked on its start, never failed for it', async () => {
    // Header, then 20 MiB of identical lines: under 64 KiB of gzip.
    const gz = gzipSync(VCF + 'chr1\t1\t.\tA\tG\t.\t.\tAF=0.1\n'.repeat(800_000), { level: 9 })
    s3.on(GetObjectCommand).callsFake(ranged(gz))
    const fits = await checkFiles([item('s3://b/a.vcf.gz', 1, gz.length)], vcf, deps)
    expect(fits.problems).toEqual([])
    expect(fits.warnings).toEqual([])
    // A header that goes on past the cap, in a file read whole: a warning that says which cap, not
    // "no complete first line" (what an empty text, once given for text past the cap, made of it).
    const endless = gzipSync('##fileformat=VCFv4.2\n' + '##x=y\n'.repeat(3_000_000), { level: 9 })
    s3.reset()
    s3.on(GetObjectCommand).callsFake(ranged(endless))
    const past = await checkFiles([item('s3://b/h.vcf.gz', 1, endless.length)], vcf, deps)
    expect(past.problems).toEqual([])
    expect(past.warnings).toEqual([
      'line 1: s3://b/h.vcf.gz: the header goes on past the first 16,777,216 bytes of decompressed text (the cap): its check was skipped'
    ])
  })

  it('a BOM and a name not matching the content are warnings', async () => {
    const text = '\uFEFF' + VCF
    s3.on(HeadObjectCommand).resolves({ ContentLength: Buffer.byteLength(text) })
    s3.on(GetObjectCommand).callsFake(ranged(text))
    const report = await checkFiles([item('s3://b/a.gff3')], vcf, deps)
    expect(report.problems).toEqual([])
    expect(report.warnings).toEqual([
      expect.stringContaining('line 1: s3://b/a.gff3: starts with a UTF-8 byte-order mark'),
      'line 1: s3://b/a.gff3: its name suggests a GFF file, but its content fits the VCF store: the content decides'
    ])
  })
})

describe('ranged reads are taken only as asked (an S3 endpoint that cannot be trusted)', () => {
  /** A body of `chunks` 64 KiB chunks, made only as they are read; `taken` counts them. */
  const endless = (chunks: number) => {
    const state = { taken: 0, destroyed: false }
    const stream = Readable.from(
      (function* () {
        for (let n = 0; n < chunks; n++) {
          state.taken++
          yield Buffer.alloc(64 * 1024, n === 0 ? '#' : 'a')
        }
      })()
    )
    stream.on('close', () => (state.destroyed = true))
    return { stream, state }
  }

  it('a 200 that ignores Range stops the checks with a warning, and its body is not read on', async () => {
    const { stream, state } = endless(10_000)
    s3.on(HeadObjectCommand).resolves({ ContentLength: 300 })
    s3.on(GetObjectCommand).resolves({ $metadata: { httpStatusCode: 200 }, Body: stream } as never)
    const report = await checkFiles([item('s3://b/a.vcf'), item('s3://b/b.vcf', 2)], vcf, deps, {
      ...{ firstReadBytes: 16 * 1024, maxHeaderBytes: 1024 * 1024 },
      concurrency: 1
    })
    expect(report.problems).toEqual([])
    expect(report.warnings).toEqual([
      'File checks stopped: S3 answered GetObject for bytes 0-299 with HTTP 200 and no Content-Range, not 206: the endpoint does not honour Range requests. The import goes ahead without them (check-files: false turns them off).'
    ])
    expect(state.taken).toBeLessThanOrEqual(2)
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(1)
    expect(report.bytes).toBe(0)
  })

  it('a 206 with more bytes than its range is read up to the range only, then closed', async () => {
    const { stream, state } = endless(10_000)
    s3.on(HeadObjectCommand).resolves({ ContentLength: 300_000 })
    s3.on(GetObjectCommand).resolves({
      $metadata: { httpStatusCode: 206 },
      ContentRange: 'bytes 0-16383/300000',
      Body: stream
    } as never)
    const report = await checkFiles([item('s3://b/a.vcf')], vcf, deps)
    expect(report.warnings[0]).toBe(
      'File checks stopped: S3 answered GetObject for bytes 0-16383 with more bytes than its Content-Range says (16,384). The import goes ahead without them (check-files: false turns them off).'
    )
    expect(report.bytes).toBe(16_384)
    expect(state.taken).toBeLessThanOrEqual(2)
    await new Promise(done => setImmediate(done))
    expect(state.destroyed).toBe(true)
  })

  it('one-byte answers to every range stop at the first: one GetObject, not one per byte', async () => {
    s3.on(HeadObjectCommand).resolves({ ContentLength: VCF.length })
    s3.on(GetObjectCommand).callsFake((input: { Range: string }) => {
      const from = Number(input.Range.replace('bytes=', '').split('-')[0])
      return {
        $metadata: { httpStatusCode: 206 },
        ContentRange: `bytes ${from}-${from}/${VCF.length}`,
        Body: Readable.from([Buffer.from(VCF).subarray(from, from + 1)])
      } as never
    })
    const report = await checkFiles([item('s3://b/a.vcf')], vcf, deps)
    expect(report.warnings).toEqual([
      `File checks stopped: S3 answered GetObject for bytes 0-${VCF.length - 1} with Content-Range "bytes 0-0/${VCF.length}", not the range asked. The import goes ahead without them (check-files: false turns them off).`
    ])
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(1)
  })

  it('a file gets at most MAX_READS_PER_FILE GetObject calls, whatever the limits', async () => {
    const long = '##fileformat=VCFv4.2\n##x=' + 'a'.repeat(100_000)
    s3.on(HeadObjectCommand).resolves({ ContentLength: long.length })
    s3.on(GetObjectCommand).callsFake(ranged(long))
    const report = await checkFiles([item('s3://b/a.vcf')], vcf, deps, {
      firstReadBytes: 1,
      maxHeaderBytes: 100_000,
      concurrency: 1
    })
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(MAX_READS_PER_FILE)
    expect(report.warnings).toEqual([
      `File checks stopped: the header of s3://b/a.vcf was not settled in ${MAX_READS_PER_FILE} GetObject calls. The import goes ahead without them (check-files: false turns them off).`
    ])
  })
})

describe('answeredEnd', () => {
  it.each([
    [{ from: 0, to: 99 }, 206, 'bytes 0-99/1000', 99],
    [{ from: 0, to: 99 }, 206, 'bytes 0-49/50', 49],
    [{ from: 100, to: 399 }, 206, 'bytes 100-399/*', 399]
  ])('takes %j answered %s %s', (asked, status, range, end) => {
    expect(answeredEnd(asked, status, range)).toBe(end)
  })

  it.each([
    [{ from: 0, to: 99 }, 200, undefined, 'with HTTP 200 and no Content-Range, not 206'],
    [{ from: 0, to: 99 }, 206, undefined, 'with Content-Range "", not the range asked'],
    [{ from: 0, to: 99 }, 206, 'bytes 0-0/1000', 'with Content-Range "bytes 0-0/1000"'],
    [{ from: 100, to: 199 }, 206, 'bytes 0-99/1000', 'not the range asked'],
    [{ from: 0, to: 99 }, 206, 'bytes 0-199/1000', 'not the range asked'],
    [{ from: 0, to: 99 }, 206, 'bytes 0-49/*', 'not the range asked'],
    [{ from: 0, to: 99 }, 206, 'bytes */1000', 'not the range asked']
  ])('refuses %j answered %s %s', (asked, status, range, says) => {
    expect(answeredEnd(asked, status, range)).toEqual(expect.stringContaining(says))
  })
})
