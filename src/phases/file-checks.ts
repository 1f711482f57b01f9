// The file checks (part of preflight; check-files: false turns them off): every item exists, is not
// empty, and its header fits the store, before any job starts. HeadObject for a size the listing did
// not give, then ranged GetObject reads of a bounded prefix. Loaded only when file checks run.
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { MAX_READS_PER_FILE, RangeAnswerError, readRange } from '../aws/ranged-read.js'
import { describeError, errorName, errorStatus, networkCode } from '../aws/aws-errors.js'
import { mapLimit } from '../shared/concurrency.js'
import { plural } from '../shared/text.js'
import { MAX_TEXT_BYTES, textOf } from '../aws/file-bytes.js'
import { checkHeader, type FileExpectations } from '../model/file-formats.js'
import { extensionFinding, levelOf, type FileVerdict, type Finding } from '../model/file-verdicts.js'
import { type FileCheckReport, worded } from './file-report.js'
import type { Deps } from './runtime.js'
import { splitS3, type ResolvedItem } from './wildcards.js'

export type { FileCheckReport } from './file-report.js'

export interface FileCheckLimits {
  /** Bytes of the first read. */
  firstReadBytes: number
  /** Bytes read at most per file; a header not ended by then is a warning, not an error. */
  maxHeaderBytes: number
  concurrency: number
}

// 16 KiB holds a typical VCF header, compressed; each further read asks for four times the bytes so far.
export const FILE_CHECK_LIMITS: FileCheckLimits = {
  firstReadBytes: 16 * 1024,
  maxHeaderBytes: 1024 * 1024,
  concurrency: 8
}

/** Why checks stop for a bucket or for the run, rather than for one file. */
class Skip extends Error {
  constructor(
    readonly scope: 'bucket' | 'run',
    reason: string
  ) {
    super(reason)
  }
}

function verdictFor(error: unknown, operation: string, bucket: string): Skip | Finding {
  if (error instanceof RangeAnswerError) return new Skip('run', error.message)
  const name = errorName(error)
  const status = errorStatus(error)
  // HeadObject's 404 has no body: a missing bucket and a missing key look the same.
  if (name === 'NotFound' || name === 'NoSuchKey')
    return {
      kind: 'missing',
      message: `does not exist (${operation}: ${status ?? 404}): check the bucket name and the key`
    }
  if (name === 'NoSuchBucket')
    return { kind: 'missing', message: `bucket ${bucket} does not exist (${operation}: NoSuchBucket)` }
  if (status === 403 || name === 'AccessDenied' || name === 'Forbidden')
    return new Skip('bucket', `the workflow's credentials cannot read s3://${bucket} (needs s3:GetObject)`)
  if (networkCode(error))
    return new Skip('run', `S3 could not be reached (${operation}: ${describeError(error)})`)
  return new Skip('run', `S3 answered ${operation} with ${describeError(error)}`)
}

type Counters = Pick<FileCheckReport, 'requests' | 'bytes' | 'modified'>

async function sizeOf(
  client: S3Client,
  item: ResolvedItem,
  signal: AbortSignal,
  counters: Counters
): Promise<number> {
  if (item.size !== undefined) return item.size
  const { bucket, key } = splitS3(item.uri)
  counters.requests++
  const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal })
  if (head.LastModified) counters.modified.set(item.uri, head.LastModified)
  return head.ContentLength ?? 0
}

const BOM_FINDING: Finding = {
  kind: 'bom',
  message:
    'starts with a UTF-8 byte-order mark (bytes EF BB BF), checked without it: HealthOmics documents nothing on a BOM, so save the file without one to be sure'
}

/** A header not settled within the bytes read, or within the decompressed text's cap: a warning. */
const pastCap = (read: number, cut: boolean): Finding => ({
  kind: 'header-past-cap',
  message: cut
    ? `the header goes on past the first ${plural(MAX_TEXT_BYTES, 'byte')} of decompressed text (the cap): its check was skipped`
    : `the header goes on past the first ${plural(read, 'byte')} (the cap): its check was skipped`
})

