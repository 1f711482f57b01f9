// The input reader: raw strings -> typed values, every problem collected with the input it is about, the
// expected form and the value given, so that one failure lists all of them.
import { describe, expect, it, jest } from '@jest/globals'
import { parseDocument } from 'yaml'
import {
  type Env,
  parseDuration,
  Reader,
  REGION,
  type YamlLoader,
  type YamlParser,
  yamlFor
} from '../src/inputs/input-reader.js'

function readerOf(values: Record<string, string>, env: Env = {}, yaml?: YamlParser): Reader {
  return new Reader(name => values[name] ?? '', env, yaml)
}
const said = (r: Reader): string[] => r.problems.map(p => `${p.input}: ${p.message}`)

describe('raw, required, optional, given, problem', () => {
  it('raw trims the value, and is empty when the input is unset', () => {
    const r = readerOf({ a: '  x y \n' })
    expect(r.raw('a')).toBe('x y')
    expect(r.raw('b')).toBe('')
  })

  it('required: the trimmed value, or a problem naming the input and what to give', () => {
    const r = readerOf({ 'destination-name': ' my_store ', blank: ' \n ' })
    expect(r.required('destination-name', 'the annotation store name')).toBe('my_store')
    expect(r.problems).toEqual([])
    expect(r.required('role-arn', 'the role ARN')).toBe('')
    expect(r.required('blank', 'something')).toBe('')
    expect(r.problems).toEqual([
      { input: 'role-arn', message: 'is required: give the role ARN' },
      { input: 'blank', message: 'is required: give something' }
    ])
  })

  it('optional: the trimmed value, undefined when empty or blank, never a problem', () => {
    const r = readerOf({ a: ' v ', blank: '  \t ' })
    expect(r.optional('a')).toBe('v')
    expect(r.optional('blank')).toBeUndefined()
    expect(r.optional('unset')).toBeUndefined()
    expect(r.problems).toEqual([])
  })

  it('given: whether the input holds anything but blanks', () => {
    const r = readerOf({ a: 'x', blank: ' \n ' })
    expect([r.given('a'), r.given('blank'), r.given('unset')]).toEqual([true, false, false])
  })

  it('problem: records each problem with its input, in order', () => {
    const r = readerOf({})
    r.problem('a', 'one')
    r.problem('b', 'two')
    expect(r.problems).toEqual([
      { input: 'a', message: 'one' },
      { input: 'b', message: 'two' }
    ])
  })
})

const BOOLEAN = 'expected true or false (YAML 1.2: true, True, TRUE, false, False, FALSE)'

describe('boolean', () => {
  it.each(['true', 'True', 'TRUE', ' true '])('reads %j as true, whatever the fallback', word => {
    const r = readerOf({ wait: word })
    expect([r.boolean('wait', false), r.boolean('wait', undefined)]).toEqual([true, true])
    expect(r.problems).toEqual([])
  })

  it.each(['false', 'False', 'FALSE', ' false\n'])('reads %j as false, whatever the fallback', word => {
    const r = readerOf({ wait: word })
    expect([r.boolean('wait', true), r.boolean('wait', undefined)]).toEqual([false, false])
    expect(r.problems).toEqual([])
  })

  it('an empty or blank input is the fallback, without a problem', () => {
    const r = readerOf({ blank: '  ' })
    expect([r.boolean('unset', true), r.boolean('unset', false), r.boolean('unset', undefined)]).toEqual([
      true,
      false,
      undefined
    ])
    expect(r.boolean('blank', true)).toBe(true)
    expect(r.problems).toEqual([])
  })

  it.each(['yes', 'no', 'on', '1', '0', 'tRue', 'fAlse', 'y', 'true.'])(
    'refuses %j, naming the input and the words it takes',
    word => {
      const r = readerOf({ wait: word })
      expect(r.boolean('wait', false)).toBe(false)
      expect(said(r)).toEqual([`wait: ${BOOLEAN}, got "${word}"`])
    }
  )

  it('a refused value reads as the fallback, or false when there is none', () => {
    const r = readerOf({ a: 'yes' })
    expect(r.boolean('a', true)).toBe(true)
    expect(r.boolean('a', false)).toBe(false)
    expect(r.boolean('a', undefined)).toBe(false)
    expect(r.problems).toHaveLength(3)
  })
})

