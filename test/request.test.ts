import { describe, expect, it } from '@jest/globals'
import type { Problem } from '../src/shared/errors.js'
import { buildRequests, checkItem, checkItems, checkRequestFields, isWildcard } from '../src/model/request.js'
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
    ['s3://buck*et/key', 'wildcards are allowed in the key only, not the bucket']
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

describe('store and version names: the exact message, and the pattern over the whole value', () => {
  const PATTERN =
    'must start with a lowercase letter and hold only lowercase letters, digits and _ (pattern [a-z][a-z0-9_]{2,254})'
  it.each(['abcd', 'a'.repeat(254), 'a_1', 'z9_'])('accepts %s (inside the bounds)', name => {
    expect(
      problems(p => checkRequestFields(fields({ destinationName: name, versionName: name }), p))
    ).toEqual([])
  })

  it.each([
    ['ab', 'must be 3 to 255 characters, got 2: "ab"'],
    ['', 'must be 3 to 255 characters, got 0: ""'],
    ['a'.repeat(256), `must be 3 to 255 characters, got 256: "${'a'.repeat(117)}..."`],
    ['Abc', `${PATTERN}, got "Abc"`],
    ['-abc', `${PATTERN}, got "-abc"`],
    ['abc-', `${PATTERN}, got "abc-"`],
    ['ab c', `${PATTERN}, got "ab c"`],
    ['_abc', `${PATTERN}, got "_abc"`],
    ['abC', `${PATTERN}, got "abC"`]
  ])('version-name %j', (name, message) => {
    expect(problems(p => checkRequestFields(fields({ versionName: name }), p))).toEqual([
      `version-name: ${message}`
    ])
  })

  it('an empty destination-name is left to the required-input check; an empty version-name is checked', () => {
    expect(problems(p => checkRequestFields(fields({ destinationName: '' }), p))).toEqual([])
    expect(problems(p => checkRequestFields(fields({ destinationName: 'ab' }), p))).toEqual([
      'destination-name: must be 3 to 255 characters, got 2: "ab"'
    ])
    expect(problems(p => checkRequestFields(fields({ destinationName: 'Ab_c' }), p))).toEqual([
      `destination-name: ${PATTERN}, got "Ab_c"`
    ])
  })
})

describe('role-arn: bounds, pattern, and what a wrong ARN is', () => {
  const EXPECTED =
    'role-arn: expected the ARN of an IAM role that trusts omics.amazonaws.com, such as arn:aws:iam::123456789012:role/HealthOmicsImportRole'
  const notAnArn = (value: string) =>
    `${EXPECTED} (20 to 2048 characters, a 12-digit account), got ${value.length > 120 ? `"${value.slice(0, 117)}..."` : `"${value}"`}`
  const check = (roleArn: string) => problems(p => checkRequestFields(fields({ roleArn }), p))

  it('an empty role-arn is left to the required-input check', () => {
    expect(check('')).toEqual([])
  })

  it.each([
    'arn:aws:iam::123456789012:role/a+b=c,d.e@f_g-h/i',
    'arn:aws:iam::123456789012:role/r',
    `arn:aws:iam::123456789012:role/${'r'.repeat(2017)}`
  ])('accepts %s (a role name of any of its characters, up to 2048 characters in all)', arn => {
    expect(check(arn)).toEqual([])
  })

  it('2049 characters is one too many', () => {
    const arn = `arn:aws:iam::123456789012:role/${'r'.repeat(2018)}`
    expect(arn).toHaveLength(2049)
    expect(check(arn)).toEqual([notAnArn(arn)])
  })

  it('an ARN of 20 characters (the least the pattern takes) is an ARN, but not a role', () => {
    expect(check('arn::::123456789012:')).toEqual([`${EXPECTED}, got "arn::::123456789012:"`])
  })

  it.each([
    'xarn:aws:iam::123456789012:role/r',
    'arn:aws:iam::123456789012:role/r x',
    'arn:aws:iam::123456789012:role/r:x',
    'arn:aws:iam::1234567890123:role/r',
    'arn:aws:iam::12345678901a:role/r',
    ' arn:aws:iam::123456789012:role/r'
  ])('is not an ARN: %j', arn => {
    expect(check(arn)).toEqual([notAnArn(arn)])
  })

  it.each([
    'arn:aws:iam::123456789012:role/',
    'arn:aws:iam::123456789012:role/r!',
    'arn:aws:iam::123456789012:roles/r',
    'arn:aws1:iam::123456789012:role/r',
    'arn:azure:iam::123456789012:role/r',
    'arn:aws:sts::123456789012:role/r',
    'arn:aws:iam:eu-west-1:123456789012:role/r'
  ])('is an ARN but not a role, and no known mistake: %j', arn => {
    expect(check(arn)).toEqual([`${EXPECTED}, got "${arn}"`])
  })

  it.each([
    ['arn:aws:iam::123456789012:user/alice', 'an IAM user, which HealthOmics cannot assume'],
    ['arn:aws:iam::123456789012:instance-profile/runner', 'an instance profile, not a role'],
    ['arn:aws:iam::123456789012:group/devs', 'an IAM group, not a role'],
    ['arn:aws:iam::123456789012:policy/import', 'an IAM policy, not a role'],
    [
      'arn:aws:sts::123456789012:assumed-role/HealthOmicsImport',
      'an assumed-role session (what sts get-caller-identity prints), not the role itself'
    ]
  ])('names the mistake: %s', (arn, mistake) => {
    expect(check(arn)).toEqual([`${EXPECTED}, got "${arn}": that is ${mistake}`])
  })

  it('an assumed-role session: says which role ARN to use instead, in its partition and account', () => {
    const session = 'an assumed-role session (what sts get-caller-identity prints), not the role itself'
    expect(check('arn:aws-cn:sts::210987654321:assumed-role/Import/gh-1234')).toEqual([
      `${EXPECTED}, got "arn:aws-cn:sts::210987654321:assumed-role/Import/gh-1234": that is ${session}; use arn:aws-cn:iam::210987654321:role/Import (add the role's path if it has one)`
    ])
  })
})

