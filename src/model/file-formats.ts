// Pure: whether the start of a file fits the store it is imported into. Given the text read so far,
// says "fits", "read more" (the header has not ended yet), or what is wrong, naming what was expected
// and what was found. Content decides, never the name; how serious a finding is: file-verdicts.ts.
import type { Finding, FindingKind } from './file-verdicts.js'
import { listed } from '../shared/text.js'

export interface FileExpectations {
  /** VCF, GFF or TSV: the store's format. */
  storeFormat: string
  /** VCF: INFO fields that annotation-fields names (its values), each must be declared by ##INFO. */
  infoFields: string[]
  /** TSV: the columns the store maps (formatToHeader values and schema names). */
  columns: string[]
  /** TSV: the job's tsvOptions.readOptions. */
  readOptions?: { sep?: string; comment?: string; quote?: string; header?: boolean }
}

export type HeaderVerdict =
  { verdict: 'more' } | { verdict: 'fits'; warning?: Finding } | ({ verdict: 'problem' } & Finding)

const FITS: HeaderVerdict = { verdict: 'fits' }
const MORE: HeaderVerdict = { verdict: 'more' }
const problem = (kind: FindingKind, message: string): HeaderVerdict => ({ verdict: 'problem', kind, message })

/** What a file's first line says it is. */
export function looksLike(firstLine: string): 'VCF' | 'GFF3' | 'GFF2' | undefined {
  if (/^##fileformat=VCF/i.test(firstLine)) return 'VCF'
  if (/^##gff-version\s+3(\.|\s|$)/i.test(firstLine)) return 'GFF3'
  if (/^##gff-version\s+[12](\.|\s|$)/i.test(firstLine)) return 'GFF2'
  return undefined
}

const INTEGER = /^\d+$/
/** What a record line is by its shape: a feature line (GFF3 or GTF/GFF2 by the attributes) or BED. */
export function recordKind(line: string): 'GFF3' | 'GTF' | 'BED' | undefined {
  const cells = line.split('\t')
  if (cells.length === 9 && INTEGER.test(cells[3] ?? '') && INTEGER.test(cells[4] ?? '')) {
    const attributes = (cells[8] ?? '').trim()
    if (/^[^\s=;]+ +"?[^";]*"?\s*(;|$)/.test(attributes)) return 'GTF'
    if (attributes === '.' || /^[^\s=;]+=[^;]*(;|$)/.test(attributes)) return 'GFF3'
  }
  if (cells.length >= 3 && cells.length <= 12 && INTEGER.test(cells[1] ?? '') && INTEGER.test(cells[2] ?? ''))
    return 'BED'
  return undefined
}

const GFF3_ONLY =
  'GFF stores take GFF3: convert GTF/GFF2 to GFF3 first (gffread in.gtf -o out.gff3, or AGAT: agat_convert_sp_gxf2gxf.pl)'

const quoted = (line: string): string => JSON.stringify(line.length > 80 ? `${line.slice(0, 77)}...` : line)

/**
 * The complete lines of the text, one at a time, so a check stops reading at the header's end (a
 * prefix can decompress to megabytes of records). The last piece only when the whole file was read.
 */
function* lines(text: string, complete: boolean): Generator<string> {
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    if (end < 0) break
    yield text.slice(start, text[end - 1] === '\r' ? end - 1 : end)
    start = end + 1
  }
  if (complete && start < text.length) yield text.slice(start)
}

function checkVcf(all: Iterator<string>, complete: boolean, expect: FileExpectations): HeaderVerdict {
  const declared: string[] = []
  let index = 0
  for (let next = all.next(); !next.done; next = all.next(), index++) {
    const line = next.value
    if (line.startsWith('#CHROM')) {
      const missing = expect.infoFields.filter(field => !declared.includes(field))
      if (missing.length === 0) return FITS
      const has =
        declared.length > 0 ? `the file declares only ${listed(declared)}` : 'the file declares no INFO field'
      return problem(
        'info-undeclared',
        `annotation-fields names the INFO field${missing.length > 1 ? 's' : ''} ${listed(missing)}, but no ##INFO=<ID=...> line declares ${missing.length > 1 ? 'them' : 'it'}: ${has}`
      )
    }
    if (!line.startsWith('##'))
      return problem(
        'bad-header',
        `expected a #CHROM header line after the ## meta lines, found ${quoted(line)} at line ${index + 2}`
      )
    const info = /^##INFO=<ID=([^,>]+)/.exec(line)
    if (info?.[1]) declared.push(info[1])
  }
  return complete ? problem('bad-header', 'the header has no #CHROM line (the file ends first)') : MORE
}

/** Splits a header row on sep, honouring the quote character. */
export function splitRow(line: string, sep: string, quote: string): string[] {
  const cells: string[] = []
  let cell = ''
  let inQuotes = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string
    if (c === quote) inQuotes = !inQuotes
    else if (!inQuotes && line.startsWith(sep, i)) {
      cells.push(cell)
      cell = ''
      i += sep.length - 1
    } else cell += c
  }
  cells.push(cell)
  return cells.map(value => value.trim())
}

function checkTsv(
  first: string,
  rest: Iterator<string>,
  complete: boolean,
  expect: FileExpectations
): HeaderVerdict {
  const read = expect.readOptions ?? {}
  if (read.header === false || expect.columns.length === 0) return FITS
  let row: string | undefined = first
  let comment: string | undefined
  while (row !== undefined && (row.trim() === '' || (read.comment && row.startsWith(read.comment)))) {
    if (row.trim() !== '') comment = row
    const next = rest.next()
    row = next.done ? undefined : next.value
  }
  if (row === undefined) return complete ? problem('column-absent', 'has no header row') : MORE
  const sep = read.sep ?? '\t'
  const quote = read.quote ?? '"'
  const found = splitRow(row, sep, quote)
  const missing = expect.columns.filter(column => !found.includes(column))
  if (missing.length === 0) return FITS
  const shownSep = sep === '\t' ? 'tab' : JSON.stringify(sep)
  const lacks = `the header row lacks the column${missing.length > 1 ? 's' : ''} the store maps: ${listed(missing)}`
  const mark = read.comment ?? ''
  const inComment = comment && splitRow(comment.slice(mark.length), sep, quote)
  if (inComment && missing.every(column => inComment.includes(column)))
    return problem(
      'column-absent',
      `${lacks}: the header line ${quoted(comment ?? '')} starts with the comment character ${JSON.stringify(mark)} (readOptions.comment), so it is skipped as a comment and the first data row is read as the header (found ${listed(found)}); remove the ${JSON.stringify(mark)} from the header line`
    )
  return problem('column-absent', `${lacks}; found (split on ${shownSep}): ${listed(found)}`)
}

/** GFF stores: ##gff-version 3 on line 1; later, or absent with GFF3-shaped features, is a warning. */
function checkGff(first: string, rest: Iterator<string>, complete: boolean): HeaderVerdict {
  let line: string | undefined = first
  for (let number = 1; line !== undefined; number++) {
    const kind = looksLike(line) ?? (line.startsWith('#') || line.trim() === '' ? 'skip' : recordKind(line))
    if (kind === 'GFF3')
      return line.startsWith('##')
        ? number === 1
          ? FITS
          : {
              verdict: 'fits',
              warning: {
                kind: 'gff-directive',
                message: `the ##gff-version 3 directive is on line ${number}, not line 1 as GFF3 asks (comment lines come first): importing it as GFF3`
              }
            }
        : {
            verdict: 'fits',
            warning: {
              kind: 'gff-directive',
              message: `has no ##gff-version 3 directive, but its first feature line (line ${number}) has GFF3's nine columns and key=value attributes: importing it as GFF3 (add ##gff-version 3 as line 1 to be sure)`
            }
          }
    if (kind === 'GFF2' || kind === 'GTF')
      return problem(
        'other-format',
        `looks like ${kind === 'GTF' ? 'GTF' : 'GFF2'} (line ${number} ${quoted(line)}${kind === 'GTF' ? ': attributes written key "value";' : ''}), but the store is a GFF store: ${GFF3_ONLY}`
      )
    if (kind === 'VCF' || kind === 'BED')
      return problem(
        'other-format',
        `looks like a ${kind} file (line ${number} ${quoted(line)}), but the store is a GFF store`
      )
    if (kind !== 'skip')
      return problem(
        'bad-header',
        `expected the first line ##gff-version 3 (or GFF3 feature lines), found ${quoted(line)} at line ${number}`
      )
    const next = rest.next()
    line = next.done ? undefined : next.value
  }
  return complete ? problem('bad-header', 'has no ##gff-version 3 directive and no feature line') : MORE
}

/** The verdict on the text read so far (`complete` when it is the whole file). */
export function checkHeader(text: string, complete: boolean, expect: FileExpectations): HeaderVerdict {
  const all = lines(text, complete)
  const head = all.next()
  if (head.done) return complete ? problem('bad-header', 'has no complete first line') : MORE
  const first = head.value
  if (expect.storeFormat === 'GFF') return checkGff(first, all, complete)
  const kind = looksLike(first) ?? (expect.storeFormat === 'VCF' ? recordKind(first) : undefined)
  if (kind && kind !== expect.storeFormat)
    return problem(
      'other-format',
      `looks like a ${kind === 'GTF' || kind === 'GFF2' ? 'GTF/GFF2' : kind} file (first line ${quoted(first)}), but the store is a ${expect.storeFormat} store`
    )
  if (expect.storeFormat === 'VCF') {
    if (!/^##fileformat=VCFv4\.\d/.test(first))
      return problem('bad-header', `expected the first line ##fileformat=VCFv4.x, found ${quoted(first)}`)
    return checkVcf(all, complete, expect)
  }
  return checkTsv(first, all, complete, expect)
}
