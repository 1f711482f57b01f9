// aws/ranged-read.ts: one ranged GetObject, taken only as far as it fits what was asked. What S3 is
// asked (the Range header, the abort signal), and what the caller gets for each kind of answer: the bytes
// of a 206 that fits, or a RangeAnswerError saying what came instead (a 200, another Content-Range, a
// body longer or shorter than its range), with the body never read past the range and always closed.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { HttpResponse, type HttpRequest } from '@smithy/core/protocols'
import { mockClient } from 'aws-sdk-client-mock'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { answeredEnd, RangeAnswerError, readRange } from '../src/aws/ranged-read.js'
import { netError, ranged, s3Client, STATIC_CREDENTIALS } from './helpers/fixtures.js'

const client = s3Client()
const s3 = mockClient(client)
beforeEach(() => void s3.reset())

const BYTES = Buffer.from('0123456789abcdefghijklmnopqrstuvwxyz')

/** A body that records what was read of it and whether it was closed (destroy), as the SDK's stream is. */
function body(...chunks: (string | Uint8Array)[]): AsyncIterable<Uint8Array> & {
  destroy: jest.Mock
  pulled: number
} {
  const tracked = {
    destroy: jest.fn(),
    pulled: 0,
    async *[Symbol.asyncIterator]() {
      for (const chunk of chunks) {
        tracked.pulled++
        yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      }
    }
  }
  return tracked
}

const answer = (status: number | undefined, contentRange: string | undefined, payload?: unknown): never =>
  ({
    $metadata: status === undefined ? {} : { httpStatusCode: status },
    ...(contentRange !== undefined && { ContentRange: contentRange }),
    ...(payload !== undefined && { Body: payload })
  }) as never

/** readRange of `range` on the mocked client: the bytes, or the error; and what was counted. */
async function read(
  from: number,
  to: number,
  signal = new AbortController().signal
): Promise<{ bytes?: string; error?: Error; counted: number[] }> {
  const counted: number[] = []
  const result = await readRange(client, { bucket: 'b', key: 'dir/a.vcf', from, to }, signal, n =>
    counted.push(n)
  ).then(
    bytes => ({ bytes: Buffer.from(bytes).toString('latin1') }),
    (error: unknown) => ({ error: error as Error })
  )
  return { ...result, counted }
}

