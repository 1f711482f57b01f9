// report/summary.ts (and start-result.ts's facts): the summary's markdown and its console links; the job summary shows outside text as text, only inputs that
// passed their checks, links built only from valid values, and stays well under GitHub's 1 MiB.
import { describe, expect, it } from '@jest/globals'
import { FAILURE_LIMIT, storeConsoleUrl, SUMMARY_LIMIT, summaryMarkdown } from '../src/report/summary.js'
import { startResult } from '../src/report/start-result.js'
import { InputError } from '../src/shared/errors.js'
import type { StartInputs } from '../src/inputs/inputs.js'
import { elements, renderGfm, textOf } from './helpers/gfm.js'

const KEY = 's3://b-1/incoming/a<img src=x><a href=y>Approve</a>[docs](z)<h1>H</h1>.vcf'

describe('summary: outside text is text', () => {
  it('a hostile key, status, note and job id render as text in their cells', () => {
    const html = renderGfm(
      summaryMarkdown({
        title: 'Annotation import',
        storeName: 'my_store',
        region: 'us-east-1',
        notes: ['Version v_1: created by this run (<b>ACTIVE</b>)'],
        jobs: [
          {
            jobId: '1234`|<img src=j>',
            items: [KEY, 's3://b-1/x\r### Forged\r| COMPLETED |'],
            status: 'FAILED <img src=s>',
            statusMessage: 'bad\u2028# H1\r```\n| x | COMPLETED |',
            itemStatuses: [{ source: KEY, jobStatus: 'FAILED' }]
          }
        ]
      })
    )
    const tags = elements(html).map(tag => tag.split(' ')[0] ?? '')
    expect(
      tags.filter(tag => !['table', 'thead', 'tbody', 'tr', 'th', 'td', 'p', 'ul', 'li'].includes(tag))
    ).toEqual(['h3', 'a', 'br', 'strong'])
    // Facts (3), jobs (2), items (2): the rows the action wrote, no more.
    expect(html.match(/<tr>/g)).toHaveLength(7)
    expect(textOf(html).replace(/\u200B/g, '')).toContain(
      'a<img src=x><a href=y>Approve</a>[docs](z)<h1>H</h1>.vcf'
    )
  })

  it('links the store only from a valid region, and escapes what it shows', () => {
    const bad = summaryMarkdown({ title: 'T', storeName: 's_1', region: 'evil.example/x?', jobs: [] })
    expect(bad).not.toContain('](')
    expect(bad).toContain('| Region | evil\\.example\\/x\\? |')
    const good = summaryMarkdown({ title: 'T', storeName: 's_1', region: 'eu-west-1', jobs: [] })
    expect(good).toContain(
      '[s\\_1](<https://eu-west-1.console.aws.amazon.com/omics/home?region=eu-west-1#/annotation-stores/s_1>)'
    )
  })

  it('the failure sits in a fence longer than any backtick run in it, so no line ends it', () => {
    const failure = 'key a\n```\n### Annotation import\n| `j` | COMPLETED |\r````'
    const html = renderGfm(summaryMarkdown({ title: 'T', failure, jobs: [] }))
    expect(elements(html)).toEqual(['h3', 'p', 'strong', 'pre', 'code'])
    expect(textOf(/<code>([\s\S]*)<\/code>/.exec(html)?.[1] ?? '')).toBe(
      'key a\n```\n### Annotation import\n| `j` | COMPLETED |\n````\n'
    )
  })
})

