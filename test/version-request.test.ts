// checkVersionFields: the CreateAnnotationStoreVersion request from the version inputs, and every
// problem named by its input, against the service model's limits.
import { describe, expect, it } from '@jest/globals'
import {
  checkTags,
  checkVersionFields,
  checkVersionOptions,
  type VersionFields
} from '../src/model/version-request.js'
import type { Problem } from '../src/shared/errors.js'

const base: VersionFields = { createVersion: true, destinationName: 'my_store', versionName: 'v2' }
function check(fields: { [K in keyof VersionFields]?: VersionFields[K] | undefined }) {
  const problems: Problem[] = []
  const merged = Object.fromEntries(
    Object.entries({ ...base, ...fields }).filter(([, value]) => value !== undefined)
  ) as unknown as VersionFields
  const request = checkVersionFields(merged, problems)
  return { request, problems }
}

describe('checkVersionFields', () => {
  it('create-version off: no request and no problems, whatever else is given', () => {
    expect(check({ createVersion: false, versionTags: 'x' })).toEqual({ request: undefined, problems: [] })
  })

  it('a full request is built as given', () => {
    const versionOptions = {
      tsvVersionOptions: {
        annotationType: 'CHR_POS',
        formatToHeader: { CHR: 'chrom', POS: 'pos' },
        schema: [{ chrom: 'STRING' }, { pos: 'LONG' }]
      }
    }
    expect(check({ versionDescription: 'Nov', versionOptions, versionTags: { release: '2026-11' } })).toEqual(
      {
        request: {
          name: 'my_store',
          versionName: 'v2',
          description: 'Nov',
          versionOptions,
          tags: { release: '2026-11' }
        },
        problems: []
      }
    )
  })

  it('create-version without version-name is a problem on create-version', () => {
    const { request, problems } = check({ versionName: undefined })
    expect(request).toBeUndefined()
    expect(problems).toEqual([
      {
        input: 'create-version',
        message: 'needs version-name: the name of the version to create, e.g. clinvar_2026_11'
      }
    ])
  })

  it('every version-options problem is reported together', () => {
    const { request, problems } = check({
      versionOptions: {
        tsvVersionOptions: {
          annotationType: 'CHR',
          formatToHeader: { CHROM: 'c' },
          schema: [{ Bad: 'STRING' }, { a: 'TEXT' }, { a: 'LONG', b: 'LONG' }],
          extra: 1
        }
      }
    })
    expect(request).toBeUndefined()
    const messages = problems.map(p => `${p.input}: ${p.message}`)
    expect(messages).toHaveLength(6)
    expect(messages.every(m => m.startsWith('version-options: '))).toBe(true)
    expect(messages.join('\n')).toMatch(/tsvVersionOptions\.extra is not an option here/)
    expect(messages.join('\n')).toMatch(/tsvVersionOptions\.annotationType must be one of GENERIC, .*got/)
    expect(messages.join('\n')).toMatch(/tsvVersionOptions\.schema\[0\]: column name must match/)
    expect(messages.join('\n')).toMatch(/tsvVersionOptions\.schema\[1\]\.a must be one of LONG/)
    expect(messages.join('\n')).toMatch(/tsvVersionOptions\.schema\[2\] must be one mapping/)
  })

  it('version-options must be exactly tsvVersionOptions; schema and formatToHeader shapes', () => {
    expect(check({ versionOptions: { vcfOptions: {} } }).problems[0]?.message).toMatch(
      /^expected a mapping with tsvVersionOptions/
    )
    expect(check({ versionOptions: { tsvVersionOptions: { schema: [] } } }).problems[0]?.message).toMatch(
      /^tsvVersionOptions\.schema must be a list of 1 to 5000/
    )
    expect(
      check({ versionOptions: { tsvVersionOptions: { formatToHeader: 'x' } } }).problems[0]?.message
    ).toMatch(/^tsvVersionOptions\.formatToHeader must be a mapping/)
  })

  it('version-tags and version-description limits', () => {
    const { problems } = check({
      versionDescription: 'd'.repeat(501),
      versionTags: { 'aws:x': 'a', ['k'.repeat(129)]: 'b', n: 3 }
    })
    expect(problems.map(p => p.input)).toEqual([
      'version-description',
      'version-tags',
      'version-tags',
      'version-tags'
    ])
    expect(problems.map(p => p.message).join('\n')).toMatch(/the aws: prefix is reserved/)
    expect(problems.map(p => p.message).join('\n')).toMatch(/must be 1 to 128 characters, got 129/)
    expect(problems.map(p => p.message).join('\n')).toMatch(
      /tag n must be a string, got 3 \(number\) \(quote it in YAML\)/
    )
    expect(check({ versionTags: ['a'] }).problems[0]?.message).toMatch(
      /^expected a mapping of tag names to values/
    )
  })
})

