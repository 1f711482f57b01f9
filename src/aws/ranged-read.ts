// One ranged GetObject, taken on trust only as far as it fits what was asked: a 206 whose Content-Range is
// the range asked, and no more bytes than that range holds. An endpoint that ignores Range (a 200 with
// the whole object) or answers with other ranges is not read on: its body is read at most up to the
// range's length and then destroyed, so a 600 MB answer costs no more memory than the range asked.
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { thousands } from '../shared/text.js'

export interface ByteRange {
  bucket: string
  key: string
  from: number
  /** Inclusive, as in the Range header. */
  to: number
}

/**
 * GetObject calls per file at most. Each read asks for four times the bytes so far and must get exactly
 * that (ranged-read.ts), so 16 KiB to the 1 MiB cap takes 4; this bounds the calls whatever limits say.
 */
export const MAX_READS_PER_FILE = 8

/** S3 answered a ranged read with something other than that range: the file checks stop on it. */
export class RangeAnswerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RangeAnswerError'
  }
}

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+|\*)$/

/**
 * The last byte the answer holds, when its status and Content-Range fit the range asked: it starts at
 * `from` and ends at `to`, or earlier only where the object ends (a shorter object than listed).
 */
export function answeredEnd(
  asked: Pick<ByteRange, 'from' | 'to'>,
  status: number | undefined,
  contentRange: string | undefined
): number | string {
  const what = `GetObject for bytes ${asked.from}-${asked.to}`
  if (status !== 206)
    return `S3 answered ${what} with HTTP ${status ?? '(no status)'}${contentRange ? '' : ' and no Content-Range'}, not 206: the endpoint does not honour Range requests`
  const match = CONTENT_RANGE.exec(contentRange ?? '')
  const [start, end, total] = [Number(match?.[1]), Number(match?.[2]), match?.[3]]
  const objectEnds = total !== undefined && total !== '*' && end === Number(total) - 1
  if (!match || start !== asked.from || end > asked.to || end < start || (end < asked.to && !objectEnds))
    return `S3 answered ${what} with Content-Range ${JSON.stringify(contentRange ?? '')}, not the range asked`
  return end
}

/** At most `length` bytes of the body, then the stream is closed: never more read or held. */
async function bodyUpTo(body: unknown, length: number): Promise<{ bytes: Buffer; more: boolean }> {
  const chunks: Buffer[] = []
  let read = 0
  let more = false
  try {
    for await (const chunk of body as AsyncIterable<Uint8Array>) {
      const room = length - read
      chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(room, chunk.byteLength)))
      read += Math.min(room, chunk.byteLength)
      if (chunk.byteLength > room) {
        more = true
        break
      }
    }
  } finally {
    ;(body as { destroy?: () => void } | undefined)?.destroy?.()
  }
  return { bytes: Buffer.concat(chunks), more }
}

/** One ranged GetObject: the bytes of `range`, exactly, or a RangeAnswerError saying what came instead. */
export async function readRange(
  client: S3Client,
  range: ByteRange,
  signal: AbortSignal,
  counted: (bytes: number) => void
): Promise<Uint8Array> {
  const part = await client.send(
    new GetObjectCommand({ Bucket: range.bucket, Key: range.key, Range: `bytes=${range.from}-${range.to}` }),
    { abortSignal: signal }
  )
  const end = answeredEnd(range, part.$metadata.httpStatusCode, part.ContentRange)
  if (typeof end === 'string') {
    ;(part.Body as { destroy?: () => void } | undefined)?.destroy?.()
    throw new RangeAnswerError(end)
  }
  const length = end - range.from + 1
  const { bytes, more } = await bodyUpTo(part.Body ?? [], length)
  counted(bytes.length)
  if (more || bytes.length !== length)
    throw new RangeAnswerError(
      `S3 answered GetObject for bytes ${range.from}-${end} with ${more ? 'more bytes than' : `only ${thousands(bytes.length)} bytes, fewer than`} its Content-Range says (${thousands(length)})`
    )
  return bytes
}
