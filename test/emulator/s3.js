// @ts-check
// The stand-in's S3: ListObjectsV2 (wildcard items), HeadObject and ranged GetObject (file checks),
// path-style, over the same SigV4 check as the HealthOmics side. Buckets given in `buckets` are strict:
// only their keys (and objects put with putObject) exist. Any other bucket serves a small valid file for
// any key, made from its extension (.vcf, .gff3, .tsv, each optionally .gz), so tests that do not care
// about the files' contents still pass the file checks. A bucket named no-such-* does not exist.
// LastModified (List and HeadObject): when putObject wrote the object, else a fixed time long past.
import { gzipSync } from 'node:zlib'

const VCF = [
  '##fileformat=VCFv4.2',
  '##INFO=<ID=AC,Number=A,Type=Integer,Description="Allele count">',
  '##INFO=<ID=AF,Number=A,Type=Float,Description="Allele frequency">',
  '##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP">',
  '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO',
  '1\t10177\t.\tA\tAC\t.\tPASS\tAC=1;AF=0.42;CSQ=AC|intergenic_variant',
  ''
].join('\n')
const GFF = [
  '##gff-version 3',
  'chr1\tRefSeq\tgene\t11874\t14409\t.\t+\t.\tID=gene-DDX11L1;Name=DDX11L1',
  ''
].join('\n')
const TSV = ['chrom\tpos\tref\talt\tscore', '1\t10177\tA\tAC\t0.5', ''].join('\n')

/** A small valid file for the key's extension, gzipped when the key ends .gz/.bgz. */
export function generatedObject(/** @type {string} */ key) {
  const plain = key.replace(/\.(gz|bgz)$/i, '')
  const text = /\.vcf$/i.test(plain)
    ? VCF
    : /\.gff3?$/i.test(plain)
      ? GFF
      : /\.(tsv|csv|bed|txt)$/i.test(plain)
        ? TSV
        : 'data\n'
  return /\.(gz|bgz)$/i.test(key) ? gzipSync(Buffer.from(text)) : Buffer.from(text)
}