const versionOptions = (tsvVersionOptions: Record<string, unknown>) => ({ tsvVersionOptions })
const messages = (fields: Parameters<typeof check>[0]) =>
  check(fields).problems.map(p => `${p.input}: ${p.message}`)
const ANNOTATION_TYPES = [
  'GENERIC',
  'CHR_POS',
  'CHR_POS_REF_ALT',
  'CHR_START_END_ONE_BASE',
  'CHR_START_END_REF_ALT_ONE_BASE',
  'CHR_START_END_ZERO_BASE',
  'CHR_START_END_REF_ALT_ZERO_BASE'
]

describe('the request', () => {
  it('holds only the members given: no description, options or tags when none are given', () => {
    expect(check({})).toEqual({ request: { name: 'my_store', versionName: 'v2' }, problems: [] })
    expect(Object.keys(check({}).request ?? {})).toEqual(['name', 'versionName'])
  })

  it('an empty description is a description (0 characters is allowed)', () => {
    expect(check({ versionDescription: '' }).request).toEqual({
      name: 'my_store',
      versionName: 'v2',
      description: ''
    })
  })

  it('the returned options and tags are the values given', () => {
    const options = versionOptions({ annotationType: 'GENERIC' })
    const tags = { team: 'genomics' }
    const { request } = check({ versionOptions: options, versionTags: tags })
    expect(request?.versionOptions).toBe(options)
    expect(request?.tags).toBe(tags)
  })

  it('problems found before it do not stop the request; its own do', () => {
    const earlier: Problem[] = [{ input: 'role-arn', message: 'x' }]
    expect(checkVersionFields(base, earlier)).toEqual({ name: 'my_store', versionName: 'v2' })
    expect(earlier).toHaveLength(1)
  })

  it('any one problem, with version-name given, means no request', () => {
    expect(check({ versionDescription: 'd'.repeat(501) }).request).toBeUndefined()
    expect(check({ versionTags: { k: 1 } }).request).toBeUndefined()
    expect(check({ versionOptions: 'x' }).request).toBeUndefined()
  })

  it('without version-name, the other version inputs are still checked, all together', () => {
    expect(
      messages({ versionName: undefined, versionDescription: 'd'.repeat(501), versionTags: 'x' })
    ).toEqual([
      'create-version: needs version-name: the name of the version to create, e.g. clinvar_2026_11',
      `version-description: the description must be 0 to 500 characters, got 501: "${'d'.repeat(117)}..."`,
      'version-tags: expected a mapping of tag names to values (e.g. release: "2026-11"), got "x"'
    ])
  })
})

describe('version-description: 0 to 500 characters', () => {
  it.each([0, 1, 499, 500])('%i characters is fine', length => {
    expect(check({ versionDescription: 'd'.repeat(length) }).problems).toEqual([])
  })
  it('501 characters is one too many; 500 emoji are 500 characters', () => {
    expect(messages({ versionDescription: 'd'.repeat(501) })).toEqual([
      `version-description: the description must be 0 to 500 characters, got 501: "${'d'.repeat(117)}..."`
    ])
    expect(check({ versionDescription: '😀'.repeat(500) }).problems).toEqual([])
  })
})