describe('booleanOrWord', () => {
  const words = ['offline', 'plan'] as const

  it.each([
    ['offline', 'offline'],
    ['Offline', 'offline'],
    ['OFFLINE', 'offline'],
    [' plan ', 'plan'],
    ['PLAN', 'plan']
  ])('reads the word %j as %j', (given, word) => {
    const r = readerOf({ 'dry-run': given })
    expect(r.booleanOrWord('dry-run', false, words)).toBe(word)
    expect(r.problems).toEqual([])
  })

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
  ])('reads %j as %s', (given, value) => {
    const r = readerOf({ 'dry-run': given })
    expect(r.booleanOrWord('dry-run', !value, words)).toBe(value)
    expect(r.booleanOrWord('dry-run', !value, ['offline'])).toBe(value)
    expect(r.problems).toEqual([])
  })

  it('an empty input is the fallback', () => {
    const r = readerOf({ blank: ' ' })
    expect(r.booleanOrWord('unset', true, words)).toBe(true)
    expect(r.booleanOrWord('unset', false, words)).toBe(false)
    expect(r.booleanOrWord('blank', true, words)).toBe(true)
    expect(r.problems).toEqual([])
  })

  it.each(['maybe', 'yes', 'offline2', 'tRUE'])(
    'refuses %j once, listing every word it takes, and reads the fallback',
    given => {
      const r = readerOf({ 'dry-run': given })
      expect(r.booleanOrWord('dry-run', true, words)).toBe(true)
      expect(said(r)).toEqual([`dry-run: expected true, false or offline or plan, got "${given}"`])
      const one = readerOf({ 'dry-run': given })
      expect(one.booleanOrWord('dry-run', false, ['offline'])).toBe(false)
      expect(said(one)).toEqual([`dry-run: expected true, false or offline, got "${given}"`])
    }
  )
})

describe('word', () => {
  const modes = ['error', 'warn', 'ignore'] as const

  it('an empty input is the first word', () => {
    const r = readerOf({ blank: ' ' })
    expect(r.word('if-no-files-found', modes)).toBe('error')
    expect(r.word('blank', ['fail', 'skip'])).toBe('fail')
    expect(r.problems).toEqual([])
  })

  it.each([
    ['warn', 'warn'],
    [' IGNORE ', 'ignore'],
    ['Error', 'error']
  ])('reads %j as %j, in any case', (given, word) => {
    const r = readerOf({ mode: given })
    expect(r.word('mode', modes)).toBe(word)
    expect(r.problems).toEqual([])
  })

  it('refuses another word, listing the words it takes, and reads the first', () => {
    const r = readerOf({ 'if-no-files-found': 'fail', 'bad-files': 'warn' })
    expect(r.word('if-no-files-found', modes)).toBe('error')
    expect(r.word('bad-files', ['fail', 'skip'])).toBe('fail')
    expect(said(r)).toEqual([
      'if-no-files-found: expected error, warn or ignore, got "fail"',
      'bad-files: expected fail or skip, got "warn"'
    ])
  })
})

describe('integer', () => {
  const WHOLE = 'expected a whole number from 1 to 20'

  it.each([
    ['1', 1],
    ['2', 2],
    ['19', 19],
    ['20', 20],
    [' 7 ', 7],
    ['007', 7]
  ])('takes %j as %d', (given, n) => {
    const r = readerOf({ 'max-attempts': given })
    expect(r.integer('max-attempts', 5, 1, 20)).toBe(n)
    expect(r.problems).toEqual([])
  })

  it('an empty input is the fallback', () => {
    const r = readerOf({})
    expect(r.integer('max-attempts', 5, 1, 20)).toBe(5)
    expect(r.problems).toEqual([])
  })

  it.each(['0', '21', '100', '2.5', '-1', '+3', '1e1', '0x10', 'a5', '5a', '1 0', 'five'])(
    'refuses %j, saying the range, and reads the fallback',
    given => {
      const r = readerOf({ 'max-attempts': given })
      expect(r.integer('max-attempts', 5, 1, 20)).toBe(5)
      expect(said(r)).toEqual([`max-attempts: ${WHOLE}, got "${given}"`])
    }
  )

  it('checks both bounds at n-1, n and n+1', () => {
    const read = (given: string): [number, number] => {
      const r = readerOf({ 'max-history': given })
      return [r.integer('max-history', 20_000, 100, 1_000_000), r.problems.length]
    }
    expect([read('99'), read('100'), read('101')]).toEqual([
      [20_000, 1],
      [100, 0],
      [101, 0]
    ])
    expect([read('999999'), read('1000000'), read('1000001')]).toEqual([
      [999_999, 0],
      [1_000_000, 0],
      [20_000, 1]
    ])
    const r = readerOf({ 'max-history': '99' })
    r.integer('max-history', 20_000, 100, 1_000_000)
    expect(said(r)).toEqual(['max-history: expected a whole number from 100 to 1000000, got "99"'])
  })
})