describe('items: every line checked, with the exact message', () => {
  const BUCKET =
    'bucket must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit'
  const check = (...uris: string[]) => problems(p => checkItems(items(...uris), p))

  it('accepts 4- and 62-character buckets, 2- and 1023-character keys, and a key of 1024 emoji', () => {
    expect(
      check(
        's3://abcd/kk',
        `s3://${'b'.repeat(62)}/k`,
        `s3://a.b/${'k'.repeat(1023)}`,
        `s3://a-b/${'😀'.repeat(1024)}`
      )
    ).toEqual([])
  })

  it.each([
    ['s3://abc/', 'the object key is missing (a file, not a bucket or folder): "s3://abc/"'],
    ['s3://abc', 'the object key is missing (a file, not a bucket or folder): "s3://abc"'],
    [
      `s3://${'b'.repeat(63)}/`,
      `the object key is missing (a file, not a bucket or folder): "s3://${'b'.repeat(63)}/"`
    ],
    ['s3://ab/', `${BUCKET}, got "ab" in "s3://ab/"`],
    ['s3://ab/key', `${BUCKET}, got "ab" in "s3://ab/key"`],
    [`s3://${'b'.repeat(64)}/`, `${BUCKET}, got "${'b'.repeat(64)}" in "s3://${'b'.repeat(64)}/"`],
    ['s3://-abc/', `${BUCKET}, got "-abc" in "s3://-abc/"`],
    ['s3://abc-/', `${BUCKET}, got "abc-" in "s3://abc-/"`],
    ['s3://abc-/key', `${BUCKET}, got "abc-" in "s3://abc-/key"`],
    ['s3://ab_c/key', `${BUCKET}, got "ab_c" in "s3://ab_c/key"`],
    ['s3:///key', `${BUCKET}, got "" in "s3:///key"`],
    ['s3://my-*/a.vcf', 'wildcards are allowed in the key only, not the bucket: "s3://my-*/a.vcf"'],
    [
      's3://my-bucket?/a.vcf',
      'wildcards are allowed in the key only, not the bucket: "s3://my-bucket?/a.vcf"'
    ],
    [`s3://bucket/${'k'.repeat(1025)}`, 'the object key must be 1 to 1024 characters, got 1025'],
    [`s3://bucket/${'😀'.repeat(1025)}`, 'the object key must be 1 to 1024 characters, got 1025'],
    ['xs3://bucket/key', 'expected s3://bucket/key, got "xs3://bucket/key"'],
    [' s3://bucket/key', 'expected s3://bucket/key, got " s3://bucket/key"'],
    ['S3://bucket/key', 'expected s3://bucket/key, got "S3://bucket/key"'],
    [
      's3://bucket/a\nb',
      'the object key holds a line break, which the service does not accept: "s3://bucket/a\\nb"'
    ],
    [
      's3://bucket/a\rb',
      'the object key holds a line break, which the service does not accept: "s3://bucket/a\\rb"'
    ],
    [
      's3://bucket/a\u2028b',
      'the object key holds a line break, which the service does not accept: "s3://bucket/a\\u2028b"'
    ],
    [
      's3://bucket/a\r::error::x',
      'the object key holds a line break, which the service does not accept: "s3://bucket/a\\r:\u200B:error:\u200B:x"'
    ],
    ['s3:/bucket/key', 'expected s3://bucket/key, got "s3:/bucket/key"']
  ])('%j', (uri, message) => {
    expect(check(uri)).toEqual([`items: line 1: ${message}`])
  })

  it('reports every line together, each named by its line', () => {
    expect(check('s3://ok-bucket/a.vcf', 's3://ab/k', 'bucket/key', 's3://ok-bucket/a.vcf')).toEqual([
      `items: line 2: ${BUCKET}, got "ab" in "s3://ab/k"`,
      'items: line 3: expected s3://bucket/key, got "bucket/key"',
      'items: line 4: "s3://ok-bucket/a.vcf" is already listed (line 1); each file is imported once'
    ])
  })

  it('a file listed three times: each later line names the first', () => {
    expect(check('s3://bucket/a.vcf', 's3://bucket/a.vcf', 's3://bucket/a.vcf')).toEqual([
      'items: line 2: "s3://bucket/a.vcf" is already listed (line 1); each file is imported once',
      'items: line 3: "s3://bucket/a.vcf" is already listed (line 1); each file is imported once'
    ])
  })

  it('no items: no problems (the required-input check names a missing list)', () => {
    expect(problems(p => checkItems([], p))).toEqual([])
  })

  it('checkItem names the line it is given', () => {
    expect(problems(p => checkItem({ line: 7, uri: 'bucket', where: 'line 7 (of items)' }, p))).toEqual([
      'items: line 7 (of items): expected s3://bucket/key, got "bucket"'
    ])
  })
})