describe('version-options', () => {
  const WHOLE = 'expected a mapping with tsvVersionOptions (the only kind of version options), got'
  it.each([
    ['x', `"x"`],
    [null, 'null (null)'],
    [[], '[] (object)'],
    [{}, '{} (object)'],
    [{ vcfOptions: {} }, '{"vcfOptions":{}} (object)'],
    [{ tsvVersionOptions: {}, extra: 1 }, '{"tsvVersionOptions":{},"extra":1} (object)'],
    [{ tsvVersionOptions: 'x' }, '{"tsvVersionOptions":"x"} (object)'],
    [{ tsvVersionOptions: null }, '{"tsvVersionOptions":null} (object)'],
    [{ tsvVersionOptions: ['schema'] }, '{"tsvVersionOptions":["schema"]} (object)']
  ])('must be exactly one tsvVersionOptions mapping: %j', (value, got) => {
    expect(messages({ versionOptions: value })).toEqual([`version-options: ${WHOLE} ${got}`])
  })

  it('an empty tsvVersionOptions is fine', () => {
    expect(check({ versionOptions: versionOptions({}) }).problems).toEqual([])
  })

  it.each(ANNOTATION_TYPES)('annotationType %s is accepted', type => {
    expect(check({ versionOptions: versionOptions({ annotationType: type }) }).problems).toEqual([])
  })

  it.each([
    ['CHR', '"CHR"'],
    ['generic', '"generic"'],
    [' GENERIC', '" GENERIC"'],
    [1, '1 (number)'],
    [null, 'null (null)']
  ])('annotationType %j names every type', (type, got) => {
    expect(messages({ versionOptions: versionOptions({ annotationType: type }) })).toEqual([
      `version-options: tsvVersionOptions.annotationType must be one of ${ANNOTATION_TYPES.join(', ')}, got ${got}`
    ])
  })

  it('an unknown member of tsvVersionOptions names the three it takes', () => {
    expect(messages({ versionOptions: versionOptions({ annotationType: 'GENERIC', sep: ',' }) })).toEqual([
      'version-options: tsvVersionOptions.sep is not an option here; expected annotationType, formatToHeader, schema'
    ])
  })

  describe('formatToHeader', () => {
    it('takes each header key, with a column name of 0 to 1000 characters', () => {
      const formatToHeader = { CHR: 'c', START: '', END: 'e'.repeat(1000), REF: 'r', ALT: 'a', POS: 'p' }
      expect(check({ versionOptions: versionOptions({ formatToHeader }) }).problems).toEqual([])
      expect(check({ versionOptions: versionOptions({ formatToHeader: {} }) }).problems).toEqual([])
    })

    it.each([
      ['x', '"x"'],
      [null, 'null (null)'],
      [['CHR'], '["CHR"] (object)']
    ])('must be a mapping: %j', (value, got) => {
      expect(messages({ versionOptions: versionOptions({ formatToHeader: value }) })).toEqual([
        `version-options: tsvVersionOptions.formatToHeader must be a mapping, got ${got}`
      ])
    })

    it('names a wrong key, a column name too long and one not a string, all together', () => {
      expect(
        messages({
          versionOptions: versionOptions({
            formatToHeader: { CHROM: 'c', chr: 'c', START: 's'.repeat(1001), END: 5 }
          })
        })
      ).toEqual([
        'version-options: a tsvVersionOptions.formatToHeader key must be one of CHR, START, END, REF, ALT, POS, got "CHROM"',
        'version-options: a tsvVersionOptions.formatToHeader key must be one of CHR, START, END, REF, ALT, POS, got "chr"',
        `version-options: tsvVersionOptions.formatToHeader.START must be 0 to 1000 characters, got 1001: "${'s'.repeat(117)}..."`,
        'version-options: tsvVersionOptions.formatToHeader.END must be a string, got 5 (number)'
      ])
    })
  })

  describe('schema', () => {
    it('takes each type, and column names of 1 to 255 of a-z, 0-9 and _', () => {
      const schema = ['LONG', 'INT', 'STRING', 'FLOAT', 'DOUBLE', 'BOOLEAN'].map((type, i) => ({
        [`c_${i}`]: type
      }))
      expect(check({ versionOptions: versionOptions({ schema }) }).problems).toEqual([])
      expect(
        check({ versionOptions: versionOptions({ schema: [{ a: 'INT' }, { ['z'.repeat(255)]: 'INT' }] }) })
          .problems
      ).toEqual([])
    })

    it('1 to 5000 entries: 5000 is fine, 5001 and 0 are not', () => {
      const entries = (n: number) => Array.from({ length: n }, () => ({ a: 'LONG' }))
      expect(check({ versionOptions: versionOptions({ schema: entries(1) }) }).problems).toEqual([])
      expect(check({ versionOptions: versionOptions({ schema: entries(5000) }) }).problems).toEqual([])
      const LIST =
        'tsvVersionOptions.schema must be a list of 1 to 5000 one-entry mappings (column: type), got'
      expect(messages({ versionOptions: versionOptions({ schema: entries(5001) }) })).toEqual([
        `version-options: ${LIST} ${JSON.stringify(entries(9)).slice(0, 117)}... (object)`
      ])
      expect(messages({ versionOptions: versionOptions({ schema: [] }) })).toEqual([
        `version-options: ${LIST} [] (object)`
      ])
      expect(messages({ versionOptions: versionOptions({ schema: { a: 'LONG' } }) })).toEqual([
        `version-options: ${LIST} {"a":"LONG"} (object)`
      ])
    })

    it('each entry is one mapping of a column name to its type', () => {
      expect(
        messages({
          versionOptions: versionOptions({
            schema: [{ ok: 'INT' }, 'pos', {}, { a: 'LONG', b: 'LONG' }, ['a'], null, { fine: 'FLOAT' }]
          })
        })
      ).toEqual([
        'version-options: tsvVersionOptions.schema[1] must be one mapping of a column name to its type, got "pos"',
        'version-options: tsvVersionOptions.schema[2] must be one mapping of a column name to its type, got {} (object)',
        'version-options: tsvVersionOptions.schema[3] must be one mapping of a column name to its type, got {"a":"LONG","b":"LONG"} (object)',
        'version-options: tsvVersionOptions.schema[4] must be one mapping of a column name to its type, got ["a"] (object)',
        'version-options: tsvVersionOptions.schema[5] must be one mapping of a column name to its type, got null (null)'
      ])
    })

    it.each(['', 'Pos', 'pos-1', ' pos', 'pos ', 'x.y', 'z'.repeat(256)])(
      'a column name %j outside [a-z0-9_]{1,255} is named',
      name => {
        const shownName = name.length > 120 ? `"${name.slice(0, 117)}..."` : `"${name}"`
        expect(messages({ versionOptions: versionOptions({ schema: [{ [name]: 'STRING' }] }) })).toEqual([
          `version-options: tsvVersionOptions.schema[0]: column name must match [a-z0-9_]{1,255}, got ${shownName}`
        ])
      }
    )

    it('a wrong name and a wrong type of one entry are both named', () => {
      expect(
        messages({ versionOptions: versionOptions({ schema: [{ a: 'LONG' }, { Pos: 'long' }] }) })
      ).toEqual([
        'version-options: tsvVersionOptions.schema[1]: column name must match [a-z0-9_]{1,255}, got "Pos"',
        'version-options: tsvVersionOptions.schema[1].Pos must be one of LONG, INT, STRING, FLOAT, DOUBLE, BOOLEAN, got "long"'
      ])
      expect(messages({ versionOptions: versionOptions({ schema: [{ a: 3 }] }) })).toEqual([
        'version-options: tsvVersionOptions.schema[0].a must be one of LONG, INT, STRING, FLOAT, DOUBLE, BOOLEAN, got 3 (number)'
      ])
    })
  })
})

