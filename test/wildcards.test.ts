// Wildcard expansion with S3 mocked: matches in key order with their line, and listing failures as
// problems that name the line and the bucket.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { ListObjectsV2Command } from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import type { Problem } from '../src/shared/errors.js'
import { expandItems, globToRegExp, resolveItems } from '../src/phases/wildcards.js'
import { InputError } from '../src/shared/errors.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { s3Client } from './helpers/fixtures.js'

const client = s3Client()
const s3 = mockClient(client)
const deps = { s3: () => Promise.resolve(client), signal: new AbortController().signal }
const line = (n: number, uri: string) => ({ line: n, uri, where: `line ${n}` })

beforeEach(() => void s3.reset())

describe('expandItems', () => {
  it('expands each pattern to its matches in key order, keeps plain lines, drops duplicates', async () => {
    s3.on(ListObjectsV2Command).resolves({
      Contents: [
        { Key: 'vcf/a.vcf.gz', Size: 10 },
        { Key: 'vcf/sub/b.vcf.gz', Size: 20 },
        { Key: 'vcf/c.txt' },
        { Key: 'vcf/' }
      ]
    })
    const problems: Problem[] = []
    const items = await expandItems(
      [line(1, 's3://bkt/x.vcf.gz'), line(2, 's3://bkt/vcf/**/*.vcf.gz'), line(3, 's3://bkt/vcf/a.vcf.gz')],
      deps,
      problems
    )
    expect(problems).toEqual([])
    expect(items).toEqual([
      line(1, 's3://bkt/x.vcf.gz'),
      { ...line(2, 's3://bkt/vcf/a.vcf.gz'), size: 10 },
      { ...line(2, 's3://bkt/vcf/sub/b.vcf.gz'), size: 20 }
    ])
    expect(s3.commandCalls(ListObjectsV2Command)[0]?.args[0].input).toMatchObject({
      Bucket: 'bkt',
      Prefix: 'vcf/'
    })
  })

  it('makes no S3 call when no line has a wildcard', async () => {
    const items = await expandItems(
      [line(1, 's3://bkt/a.vcf')],
      { ...deps, s3: () => Promise.reject(new Error('no')) },
      []
    )
    expect(items).toEqual([line(1, 's3://bkt/a.vcf')])
  })

  it('names the line and the bucket for a missing bucket, a denied listing, and no match', async () => {
    s3.on(ListObjectsV2Command, { Bucket: 'gone' }).rejects(
      Object.assign(new Error('The specified bucket does not exist'), { name: 'NoSuchBucket' })
    )
    s3.on(ListObjectsV2Command, { Bucket: 'locked' }).rejects(
      Object.assign(new Error('Access Denied'), { name: 'AccessDenied' })
    )
    s3.on(ListObjectsV2Command, { Bucket: 'empty' }).resolves({ Contents: [] })
    const problems: Problem[] = []
    await expandItems(
      [line(1, 's3://gone/*.vcf'), line(4, 's3://locked/*.vcf'), line(5, 's3://empty/x/*.vcf')],
      deps,
      problems
    )
    expect(problems.map(p => p.message)).toEqual([
      'line 1: s3://gone/*.vcf: bucket gone does not exist (NoSuchBucket) (ListObjectsV2: NoSuchBucket: The specified bucket does not exist)',
      'line 4: s3://locked/*.vcf: the credentials may not list bucket locked (needs s3:ListBucket on arn:aws:s3:::locked) (ListObjectsV2: AccessDenied: Access Denied)',
      'line 5: s3://empty/x/*.vcf matches no object (0 listed under s3://empty/x/)'
    ])
  })
})

describe('resolveItems and if-no-files-found', () => {
  const empty = line(2, 's3://empty/x/*.vcf')
  const emptyMessage = 'line 2: s3://empty/x/*.vcf matches no object (0 listed under s3://empty/x/)'
  const resolve = async (items: ReturnType<typeof line>[], mode: 'error' | 'warn' | 'ignore') => {
    const base = fakeDeps()
    const result = await resolveItems(items, mode, { ...base, s3: deps.s3 }).catch((error: unknown) => error)
    return { result, logs: base.logs }
  }
  beforeEach(() => {
    s3.on(ListObjectsV2Command, { Bucket: 'empty' }).resolves({ Contents: [] })
    s3.on(ListObjectsV2Command, { Bucket: 'full' }).resolves({ Contents: [{ Key: 'a.vcf', Size: 5 }] })
  })

  it('error: a line that matches nothing fails, as before', async () => {
    const { result } = await resolve([line(1, 's3://full/*.vcf'), empty], 'error')
    expect(result).toBeInstanceOf(InputError)
    expect((result as InputError).problems).toEqual([{ input: 'items', message: emptyMessage }])
  })

  it('warn: the line is dropped with a warning naming it; the other lines go ahead', async () => {
    const { result, logs } = await resolve([line(1, 's3://full/*.vcf'), empty], 'warn')
    expect(result).toEqual([{ ...line(1, 's3://full/a.vcf'), size: 5 }])
    expect(logs).toEqual([`warning: ${emptyMessage}: line left out (if-no-files-found: warn)`])
  })

  it('ignore: a log line, no warning; nothing left is [] and says there is nothing to import', async () => {
    const { result, logs } = await resolve([empty], 'ignore')
    expect(result).toEqual([])
    expect(logs).toEqual([
      `info: Nothing to import: no file matched (if-no-files-found: ignore): ${emptyMessage}`
    ])
  })

  it('a listing problem still fails under warn: it is no quiet night', async () => {
    s3.on(ListObjectsV2Command, { Bucket: 'gone' }).rejects(
      Object.assign(new Error('The specified bucket does not exist'), { name: 'NoSuchBucket' })
    )
    const { result } = await resolve([line(1, 's3://gone/*.vcf'), empty], 'warn')
    expect((result as InputError).problems.map(p => p.message)).toEqual([
      expect.stringContaining('line 1: s3://gone/*.vcf: bucket gone does not exist')
    ])
  })

  it('a line without a wildcard is kept as it is (its object is checked by the file checks)', async () => {
    const { result, logs } = await resolve([line(1, 's3://empty/missing.vcf')], 'warn')
    expect(result).toEqual([line(1, 's3://empty/missing.vcf')])
    expect(logs).toEqual([])
  })
})

describe('globToRegExp', () => {
  it.each([
    ['dir/*.vcf', 'dir/a.vcf', true],
    ['dir/*.vcf', 'dir/sub/a.vcf', false],
    ['dir/**/*.vcf', 'dir/a.vcf', true],
    ['dir/**/*.vcf', 'dir/x/y/a.vcf', true],
    ['dir/**', 'dir/x/y', true],
    ['s?.vcf', 's1.vcf', true],
    ['s?.vcf', 's10.vcf', false],
    ['a+b(1).vcf', 'a+b(1).vcf', true],
    ['a.vcf', 'abvcf', false]
  ])('%s matches %s: %s', (pattern, key, expected) => expect(globToRegExp(pattern).test(key)).toBe(expected))
})
