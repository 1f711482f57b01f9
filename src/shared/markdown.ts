// Text the action did not write (S3 keys, service status messages, file header excerpts, job ids,
// echoed inputs), set into the job summary so that it renders as that text and nothing else: no
// image, link, heading, HTML element, table cell or row of its own. GitHub renders the summary with
// cmark-gfm (tables, autolinks) and keeps img, a href, headings and tables through its sanitiser.
// One function per context the text lands in; the log line's is neutralise() in text.ts.
//
// Every context first makes the text plain (plainText: CR, LF, CRLF, NEL, U+2028 and U+2029 are line
// breaks, escape sequences and control characters go), then:
// - inline text (a paragraph, a list item, a table cell, a link's text): on one line; & < > as HTML
//   entities and every other ASCII punctuation character backslash-escaped, so no Markdown or HTML
//   syntax is left, `|` included; and GFM's autolinks broken with a zero-width space (U+200B), which
//   reads the same: cmark-gfm links `https://`, `http://`, `ftp://`, `www.` and `a@b.c` in text even
//   when their punctuation is escaped (its e-mail autolinks run after escapes are undone);
// - a code span: a backtick fence longer than any backtick run inside;
// - a code block: a fence of backticks longer than any run inside, so no line can close it.
import { plainText } from './text.js'

const ZWSP = '\u200B'

// Where GFM's extended autolinks start: before an e-mail's @ (also mailto: and xmpp:), inside the
// scheme's "://" of the schemes it links, and between www and its dot.
const AUTOLINK_AT = /@/g
const AUTOLINK_SCHEME = /(https?|ftp):(?=\/\/)/gi
const AUTOLINK_WWW = /(www)(?=\.)/gi

const PUNCTUATION = /[!-/:-@[-`{-~]/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const escapeOne = (c: string): string => ENTITIES[c] ?? `\\${c}`

/** Outside text as inline Markdown on one line: it renders as exactly that text (line breaks as spaces). */
export function inlineText(text: string): string {
  return plainText(text)
    .replace(/\n/g, ' ')
    .replace(AUTOLINK_AT, `${ZWSP}@`)
    .replace(AUTOLINK_SCHEME, `$1:${ZWSP}`)
    .replace(AUTOLINK_WWW, `$1${ZWSP}`)
    .replace(PUNCTUATION, escapeOne)
}

/** Outside text in a table cell: inline text, whose escaped `|` never ends the cell. */
export const tableCell = inlineText

const longestRun = (text: string): number =>
  Math.max(0, ...Array.from(text.matchAll(/`+/g), match => match[0].length))

/**
 * Outside text as a code span, on one line. In a table cell, GFM unescapes `\|` even inside a code
 * span, and renderers disagree on a backslash before a pipe: such text is set as inline text instead.
 */
export function codeSpan(text: string, inTable = false): string {
  const body = plainText(text).replace(/\n/g, ' ')
  if (body.trim() === '' || (inTable && /[|\\]/.test(body))) return inlineText(body)
  const fence = '`'.repeat(longestRun(body) + 1)
  // A space each side when the text starts or ends with a backtick (CommonMark strips one of each).
  const pad = /^[` ]|[` ]$/.test(body) ? ' ' : ''
  return `${fence}${pad}${body}${pad}${fence}`
}

/** Outside text as a fenced code block (lines joined with LF): no line inside can end it. */
export function codeBlock(text: string): string {
  const body = plainText(text)
  const fence = '`'.repeat(Math.max(3, longestRun(body) + 1))
  return `${fence}\n${body}\n${fence}`
}
