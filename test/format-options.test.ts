// model/format-options.ts: the structured inputs format-options and annotation-fields, checked against the
// service model (FormatOptions union, ReadOptions lengths, AnnotationFieldMap of 1 to 21 characters).
import { describe, expect, it } from '@jest/globals'
import type { Problem } from '../src/shared/errors.js'
import {
  checkAnnotationFields,
  checkFormatOptions,
  checkString,
  isObject
} from '../src/model/format-options.js'

function problems(run: (p: Problem[]) => unknown): string[] {
  const found: Problem[] = []
  run(found)
  return found.map(p => `${p.input}: ${p.message}`)
}
const readOptions = (options: Record<string, unknown>) => ({ tsvOptions: { readOptions: options } })
const READ_KEYS = 'sep, encoding, quote, escape, comment, lineSep, quoteAll, escapeQuotes, header'

describe('format-options', () => {
  it('accepts each union member with every option', () => {
    const vcf = { vcfOptions: { ignoreQualField: true, ignoreFilterField: false } }
    const tsv = {
      tsvOptions: {
        readOptions: {
          sep: '\t',
          encoding: 'UTF-8',
          quote: '"',
          quoteAll: false,
          escape: '\\',
          escapeQuotes: true,
          comment: '#',
          header: true,
          lineSep: '\n'
        }
      }
    }
    expect(problems(p => checkFormatOptions(vcf, p))).toEqual([])
    expect(problems(p => checkFormatOptions(tsv, p))).toEqual([])
    expect(problems(p => checkFormatOptions({ tsvOptions: {} }, p))).toEqual([])
    expect(
      problems(p => checkFormatOptions({ tsvOptions: { readOptions: { sep: 's'.repeat(20) } } }, p))
    ).toEqual([])
  })

  it.each([
    [{}, 'must hold exactly one of vcfOptions or tsvOptions, got neither'],
    [{ vcfOptions: {}, tsvOptions: {} }, 'must hold exactly one of vcfOptions or tsvOptions, got both'],
    [{ csvOptions: {} }, 'csvOptions is not an option here; expected one of vcfOptions, tsvOptions'],
    [{ vcfOptions: { ignoreQual: true } }, 'vcfOptions.ignoreQual is not an option here'],
    [
      { vcfOptions: { ignoreQualField: 'yes' } },
      'vcfOptions.ignoreQualField must be true or false, got "yes" (YAML 1.2 reads yes/no/on/off as text, not booleans)'
    ],
    [
      { vcfOptions: { ignoreQualField: 1 } },
      'vcfOptions.ignoreQualField must be true or false, got 1 (number)'
    ],
    [
      { tsvOptions: { readOptions: { quote: '""' } } },
      'tsvOptions.readOptions.quote must be exactly 1 character, got 2'
    ],
    [
      { tsvOptions: { readOptions: { escape: '' } } },
      'tsvOptions.readOptions.escape must be exactly 1 character, got 0'
    ],
    [
      { tsvOptions: { readOptions: { comment: 35 } } },
      'tsvOptions.readOptions.comment must be a string, got 35 (number)'
    ],
    [
      { tsvOptions: { readOptions: { sep: 's'.repeat(21) } } },
      'tsvOptions.readOptions.sep must be 1 to 20 characters, got 21'
    ],
    [
      { tsvOptions: { readOptions: { lineSep: '' } } },
      'tsvOptions.readOptions.lineSep must be 1 to 20 characters, got 0'
    ],
    [
      { tsvOptions: { readOptions: { header: 'on' } } },
      'tsvOptions.readOptions.header must be true or false'
    ],
    [
      { tsvOptions: { readOptions: { delimiter: ',' } } },
      'tsvOptions.readOptions.delimiter is not an option here'
    ],
    [{ tsvOptions: { sep: ',' } }, 'tsvOptions.sep is not an option here; expected one of readOptions'],
    [['vcfOptions'], 'expected a mapping with vcfOptions or tsvOptions']
  ])('rejects %j', (value, message) => {
    expect(problems(p => checkFormatOptions(value, p))).toContainEqual(
      expect.stringContaining(`format-options: ${message}`)
    )
  })
})