describe('seconds', () => {
  const SECONDS = 'expected a number of seconds from 0.1 to 3600 (decimals allowed)'

  it.each([
    ['0.1', 100],
    ['0.11', 110],
    ['1', 1_000],
    ['10', 10_000],
    ['0.25', 250],
    ['12.75', 12_750],
    ['.5', 500],
    ['.25', 250],
    [' 2 ', 2_000],
    ['3599.9', 3_599_900],
    ['3600', 3_600_000]
  ])('takes %j as %d ms', (given, ms) => {
    const r = readerOf({ 'poll-interval': given })
    expect(r.seconds('poll-interval', 30, 0.1, 3600)).toBe(ms)
    expect(r.problems).toEqual([])
  })

  it('an empty input is the fallback, in milliseconds', () => {
    const r = readerOf({})
    expect(r.seconds('poll-interval', 30, 0.1, 3600)).toBe(30_000)
    expect(r.problems).toEqual([])
  })

  it('rounds to whole milliseconds', () => {
    const r = readerOf({ a: '0.0016', b: '0.0014' })
    expect([r.seconds('a', 1, 0, 10), r.seconds('b', 1, 0, 10)]).toEqual([2, 1])
  })

  it.each([
    '0.09',
    '0.099',
    '0',
    '3600.001',
    '3601',
    '-1',
    '+1',
    '+.5',
    '1e2',
    '.5e1',
    '1.',
    '.',
    '1.2.3',
    '0x10',
    '1 s',
    '5s',
    'fast'
  ])('refuses %j, saying the range, and reads the fallback', given => {
    const r = readerOf({ 'poll-interval': given })
    expect(r.seconds('poll-interval', 30, 0.1, 3600)).toBe(30_000)
    expect(said(r)).toEqual([`poll-interval: ${SECONDS}, got "${given}"`])
  })
})

describe('duration', () => {
  const POSITIVE = 'expected a positive duration: seconds (900, 0.5) or with units (90s, 45m, 2h, 1h30m)'

  it('reads seconds or units, and the fallback when empty', () => {
    const r = readerOf({ a: '2h', b: ' 90s ', c: '0.5' })
    expect([r.duration('a', 3_600_000), r.duration('b', 1), r.duration('c', 1)]).toEqual([
      7_200_000, 90_000, 500
    ])
    expect(r.duration('unset', 3_600_000)).toBe(3_600_000)
    expect(r.problems).toEqual([])
  })

  it.each(['0', '0s', '-5m', 'soon', '5 minutes', '1d'])('refuses %j and reads the fallback', given => {
    const r = readerOf({ 'wait-timeout': given })
    expect(r.duration('wait-timeout', 3_600_000)).toBe(3_600_000)
    expect(said(r)).toEqual([`wait-timeout: ${POSITIVE}, got "${given}"`])
  })
})

describe('durationWithin', () => {
  const WITHIN = 'expected a duration from 1s to 15m: seconds (30) or with units (30s, 2m)'

  it.each([
    ['1', 1_000],
    ['1s', 1_000],
    ['1.001', 1_001],
    ['2m', 120_000],
    ['899.999', 899_999],
    ['900', 900_000],
    ['15m', 900_000],
    [' 30s ', 30_000]
  ])('takes %j as %d ms', (given, ms) => {
    const r = readerOf({ 'request-timeout': given })
    expect(r.durationWithin('request-timeout', 30_000, 1_000, 900_000)).toBe(ms)
    expect(r.problems).toEqual([])
  })

  it('an empty input is the fallback', () => {
    const r = readerOf({})
    expect(r.durationWithin('request-timeout', 30_000, 1_000, 900_000)).toBe(30_000)
    expect(r.problems).toEqual([])
  })

  it.each(['0.999', '900.001', '15m1s', '16m', '0', 'abc', '-1s'])(
    'refuses %j, saying the range in the units of action.yml, and reads the fallback',
    given => {
      const r = readerOf({ 'request-timeout': given })
      expect(r.durationWithin('request-timeout', 30_000, 1_000, 900_000)).toBe(30_000)
      expect(said(r)).toEqual([`request-timeout: ${WITHIN}, got "${given}"`])
    }
  )

  it('words other bounds in seconds and minutes', () => {
    const r = readerOf({ t: '29s' })
    expect(r.durationWithin('t', 60_000, 30_000, 120_000)).toBe(60_000)
    expect(said(r)).toEqual([
      't: expected a duration from 30s to 2m: seconds (30) or with units (30s, 2m), got "29s"'
    ])
  })
})