describe('isWildcard', () => {
  it('is true for * or ? anywhere, false otherwise', () => {
    expect(isWildcard('s3://b/*.vcf')).toBe(true)
    expect(isWildcard('s3://b/a?.vcf')).toBe(true)
    expect(isWildcard('*')).toBe(true)
    expect(isWildcard('s3://b/a.vcf')).toBe(false)
    expect(isWildcard('s3://b/[a].vcf')).toBe(false)
  })
})

describe('checkRequestFields: the shared part of the request', () => {
  it('holds every member given, exactly as the API names them, and nothing else', () => {
    const formatOptions = { vcfOptions: { ignoreQualField: true } }
    const base = checkRequestFields(
      {
        destinationName: 'my_store',
        roleArn: ROLE_ARN,
        versionName: 'v_1',
        formatOptions,
        runLeftNormalization: true,
        annotationFields: { VEP: 'CSQ' }
      },
      []
    )
    expect(JSON.stringify(base)).toBe(
      JSON.stringify({
        destinationName: 'my_store',
        roleArn: ROLE_ARN,
        versionName: 'v_1',
        formatOptions: { vcfOptions: { ignoreQualField: true } },
        runLeftNormalization: true,
        annotationFields: { VEP: 'CSQ' }
      })
    )
  })

  it('keeps runLeftNormalization: false (given is not the same as absent)', () => {
    expect(checkRequestFields(fields({ runLeftNormalization: false }), [])).toEqual({
      destinationName: 'my_store',
      roleArn: ROLE_ARN,
      runLeftNormalization: false
    })
  })

  it('leaves out format-options and annotation-fields that failed their checks', () => {
    const found: Problem[] = []
    const base = checkRequestFields(
      fields({ formatOptions: { vcfOptions: 'x' }, annotationFields: { VEP: '' } }),
      found
    )
    expect(base).toEqual({ destinationName: 'my_store', roleArn: ROLE_ARN })
    expect(found.map(p => p.input)).toEqual(['format-options', 'annotation-fields'])
  })

  it('reports every field together, in input order', () => {
    expect(
      problems(p =>
        checkRequestFields(
          {
            destinationName: 'ab',
            roleArn: 'arn:aws:iam::123456789012:user/alice',
            versionName: 'V1',
            formatOptions: {},
            annotationFields: { VEP: '' }
          },
          p
        )
      )
    ).toEqual([
      'destination-name: must be 3 to 255 characters, got 2: "ab"',
      'version-name: must be 3 to 255 characters, got 2: "V1"',
      'role-arn: expected the ARN of an IAM role that trusts omics.amazonaws.com, such as arn:aws:iam::123456789012:role/HealthOmicsImportRole, got "arn:aws:iam::123456789012:user/alice": that is an IAM user, which HealthOmics cannot assume',
      'format-options: must hold exactly one of vcfOptions or tsvOptions, got neither',
      'annotation-fields: value of VEP must be 1 to 21 characters, got 0: ""'
    ])
  })
})

describe('buildRequests: the requests on the wire', () => {
  const base = checkRequestFields(fields({ formatOptions: { vcfOptions: {} } }), [])

  it('one request per item: each one the whole shared part and its one item', () => {
    expect(buildRequests(base, ['s3://b-1/a', 's3://b-1/b'], true)).toEqual([
      {
        destinationName: 'my_store',
        roleArn: ROLE_ARN,
        formatOptions: { vcfOptions: {} },
        items: [{ source: 's3://b-1/a' }]
      },
      {
        destinationName: 'my_store',
        roleArn: ROLE_ARN,
        formatOptions: { vcfOptions: {} },
        items: [{ source: 's3://b-1/b' }]
      }
    ])
  })

  it('one item: one request either way', () => {
    const one = [
      {
        destinationName: 'my_store',
        roleArn: ROLE_ARN,
        formatOptions: { vcfOptions: {} },
        items: [{ source: 's3://b-1/a' }]
      }
    ]
    expect(buildRequests(base, ['s3://b-1/a'], false)).toEqual(one)
    expect(buildRequests(base, ['s3://b-1/a'], true)).toEqual(one)
  })
})