describe('annotation-fields', () => {
  it('accepts 1- and 21-character keys and values', () => {
    expect(problems(p => checkAnnotationFields({ a: 'b', ['k'.repeat(21)]: 'v'.repeat(21) }, p))).toEqual([])
  })

  it.each([
    [{ ['k'.repeat(22)]: 'v' }, `key "${'k'.repeat(22)}" must be 1 to 21 characters, got 22`],
    [{ '': 'v' }, 'key "" must be 1 to 21 characters, got 0'],
    [{ k: 'v'.repeat(22) }, `value of k must be 1 to 21 characters, got 22: "${'v'.repeat(22)}"`],
    [{ k: '' }, 'value of k must be 1 to 21 characters, got 0: ""'],
    [{ k: 5 }, 'k must map to a string, got 5 (number) (quote it in YAML)'],
    [{ k: true }, 'k must map to a string, got true (boolean) (quote it in YAML)'],
    ['VEP', 'expected a mapping of field name to field name (e.g. VEP: CSQ), got "VEP"']
  ])('rejects %j', (value, message) => {
    expect(problems(p => checkAnnotationFields(value, p))).toEqual([`annotation-fields: ${message}`])
  })
})

describe('isObject', () => {
  it('is true for a mapping only: not null, a list or a scalar', () => {
    expect(isObject({})).toBe(true)
    expect(isObject({ a: 1 })).toBe(true)
    expect(isObject(null)).toBe(false)
    expect(isObject([])).toBe(false)
    expect(isObject(['a'])).toBe(false)
    expect(isObject('a')).toBe(false)
    expect(isObject(1)).toBe(false)
    expect(isObject(undefined)).toBe(false)
  })
})

describe('checkString', () => {
  it('says "exactly" when the bounds agree, "from to" otherwise, and counts characters, not UTF-16 units', () => {
    expect(problems(p => checkString('in', 'p', 'ab', 1, 1, p))).toEqual([
      'in: p must be exactly 1 character, got 2: "ab"'
    ])
    expect(problems(p => checkString('in', 'p', 'abc', 0, 2, p))).toEqual([
      'in: p must be 0 to 2 characters, got 3: "abc"'
    ])
    expect(problems(p => checkString('in', 'p', '', 0, 2, p))).toEqual([])
    expect(problems(p => checkString('in', 'p', '😀😀', 0, 2, p))).toEqual([])
    expect(problems(p => checkString('in', 'p', '😀😀😀', 0, 2, p))).toEqual([
      'in: p must be 0 to 2 characters, got 3: "😀😀😀"'
    ])
  })

  it('leaves an absent value alone, and names a value of another type once', () => {
    expect(problems(p => checkString('in', 'p', undefined, 1, 1, p))).toEqual([])
    expect(problems(p => checkString('in', 'p', 5, 1, 1, p))).toEqual([
      'in: p must be a string, got 5 (number)'
    ])
    expect(problems(p => checkString('in', 'p', ['a'], 1, 1, p))).toEqual([
      'in: p must be a string, got ["a"] (object)'
    ])
  })
})