describe('region', () => {
  const NONE =
    'region: no AWS region: set the region input, or AWS_REGION / AWS_DEFAULT_REGION (aws-actions/configure-aws-credentials sets them)'

  it('takes the input first, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    const both = { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'eu-west-1' }
    expect(readerOf({ region: ' eu-west-2 ' }, both).region()).toBe('eu-west-2')
    expect(readerOf({}, both).region()).toBe('us-west-2')
    expect(readerOf({}, { AWS_DEFAULT_REGION: 'eu-west-1' }).region()).toBe('eu-west-1')
  })

  it('trims the variables, and skips a blank AWS_REGION', () => {
    const r = readerOf({}, { AWS_REGION: '  us-west-2\n' })
    expect(r.region()).toBe('us-west-2')
    const d = readerOf({}, { AWS_DEFAULT_REGION: ' eu-west-1 ' })
    expect(d.region()).toBe('eu-west-1')
    const blank = readerOf({}, { AWS_REGION: '   ', AWS_DEFAULT_REGION: 'eu-west-1' })
    expect(blank.region()).toBe('eu-west-1')
    expect([r.problems, d.problems, blank.problems]).toEqual([[], [], []])
  })

  it('no region anywhere is a problem saying where to set one', () => {
    const r = readerOf({}, {})
    expect(r.region()).toBe('')
    const blank = readerOf({ region: ' ' }, { AWS_REGION: ' ', AWS_DEFAULT_REGION: '' })
    expect(blank.region()).toBe('')
    expect([said(r), said(blank)]).toEqual([[NONE], [NONE]])
  })

  it('a malformed region input is named as given', () => {
    const r = readerOf({ region: 'US East' }, { AWS_REGION: 'us-east-1' })
    expect(r.region()).toBe('US East')
    expect(said(r)).toEqual(['region: expected an AWS region such as us-east-1, got "US East"'])
  })

  it('a malformed region from the environment says where it came from', () => {
    const r = readerOf({}, { AWS_REGION: 'Frankfurt' })
    expect(r.region()).toBe('Frankfurt')
    const d = readerOf({}, { AWS_DEFAULT_REGION: 'us-east-1a' })
    d.region()
    expect([...said(r), ...said(d)]).toEqual([
      'region: expected an AWS region such as us-east-1, got "Frankfurt" (from AWS_REGION / AWS_DEFAULT_REGION)',
      'region: expected an AWS region such as us-east-1, got "us-east-1a" (from AWS_REGION / AWS_DEFAULT_REGION)'
    ])
  })

  it.each(['us-east-1', 'cn-north-1', 'us-gov-west-1', 'eu-central-2', 'ap-southeast-5', 'us-isob-east-1'])(
    'REGION takes %s',
    region => {
      expect(REGION.test(region)).toBe(true)
      const r = readerOf({ region })
      expect(r.region()).toBe(region)
      expect(r.problems).toEqual([])
    }
  )

  it.each([
    'us-east',
    'us-east-',
    'us-1',
    'u-east-1',
    'use-east-1',
    'xus-east-1',
    '1us-east-1',
    'us-east-1a',
    'us-east-1/',
    'US-EAST-1',
    'us_east_1',
    'us--1'
  ])('REGION refuses %s (whole value only)', region => {
    expect(REGION.test(region)).toBe(false)
    const r = readerOf({ region })
    r.region()
    expect(said(r)).toEqual([`region: expected an AWS region such as us-east-1, got "${region}"`])
  })
})

