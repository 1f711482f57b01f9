import { describe, expect, it } from '@jest/globals'
import {
  cut,
  formatDuration,
  listed,
  neutralise,
  plural,
  shown,
  shownOnOneLine,
  thousands
} from '../src/shared/text.js'

/** Lines as the runner splits them: no line may start (after whitespace) with `::`, none holds `##[`. */
function assertInert(out: string): void {
  for (const line of out.split(/\r\n|\r|\n/)) {
    expect(line.trimStart().startsWith('::')).toBe(false)
    expect(line).not.toContain('##[')
  }
  // eslint-disable-next-line no-control-regex
  expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/)
}

const visible = (text: string): string => text.replace(/\u200B/g, '')

describe('neutralise', () => {
  it.each([
    ['LF', 'one\n::error::forged'],
    ['CR', 'one\r::add-mask::x'],
    ['CRLF', 'one\r\n::stop-commands::t'],
    ['U+2028', 'one\u2028::error::forged'],
    ['U+2029', 'one\u2029::error::forged'],
    ['NEL', 'one\u0085::error::forged'],
    ['leading whitespace', 'one\n \t ::set-output name=x::y'],
    ['at the start', '::error::forged'],
    ['legacy form anywhere', 'text ##[error]forged and ###[group]x'],
    ['behind an escape', '\u001b[31m::error::forged'],
    ['behind a control', '\u0000::error::forged'],
    ['mixed', 'line one\n::error::forged\r::add-mask::x\n  ::stop-commands::t\r\n##[warning]w\u2028:::x']
  ])('defuses commands: %s', (_name, text) => {
    const out = neutralise(text)
    assertInert(out)
    expect(visible(out)).toContain('forged'.length > 0 ? (visible(out).split('\n').pop() ?? '') : '')
  })

  it('keeps the text readable: only a zero-width space is added', () => {
    expect(neutralise('one\r\n::error::forged')).toBe('one\n:\u200B:error::forged')
    expect(visible(neutralise('a\r::add-mask::x\n ##[error]y'))).toBe('a\n::add-mask::x\n ##[error]y')
    expect(neutralise('Failed: a::b ok')).toBe('Failed: a::b ok')
  })

  it('drops terminal escapes and controls but keeps TAB and LF', () => {
    expect(
      neutralise(
        '\u001b[1;31mred\u001b[0m\tx\u0007\u001b]0;title\u0007y\u001b]8;;http://e\u001b\\z\u009b2Jw\u001bc'
      )
    ).toBe('red\txyzw')
    expect(neutralise('a\u0000b\u007fc\u0008d\u000be')).toBe('abcde')
  })

  it('handles empty and long text', () => {
    expect(neutralise('')).toBe('')
    const long = '::error::x\n'.repeat(20_000)
    const out = neutralise(long)
    assertInert(out)
    expect(out.split('\n')).toHaveLength(20_001)
  })
})

describe('counts in messages', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [2500, '2,500'],
    [1_000_000, '1,000,000']
  ])('%i -> %s', (count, text) => expect(thousands(count)).toBe(text))
  it('says "1 item" and "2 items"', () => {
    expect(plural(1, 'item')).toBe('1 item')
    expect(plural(2500, 'job')).toBe('2,500 jobs')
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [59_400, '59s'],
    [59_600, '1m 0s'],
    [75_000, '1m 15s'],
    [3_599_000, '59m 59s'],
    [3_600_000, '1h 0m'],
    [5_430_000, '1h 30m']
  ])('%i ms -> %s', (ms, text) => expect(formatDuration(ms)).toBe(text))
})

describe('shownOnOneLine', () => {
  it.each([
    ['a\nb', '"a\\nb"'],
    ['a\r\nb', '"a\\r\\nb"'],
    ['a\u2028b\u2029c\u0085d', '"a\\u2028b\\u2029c\\u0085d"'],
    ['back\\slash "quote"', '"back\\\\slash \\"quote\\""'],
    ['x\n::error::y', '"x\\n:\u200B:error:\u200B:y"'],
    ['s3://b/k', '"s3://b/k"']
  ])('%j', (value, expected) => {
    expect(shownOnOneLine(value)).toBe(expected)
  })

  it('never holds a line break, and cuts a long value as shown does', () => {
    const result = shownOnOneLine('k\n'.repeat(100))
    expect(result).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
    expect(result).toBe(`"${'k\\n'.repeat(39)}..."`)
  })
})

describe('shown', () => {
  it('quotes a string, and names the type of anything else', () => {
    expect(shown('my-role')).toBe('"my-role"')
    expect(shown(7)).toBe('7 (number)')
    expect(shown(null)).toBe('null (null)')
    expect(shown({ a: [1] })).toBe('{"a":[1]} (object)')
  })
  it('cuts a value past 120 characters to 117 and an ellipsis', () => {
    expect(shown('x'.repeat(120))).toBe(`"${'x'.repeat(120)}"`)
    expect(shown('x'.repeat(121))).toBe(`"${'x'.repeat(117)}..."`)
    expect(shown(['y'.repeat(200)])).toBe(`["${'y'.repeat(115)}... (object)`)
  })
})

describe('listed', () => {
  it('shows every value of a short list', () => {
    expect(listed(['AC', 'AF'])).toBe('AC, AF')
    expect(listed([])).toBe('')
    expect(listed(['AC', 'AF'], 2)).toBe('AC, AF')
    expect(listed(['AC', 'AF', 'AN'], 2)).toBe('AC, AF, … and 1 more')
  })
  it('caps a list drawn from a file, and says how many more', () => {
    const ids = Array.from({ length: 400_000 }, (_, i) => (i === 0 ? 'AC' : i === 1 ? 'AF' : `F${i}`))
    expect(listed(ids, 2)).toBe('AC, AF, … and 399,998 more')
    expect(listed(ids).length).toBeLessThan(100)
  })
  it('cuts each value to its width', () => {
    expect(listed(['x'.repeat(500)], 10, 20)).toBe(`${'x'.repeat(19)}…`)
  })
})

describe('cut', () => {
  it('keeps short text, cuts long text with an ellipsis, never half a surrogate pair', () => {
    expect(cut('abc', 3)).toBe('abc')
    expect(cut('abcdef', 4)).toBe('abc…')
    expect(cut('ab\u{1F600}cd', 4)).toBe('ab…')
    expect(cut('abc', 1)).toBe('…')
    expect(cut('\u{1F600}bc', 2)).toBe('…')
  })
})
