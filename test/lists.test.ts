// Lists given in one input: items (S3 URIs) and job ids, one per line or as a JSON array.
import { describe, expect, it } from '@jest/globals'
import { parseItems, parseJobIds } from '../src/inputs/lists.js'
import { type Problem } from '../src/shared/errors.js'

/** What JSON.parse says of `text` (its wording differs between Node versions). */
function jsonError(text: string): string {
  try {
    JSON.parse(text)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error(`${text} is valid JSON`)
}

describe('parseItems', () => {
  it('drops blanks and comments, trims, keeps line numbers', () => {
    expect(parseItems('\n  s3://b-1/a.vcf  \n# old\n\r\ns3://b-1/b.vcf\r\n')).toEqual([
      { line: 2, uri: 's3://b-1/a.vcf', where: 'line 2' },
      { line: 5, uri: 's3://b-1/b.vcf', where: 'line 5' }
    ])
  })

  it("takes a JSON array of URIs, the format of the action's own items and skipped outputs", () => {
    expect(parseItems(' ["s3://b-1/a.vcf", "s3://b-1/b.vcf"]\n')).toEqual([
      { line: 1, uri: 's3://b-1/a.vcf', where: 'entry 1' },
      { line: 2, uri: 's3://b-1/b.vcf', where: 'entry 2' }
    ])
  })

  it('rejects a line holding two URIs, and a JSON array of something else', () => {
    const problems: { input: string; message: string }[] = []
    parseItems('s3://b-1/a.vcf, s3://b-1/b.vcf\ns3://b-1/c.vcf s3://b-1/d.vcf', problems)
    expect(problems.map(p => p.message)).toEqual([
      'line 1: one URI per line, found 2 in "s3://b-1/a.vcf, s3://b-1/b.vcf" (put each on its own line, or give a JSON array)',
      'line 2: one URI per line, found 2 in "s3://b-1/c.vcf s3://b-1/d.vcf" (put each on its own line, or give a JSON array)'
    ])
    problems.length = 0
    parseItems('["s3://b-1/a.vcf", 7]', problems)
    expect(problems.map(p => p.message)).toEqual(['entry 2: expected an s3:// URI string, got 7 (number)'])
    problems.length = 0
    parseItems('[s3://b-1/a.vcf]', problems)
    expect(problems[0]?.message).toMatch(/^starts with \[ but is not a JSON array of URIs/)
  })

  it('a comment starts a line; a # later in a line is part of the URI', () => {
    const problems: Problem[] = []
    expect(parseItems('  # indented comment\ns3://b-1/key#1\n#s3://b-1/old.vcf', problems)).toEqual([
      { line: 2, uri: 's3://b-1/key#1', where: 'line 2' }
    ])
    expect(problems).toEqual([])
  })

  it('keeps a line that is not an S3 URI as it is (the request checks refuse it, naming the line)', () => {
    const problems: Problem[] = []
    expect(parseItems('bucket/key.vcf\n\ns3://b-1/a.vcf', problems)).toEqual([
      { line: 1, uri: 'bucket/key.vcf', where: 'line 1' },
      { line: 3, uri: 's3://b-1/a.vcf', where: 'line 3' }
    ])
    expect(problems).toEqual([])
  })

  it('counts every URI on a line, and names only the lines holding more than one', () => {
    const problems: Problem[] = []
    const items = parseItems('s3://b-1/a.vcf\ns3://a s3://b s3://c\ns3://b-1/d.vcf', problems)
    expect(items.map(item => item.uri)).toEqual(['s3://b-1/a.vcf', 's3://a s3://b s3://c', 's3://b-1/d.vcf'])
    expect(problems).toEqual([
      {
        input: 'items',
        message:
          'line 2: one URI per line, found 3 in "s3://a s3://b s3://c" (put each on its own line, or give a JSON array)'
      }
    ])
  })

  it('only blanks and comments, or nothing, are no items and no problem', () => {
    const problems: Problem[] = []
    expect(parseItems('', problems)).toEqual([])
    expect(parseItems(' \n# only a comment\n\t\n', problems)).toEqual([])
    expect(problems).toEqual([])
  })

  it('a JSON array: entries trimmed, numbered from 1, an empty array is no items', () => {
    const problems: Problem[] = []
    expect(parseItems('[" s3://b-1/a.vcf ", "s3://b-1/b.vcf\\n", "s3://b-1/c.vcf"]', problems)).toEqual([
      { line: 1, uri: 's3://b-1/a.vcf', where: 'entry 1' },
      { line: 2, uri: 's3://b-1/b.vcf', where: 'entry 2' },
      { line: 3, uri: 's3://b-1/c.vcf', where: 'entry 3' }
    ])
    expect(parseItems('[]', problems)).toEqual([])
    expect(parseItems(' [ ] ', problems)).toEqual([])
    expect(problems).toEqual([])
  })

  it('names each JSON entry that is not a string, keeping the others', () => {
    const problems: Problem[] = []
    expect(
      parseItems('[null, "s3://b-1/a.vcf", {"uri": "s3://b-1/b.vcf"}, ["s3://b-1/c.vcf"], true]', problems)
    ).toEqual([{ line: 2, uri: 's3://b-1/a.vcf', where: 'entry 2' }])
    expect(problems).toEqual([
      { input: 'items', message: 'entry 1: expected an s3:// URI string, got null (null)' },
      {
        input: 'items',
        message: 'entry 3: expected an s3:// URI string, got {"uri":"s3://b-1/b.vcf"} (object)'
      },
      { input: 'items', message: 'entry 4: expected an s3:// URI string, got ["s3://b-1/c.vcf"] (object)' },
      { input: 'items', message: 'entry 5: expected an s3:// URI string, got true (boolean)' }
    ])
  })

  it('text starting with [ that is not JSON is one problem, with the parser’s reason, and no items', () => {
    for (const text of ['[s3://b-1/a.vcf]', '["s3://b-1/a.vcf",']) {
      const problems: Problem[] = []
      expect(parseItems(`  ${text}\n`, problems)).toEqual([])
      expect(problems).toEqual([
        { input: 'items', message: `starts with [ but is not a JSON array of URIs (${jsonError(text)})` }
      ])
    }
  })

  it('only text starting with [ is read as JSON', () => {
    const problems: Problem[] = []
    expect(parseItems('s3://b-1/a.vcf\n["s3://b-1/b.vcf"]', problems)).toEqual([
      { line: 1, uri: 's3://b-1/a.vcf', where: 'line 1' },
      { line: 2, uri: '["s3://b-1/b.vcf"]', where: 'line 2' }
    ])
    expect(problems).toEqual([])
  })

  it('adds to the problems it is given, and needs none', () => {
    const problems: Problem[] = [{ input: 'destination-name', message: 'is required: give a name' }]
    parseItems('s3://a s3://b', problems)
    expect(problems.map(p => p.input)).toEqual(['destination-name', 'items'])
    expect(parseItems('s3://a s3://b')).toEqual([{ line: 1, uri: 's3://a s3://b', where: 'line 1' }])
  })
})

describe('parseJobIds', () => {
  const a = '0123abcd-0123-4567-89ab-0123456789ab'
  const b = '0123abcd-0123-4567-89ab-0123456789ac'
  const expected = (got: string): string =>
    `expected a job id like 0123abcd-0123-4567-89ab-0123456789ab, got ${got}`

  it('takes one id, one per line, or a JSON array (the job-ids output)', () => {
    expect(parseJobIds('job-id', a, [])).toEqual([a])
    expect(parseJobIds('job-id', `${a}\n\n ${b}\n`, [])).toEqual([a, b])
    expect(parseJobIds('job-ids', JSON.stringify([a, b]), [])).toEqual([a, b])
  })
  it('names each value that is not a job id', () => {
    const problems: { input: string; message: string }[] = []
    parseJobIds('job-ids', JSON.stringify([a, 'nope']), problems)
    expect(problems).toEqual([
      { input: 'job-ids', message: 'expected a job id like 0123abcd-0123-4567-89ab-0123456789ab, got "nope"' }
    ])
  })

  it('nothing, or only blanks, is no ids and no problem', () => {
    const problems: Problem[] = []
    expect(parseJobIds('job-id', '', problems)).toEqual([])
    expect(parseJobIds('job-id', ' \n\r\n ', problems)).toEqual([])
    expect(parseJobIds('job-ids', '[]', problems)).toEqual([])
    expect(problems).toEqual([])
  })

  it.each([
    ['LF', `${a}\n${b}`],
    ['CRLF', `${a}\r\n${b}`],
    ['CR', `${a}\r${b}`],
    ['blank lines between', `\n ${a} \n   \n\n\t${b}\t\n`],
    ['a JSON array over lines', `[\n  "${a}",\n  "${b}"\n]`]
  ])('takes ids one per line: %s', (_, text) => {
    const problems: Problem[] = []
    expect(parseJobIds('job-ids', text, problems)).toEqual([a, b])
    expect(problems).toEqual([])
  })

  it('keeps repeated ids (readWaitInputs drops the repeats)', () => {
    expect(parseJobIds('job-ids', `${a}\n${a}`, [])).toEqual([a, a])
  })

  it.each([
    `x${a}`,
    `${a}x`,
    `${a}0`,
    a.slice(1),
    a.toUpperCase(),
    a.replace('0123abcd', '0123abcg'),
    a.replaceAll('-', ''),
    '0123abc-0123-4567-89ab-0123456789abc',
    '0123abcd-012-34567-89ab-0123456789ab',
    '0123abcd-0123-456-789ab-0123456789ab',
    '0123abcd-0123-4567-89a-b0123456789ab',
    `${a} ${b}`
  ])('refuses %s: a job id is the whole value, lower-case hex in 8-4-4-4-12', id => {
    const problems: Problem[] = []
    expect(parseJobIds('job-id', id, problems)).toEqual([])
    expect(problems).toEqual([{ input: 'job-id', message: expected(`"${id}"`) }])
  })

  it('names every entry of a JSON array that is not a job id string, keeping the good ones', () => {
    const problems: Problem[] = []
    expect(parseJobIds('job-ids', JSON.stringify([5, a, [b], ` ${b}`, null, b]), problems)).toEqual([a, b])
    expect(problems).toEqual([
      { input: 'job-ids', message: expected('5 (number)') },
      { input: 'job-ids', message: expected(`["${b}"] (object)`) },
      { input: 'job-ids', message: expected(`" ${b}"`) },
      { input: 'job-ids', message: expected('null (null)') }
    ])
  })

  it('text starting with [ that is not JSON is one problem showing it, and no ids', () => {
    const problems: Problem[] = []
    expect(parseJobIds('job-ids', ` [${a}]\n`, problems)).toEqual([])
    expect(problems).toEqual([
      { input: 'job-ids', message: `starts with [ but is not a JSON array of job ids: "[${a}]"` }
    ])
  })

  it('only text starting with [ is read as JSON', () => {
    const problems: Problem[] = []
    expect(parseJobIds('job-ids', `${a}\n["${b}"]`, problems)).toEqual([a])
    expect(problems).toEqual([{ input: 'job-ids', message: expected(`"["${b}"]"`) }])
  })

  it('adds to the problems it is given, each under the input named', () => {
    const problems: Problem[] = [{ input: 'region', message: 'no AWS region' }]
    parseJobIds('job-id', 'nope', problems)
    parseJobIds('job-ids', 'also-nope', problems)
    expect(problems.map(p => p.input)).toEqual(['region', 'job-id', 'job-ids'])
  })
})
