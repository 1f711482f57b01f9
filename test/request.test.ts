import { describe, expect, it } from '@jest/globals'
import type { Problem } from '../src/shared/errors.js'
import { checkAnnotationFields, checkFormatOptions } from '../src/model/format-options.js'
import { buildRequests, checkItems, checkRequestFields } from '../src/model/request.js'
import { ROLE_ARN } from './helpers/fixtures.js'

function problems(run: (p: Problem[]) => unknown): string[] {
  const found: Problem[] = []
  run(found)
  return found.map(p => `${p.input}: ${p.message}`)
}
const fields = (extra: Record<string, unknown> = {}) => ({
  destinationName: 'my_store',
  roleArn: ROLE_ARN,
  ...extra
})
const items = (...uris: string[]) => uris.map((uri, i) => ({ line: i + 1, uri, where: `line ${i + 1}` }))

describe('store and version names', () => {
  it.each(['abc', 'a'.repeat(255), 'my_store_2', 'a00'])('accepts %s', name => {
    expect(
      problems(p => checkRequestFields(fields({ destinationName: name, versionName: name }), p))
    ).toEqual([])
  })

  it.each([
    ['ab', 'must be 3 to 255 characters, got 2'],
    ['a'.repeat(256), 'must be 3 to 255 characters, got 256'],
    ['My_store', 'must start with a lowercase letter'],
    ['1store', 'must start with a lowercase letter'],
    ['my-store', 'must start with a lowercase letter'],
    ['my store', 'must start with a lowercase letter']
  ])('rejects %s', (name, message) => {
    expect(problems(p => checkRequestFields(fields({ destinationName: name }), p))).toEqual([
      expect.stringContaining(`destination-name: ${message}`)
    ])
    expect(problems(p => checkRequestFields(fields({ versionName: name }), p))).toEqual([
      expect.stringContaining(`version-name: ${message}`)
    ])
  })
})

describe('role-arn', () => {
  it.each([
    ROLE_ARN,
    'arn:aws-cn:iam::123456789012:role/a',
    'arn:aws-us-gov:iam::123456789012:role/path/to/role'
  ])('accepts %s', arn => {
    expect(problems(p => checkRequestFields(fields({ roleArn: arn }), p))).toEqual([])
  })

  it.each([
    'arn:aws:iam::12345678901:role/r',
    'arn:aws:iam::123456789012:role/has space',
    'role/HealthOmicsImport',
    'arn:aws:iam::1234:r',
    `arn:aws:iam::123456789012:role/${'r'.repeat(2030)}`
  ])('rejects %s', arn => {
    expect(problems(p => checkRequestFields(fields({ roleArn: arn }), p))).toEqual([
      expect.stringContaining(
        'role-arn: expected the ARN of an IAM role that trusts omics.amazonaws.com, such as arn:aws:iam::123456789012:role/HealthOmicsImportRole'
      )
    ])
  })

  it.each([
    ['arn:aws:iam::123456789012:user/alice', 'that is an IAM user, which HealthOmics cannot assume'],
    [
      'arn:aws:sts::123456789012:assumed-role/HealthOmicsImport/session-1',
      'that is an assumed-role session (what sts get-caller-identity prints), not the role itself; use arn:aws:iam::123456789012:role/HealthOmicsImport'
    ],
    ['arn:aws:iam::123456789012:instance-profile/runner', 'that is an instance profile, not a role'],
    ['arn:aws:s3:::123456789012:bucket', 'got "arn:aws:s3:::123456789012:bucket"']
  ])('rejects %s, saying what it is and what to use', (arn, says) => {
    const found = problems(p => checkRequestFields(fields({ roleArn: arn }), p))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('role-arn: expected the ARN of an IAM role')
    expect(found[0]).toContain(says)
  })
})

describe('items', () => {
  it('accepts 3- and 63-character buckets and 1- and 1024-character keys', () => {
    expect(
      problems(p =>
        checkItems(
          items(
            's3://abc/k',
            `s3://${'b'.repeat(63)}/k`,
            `s3://my.bucket-1/${'k'.repeat(1024)}`,
            's3://bucket/dir/x y ü.vcf'
          ),
          p
        )
      )
    ).toEqual([])
  })

  it.each([
    ['s3://ab/key', 'bucket must be 3 to 63 lowercase letters'],
    [`s3://${'b'.repeat(64)}/key`, 'bucket must be 3 to 63'],
    ['s3://Bucket/key', 'bucket must be 3 to 63'],
    ['s3://-bucket/key', 'bucket must be 3 to 63'],
    ['s3://bucket/', 'the object key is missing'],
    ['s3://bucket', 'the object key is missing'],
    [`s3://bucket/${'k'.repeat(1025)}`, 'the object key must be 1 to 1024 characters, got 1025'],
    ['https://bucket.s3.amazonaws.com/key', 'expected s3://bucket/key'],
    ['bucket/key', 'expected s3://bucket/key'],
    ['s3://buck*et/key', 'bucket must be 3 to 63']
  ])('rejects %s', (uri, message) => {
    expect(problems(p => checkItems(items(uri), p))).toEqual([
      expect.stringContaining(`items: line 1: ${message}`)
    ])
  })

  it('rejects a file listed twice, naming both lines', () => {
    expect(
      problems(p => checkItems(items('s3://bucket/a.vcf', 's3://bucket/b.vcf', 's3://bucket/a.vcf'), p))
    ).toEqual(['items: line 3: "s3://bucket/a.vcf" is already listed (line 1); each file is imported once'])
  })

  it('accepts wildcards in the key', () => {
    expect(problems(p => checkItems(items('s3://bucket/**/*.vcf.gz', 's3://bucket/sample?.vcf'), p))).toEqual(
      []
    )
  })
})

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

describe('buildRequests', () => {
  const base = checkRequestFields(
    fields({ versionName: 'v_1', runLeftNormalization: false, annotationFields: { VEP: 'CSQ' } }),
    []
  )

  it('builds one request with every item, with only the members given', () => {
    expect(buildRequests(base, ['s3://b-1/a', 's3://b-1/b'], false)).toEqual([
      {
        destinationName: 'my_store',
        roleArn: ROLE_ARN,
        versionName: 'v_1',
        runLeftNormalization: false,
        annotationFields: { VEP: 'CSQ' },
        items: [{ source: 's3://b-1/a' }, { source: 's3://b-1/b' }]
      }
    ])
    expect(Object.keys(checkRequestFields(fields(), []))).toEqual(['destinationName', 'roleArn'])
  })

  it('builds one request per item', () => {
    expect(buildRequests(base, ['s3://b-1/a', 's3://b-1/b'], true).map(r => r.items)).toEqual([
      [{ source: 's3://b-1/a' }],
      [{ source: 's3://b-1/b' }]
    ])
  })
})
