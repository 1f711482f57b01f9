// Pure: whether the start of a file fits the store it is imported into. Given the text read so far,
// says "fits", "read more" (the header has not ended yet), or what is wrong, naming what was expected
// and what was found.

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
  { verdict: 'fits' } | { verdict: 'more' } | { verdict: 'problem'; message: string }

const FITS: HeaderVerdict = { verdict: 'fits' }
const MORE: HeaderVerdict = { verdict: 'more' }
const problem = (message: string): HeaderVerdict => ({ verdict: 'problem', message })

/** What a file's first line says it is. */
export function looksLike(firstLine: string): 'VCF' | 'GFF' | undefined {
  if (/^##fileformat=VCF/i.test(firstLine)) return 'VCF'
  if (/^##gff-version/i.test(firstLine)) return 'GFF'
  return undefined
}

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
        declared.length > 0
          ? `the file declares only ${declared.join(', ')}`
          : 'the file declares no INFO field'
      return problem(
        `annotation-fields names the INFO field${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, but no ##INFO=<ID=...> line declares ${missing.length > 1 ? 'them' : 'it'}: ${has}`
      )
    }
    if (!line.startsWith('##'))
      return problem(
        `expected a #CHROM header line after the ## meta lines, found ${quoted(line)} at line ${index + 2}`
      )
    const info = /^##INFO=<ID=([^,>]+)/.exec(line)
    if (info?.[1]) declared.push(info[1])
  }
  return complete ? problem('the header has no #CHROM line (the file ends first)') : MORE
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
  while (row !== undefined && (row.trim() === '' || (read.comment && row.startsWith(read.comment)))) {
    const next = rest.next()
    row = next.done ? undefined : next.value
  }
  if (row === undefined) return complete ? problem('has no header row') : MORE
  const sep = read.sep ?? '\t'
  const found = splitRow(row, sep, read.quote ?? '"')
  const missing = expect.columns.filter(column => !found.includes(column))
  if (missing.length === 0) return FITS
  const shownSep = sep === '\t' ? 'tab' : JSON.stringify(sep)
  return problem(
    `the header row lacks the column${missing.length > 1 ? 's' : ''} the store maps: ${missing.join(', ')}; found (split on ${shownSep}): ${found.join(', ')}`
  )
}

/** The verdict on the text read so far (`complete` when it is the whole file). */
export function checkHeader(text: string, complete: boolean, expect: FileExpectations): HeaderVerdict {
  const all = lines(text, complete)
  const head = all.next()
  if (head.done) return complete ? problem('has no complete first line') : MORE
  const first = head.value
  const kind = looksLike(first)
  if (kind && kind !== expect.storeFormat)
    return problem(
      `looks like a ${kind} file (first line ${quoted(first)}), but the store is a ${expect.storeFormat} store`
    )
  if (expect.storeFormat === 'VCF') {
    if (!/^##fileformat=VCFv4\.\d/.test(first))
      return problem(`expected the first line ##fileformat=VCFv4.x, found ${quoted(first)}`)
    return checkVcf(all, complete, expect)
  }
  if (expect.storeFormat === 'GFF')
    return /^##gff-version\s+3(\.|\s|$)/.test(first)
      ? FITS
      : problem(`expected the first line ##gff-version 3, found ${quoted(first)}`)
  return checkTsv(first, all, complete, expect)
}