describe('answeredEnd: a 206 whose Content-Range is the range asked', () => {
  const asked = { from: 0, to: 9 }
  const wrongRange = (range: string | undefined, a = asked) =>
    `S3 answered GetObject for bytes ${a.from}-${a.to} with Content-Range ${JSON.stringify(range ?? '')}, not the range asked`

  it('the exact range gives its last byte, whatever its digits', () => {
    expect(answeredEnd(asked, 206, 'bytes 0-9/100')).toBe(9)
    expect(answeredEnd({ from: 16384, to: 65535 }, 206, 'bytes 16384-65535/1048576')).toBe(65535)
    expect(answeredEnd({ from: 5, to: 5 }, 206, 'bytes 5-5/10')).toBe(5)
    expect(answeredEnd(asked, 206, 'bytes 0-9/10')).toBe(9)
    // The total may be unknown: the range asked, in full, is still the range asked.
    expect(answeredEnd(asked, 206, 'bytes 0-9/*')).toBe(9)
  })

  it('ends early only where the object ends (a shorter object than listed)', () => {
    expect(answeredEnd({ from: 0, to: 99 }, 206, 'bytes 0-41/42')).toBe(41)
    expect(answeredEnd({ from: 40, to: 99 }, 206, 'bytes 40-41/42')).toBe(41)
    // One byte short of the object's end, or of unknown total: not the range asked.
    expect(answeredEnd({ from: 0, to: 99 }, 206, 'bytes 0-40/42')).toBe(
      wrongRange('bytes 0-40/42', { from: 0, to: 99 })
    )
    expect(answeredEnd({ from: 0, to: 99 }, 206, 'bytes 0-41/1000')).toBe(
      wrongRange('bytes 0-41/1000', { from: 0, to: 99 })
    )
    expect(answeredEnd({ from: 0, to: 99 }, 206, 'bytes 0-41/*')).toBe(
      wrongRange('bytes 0-41/*', { from: 0, to: 99 })
    )
  })

  it('a range starting elsewhere, one byte either side, is refused', () => {
    const at10 = { from: 10, to: 19 }
    expect(answeredEnd(at10, 206, 'bytes 11-19/100')).toBe(wrongRange('bytes 11-19/100', at10))
    expect(answeredEnd(at10, 206, 'bytes 9-19/100')).toBe(wrongRange('bytes 9-19/100', at10))
    expect(answeredEnd(at10, 206, 'bytes 0-9/100')).toBe(wrongRange('bytes 0-9/100', at10))
    expect(answeredEnd(at10, 206, 'bytes 10-19/100')).toBe(19)
  })

  it('a range ending past the one asked is refused, even where the object ends there', () => {
    expect(answeredEnd(asked, 206, 'bytes 0-10/100')).toBe(wrongRange('bytes 0-10/100'))
    expect(answeredEnd(asked, 206, 'bytes 0-10/11')).toBe(wrongRange('bytes 0-10/11'))
    expect(answeredEnd(asked, 206, 'bytes 0-8/100')).toBe(wrongRange('bytes 0-8/100'))
  })

  it('a range that ends before it starts is refused, even when it claims the object ends there', () => {
    expect(answeredEnd({ from: 5, to: 9 }, 206, 'bytes 5-3/4')).toBe(
      wrongRange('bytes 5-3/4', { from: 5, to: 9 })
    )
    expect(answeredEnd({ from: 5, to: 9 }, 206, 'bytes 5-4/5')).toBe(
      wrongRange('bytes 5-4/5', { from: 5, to: 9 })
    )
  })

  it('only the whole header value counts (its anchors), in the bytes unit', () => {
    for (const range of [
      'xbytes 0-9/100',
      ' bytes 0-9/100',
      'bytes 0-9/100x',
      'bytes 0-9/100 ',
      'bytes 0-9/100/100',
      'bytes 0-9',
      'bytes */100',
      'bytes 0-9/1*',
      'bytes a-9/100',
      'bytes 0-b/100',
      'bytes 0-9/c',
      'items 0-9/100',
      'bytes 0-9,20-29/100',
      ''
    ])
      expect(answeredEnd(asked, 206, range)).toBe(wrongRange(range))
  })

  it('a 206 without a Content-Range is not the range asked', () => {
    expect(answeredEnd(asked, 206, undefined)).toBe(
      'S3 answered GetObject for bytes 0-9 with Content-Range "", not the range asked'
    )
  })
})

describe('answeredEnd: any status but 206', () => {
  it('names the status and says the endpoint does not honour Range requests', () => {
    expect(answeredEnd({ from: 0, to: 9 }, 200, 'bytes 0-9/10')).toBe(
      'S3 answered GetObject for bytes 0-9 with HTTP 200, not 206: the endpoint does not honour Range requests'
    )
    expect(answeredEnd({ from: 3, to: 7 }, 200, undefined)).toBe(
      'S3 answered GetObject for bytes 3-7 with HTTP 200 and no Content-Range, not 206: the endpoint does not honour Range requests'
    )
    expect(answeredEnd({ from: 0, to: 9 }, undefined, undefined)).toBe(
      'S3 answered GetObject for bytes 0-9 with HTTP (no status) and no Content-Range, not 206: the endpoint does not honour Range requests'
    )
    expect(answeredEnd({ from: 0, to: 9 }, 416, 'bytes */10')).toBe(
      'S3 answered GetObject for bytes 0-9 with HTTP 416, not 206: the endpoint does not honour Range requests'
    )
    expect(answeredEnd({ from: 0, to: 9 }, 207, 'bytes 0-9/10')).toMatch(
      /^S3 answered .* with HTTP 207, not 206/
    )
  })
})