const esc = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const xmlError = (
  /** @type {string} */ code,
  /** @type {string} */ message,
  /** @type {string} */ extra = ''
) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message>${extra}</Error>`

/** LastModified of an object no test put (generated, or listed in `buckets` only). */
export const GENERATED_LAST_MODIFIED = new Date('2020-01-01T00:00:00.000Z')

/**
 * A 200 answer of `bytes` bytes ('#' then 'a's), written as fast as the reader takes it and no faster,
 * so that a reader that stops early costs the stand-in nothing either; counted in state.s3BytesSent.
 * @param {import('node:http').ServerResponse} res @param {number} bytes @param {{ s3BytesSent: number }} state
 */
function streamHuge(res, bytes, state) {
  const chunk = Buffer.alloc(64 * 1024, 'a')
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes })
  let left = bytes
  const pump = () => {
    while (left > 0 && !res.destroyed) {
      const part = chunk.subarray(0, Math.min(left, chunk.length))
      left -= part.length
      state.s3BytesSent += part.length
      if (!res.write(part)) return void res.once('drain', pump)
    }
    if (left === 0) res.end()
  }
  res.on('close', () => (left = 0))
  pump()
}

/**
 * @param {{ buckets: Record<string, string[]>, objects: Map<string, Buffer>, modified: Map<string, Date>, deniedBuckets: Set<string>, s3Faults: { ignoreRange?: boolean, ignoreRangeBytes?: number, oneByteRanges?: boolean }, s3BytesSent: number }} state
 * @param {{ s3PageSize?: number }} opts
 */
export function createS3(state, opts) {
  /** @param {string} bucket @param {string} key */
  const lastModified = (bucket, key) => state.modified.get(`${bucket}/${key}`) ?? GENERATED_LAST_MODIFIED

  /** The object's body, or undefined when it does not exist. @param {string} bucket @param {string} key */
  function body(bucket, key) {
    const put = state.objects.get(`${bucket}/${key}`)
    if (put) return put
    const keys = state.buckets[bucket]
    if (keys && !keys.includes(key)) return undefined
    return generatedObject(key)
  }

  /** @param {string} bucketName @param {Record<string,string>} query */
  function listObjects(bucketName, query) {
    const keys = state.buckets[bucketName]
    if (!keys)
      return {
        status: 404,
        xml: xmlError(
          'NoSuchBucket',
          'The specified bucket does not exist',
          `<BucketName>${bucketName}</BucketName>`
        )
      }
    const prefix = query['prefix'] ?? ''
    const matching = [...keys].sort().filter(k => k.startsWith(prefix))
    const start = query['continuation-token']
      ? Number(Buffer.from(query['continuation-token'], 'base64').toString())
      : 0
    const size = Math.min(Number(query['max-keys'] ?? 1000), opts.s3PageSize ?? 1000)
    const page = matching.slice(start, start + size)
    const truncated = start + size < matching.length
    const contents = page
      .map(
        k =>
          `<Contents><Key>${esc(k)}</Key><LastModified>${lastModified(bucketName, k).toISOString()}</LastModified><ETag>&quot;0&quot;</ETag><Size>${body(bucketName, k)?.length ?? 0}</Size><StorageClass>STANDARD</StorageClass></Contents>`
      )
      .join('')
    const next = truncated
      ? `<NextContinuationToken>${Buffer.from(String(start + size)).toString('base64')}</NextContinuationToken>`
      : ''
    return {
      status: 200,
      xml: `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucketName}</Name><Prefix>${esc(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${size}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${contents}${next}</ListBucketResult>`
    }
  }

  /**
   * Answers one S3 request. Returns the operation's name for the request log, and the bytes of body sent.
   * @param {string} method @param {string} pathname @param {Record<string,string>} query
   * @param {import('node:http').IncomingHttpHeaders} headers @param {import('node:http').ServerResponse} res
   */
  function handle(method, pathname, query, headers, res) {
    const [bucket = '', ...rest] = pathname.split('/').slice(1).map(decodeURIComponent)
    const key = rest.join('/')
    if (!key) {
      const out = listObjects(bucket, query)
      res.writeHead(out.status, { 'content-type': 'application/xml' })
      res.end(out.xml)
      return { op: 'ListObjectsV2', status: out.status, bytes: 0 }
    }
    const op = method === 'HEAD' ? 'HeadObject' : 'GetObject'
    const send = (
      /** @type {number} */ status,
      /** @type {Record<string, string | number>} */ head,
      /** @type {Buffer | string} */ data = ''
    ) => {
      res.writeHead(status, head)
      res.end(method === 'HEAD' ? undefined : data)
      return { op, status, bytes: method === 'HEAD' ? 0 : Buffer.byteLength(data) }
    }
    if (state.deniedBuckets.has(bucket))
      return send(403, { 'content-type': 'application/xml' }, xmlError('AccessDenied', 'Access Denied'))
    if (!state.buckets[bucket] && bucket.startsWith('no-such-'))
      return send(
        404,
        { 'content-type': 'application/xml' },
        xmlError('NoSuchBucket', 'The specified bucket does not exist')
      )
    const data = body(bucket, key)
    if (!data)
      return send(
        404,
        { 'content-type': 'application/xml' },
        xmlError('NoSuchKey', 'The specified key does not exist.')
      )
    const common = {
      'content-type': 'application/octet-stream',
      etag: '"0"',
      'last-modified': lastModified(bucket, key).toUTCString()
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(headers['range'] ?? ''))
    if (method === 'GET' && state.s3Faults.ignoreRange) {
      const bytes = state.s3Faults.ignoreRangeBytes ?? data.length
      streamHuge(res, bytes, state)
      return { op, status: 200, bytes }
    }
    if (!range) return send(200, { ...common, 'content-length': data.length }, data)
    const from = Number(range[1])
    const asked = Math.min(range[2] ? Number(range[2]) : data.length - 1, data.length - 1)
    const to = method === 'GET' && state.s3Faults.oneByteRanges ? from : asked
    if (from >= data.length)
      return send(
        416,
        { 'content-type': 'application/xml' },
        xmlError('InvalidRange', 'The requested range is not satisfiable')
      )
    const part = data.subarray(from, to + 1)
    if (method === 'GET') state.s3BytesSent += part.length
    return send(
      206,
      { ...common, 'content-length': part.length, 'content-range': `bytes ${from}-${to}/${data.length}` },
      part
    )
  }

  return { handle }
}