describe('format-options: the union', () => {
  it('returns the value as given when all is well, undefined when anything is wrong', () => {
    const vcf = { vcfOptions: { ignoreQualField: true } }
    const tsv = readOptions({ sep: ',' })
    expect(checkFormatOptions(vcf, [])).toBe(vcf)
    expect(checkFormatOptions(tsv, [])).toBe(tsv)
    expect(checkFormatOptions({ vcfOptions: {} }, [])).toEqual({ vcfOptions: {} })
    expect(checkFormatOptions({ vcfOptions: { ignoreQualField: 'no' } }, [])).toBeUndefined()
    expect(checkFormatOptions({}, [])).toBeUndefined()
    expect(checkFormatOptions('vcf', [])).toBeUndefined()
  })

  it('judges only its own problems: problems found before it do not make it give up the value', () => {
    const earlier: Problem[] = [{ input: 'role-arn', message: 'x' }]
    const vcf = { vcfOptions: {} }
    expect(checkFormatOptions(vcf, earlier)).toBe(vcf)
    expect(earlier).toEqual([{ input: 'role-arn', message: 'x' }])
  })

  it.each([
    ['vcfOptions', 'format-options: expected a mapping with vcfOptions or tsvOptions, got "vcfOptions"'],
    [null, 'format-options: expected a mapping with vcfOptions or tsvOptions, got null (null)'],
    [3, 'format-options: expected a mapping with vcfOptions or tsvOptions, got 3 (number)'],
    [
      ['vcfOptions'],
      'format-options: expected a mapping with vcfOptions or tsvOptions, got ["vcfOptions"] (object)'
    ]
  ])('names what it got when it is not a mapping: %j', (value, message) => {
    expect(problems(p => checkFormatOptions(value, p))).toEqual([message])
  })

  it('neither member: one problem; an unknown key beside a member: only the unknown key', () => {
    expect(problems(p => checkFormatOptions({}, p))).toEqual([
      'format-options: must hold exactly one of vcfOptions or tsvOptions, got neither'
    ])
    expect(problems(p => checkFormatOptions({ csvOptions: {} }, p))).toEqual([
      'format-options: csvOptions is not an option here; expected one of vcfOptions, tsvOptions',
      'format-options: must hold exactly one of vcfOptions or tsvOptions, got neither'
    ])
    expect(problems(p => checkFormatOptions({ vcfOptions: {}, csvOptions: {}, other: 1 }, p))).toEqual([
      'format-options: csvOptions is not an option here; expected one of vcfOptions, tsvOptions',
      'format-options: other is not an option here; expected one of vcfOptions, tsvOptions'
    ])
  })

  it('both members: one problem, and each member is still checked', () => {
    expect(
      problems(p =>
        checkFormatOptions({ vcfOptions: { ignoreQualField: 1 }, tsvOptions: { readOptions: 'x' } }, p)
      )
    ).toEqual([
      'format-options: must hold exactly one of vcfOptions or tsvOptions, got both',
      'format-options: vcfOptions.ignoreQualField must be true or false, got 1 (number)',
      'format-options: tsvOptions.readOptions must be a mapping, got "x"'
    ])
  })

  it('reports every problem of every part together, in order', () => {
    const value = {
      vcfOptions: { ignoreQualField: 'no', ignoreFilterField: 0, extra: true },
      tsvOptions: { readOptions: { sep: '', quote: 'ab', header: 'yes', bogus: 1 }, other: 2 },
      csvOptions: {}
    }
    expect(problems(p => checkFormatOptions(value, p))).toEqual([
      'format-options: csvOptions is not an option here; expected one of vcfOptions, tsvOptions',
      'format-options: must hold exactly one of vcfOptions or tsvOptions, got both',
      'format-options: vcfOptions.extra is not an option here; expected one of ignoreQualField, ignoreFilterField',
      'format-options: vcfOptions.ignoreQualField must be true or false, got "no" (YAML 1.2 reads yes/no/on/off as text, not booleans)',
      'format-options: vcfOptions.ignoreFilterField must be true or false, got 0 (number)',
      'format-options: tsvOptions.other is not an option here; expected one of readOptions',
      `format-options: tsvOptions.readOptions.bogus is not an option here; expected one of ${READ_KEYS}`,
      'format-options: tsvOptions.readOptions.sep must be 1 to 20 characters, got 0: ""',
      'format-options: tsvOptions.readOptions.quote must be exactly 1 character, got 2: "ab"',
      'format-options: tsvOptions.readOptions.header must be true or false, got "yes" (YAML 1.2 reads yes/no/on/off as text, not booleans)'
    ])
  })
})

