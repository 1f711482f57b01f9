// checkVersionFields: the CreateAnnotationStoreVersion request from the version inputs, and every
// problem named by its input, against the service model's limits.
import { describe, expect, it } from '@jest/globals'
import { checkVersionFields, type VersionFields } from '../src/model/version-request.js'
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
