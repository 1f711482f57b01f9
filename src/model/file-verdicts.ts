// The one verdict table of the file checks (issue 22): a finding is a fail when HealthOmics certainly
// cannot import the file as asked, a warn when the file is probably fine but unusual. Warnings never stop
// an import. The README's File checks section shows the same table.

export type Level = 'fail' | 'warn'

export const VERDICTS = {
  /** The object does not exist (HeadObject 404, NoSuchKey, NoSuchBucket). */
  missing: 'fail',
  /** The object has 0 bytes. */
  empty: 'fail',
  /** Neither text nor gzip (zip, bzip2, binary), or gzip of binary data (BCF, BAM). */
  'not-text': 'fail',
  /** Its content is another format than the store's: VCF, GFF3, GTF/GFF2 and BED told apart by content. */
  'other-format': 'fail',
  /** The header breaks the store format's own rules (a VCF without #CHROM, a GFF feature line that is not one). */
  'bad-header': 'fail',
  /** An INFO field that annotation-fields names is not declared by ##INFO. */
  'info-undeclared': 'fail',
  /** A TSV column the store maps is absent from the header row. */
  'column-absent': 'fail',
  /** The name's extension is another format's (or unusual) while the content fits. */
  extension: 'warn',
  /** A GFF3 without ##gff-version 3 as line 1 (later, or missing) whose features have GFF3's shape. */
  'gff-directive': 'warn',
  /** The file starts with a UTF-8 byte-order mark: checked without it (whether HealthOmics accepts one is undocumented). */
  bom: 'warn',
  /** The header runs past the read cap: its check was skipped. */
  'header-past-cap': 'warn'
} as const satisfies Record<string, Level>

export type FindingKind = keyof typeof VERDICTS

export interface Finding {
  kind: FindingKind
  message: string
}

/** One file's verdict, for the error list, the warnings, a later `bad-files: skip` and the summary. */
export interface FileVerdict {
  file: string
  level: Level
  kind: FindingKind
  reason: string
}

export const levelOf = (kind: FindingKind): Level => VERDICTS[kind]

/** What a file's name says it is (a hint only when the file checks read its content). */
export const EXTENSIONS: Record<string, RegExp> = {
  VCF: /\.vcf(\.gz|\.bgz)?$/i,
  GFF: /\.gff3?(\.gz)?$/i,
  TSV: /\.(tsv|csv|bed|txt)(\.gz)?$/i
}

/** The format a name's extension suggests, when it is not the store's; undefined when it fits. */
export function extensionMismatch(
  storeFormat: string,
  source: string
): { other: string | undefined } | undefined {
  const expected = EXTENSIONS[storeFormat]
  if (!expected || expected.test(source)) return undefined
  return { other: Object.keys(EXTENSIONS).find(format => EXTENSIONS[format]?.test(source)) }
}

/** The name's extension: a hint (warn) when the content was read and fits, else today's check by name. */
export function extensionFinding(
  uri: string,
  storeFormat: string,
  contentRead: boolean
): Finding | undefined {
  const mismatch = extensionMismatch(storeFormat, uri)
  if (!mismatch) return undefined
  if (contentRead)
    return {
      kind: 'extension',
      message: `its name suggests ${mismatch.other ? `a ${mismatch.other} file` : 'no usual format'}, but its content fits the ${storeFormat} store: the content decides`
    }
  return mismatch.other
    ? {
        kind: 'other-format',
        message: `looks like a ${mismatch.other} file by its name, but the store is a ${storeFormat} store (its content could not be read)`
      }
    : {
        kind: 'extension',
        message: `has an extension not usual for a ${storeFormat} store; importing it anyway`
      }
}