describe('url', () => {
  it('an empty input is undefined, and is not checked', () => {
    const check = jest.fn((_: string): string | undefined => 'never')
    const r = readerOf({ blank: ' ' })
    expect(r.url('endpoint-url', check)).toBeUndefined()
    expect(r.url('blank', check)).toBeUndefined()
    expect(check).not.toHaveBeenCalled()
    expect(r.problems).toEqual([])
  })

  it('the trimmed value is checked and returned; what the check says is the problem', () => {
    const good = jest.fn((_: string): string | undefined => undefined)
    const r = readerOf({ 'endpoint-url': ' https://x.example ', 'http-proxy': 'socks5://p' })
    expect(r.url('endpoint-url', good)).toBe('https://x.example')
    expect(good).toHaveBeenCalledWith('https://x.example')
    expect(r.problems).toEqual([])
    expect(r.url('http-proxy', () => 'is not a proxy')).toBe('socks5://p')
    expect(r.problems).toEqual([{ input: 'http-proxy', message: 'is not a proxy' }])
  })
})

describe('structured', () => {
  const OPTIONS = { version: '1.2', schema: 'core', prettyErrors: true, uniqueKeys: true }

  /** The real parser, recording the options it is given. */
  function spied(): { parser: YamlParser; options: unknown[] } {
    const options: unknown[] = []
    const parser = ((text: string, given: Parameters<YamlParser>[1]) => {
      options.push(given)
      return parseDocument(text, given)
    }) as YamlParser
    return { parser, options }
  }

  /** A parser answering one error, as the yaml library words it. */
  function failing(message: string, linePos?: { line: number; col: number }[]): YamlParser {
    return (() => ({
      errors: [
        { message, ...(linePos && { linePos }) },
        { message: 'a second error', linePos: [{ line: 9, col: 9 }] }
      ],
      toJS: () => 'not read'
    })) as unknown as YamlParser
  }

  it('an empty input is undefined, without a parser', () => {
    const r = readerOf({ blank: '  ' })
    expect(r.structured('format-options')).toBeUndefined()
    expect(r.structured('blank')).toBeUndefined()
    expect(r.problems).toEqual([])
  })

  it('a given input without the parser is an error of the caller', () => {
    expect(() => readerOf({ 'format-options': 'a: 1' }).structured('format-options')).toThrow(
      new Error('structured inputs need the YAML parser')
    )
  })

  it('parses YAML 1.2 (core schema, unique keys, errors with their position)', () => {
    const { parser, options } = spied()
    const r = readerOf(
      { yaml: ' flag: yes\nn: 0o17\nz: ~\nlist: [1, "2"] ', json: '{"VEP": "CSQ"}' },
      {},
      parser
    )
    expect(r.structured('yaml')).toEqual({ flag: 'yes', n: 15, z: null, list: [1, '2'] })
    expect(r.structured('json')).toEqual({ VEP: 'CSQ' })
    expect(options).toEqual([OPTIONS, OPTIONS])
    expect(r.problems).toEqual([])
  })

  it('reads the document with at most 10 aliases', () => {
    const seen: unknown[] = []
    const parser = (() => ({
      errors: [],
      toJS: (options: unknown) => {
        seen.push(options)
        return { a: 1 }
      }
    })) as unknown as YamlParser
    expect(readerOf({ x: 'a: 1' }, {}, parser).structured('x')).toEqual({ a: 1 })
    expect(seen).toEqual([{ maxAliasCount: 10 }])
    const { parser: real } = spied()
    expect(readerOf({ x: 'a: &a [1]\nb: [*a, *a]' }, {}, real).structured('x')).toEqual({
      a: [1],
      b: [[1], [1]]
    })
  })

  it('a document whose aliases expand past the bound is a problem of the input, not a crash', () => {
    const { parser } = spied()
    const laughs = 'a: &a [1]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]'
    const r = readerOf({ 'format-options': laughs, ok: 'a: 1' }, {}, parser)
    expect(r.structured('format-options')).toBeUndefined()
    expect(r.structured('ok')).toEqual({ a: 1 })
    expect(said(r)).toEqual([
      'format-options: uses YAML aliases (*name) more than the 10 times allowed when expanded: write the values out'
    ])
  })

  it('reports the first syntax error with its line and column, without the excerpt', () => {
    const { parser } = spied()
    const r = readerOf(
      { 'annotation-fields': '{"VEP": "CSQ"', 'version-tags': 'a: 1\na: 2', ok: 'a: 1' },
      {},
      parser
    )
    expect(r.structured('annotation-fields')).toBeUndefined()
    expect(r.structured('version-tags')).toBeUndefined()
    expect(r.structured('ok')).toEqual({ a: 1 })
    expect(said(r)).toEqual([
      'annotation-fields: is not valid YAML or JSON at line 1, column 14: Flow map must end with a }',
      'version-tags: is not valid YAML or JSON at line 2, column 1: Map keys must be unique'
    ])
  })

  it.each([
    ['Oops at line 12, column 34:', 'Oops'],
    ['Oops at line 1, column 2', 'Oops'],
    ['Oops at line 1, column 2:\n\nexcerpt', 'Oops'],
    ['A at line 1, column 2 B', 'A at line 1, column 2 B'],
    ['First line\nsecond line', 'First line'],
    ['Oops at line x, column 2', 'Oops at line x, column 2'],
    ['Oops at line 1, column x', 'Oops at line 1, column x']
  ])('words the error %j as %j', (message, what) => {
    const r = readerOf({ x: 'anything' }, {}, failing(message, [{ line: 3, col: 7 }]))
    expect(r.structured('x')).toBeUndefined()
    expect(said(r)).toEqual([`x: is not valid YAML or JSON at line 3, column 7: ${what}`])
  })

  it('an error without a position is reported without one', () => {
    const r = readerOf({ x: 'anything', y: 'anything' }, {}, failing('Oops at line 1, column 2'))
    expect(r.structured('x')).toBeUndefined()
    const empty = readerOf({ y: 'anything' }, {}, failing('Oops', []))
    expect(empty.structured('y')).toBeUndefined()
    expect([...said(r), ...said(empty)]).toEqual([
      'x: is not valid YAML or JSON: Oops',
      'y: is not valid YAML or JSON: Oops'
    ])
  })
})