/** Reads ever larger prefixes until the header verdict is known, or the cap is reached. */
async function headerFindings(
  client: S3Client,
  item: ResolvedItem,
  size: number,
  expect: FileExpectations,
  limits: FileCheckLimits,
  signal: AbortSignal,
  counters: Counters
): Promise<{ findings: Finding[]; fits: boolean }> {
  const { bucket, key } = splitS3(item.uri)
  const chunks: Uint8Array[] = []
  const findings: Finding[] = []
  let read = 0
  let want = Math.min(limits.firstReadBytes, size)
  for (let reads = 1; ; reads++) {
    if (reads > MAX_READS_PER_FILE)
      throw new RangeAnswerError(
        `the header of s3://${bucket}/${key} was not settled in ${MAX_READS_PER_FILE} GetObject calls`
      )
    counters.requests++
    const range = { bucket, key, from: read, to: want - 1 }
    const bytes = await readRange(client, range, signal, n => (counters.bytes += n))
    chunks.push(bytes)
    read += bytes.length
    const complete = read >= size || bytes.length === 0
    const decoded = textOf(Buffer.concat(chunks), complete)
    if ('problem' in decoded)
      return { findings: [{ kind: 'not-text', message: decoded.problem }], fits: false }
    if (decoded.bom && findings.length === 0) findings.push(BOM_FINDING)
    // Text cut at its cap is never the whole file, and reading more would not make it shorter.
    const verdict = checkHeader(decoded.text, complete && !decoded.cut, expect)
    if (verdict.verdict === 'fits')
      return { findings: verdict.warning ? [...findings, verdict.warning] : findings, fits: true }
    if (verdict.verdict === 'problem')
      return { findings: [...findings, { kind: verdict.kind, message: verdict.message }], fits: false }
    if (read >= limits.maxHeaderBytes || complete || decoded.cut)
      return { findings: [...findings, pastCap(read, decoded.cut === true)], fits: true }
    want = Math.min(size, read * 4, limits.maxHeaderBytes)
  }
}

const verdictOf = (item: ResolvedItem, finding: Finding): FileVerdict => ({
  file: item.uri,
  level: levelOf(finding.kind),
  kind: finding.kind,
  reason: finding.message
})

/** Checks every item; problems name the file, what was expected and what was found. */
export async function checkFiles(
  items: readonly ResolvedItem[],
  expect: FileExpectations | undefined,
  deps: Pick<Deps, 's3' | 'signal' | 'log'>,
  limits: FileCheckLimits = FILE_CHECK_LIMITS
): Promise<FileCheckReport> {
  const client = await deps.s3()
  const counters: Counters = { requests: 0, bytes: 0, modified: new Map() }
  const found: FileVerdict[][] = items.map(() => [])
  const note = (index: number, item: ResolvedItem, finding: Finding): void =>
    void found[index]?.push(verdictOf(item, finding))
  const settled = new Set<number>()
  const skipped = new Map<string, string>()
  let stopped: string | undefined
  await mapLimit(items, limits.concurrency, async (item, index) => {
    const { bucket } = splitS3(item.uri)
    if (stopped || skipped.has(bucket)) return
    let operation = 'HeadObject'
    try {
      const size = await sizeOf(client, item, deps.signal, counters)
      settled.add(index)
      if (size === 0) return note(index, item, { kind: 'empty', message: 'is empty (0 bytes)' })
      if (!expect) return
      operation = 'GetObject'
      const header = await headerFindings(client, item, size, expect, limits, deps.signal, counters)
      header.findings.forEach(finding => note(index, item, finding))
      const extension = header.fits && extensionFinding(item.uri, expect.storeFormat, true)
      if (extension) note(index, item, extension)
    } catch (error) {
      if (deps.signal.aborted) throw error
      const outcome = verdictFor(error, operation, bucket)
      if (outcome instanceof Skip) {
        settled.delete(index)
        if (outcome.scope === 'bucket') skipped.set(bucket, outcome.message)
        else stopped ??= outcome.message
      } else note(index, item, outcome)
    }
  })
  // Files whose content was not read (a bucket the credentials cannot read, S3 unreachable): the name decides.
  if (expect)
    items.forEach((item, index) => {
      const extension = !settled.has(index) && extensionFinding(item.uri, expect.storeFormat, false)
      if (extension) note(index, item, extension)
    })
  const verdicts = found.flat()
  return { ...worded(items, found, skipped, stopped), verdicts, files: items.length, ...counters }
}
