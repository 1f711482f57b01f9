// Wildcard expansion with S3 mocked: matches in key order with their line, and listing failures as
// problems that name the line and the bucket.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { ListObjectsV2Command } from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import type { Problem } from '../src/shared/errors.js'
import {
  expandItems,
  globToRegExp,
  MAX_LISTED_PER_PATTERN,
  resolveItems,
  splitS3
} from '../src/phases/wildcards.js'
import { InputError } from '../src/shared/errors.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { awsError, s3Client } from './helpers/fixtures.js'

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

describe('listing a pattern', () => {
  const listed = () => s3.commandCalls(ListObjectsV2Command)

  it("lists 1,000 keys a page under the pattern's fixed prefix, under the run's signal", async () => {
    s3.on(ListObjectsV2Command).resolves({ Contents: [{ Key: 'vcf/s1/a.vcf' }] })
    const items = await expandItems([line(1, 's3://bkt/vcf/s?/*.vcf')], deps, [])
    expect(items).toEqual([line(1, 's3://bkt/vcf/s1/a.vcf')])
    expect(listed().map(call => call.args[0].input)).toEqual([
      { Bucket: 'bkt', Prefix: 'vcf/s', MaxKeys: 1000 }
    ])
    expect((listed()[0]?.args as unknown[])[1]).toEqual({ abortSignal: deps.signal })
  })

  it.each([
    ['*.vcf', ''],
    ['a/b*/c?.vcf', 'a/b'],
    ['a/b?/c*.vcf', 'a/b']
  ])('the fixed prefix of %s is "%s"', async (key, prefix) => {
    s3.on(ListObjectsV2Command).resolves({ Contents: [] })
    await expandItems([line(1, `s3://bkt/${key}`)], deps, [])
    expect(listed()[0]?.args[0].input.Prefix).toBe(prefix)
  })

  it('reads every page, keeps the size and LastModified the listing gives, and leaves out folders and keyless entries', async () => {
    const modified = new Date('2026-12-01T10:00:00Z')
    s3.on(ListObjectsV2Command)
      .resolvesOnce({
        Contents: [{ Key: 'd/a.vcf', Size: 0, LastModified: modified }, { Key: 'd/sub/' }, { Size: 3 }],
        IsTruncated: true,
        NextContinuationToken: 'page-2'
      })
      .resolves({ Contents: [{ Key: 'd/sub/b.vcf' }] })
    const problems: Problem[] = []
    const items = await expandItems([line(3, 's3://bkt/d/**')], deps, problems)
    expect(items).toStrictEqual([
      { ...line(3, 's3://bkt/d/a.vcf'), size: 0, lastModified: modified },
      line(3, 's3://bkt/d/sub/b.vcf')
    ])
    expect(listed()).toHaveLength(2)
    expect(problems).toEqual([])
  })

  it('says how many objects it listed when none matched, keyless entries and folders included', async () => {
    s3.on(ListObjectsV2Command).resolves({ Contents: [{ Key: 'p/a.txt' }, { Key: 'p/x.vcf/' }, {}] })
    const problems: Problem[] = []
    await expandItems([line(2, 's3://bkt/p/*.vcf')], deps, problems)
    expect(problems).toEqual([
      { input: 'items', message: 'line 2: s3://bkt/p/*.vcf matches no object (3 listed under s3://bkt/p/)' }
    ])
  })

  it('a page without Contents lists nothing', async () => {
    s3.on(ListObjectsV2Command).resolves({})
    const problems: Problem[] = []
    await expandItems([line(2, 's3://bkt/p/*.vcf')], deps, problems)
    expect(problems.map(p => p.message)).toEqual([
      'line 2: s3://bkt/p/*.vcf matches no object (0 listed under s3://bkt/p/)'
    ])
  })

  it('checks each file found as an item line of its own', async () => {
    const long = `p/${'k'.repeat(1_019)}.vcf`
    s3.on(ListObjectsV2Command).resolves({ Contents: [{ Key: 'p/ok.vcf' }, { Key: long }] })
    const problems: Problem[] = []
    const items = await expandItems([line(4, 's3://bkt/p/*.vcf')], deps, problems)
    expect(items.map(item => item.uri)).toEqual(['s3://bkt/p/ok.vcf', `s3://bkt/${long}`])
    expect(problems).toEqual([
      { input: 'items', message: 'line 4: the object key must be 1 to 1024 characters, got 1025' }
    ])
  })

  describe(`stops past ${MAX_LISTED_PER_PATTERN.toLocaleString('en')} objects listed for one pattern`, () => {
    /** `pages` pages of 1,000 keys that do not match, then `last` more on a last page. */
    const serve = (pages: number, last: number) => {
      const page = Array.from({ length: 1_000 }, (_, n) => ({ Key: `p/${n}.txt` }))
      let sent = 0
      s3.on(ListObjectsV2Command).callsFake(() => {
        sent++
        if (sent <= pages) return { Contents: page, IsTruncated: true, NextContinuationToken: `t${sent}` }
        return { Contents: page.slice(0, last) }
      })
    }

    it('exactly 100,000: listed to the end', async () => {
      serve(99, 1_000)
      const problems: Problem[] = []
      await expandItems([line(1, 's3://bkt/p/*.vcf')], deps, problems)
      expect(listed()).toHaveLength(100)
      expect(problems.map(p => p.message)).toEqual([
        'line 1: s3://bkt/p/*.vcf matches no object (100,000 listed under s3://bkt/p/)'
      ])
    })

    it('100,001: one problem naming the line, the prefix and the fix; nothing from the pattern is kept', async () => {
      serve(100, 1)
      s3.on(ListObjectsV2Command, { ContinuationToken: 't100' }).resolves({
        Contents: [{ Key: 'p/match.vcf' }]
      })
      const problems: Problem[] = []
      const items = await expandItems(
        [line(1, 's3://bkt/p/*.vcf'), line(2, 's3://bkt/keep.vcf')],
        deps,
        problems
      )
      expect(items).toEqual([line(2, 's3://bkt/keep.vcf')])
      expect(listed()).toHaveLength(101)
      expect(problems).toEqual([
        {
          input: 'items',
          message:
            'line 1: s3://bkt/p/*.vcf lists more than 100,000 objects under s3://bkt/p/; narrow the pattern (a longer fixed prefix) or split it across lines'
        }
      ])
    })

    it('stops at the page that goes past the bound', async () => {
      serve(150, 0)
      const problems: Problem[] = []
      await expandItems([line(1, 's3://bkt/p/*.vcf')], deps, problems)
      expect(listed()).toHaveLength(101)
      expect(problems).toHaveLength(1)
    })
  })

  it('a bucket in another region than the endpoint is a problem naming both', async () => {
    s3.on(ListObjectsV2Command).rejects(
      awsError(
        'PermanentRedirect',
        301,
        'The bucket you are attempting to access must be addressed using the specified endpoint'
      )
    )
    const problems: Problem[] = []
    await expandItems([line(6, 's3://far-away/*.vcf')], deps, problems)
    expect(problems).toEqual([
      {
        input: 'items',
        message:
          'line 6: s3://far-away/*.vcf: bucket far-away is in another region than the S3 endpoint used (ListObjectsV2: PermanentRedirect: The bucket you are attempting to access must be addressed using the specified endpoint)'
      }
    ])
  })

  it('any other listing failure is thrown as it is', async () => {
    const failure = awsError('InternalError', 500)
    s3.on(ListObjectsV2Command).rejects(failure)
    await expect(expandItems([line(1, 's3://bkt/*.vcf')], deps, [])).rejects.toBe(failure)
  })

  it('expands every line when all of them are patterns', async () => {
    s3.on(ListObjectsV2Command, { Prefix: 'a/' }).resolves({ Contents: [{ Key: 'a/1.vcf' }] })
    s3.on(ListObjectsV2Command, { Prefix: 'b/' }).resolves({ Contents: [{ Key: 'b/2.vcf' }] })
    const items = await expandItems([line(1, 's3://bkt/a/*.vcf'), line(2, 's3://bkt/b/*.vcf')], deps, [])
    expect(items).toEqual([line(1, 's3://bkt/a/1.vcf'), line(2, 's3://bkt/b/2.vcf')])
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

  it('error: with every line matched, the files and no line about them', async () => {
    const { result, logs } = await resolve([line(1, 's3://full/*.vcf'), line(2, 's3://full/b.vcf')], 'error')
    expect(result).toEqual([{ ...line(1, 's3://full/a.vcf'), size: 5 }, line(2, 's3://full/b.vcf')])
    expect(logs).toEqual([])
  })

  it('error: the failure names every problem and says no job was started', async () => {
    const { result } = await resolve([empty], 'error')
    expect((result as InputError).message).toBe(
      `1 problem with the inputs; no job was started:\n  - items: ${emptyMessage}`
    )
  })

  it('says how many files the lines matched when a pattern matched more than one', async () => {
    s3.on(ListObjectsV2Command, { Bucket: 'many' }).resolves({
      Contents: [{ Key: 'a.vcf' }, { Key: 'b.vcf' }]
    })
    const one = await resolve([line(1, 's3://many/*.vcf')], 'error')
    expect(one.logs).toEqual(['info: Items: 1 line matched 2 files'])
    const two = await resolve([line(1, 's3://many/*.vcf'), line(2, 's3://full/*.vcf')], 'error')
    expect(two.logs).toEqual(['info: Items: 2 lines matched 3 files'])
  })

  it('warn: nothing matched at all is one warning naming every line, and []', async () => {
    const other = line(3, 's3://empty/y/*.vcf')
    const { result, logs } = await resolve([empty, other], 'warn')
    expect(result).toEqual([])
    expect(logs).toEqual([
      `warning: Nothing to import: no file matched (if-no-files-found: warn): ${emptyMessage}; line 3: s3://empty/y/*.vcf matches no object (0 listed under s3://empty/y/)`
    ])
  })

  it('ignore: a line that matched nothing among others is dropped with a log line', async () => {
    const { result, logs } = await resolve([empty, line(1, 's3://full/*.vcf')], 'ignore')
    expect(result).toEqual([{ ...line(1, 's3://full/a.vcf'), size: 5 }])
    expect(logs).toEqual([`info: ${emptyMessage}: line left out (if-no-files-found: ignore)`])
  })

  it('no item lines: nothing to say', async () => {
    for (const mode of ['error', 'warn', 'ignore'] as const) {
      const { result, logs } = await resolve([], mode)
      expect(result).toEqual([])
      expect(logs).toEqual([])
    }
  })
})

describe('splitS3', () => {
  it('splits a URI at the first slash after the bucket', () => {
    expect(splitS3('s3://bkt-1/dir/sub/a.vcf')).toEqual({ bucket: 'bkt-1', key: 'dir/sub/a.vcf' })
    expect(splitS3('s3://bkt/a')).toEqual({ bucket: 'bkt', key: 'a' })
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
    ['a.vcf', 'abvcf', false],
    ['a.vcf', 'xa.vcf', false],
    ['a.vcf', 'a.vcf.gz', false],
    ['*.vcf', '.vcf', true],
    ['s??.vcf', 's1.vcf', false],
    ['dir/?', 'dir//', false],
    ['a/**/x.vcf', 'a/x.vcf', true],
    ['a/**/x.vcf', 'a/b/c/x.vcf', true],
    ['a/**/x.vcf', 'a/bx.vcf', false],
    ['**/x.vcf', 'x.vcf', true],
    ['**/x.vcf', 'd/e/x.vcf', true],
    ['a**', 'a/b/c', true],
    ['a**b', 'a/x/b', true],
    ['dir/**', 'dir/a\nb', true],
    ['a+b', 'a+b', true],
    ['a+b', 'aab', false],
    ['a^b$c', 'a^b$c', true],
    ['x|y', 'x|y', true],
    ['x|y', 'xzz', false],
    ['a[z]', 'a[z]', true],
    ['a[z]', 'az', false],
    ['a(b)', 'a(b)', true],
    ['a{2}', 'a{2}', true],
    ['a{2}', 'aa', false],
    ['a\\d', 'a\\d', true],
    ['a\\d', 'a1', false],
    ['f1.vcf', 'f1.vcf', true],
    ['f1.vcf', 'f\u0001.vcf', false]
  ])('%s matches %s: %s', (pattern, key, expected) => expect(globToRegExp(pattern).test(key)).toBe(expected))
})