describe('format-options: vcfOptions', () => {
  it.each([
    [{}, []],
    [{ ignoreQualField: false, ignoreFilterField: true }, []],
    ['yes', ['format-options: vcfOptions must be a mapping, got "yes"']],
    [null, ['format-options: vcfOptions must be a mapping, got null (null)']],
    [[true], ['format-options: vcfOptions must be a mapping, got [true] (object)']],
    [
      { ignoreFilterField: null },
      ['format-options: vcfOptions.ignoreFilterField must be true or false, got null (null)']
    ],
    [
      { ignoreFilterField: 'true' },
      ['format-options: vcfOptions.ignoreFilterField must be true or false, got "true"']
    ],
    [
      { ignoreQual: true, ignoreFilter: true },
      [
        'format-options: vcfOptions.ignoreQual is not an option here; expected one of ignoreQualField, ignoreFilterField',
        'format-options: vcfOptions.ignoreFilter is not an option here; expected one of ignoreQualField, ignoreFilterField'
      ]
    ]
  ])('vcfOptions %j', (vcfOptions, expected) => {
    expect(problems(p => checkFormatOptions({ vcfOptions }, p))).toEqual(expected)
  })

  it.each(['yes', 'no', 'on', 'off', 'y', 'n', 'YES', 'Off', 'N', 'oN'])(
    'a YAML 1.1 boolean word %j as text gets the YAML hint',
    word => {
      expect(problems(p => checkFormatOptions({ vcfOptions: { ignoreQualField: word } }, p))).toEqual([
        `format-options: vcfOptions.ignoreQualField must be true or false, got "${word}" (YAML 1.2 reads yes/no/on/off as text, not booleans)`
      ])
    }
  )

  it.each(['yess', 'ayes', 'noo', 'xn', 'o', '', 'yes no', 'true', 'false'])(
    'other text %j gets no YAML hint (the whole value must be the word)',
    word => {
      expect(problems(p => checkFormatOptions({ vcfOptions: { ignoreQualField: word } }, p))).toEqual([
        `format-options: vcfOptions.ignoreQualField must be true or false, got "${word}"`
      ])
    }
  )
})

describe('format-options: tsvOptions.readOptions', () => {
  it.each([
    ['x', 'format-options: tsvOptions must be a mapping, got "x"'],
    [null, 'format-options: tsvOptions must be a mapping, got null (null)'],
    [[], 'format-options: tsvOptions must be a mapping, got [] (object)']
  ])('tsvOptions %j that is not a mapping', (tsvOptions, message) => {
    expect(problems(p => checkFormatOptions({ tsvOptions }, p))).toEqual([message])
    expect(checkFormatOptions({ tsvOptions }, [])).toBeUndefined()
  })

  it.each([
    [',', 'format-options: tsvOptions.readOptions must be a mapping, got ","'],
    [null, 'format-options: tsvOptions.readOptions must be a mapping, got null (null)'],
    [[','], 'format-options: tsvOptions.readOptions must be a mapping, got [","] (object)']
  ])('readOptions %j that is not a mapping', (read, message) => {
    expect(problems(p => checkFormatOptions({ tsvOptions: { readOptions: read } }, p))).toEqual([message])
  })

  it('an empty readOptions is fine', () => {
    const value = readOptions({})
    expect(checkFormatOptions(value, [])).toBe(value)
  })

  it.each([
    ['sep', 1, 20],
    ['encoding', 1, 20],
    ['lineSep', 1, 20]
  ])('%s: %i to %i characters (n-1, n, n+1 at both ends)', (key, min, max) => {
    const check = (value: string) => problems(p => checkFormatOptions(readOptions({ [key]: value }), p))
    expect(check('s'.repeat(min))).toEqual([])
    expect(check('s'.repeat(max))).toEqual([])
    expect(check('s'.repeat(min + 1))).toEqual([])
    expect(check('s'.repeat(max - 1))).toEqual([])
    expect(check('😀'.repeat(max))).toEqual([])
    expect(check('')).toEqual([
      `format-options: tsvOptions.readOptions.${key} must be 1 to 20 characters, got 0: ""`
    ])
    expect(check('s'.repeat(max + 1))).toEqual([
      `format-options: tsvOptions.readOptions.${key} must be 1 to 20 characters, got 21: "${'s'.repeat(21)}"`
    ])
    expect(check(7 as unknown as string)).toEqual([
      `format-options: tsvOptions.readOptions.${key} must be a string, got 7 (number)`
    ])
    expect(check(null as unknown as string)).toEqual([
      `format-options: tsvOptions.readOptions.${key} must be a string, got null (null)`
    ])
  })

  it.each(['quote', 'escape', 'comment'])('%s: exactly 1 character', key => {
    const check = (value: unknown) => problems(p => checkFormatOptions(readOptions({ [key]: value }), p))
    expect(check('x')).toEqual([])
    expect(check('😀')).toEqual([])
    expect(check('')).toEqual([
      `format-options: tsvOptions.readOptions.${key} must be exactly 1 character, got 0: ""`
    ])
    expect(check('xy')).toEqual([
      `format-options: tsvOptions.readOptions.${key} must be exactly 1 character, got 2: "xy"`
    ])
    expect(check(true)).toEqual([
      `format-options: tsvOptions.readOptions.${key} must be a string, got true (boolean)`
    ])
  })

  it('comment: null (YAML read an unquoted # as a comment) says to quote it; other nulls do not', () => {
    expect(problems(p => checkFormatOptions(readOptions({ comment: null }), p))).toEqual([
      `format-options: tsvOptions.readOptions.comment must be a string, got null: in YAML an unquoted # starts a comment, so quote it: comment: '#'`
    ])
    expect(problems(p => checkFormatOptions(readOptions({ quote: null, escape: null }), p))).toEqual([
      'format-options: tsvOptions.readOptions.quote must be a string, got null (null)',
      'format-options: tsvOptions.readOptions.escape must be a string, got null (null)'
    ])
  })

  it.each(['quoteAll', 'escapeQuotes', 'header'])('%s: true or false', key => {
    const check = (value: unknown) => problems(p => checkFormatOptions(readOptions({ [key]: value }), p))
    expect(check(true)).toEqual([])
    expect(check(false)).toEqual([])
    expect(check('off')).toEqual([
      `format-options: tsvOptions.readOptions.${key} must be true or false, got "off" (YAML 1.2 reads yes/no/on/off as text, not booleans)`
    ])
    expect(check(1)).toEqual([
      `format-options: tsvOptions.readOptions.${key} must be true or false, got 1 (number)`
    ])
    expect(check(null)).toEqual([
      `format-options: tsvOptions.readOptions.${key} must be true or false, got null (null)`
    ])
  })

  it('an unknown read option names every option the service takes', () => {
    expect(problems(p => checkFormatOptions(readOptions({ delimiter: ',', sep: ',' }), p))).toEqual([
      `format-options: tsvOptions.readOptions.delimiter is not an option here; expected one of ${READ_KEYS}`
    ])
  })
})