describe('yamlFor', () => {
  const parser = parseDocument
  function loader(): { load: YamlLoader; calls: () => number } {
    let calls = 0
    return {
      load: async () => {
        calls++
        return { parseDocument: parser }
      },
      calls: () => calls
    }
  }
  const names = ['format-options', 'annotation-fields']

  it('loads the parser when any one of the names is given', async () => {
    const { load, calls } = loader()
    const get = (name: string): string => (name === 'annotation-fields' ? ' a: 1 ' : '')
    expect(await yamlFor(get, names, load)).toBe(parser)
    expect(calls()).toBe(1)
  })

  it('loads nothing when none is given (blank counts as not given)', async () => {
    const { load, calls } = loader()
    expect(await yamlFor(name => (name === 'format-options' ? ' \n ' : ''), names, load)).toBeUndefined()
    expect(await yamlFor(() => 'a: 1', [], load)).toBeUndefined()
    expect(calls()).toBe(0)
  })

  it('without a loader there is no parser, given or not', async () => {
    expect(await yamlFor(() => 'a: 1', names)).toBeUndefined()
  })
})

describe('parseDuration', () => {
  it.each([
    ['900', 900_000],
    ['0.5', 500],
    ['90s', 90_000],
    ['45m', 2_700_000],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['1.5h', 5_400_000]
  ])('%s -> %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it.each(['', '0', '0s', 'h', '1d', '-1', '1m1h', 'abc'])('rejects %j', text =>
    expect(parseDuration(text)).toBeUndefined()
  )

  it.each([
    [' 90s ', 90_000],
    ['.5', 500],
    ['.25', 250],
    ['0.25', 250],
    ['12', 12_000],
    ['0.001', 1],
    ['12h', 43_200_000],
    ['12m', 720_000],
    ['12s', 12_000],
    ['1.25h', 4_500_000],
    ['1.25m', 75_000],
    ['1.25s', 1_250],
    ['0.0016s', 2],
    ['1m30s', 90_000],
    ['2h15s', 7_215_000],
    ['1h2m3s', 3_723_000]
  ])('also %j -> %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it.each([
    '+5',
    '5e1',
    'x5',
    'x5s',
    '5sx',
    '5s5',
    '1.',
    '1.s',
    '.s',
    's',
    '1.5.5',
    '1h 30m',
    '1H',
    '5 s',
    '1s1m',
    '0h0m0s',
    '0.0004',
    '0.0004s'
  ])('also rejects %j', text => expect(parseDuration(text)).toBeUndefined())
})