describe('readRange', () => {
  it('asks GetObject for the range, with the abort signal, and returns its bytes, counted', async () => {
    s3.on(GetObjectCommand).callsFake(ranged(BYTES))
    const signal = new AbortController().signal
    const { bytes, counted } = await read(10, 19, signal)
    expect(bytes).toBe('abcdefghij')
    expect(counted).toEqual([10])
    const calls = s3.commandCalls(GetObjectCommand)
    expect(calls).toHaveLength(1)
    expect(calls[0]?.args[0].input).toEqual({ Bucket: 'b', Key: 'dir/a.vcf', Range: 'bytes=10-19' })
    expect((calls[0]?.args as unknown[])[1]).toEqual({ abortSignal: signal })
    expect(((calls[0]?.args as unknown[])[1] as { abortSignal: AbortSignal }).abortSignal).toBe(signal)
  })

  it('returns a Uint8Array of exactly the range, also from an object that ends inside it', async () => {
    s3.on(GetObjectCommand).callsFake(ranged(BYTES))
    const whole = await readRange(
      client,
      { bucket: 'b', key: 'k', from: 0, to: BYTES.length - 1 },
      new AbortController().signal,
      () => undefined
    )
    expect(whole).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(whole).equals(BYTES)).toBe(true)
    const tail = await read(30, 99)
    expect(tail).toEqual({ bytes: 'uvwxyz', counted: [6] })
  })

  it('puts together a body that comes in several chunks, up to the range exactly', async () => {
    const chunks = body('ab', 'cde', 'fghij')
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 0-9/36', chunks))
    expect(await read(0, 9)).toEqual({ bytes: 'abcdefghij', counted: [10] })
    expect(chunks.destroy).toHaveBeenCalledTimes(1)
  })

  it('takes chunks that are views into larger buffers as their own bytes only', async () => {
    const pool = Buffer.from('XXXXabcdYYYYefghZZZZ')
    const views = body(pool.subarray(4, 8), pool.subarray(12, 16))
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 100-107/1000', views))
    expect(await read(100, 107)).toEqual({ bytes: 'abcdefgh', counted: [8] })
  })

  it('a body longer than its range: read up to the range, closed, and refused as more', async () => {
    const long = body('abcd', 'efghij', 'never read')
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 0-7/36', long))
    const { error, counted } = await read(0, 7)
    expect(error).toBeInstanceOf(RangeAnswerError)
    expect(error?.name).toBe('RangeAnswerError')
    expect(error?.message).toBe(
      'S3 answered GetObject for bytes 0-7 with more bytes than its Content-Range says (8)'
    )
    // The bytes held and counted are the range's, never the rest of the answer.
    expect(counted).toEqual([8])
    expect(long.pulled).toBe(2)
    expect(long.destroy).toHaveBeenCalledTimes(1)
  })

  it('one byte more than the range, in its last chunk or a chunk of its own, is more', async () => {
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 0-3/36', body('abcde')))
    expect((await read(0, 3)).error?.message).toBe(
      'S3 answered GetObject for bytes 0-3 with more bytes than its Content-Range says (4)'
    )
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 0-3/36', body('ab', 'cd', 'e')))
    const { error, counted } = await read(0, 3)
    expect(error?.message).toBe(
      'S3 answered GetObject for bytes 0-3 with more bytes than its Content-Range says (4)'
    )
    expect(counted).toEqual([4])
  })

  it('a body that fills the range exactly in its last chunk is all of it', async () => {
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 0-3/36', body('ab', 'cd')))
    expect(await read(0, 3)).toEqual({ bytes: 'abcd', counted: [4] })
  })

  it('a body shorter than its Content-Range (a cut answer) is refused with what came', async () => {
    const short = body('abc', 'd')
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 0-9/36', short))
    const { error, counted } = await read(0, 9)
    expect(error).toBeInstanceOf(RangeAnswerError)
    expect(error?.message).toBe(
      'S3 answered GetObject for bytes 0-9 with only 4 bytes, fewer than its Content-Range says (10)'
    )
    expect(counted).toEqual([4])
    expect(short.destroy).toHaveBeenCalledTimes(1)
  })

  it('one byte short is short, and sizes are written with thousands separators', async () => {
    const big = Buffer.alloc(1999, 0x61)
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 1000-2999/5000', body(big)))
    const { error, counted } = await read(1000, 2999)
    expect(error?.message).toBe(
      'S3 answered GetObject for bytes 1000-2999 with only 1,999 bytes, fewer than its Content-Range says (2,000)'
    )
    expect(counted).toEqual([1999])
  })

  it("a short object's range is named by where the object ends", async () => {
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 0-41/42', body('only ten..')))
    expect((await read(0, 99)).error?.message).toBe(
      'S3 answered GetObject for bytes 0-41 with only 10 bytes, fewer than its Content-Range says (42)'
    )
  })

  it('a 206 without a body, or with an empty one, has none of the bytes', async () => {
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 0-9/36'))
    const none = await read(0, 9)
    expect(none.error).toBeInstanceOf(RangeAnswerError)
    expect(none.error?.message).toBe(
      'S3 answered GetObject for bytes 0-9 with only 0 bytes, fewer than its Content-Range says (10)'
    )
    expect(none.counted).toEqual([0])
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 0-9/36', Readable.from([])))
    expect((await read(0, 9)).error?.message).toBe(
      'S3 answered GetObject for bytes 0-9 with only 0 bytes, fewer than its Content-Range says (10)'
    )
  })

  it('a body without destroy (a plain iterable) is read all the same', async () => {
    const plain = {
      async *[Symbol.asyncIterator]() {
        yield Buffer.from('abcd')
      }
    }
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 0-3/4', plain))
    expect(await read(0, 3)).toEqual({ bytes: 'abcd', counted: [4] })
  })

  it('a 200 (Range ignored) is refused unread, and its body closed', async () => {
    const whole = body(BYTES)
    s3.on(GetObjectCommand).resolves(answer(200, undefined, whole))
    const { error, counted } = await read(0, 9)
    expect(error).toBeInstanceOf(RangeAnswerError)
    expect(error?.message).toBe(
      'S3 answered GetObject for bytes 0-9 with HTTP 200 and no Content-Range, not 206: the endpoint does not honour Range requests'
    )
    expect(whole.pulled).toBe(0)
    expect(whole.destroy).toHaveBeenCalledTimes(1)
    expect(counted).toEqual([])
  })

  it('another range is refused unread; so is an answer without a body or one that cannot be closed', async () => {
    const other = body('klmnopqrst')
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 10-19/36', other))
    const { error } = await read(0, 9)
    expect(error?.message).toBe(
      'S3 answered GetObject for bytes 0-9 with Content-Range "bytes 10-19/36", not the range asked'
    )
    expect(other.pulled).toBe(0)
    expect(other.destroy).toHaveBeenCalledTimes(1)
    s3.on(GetObjectCommand).resolves(answer(200, 'bytes 0-9/36'))
    expect((await read(0, 9)).error).toBeInstanceOf(RangeAnswerError)
    s3.on(GetObjectCommand).resolves(answer(200, 'bytes 0-9/36', [Buffer.from('abc')]))
    const plain = await read(0, 9)
    expect(plain.error).toBeInstanceOf(RangeAnswerError)
    expect(plain.error?.message).toBe(
      'S3 answered GetObject for bytes 0-9 with HTTP 200, not 206: the endpoint does not honour Range requests'
    )
  })

  it('a stream cut by the network fails with its own error, nothing counted, and is closed', async () => {
    const cut = {
      destroy: jest.fn(),
      async *[Symbol.asyncIterator]() {
        yield Buffer.from('abc')
        throw netError('ECONNRESET', 'aborted')
      }
    }
    s3.on(GetObjectCommand).resolves(answer(206, 'bytes 0-9/36', cut))
    const { error, counted } = await read(0, 9)
    expect(error).not.toBeInstanceOf(RangeAnswerError)
    expect(error).toMatchObject({ message: 'aborted', code: 'ECONNRESET' })
    expect(counted).toEqual([])
    expect(cut.destroy).toHaveBeenCalledTimes(1)
  })

  it('a failed call (refused, aborted) is passed on as it is, nothing counted', async () => {
    const denied = Object.assign(new Error('Access Denied'), { name: 'AccessDenied' })
    s3.on(GetObjectCommand).rejects(denied)
    const { error, counted } = await read(0, 9)
    expect(error).toBe(denied)
    expect(counted).toEqual([])
  })
})

