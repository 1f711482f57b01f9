// shared/markdown.ts: outside text renders, in each context it lands in, as that text and nothing else
// (rendered with a GFM renderer: no element but the context's own, the text read back the same).
import { describe, expect, it } from '@jest/globals'
import { codeBlock, codeSpan, inlineText, tableCell } from '../src/shared/markdown.js'
import { elements, renderGfm, textOf } from './helpers/gfm.js'

/** Text an attacker could put in an S3 key, a file header or a service message. */
const HOSTILE: [string, string][] = [
  ['HTML', 'a<img src=x><a href=y>Approve</a><h1>H</h1>'],
  ['a Markdown link and image', '[docs](https://z.example) ![i](x.png) [ref]: /u'],
  [
    'bare URLs and e-mail',
    'see https://evil.example/x, HTTP://E.example, ftp://f.example, www.evil.example, a@b.co, mailto:x@y.z'
  ],
  ['table syntax', 'a | b || c \\| d \\'],
  ['backslashes', 'C:\\dir\\ \\* \\\\'],
  ['HTML entities', '&lt;img src=x&gt; &amp; &#60;b&#62; &copy;'],
  ['backtick runs', '`code` ``two`` ```three``` ````'],
  ['emphasis and strikethrough', '**bold** _it_ ~~gone~~ *a*'],
  ['line starts', '# H\n- item\n1. one\n> quote\n---\n| x |\n    code'],
  ['CR only', 'first\r# Forged\r| COMPLETED |'],
  ['U+2028 and U+2029', 'one\u2028# two\u2029### three'],
  ['control characters', 'a\u0000b\u0007c\u001b[31mred\u001b[0m\u007f\u0085d'],
  ['a footnote and a task', '[^1] [ ] [x] done\n[^1]: note'],
  ['a fence', '```\n# after the fence\n```']
]

/** The text a reader should see: every line break as LF, escape sequences and controls gone. */
const plain = (text: string): string =>
  text
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\n')
    // eslint-disable-next-line no-control-regex -- dropping escapes and controls is what is shown
    .replace(/\u001b\[[0-9;]*m/g, '')
    // eslint-disable-next-line no-control-regex -- dropping controls is what is shown
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
/** The same on one line: breaks as spaces. */
const oneLine = (text: string): string => plain(text).replace(/\n/g, ' ')

const visible = (html: string): string => textOf(html).replace(/\u200B/g, '')

describe('inline text', () => {
  it.each(HOSTILE)('%s renders as one paragraph of exactly that text', (_name, text) => {
    const html = renderGfm(`Said: ${inlineText(text)}`)
    expect(elements(html)).toEqual(['p'])
    expect(visible(html).trim()).toBe(`Said: ${oneLine(text)}`.trim())
  })

  it('HTML-escapes & < > and backslash-escapes every other ASCII punctuation character', () => {
    expect(inlineText('<img src=x>&[a](b)|`\\')).toBe('&lt;img src\\=x&gt;&amp;\\[a\\]\\(b\\)\\|\\`\\\\')
    expect(inlineText('plain words 123 é')).toBe('plain words 123 é')
  })

  it('breaks the autolinks GFM would make, with a zero-width space', () => {
    expect(inlineText('https://e.co www.e.co a@b.co')).toBe(
      'https\\:\u200B\\/\\/e\\.co www\u200B\\.e\\.co a\u200B\\@b\\.co'
    )
    // s3:// is not a GFM autolink: copied out of the summary it still works.
    expect(inlineText('s3://b/k')).toBe('s3\\:\\/\\/b\\/k')
  })

  it('treats CR, LF, CRLF, U+2028 and U+2029 as line breaks, shown as spaces', () => {
    expect(inlineText('a\rb\nc\r\nd\u2028e\u2029f')).toBe('a b c d e f')
  })
})

describe('table cell', () => {
  const table = (cells: string[]): string =>
    `| A | B |\n|---|---|\n${cells.map(c => `| ${c} | ok |`).join('\n')}\n`

  it.each(HOSTILE)('%s stays in its cell: one row, two cells, the same text', (_name, text) => {
    const html = renderGfm(table([tableCell(text)]))
    expect(elements(html).filter(e => !['table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(e))).toEqual([])
    expect(html.match(/<tr>/g)).toHaveLength(2)
    expect(html.match(/<td>/g)).toHaveLength(2)
    const first = /<td>([\s\S]*?)<\/td>/.exec(html)?.[1] ?? ''
    expect(visible(first)).toBe(oneLine(text).trim())
  })
})

describe('code span', () => {
  it('uses a fence longer than any backtick run inside, padded when the text starts or ends with one', () => {
    expect(codeSpan('abc')).toBe('`abc`')
    expect(codeSpan('a`b``c')).toBe('```a`b``c```')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
    expect(codeSpan(' x ')).toBe('`  x  `')
  })

  it('sets empty or blank text as it is: an empty code span would show its backticks', () => {
    expect(codeSpan('')).toBe('')
    expect(codeSpan('   ')).toBe('   ')
    expect(codeSpan('\n')).toBe(' ')
  })

  it.each(HOSTILE)('%s renders as one code element of exactly that text', (_name, text) => {
    const html = renderGfm(`Id: ${codeSpan(text)}`)
    expect(elements(html)).toEqual(['p', 'code'])
    const code = /<code>([\s\S]*)<\/code>/.exec(html)?.[1] ?? ''
    expect(textOf(code)).toBe(oneLine(text))
  })

  it('in a table cell, text with | or \\ is set as escaped inline text instead', () => {
    expect(codeSpan('a|b', true)).toBe('a\\|b')
    expect(codeSpan('a\\b', true)).toBe('a\\\\b')
    expect(codeSpan('0123456789', true)).toBe('`0123456789`')
  })
})

describe('code block', () => {
  it.each(HOSTILE)('%s renders as one pre/code block of exactly that text', (_name, text) => {
    const html = renderGfm(`Before\n\n${codeBlock(text)}\n\n**After**\n`)
    expect(elements(html)).toEqual(['p', 'pre', 'code', 'p', 'strong'])
    const code = /<code>([\s\S]*)<\/code>/.exec(html)?.[1] ?? ''
    expect(textOf(code)).toBe(`${plain(text)}\n`)
  })

  it('opens with more backticks than any run inside, at least three', () => {
    expect(codeBlock('x')).toBe('```\nx\n```')
    expect(codeBlock('a\n````\nb')).toBe('`````\na\n````\nb\n`````')
    expect(codeBlock('a\rb\u2028c')).toBe('```\na\nb\nc\n```')
  })
})
