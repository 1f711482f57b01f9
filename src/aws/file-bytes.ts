// The start of a file as text: plain, gzip, or BGZF (concatenated gzip members, as bgzip writes them),
// decompressed from a prefix without reading the whole file.
import { constants, gunzipSync } from 'node:zlib'

/** Decompressed text is cut here: a header is never this long, and a gzip bomb stays bounded. */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024

/**
 * `bom`: the text started with a UTF-8 byte-order mark, cut off here so the checks see the first line.
 * `cut`: the decompressed text ran past MAX_TEXT_BYTES and is only its start (never the whole file).
 */
export type FileText = { text: string; bom?: true; cut?: true } | { problem: string }

const BOM = '\uFEFF'

function decoded(bytes: Buffer): FileText {
  const text = bytes.toString('utf8')
  return text.startsWith(BOM) ? { text: text.slice(1), bom: true } : { text }
}

/** Gzip of binary data: BCF and BAM by their magic, else any NUL byte near the start. */
function binaryInside(out: Buffer): string | undefined {
  const magic = out.subarray(0, 4).toString('latin1')
  if (magic.startsWith('BCF') && (out[3] === 1 || out[3] === 2))
    return 'is BCF (binary VCF, BGZF-compressed), not VCF text: HealthOmics reads VCF text; convert it with bcftools view -Oz -o out.vcf.gz'
  if (magic === 'BAM\x01') return 'is BAM (binary alignments), not an annotation file'
  if (out.subarray(0, 8192).includes(0)) return 'is gzip-compressed binary data, not text'
  return undefined
}

const tooLarge = (error: unknown): boolean => (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'

/**
 * gunzip, bounded: text that runs past the cap (gunzipSync then throws rather than give what it has) is
 * taken from the longest halved prefix of the input whose text fits, and marked cut.
 */
function gunzipBounded(buffer: Buffer, complete: boolean): { out: Buffer; cut: boolean } {
  // Z_SYNC_FLUSH: a prefix that ends inside a member gives what it holds instead of an error;
  // gunzip goes on through concatenated members (BGZF blocks).
  const flush = (whole: boolean) => ({
    finishFlush: whole ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    maxOutputLength: MAX_TEXT_BYTES
  })
  try {
    return { out: gunzipSync(buffer, flush(complete)), cut: false }
  } catch (error) {
    if (!tooLarge(error)) throw error
  }
  for (let length = buffer.length >> 1; length > 0; length >>= 1) {
    try {
      return { out: gunzipSync(buffer.subarray(0, length), flush(false)), cut: true }
    } catch (error) {
      if (!tooLarge(error)) throw error
    }
  }
  return { out: Buffer.alloc(0), cut: true }
}

export function textOf(bytes: Uint8Array, complete: boolean): FileText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer[0] === 0x1f && buffer[1] === 0x8b) {
    try {
      const { out, cut } = gunzipBounded(buffer, complete)
      const binary = binaryInside(out)
      if (binary) return { problem: binary }
      return cut ? { ...decoded(out), cut: true } : decoded(out)
    } catch (error) {
      const code = (error as { code?: string }).code ?? ''
      return {
        problem: `is not a valid gzip file (${code || (error instanceof Error ? error.message : String(error))})`
      }
    }
  }
  if (buffer[0] === 0x50 && buffer[1] === 0x4b)
    return { problem: 'is a zip archive: HealthOmics reads plain text or gzip (bgzip) files' }
  if (buffer[0] === 0x42 && buffer[1] === 0x5a && buffer[2] === 0x68)
    return { problem: 'is bzip2-compressed: HealthOmics reads plain text or gzip (bgzip) files' }
  if (buffer.subarray(0, 8192).includes(0)) return { problem: 'is binary, not text (nor gzip)' }
  return decoded(buffer)
}