describe('annotation-fields: the map', () => {
  it('returns the mapping as given when all is well, undefined when anything is wrong', () => {
    const fields = { VEP: 'CSQ', SnpEff: 'ANN' }
    expect(checkAnnotationFields(fields, [])).toBe(fields)
    expect(checkAnnotationFields({}, [])).toEqual({})
    expect(checkAnnotationFields({ VEP: '' }, [])).toBeUndefined()
    expect(checkAnnotationFields('VEP', [])).toBeUndefined()
  })

  it('judges only its own problems: problems found before it do not make it give up the value', () => {
    const earlier: Problem[] = [{ input: 'role-arn', message: 'x' }]
    const fields = { VEP: 'CSQ' }
    expect(checkAnnotationFields(fields, earlier)).toBe(fields)
    expect(earlier).toHaveLength(1)
  })

  it.each([
    [null, 'null (null)'],
    [['VEP'], '["VEP"] (object)'],
    [3, '3 (number)']
  ])('names what it got when it is not a mapping: %j', (value, got) => {
    expect(problems(p => checkAnnotationFields(value, p))).toEqual([
      `annotation-fields: expected a mapping of field name to field name (e.g. VEP: CSQ), got ${got}`
    ])
  })

  it('counts keys and values in characters: 21 emoji are 21 characters', () => {
    expect(problems(p => checkAnnotationFields({ ['😀'.repeat(21)]: '😀'.repeat(21) }, p))).toEqual([])
    expect(problems(p => checkAnnotationFields({ ['😀'.repeat(22)]: 'v' }, p))).toEqual([
      `annotation-fields: key "${'😀'.repeat(22)}" must be 1 to 21 characters, got 22`
    ])
  })

  it('accepts 2- and 20-character keys and values (inside the bounds)', () => {
    expect(problems(p => checkAnnotationFields({ ab: 'cd', ['k'.repeat(20)]: 'v'.repeat(20) }, p))).toEqual(
      []
    )
  })

  it('reports every key and value together: a bad key and a bad value of the same entry, and a null', () => {
    expect(
      problems(p => checkAnnotationFields({ ['k'.repeat(22)]: 'v'.repeat(22), ok: 'CSQ', n: null }, p))
    ).toEqual([
      `annotation-fields: key "${'k'.repeat(22)}" must be 1 to 21 characters, got 22`,
      `annotation-fields: value of ${'k'.repeat(22)} must be 1 to 21 characters, got 22: "${'v'.repeat(22)}"`,
      'annotation-fields: n must map to a string, got null (null) (quote it in YAML)'
    ])
  })
})