describe('readRange through a real S3 client (the request on the wire)', () => {
  it('sends the Range header, hands the abort signal to the HTTP handler, and reads the 206', async () => {
    const seen: { request: HttpRequest; signal?: AbortSignal }[] = []
    const real = new S3Client({
      region: 'us-east-1',
      credentials: STATIC_CREDENTIALS,
      maxAttempts: 1,
      requestHandler: {
        handle: async (request: HttpRequest, options?: { abortSignal?: AbortSignal }) => {
          seen.push({ request, ...(options?.abortSignal && { signal: options.abortSignal }) })
          return {
            response: new HttpResponse({
              statusCode: 206,
              headers: { 'content-range': 'bytes 4-7/36', 'content-length': '4' },
              body: Readable.from([BYTES.subarray(4, 8)])
            })
          }
        }
      }
    })
    const controller = new AbortController()
    const counted: number[] = []
    const bytes = await readRange(
      real,
      { bucket: 'my-bucket', key: 'dir/a.vcf.gz', from: 4, to: 7 },
      controller.signal,
      n => counted.push(n)
    )
    expect(Buffer.from(bytes).toString()).toBe('4567')
    expect(counted).toEqual([4])
    expect(seen).toHaveLength(1)
    expect(seen[0]?.request.method).toBe('GET')
    expect(seen[0]?.request.path).toBe('/dir/a.vcf.gz')
    expect(seen[0]?.request.headers['range']).toBe('bytes=4-7')
    expect(seen[0]?.signal).toBe(controller.signal)
    real.destroy()
  })

  it('an abort while S3 has not answered stops the read, on a real connection (127.0.0.1)', async () => {
    const ranges: (string | undefined)[] = []
    const held: ServerResponse[] = []
    const controller = new AbortController()
    const server = createServer((req, res) => {
      ranges.push(req.headers.range)
      held.push(res)
      controller.abort()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const real = new S3Client({
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      forcePathStyle: true,
      credentials: STATIC_CREDENTIALS,
      maxAttempts: 1
    })
    const counted: number[] = []
    try {
      const range = { bucket: 'b', key: 'a.vcf', from: 0, to: 9 }
      const error = await readRange(real, range, controller.signal, n => counted.push(n)).catch(
        (e: unknown) => e as Error
      )
      expect(error).toMatchObject({ name: 'AbortError' })
      expect(ranges).toEqual(['bytes=0-9'])
      // Aborted already: nothing more is sent.
      const again = await readRange(real, range, controller.signal, n => counted.push(n)).catch(
        (e: unknown) => e as Error
      )
      expect(again).toMatchObject({ name: 'AbortError' })
      expect(ranges).toHaveLength(1)
      expect(counted).toEqual([])
    } finally {
      real.destroy()
      held.forEach(res => res.destroy())
      server.close()
    }
  })
})
