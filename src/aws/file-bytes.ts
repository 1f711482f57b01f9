// The start of a file as text: plain, gzip, or BGZF (concatenated gzip members, as bgzip writes them),
// decompressed from a prefix without reading the whole file.
import { constants, gunzipSync } from 'node:zlib'

/** Decompressed text is cut here: a header is never this long, and a gzip bomb stays bounded. */
const MAX_TEXT_BYTES = 16 * 1024 * 1024

/** `bom`: the text started with a UTF-8 byte-order mark, cut off here so the checks see the first line. */
export type FileText = { text: string; bom?: true } | { problem: string }

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

export function textOf(bytes: Uint8Array, complete: boolean): FileText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer[0] === 0x1f && buffer[1] === 0x8b) {
    try {
      // Z_SYNC_FLUSH: a prefix that ends inside a member gives what it holds instead of an error;
      // gunzip goes on through concatenated members (BGZF blocks).
      const out = gunzipSync(buffer, {
        finishFlush: complete ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
        maxOutputLength: MAX_TEXT_BYTES
      })
      const binary = binaryInside(out)
      return binary ? { problem: binary } : decoded(out)
    } catch (error) {
      const code = (error as { code?: string }).code ?? ''
      if (code === 'ERR_BUFFER_TOO_LARGE') return { text: '' }
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