describe('version-tags', () => {
  it('takes keys of 1 to 128 characters and string values of 0 to 256', () => {
    const tags = {
      k: '',
      ['k'.repeat(128)]: 'v'.repeat(256),
      ['😀'.repeat(128)]: '😀'.repeat(256),
      ab: 'v',
      aws: 'x'
    }
    expect(check({ versionTags: tags })).toMatchObject({ problems: [], request: { tags } })
    expect(check({ versionTags: {} })).toMatchObject({ problems: [], request: { tags: {} } })
  })

  it.each([
    [{ '': 'v' }, 'tag key "" must be 1 to 128 characters, got 0'],
    [{ ['k'.repeat(129)]: 'v' }, `tag key "${'k'.repeat(117)}..." must be 1 to 128 characters, got 129`],
    [{ k: 'v'.repeat(257) }, `tag k must be 0 to 256 characters, got 257: "${'v'.repeat(117)}..."`],
    [{ k: 3 }, 'tag k must be a string, got 3 (number) (quote it in YAML)'],
    [{ k: null }, 'tag k must be a string, got null (null) (quote it in YAML)'],
    [{ k: true }, 'tag k must be a string, got true (boolean) (quote it in YAML)'],
    [{ 'aws:team': 'x' }, 'tag key "aws:team": the aws: prefix is reserved'],
    [{ 'AWS:team': 'x' }, 'tag key "AWS:team": the aws: prefix is reserved'],
    [{ 'Aws:': 'x' }, 'tag key "Aws:": the aws: prefix is reserved']
  ])('%j', (tags, message) => {
    expect(messages({ versionTags: tags })).toEqual([`version-tags: ${message}`])
  })

  it.each(['my-aws:x', 'x:aws:', 'aws-team', 'awsx:'])(
    'the reserved prefix is only at the start: %j is fine',
    key => {
      expect(check({ versionTags: { [key]: 'x' } }).problems).toEqual([])
    }
  )

  it('every problem of a key and its value is named', () => {
    const key = `aws:${'k'.repeat(125)}`
    expect(messages({ versionTags: { [key]: 7 } })).toEqual([
      `version-tags: tag key "${key.slice(0, 117)}..." must be 1 to 128 characters, got 129`,
      `version-tags: tag key "${key.slice(0, 117)}...": the aws: prefix is reserved`,
      `version-tags: tag ${key} must be a string, got 7 (number) (quote it in YAML)`
    ])
  })

  it.each([
    [null, 'null (null)'],
    [['a'], '["a"] (object)'],
    [5, '5 (number)']
  ])('not a mapping: %j', (value, got) => {
    expect(messages({ versionTags: value })).toEqual([
      `version-tags: expected a mapping of tag names to values (e.g. release: "2026-11"), got ${got}`
    ])
  })
})

describe('checkTags and checkVersionOptions on their own', () => {
  it('checkTags names the input it is given, and returns the tags or undefined', () => {
    const tags = { a: 'b' }
    expect(checkTags('tags', tags, [])).toBe(tags)
    const found: Problem[] = []
    expect(checkTags('tags', { 'aws:a': 'b' }, found)).toBeUndefined()
    expect(found).toEqual([{ input: 'tags', message: 'tag key "aws:a": the aws: prefix is reserved' }])
    expect(checkTags('tags', 'x', [])).toBeUndefined()
    const earlier: Problem[] = [{ input: 'x', message: 'y' }]
    expect(checkTags('tags', tags, earlier)).toBe(tags)
  })

  it('checkVersionOptions returns the options or undefined', () => {
    const options = versionOptions({ schema: [{ a: 'LONG' }] })
    expect(checkVersionOptions(options, [])).toBe(options)
    expect(checkVersionOptions(versionOptions({ schema: [{ a: 'TEXT' }] }), [])).toBeUndefined()
    expect(checkVersionOptions('x', [])).toBeUndefined()
    const earlier: Problem[] = [{ input: 'x', message: 'y' }]
    expect(checkVersionOptions(options, earlier)).toBe(options)
  })
})