describe('summary: bounded', () => {
  it('cuts a long failure, saying the log has it whole', () => {
    const out = summaryMarkdown({ title: 'T', failure: 'x'.repeat(FAILURE_LIMIT * 3), jobs: [] })
    expect(out.length).toBeLessThan(FAILURE_LIMIT + 1_000)
    expect(out).toContain("the step's log has all of it")
  })

  it('stays under its limit with 400,000 file warnings, saying where the rest is', () => {
    const fileWarnings = Array.from({ length: 400_000 }, (_, i) => ({
      file: `s3://b-1/${i}.vcf`,
      reason: 'has no ##gff-version 3 directive'
    }))
    const out = summaryMarkdown({ title: 'T', fileWarnings, jobs: [] })
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(SUMMARY_LIMIT + 500)
    expect(Buffer.byteLength(out)).toBeGreaterThan(SUMMARY_LIMIT / 2)
    expect(out).toMatch(/The summary is cut here at 512 KiB: the step's log/)
  })

  it("shows at most 50 of a job's items, and how many more", () => {
    const items = Array.from({ length: 1_000 }, (_, i) => `s3://b-1/${i}.vcf`)
    const out = summaryMarkdown({ title: 'T', jobs: [{ jobId: 'j', items, status: 'SUBMITTED' }] })
    expect(out).toContain('s3\\:\\/\\/b\\-1\\/49\\.vcf<br>… and 950 more (the items output lists every one)')
    expect(out).not.toContain('b\\-1\\/50\\.vcf')
  })
})

describe('summary facts: inputs that failed their checks are not shown', () => {
  const inputs = {
    destinationName: 'X<img src=x>',
    versionName: 'v<h1>',
    region: 'evil.example',
    dryRun: 'off'
  } as unknown as StartInputs
  it.each([
    ['destination-name', 'storeName'],
    ['version-name', 'versionName'],
    ['region', 'region']
  ])('%s', (input, fact) => {
    const error = new InputError([{ input, message: 'bad' }])
    const { summary } = startResult({ inputs, notes: [] }, error)
    expect(summary).not.toHaveProperty(fact)
    expect(Object.keys(summary)).toEqual(
      expect.arrayContaining(['storeName', 'versionName', 'region'].filter(name => name !== fact))
    )
  })
})

describe('summaryMarkdown and storeConsoleUrl', () => {
  it('links the store in the console of its partition', () => {
    expect(storeConsoleUrl('us-east-1', 'my_store')).toBe(
      'https://us-east-1.console.aws.amazon.com/omics/home?region=us-east-1#/annotation-stores/my_store'
    )
    expect(storeConsoleUrl('cn-north-1', 's')).toMatch(/^https:\/\/cn-north-1\.console\.amazonaws\.cn\//)
    expect(storeConsoleUrl('us-gov-west-1', 's')).toMatch(
      /^https:\/\/us-gov-west-1\.console\.amazonaws-us-gov\.com\//
    )
  })

  it('shows each job with its items, run time and time waited, escaping table cells', () => {
    const one = summaryMarkdown({
      title: 'Annotation import',
      storeName: 's',
      region: 'us-east-1',
      jobs: [
        {
          jobId: 'j1',
          items: ['s3://b-1/a|b.vcf'],
          status: 'COMPLETED',
          runMs: 3_600_000,
          waitedMs: 75_000,
          itemStatuses: [{ source: 's3://b-1/a|b.vcf', jobStatus: 'COMPLETED' }]
        }
      ]
    })
    expect(one).toContain('| `j1` | COMPLETED | 1h 0m | 1m 15s | s3\\:\\/\\/b\\-1\\/a\\|b\\.vcf |')
    const batch = summaryMarkdown({
      title: 'Annotation import',
      region: 'us-east-1',
      failure: '1 problem with the inputs',
      jobs: [
        { jobId: 'j1', items: ['s3://b-1/a.vcf'], status: 'SUBMITTED' },
        { items: ['s3://b-1/b.vcf'], status: 'skipped (job j0)' }
      ]
    })
    expect(batch).toContain('| `j1` | SUBMITTED |  |  | s3\\:\\/\\/b\\-1\\/a\\.vcf |')
    expect(batch).toContain('| — | skipped \\(job j0\\) |  |  | s3\\:\\/\\/b\\-1\\/b\\.vcf |')
    expect(batch).toContain('**Failed**\n\n```\n1 problem with the inputs\n```')
  })
})
