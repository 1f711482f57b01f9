// report/summary.ts (and start-result.ts's facts): the summary's markdown and its console links; the job summary shows outside text as text, only inputs that
// passed their checks, links built only from valid values, and stays well under GitHub's 1 MiB.
import { afterEach, describe, expect, it } from '@jest/globals'
import { FAILURE_LIMIT, storeConsoleUrl, SUMMARY_LIMIT, summaryMarkdown } from '../src/report/summary.js'
import { startResult } from '../src/report/start-result.js'
import { InputError } from '../src/shared/errors.js'
import type { StartInputs } from '../src/inputs/inputs.js'
import { elements, renderGfm, textOf } from './helpers/gfm.js'

const KEY = 's3://b-1/incoming/a<img src=x><a href=y>Approve</a>[docs](z)<h1>H</h1>.vcf'
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
const saved = process.env['AWS_SECRET_ACCESS_KEY']

afterEach(() => {
  if (saved === undefined) delete process.env['AWS_SECRET_ACCESS_KEY']
  else process.env['AWS_SECRET_ACCESS_KEY'] = saved
})

/** The summary's lines, joined back as the step writes them. */
const md = (...lines: string[]): string => `${lines.join('\n')}\n`
const JOBS_HEAD = ['| Job | Status | Run time | Waited | Items |', '|---|---|---|---|---|']

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

  it('a job id with a pipe in the jobs table is inline text, not a code span', () => {
    const out = summaryMarkdown({ title: 'T', jobs: [{ jobId: 'a|b', items: [], status: 'SUBMITTED' }] })
    expect(out).toBe(md('### T', '', ...JOBS_HEAD, '| a\\|b | SUBMITTED |  |  |  |'))
  })

  it('redacts secrets everywhere, the title and a failure cut across a secret included', () => {
    process.env['AWS_SECRET_ACCESS_KEY'] = SECRET
    const out = summaryMarkdown({
      title: `Import ${SECRET}`,
      storeName: `s${SECRET}`,
      jobs: [{ jobId: `j${SECRET}`, items: [`s3://b/${SECRET}`], status: 'SUBMITTED' }]
    })
    expect(out).not.toContain('EXAMPLEKEY')
    expect(out.split('\n')[0]).toBe('### Import ***')
    // The failure is redacted before it is measured: a secret across the cut is never half shown.
    const failure = `${'x'.repeat(FAILURE_LIMIT - 10)}${SECRET}`
    const shown = summaryMarkdown({ title: 'T', failure, jobs: [] })
    expect(shown).toBe(
      md('### T', '', '**Failed**', '', '```', `${'x'.repeat(FAILURE_LIMIT - 10)}***`, '```', '')
    )
  })
})

describe('summary: every section, in order, exactly', () => {
  it('a title alone when there is nothing else to say', () => {
    expect(summaryMarkdown({ title: 'T', jobs: [] })).toBe('### T\n\n')
    expect(summaryMarkdown({ title: 'T', jobs: [], notes: [] })).toBe('### T\n\n')
    expect(summaryMarkdown({ title: 'T', jobs: [], fileWarnings: [], rejected: [] })).toBe('### T\n\n')
  })

  it('facts, failure, notes, files left out, file warnings, jobs and the item details', () => {
    const out = summaryMarkdown({
      title: 'Annotation import (dry run)',
      storeName: 's',
      versionName: 'v_1',
      region: 'us-east-1',
      runUrl: 'https://github.com/o/r/actions/runs/7',
      failure: 'oops',
      notes: ['a note', 'another'],
      rejected: [{ file: 'g', reason: 'q' }],
      fileWarnings: [{ file: 'f', reason: 'r' }],
      jobs: [
        {
          jobId: 'j1',
          items: ['s3://b/a'],
          status: 'FAILED',
          note: '(x)',
          statusMessage: 'bad',
          runMs: 0,
          waitedMs: 1000,
          itemStatuses: [{ source: 's3://b/a', jobStatus: 'FAILED' }, {}]
        }
      ],
      dryRun: true
    })
    expect(out).toBe(
      md(
        '### Annotation import (dry run)',
        '',
        '| | |',
        '|---|---|',
        '| Store | [s](<https://us-east-1.console.aws.amazon.com/omics/home?region=us-east-1#/annotation-stores/s>) |',
        '| Version | v\\_1 |',
        '| Region | us\\-east\\-1 |',
        '| Workflow run | [7](<https://github.com/o/r/actions/runs/7>) |',
        '',
        '**Failed**',
        '',
        '```',
        'oops',
        '```',
        '',
        '- a note',
        '- another',
        '',
        '| File left out (bad-files: skip) | Why it failed the file checks |',
        '|---|---|',
        '| g | q |',
        '',
        '| File | File check warning (imported all the same) |',
        '|---|---|',
        '| f | r |',
        '',
        ...JOBS_HEAD,
        '| `j1` | FAILED \\(x\\) | 0s | 1s | s3\\:\\/\\/b\\/a |',
        '',
        '**j1**: bad',
        '',
        '| Item | Item status |',
        '|---|---|',
        '| s3\\:\\/\\/b\\/a | FAILED |',
        '|  |  |'
      )
    )
  })

  it('a store without a region is named, not linked; a store name is encoded in its link', () => {
    expect(summaryMarkdown({ title: 'T', storeName: 's', jobs: [] })).toBe(
      md('### T', '', '| | |', '|---|---|', '| Store | s |', '')
    )
    expect(summaryMarkdown({ title: 'T', versionName: 'v', jobs: [] })).toBe(
      md('### T', '', '| | |', '|---|---|', '| Version | v |', '')
    )
    expect(summaryMarkdown({ title: 'T', region: 'eu-west-1', jobs: [] })).toBe(
      md('### T', '', '| | |', '|---|---|', '| Region | eu\\-west\\-1 |', '')
    )
    expect(summaryMarkdown({ title: 'T', storeName: 'a b', region: 'eu-west-1', jobs: [] })).toContain(
      '| Store | [a b](<https://eu-west-1.console.aws.amazon.com/omics/home?region=eu-west-1#/annotation-stores/a%20b>) |'
    )
  })

  it.each([
    ['https://github.com/o/r/actions/runs/7', '[7](<https://github.com/o/r/actions/runs/7>)'],
    ['https://ghe.example/o/r/actions/runs/77', '[77](<https://ghe.example/o/r/actions/runs/77>)'],
    ['http://github.com/o/r/actions/runs/7', '7'],
    ['xhttps://github.com/o/r/actions/runs/7', '7'],
    ['https://ghe.example/o r/actions/runs/7', '7'],
    ['https://ghe.example/o>r/actions/runs/7', '7'],
    ['https://ghe.example/o<r/actions/runs/7', '7'],
    ['https://', '']
  ])('the workflow run %s is linked only as an https URL that fits in <...>', (runUrl, shown) => {
    expect(summaryMarkdown({ title: 'T', runUrl, jobs: [] })).toBe(
      md('### T', '', '| | |', '|---|---|', `| Workflow run | ${shown} |`, '')
    )
  })

  it("a job's id, or what stands for it: the dry run's planned jobs, or a dash", () => {
    const jobs = [
      { jobId: 'j1', items: ['a'], status: 'SUBMITTED', runMs: 3_600_000 },
      { items: ['b'], status: 'not started', note: '' }
    ]
    expect(summaryMarkdown({ title: 'T', jobs, dryRun: true })).toBe(
      md(
        '### T',
        '',
        ...JOBS_HEAD,
        '| `j1` | SUBMITTED | 1h 0m |  | a |',
        '| (dry run: not started) | not started |  |  | b |'
      )
    )
    expect(summaryMarkdown({ title: 'T', jobs, dryRun: false })).toBe(
      md('### T', '', ...JOBS_HEAD, '| `j1` | SUBMITTED | 1h 0m |  | a |', '| — | not started |  |  | b |')
    )
  })

  it('with several jobs, lists only the items not COMPLETED, each table naming its job', () => {
    const out = summaryMarkdown({
      title: 'T',
      jobs: [
        {
          jobId: 'j1',
          items: [],
          status: 'COMPLETED_WITH_FAILURES',
          itemStatuses: [
            { source: 'a', jobStatus: 'COMPLETED' },
            { source: 'b', jobStatus: 'FAILED' }
          ]
        },
        {
          items: [],
          status: 'FAILED',
          statusMessage: 'm',
          itemStatuses: [{ source: 'c', jobStatus: 'FAILED' }]
        },
        {
          jobId: 'j3',
          items: [],
          status: 'COMPLETED',
          itemStatuses: [{ source: 'd', jobStatus: 'COMPLETED' }]
        }
      ]
    })
    expect(out).toBe(
      md(
        '### T',
        '',
        ...JOBS_HEAD,
        '| `j1` | COMPLETED\\_WITH\\_FAILURES |  |  |  |',
        '| — | FAILED |  |  |  |',
        '| `j3` | COMPLETED |  |  |  |',
        '',
        '| Item (job j1) | Item status |',
        '|---|---|',
        '| b | FAILED |',
        '',
        '**Job**: m',
        '',
        '| Item | Item status |',
        '|---|---|',
        '| c | FAILED |'
      )
    )
  })

  it('with one job, every item is listed, COMPLETED ones too', () => {
    const out = summaryMarkdown({
      title: 'T',
      jobs: [
        {
          jobId: 'j1',
          items: [],
          status: 'COMPLETED',
          itemStatuses: [{ source: 'a', jobStatus: 'COMPLETED' }]
        }
      ]
    })
    expect(out).toBe(
      md(
        '### T',
        '',
        ...JOBS_HEAD,
        '| `j1` | COMPLETED |  |  |  |',
        '',
        '| Item | Item status |',
        '|---|---|',
        '| a | COMPLETED |'
      )
    )
    const none = summaryMarkdown({ title: 'T', jobs: [{ items: [], status: 'S', itemStatuses: [] }] })
    expect(none).toBe(md('### T', '', ...JOBS_HEAD, '| — | S |  |  |  |'))
  })
})

describe('summary: bounded', () => {
  it('cuts a long failure, saying the log has it whole', () => {
    const out = summaryMarkdown({ title: 'T', failure: 'x'.repeat(FAILURE_LIMIT * 3), jobs: [] })
    expect(out.length).toBeLessThan(FAILURE_LIMIT + 1_000)
    expect(out).toContain("the step's log has all of it")
  })

  it('shows a failure of 65,536 characters whole, and cuts one of 65,537', () => {
    const whole = 'x'.repeat(FAILURE_LIMIT)
    expect(FAILURE_LIMIT).toBe(65_536)
    expect(summaryMarkdown({ title: 'T', failure: whole, jobs: [] })).toBe(
      md('### T', '', '**Failed**', '', '```', whole, '```', '')
    )
    expect(summaryMarkdown({ title: 'T', failure: `${whole}y`, jobs: [] })).toBe(
      md(
        '### T',
        '',
        '**Failed**',
        '',
        '```',
        `${'x'.repeat(FAILURE_LIMIT - 1)}…`,
        '```',
        '',
        "The message is cut at 65,536 characters: the step's log has all of it.",
        ''
      )
    )
  })

  it('stays under its limit with 400,000 file warnings, saying where the rest is', () => {
    // One warning 400,000 times: building 400,000 distinct ones would cost more than the summary does.
    const fileWarnings = new Array<{ file: string; reason: string }>(400_000).fill({
      file: 's3://b-1/annotations/sample-000001.gff3',
      reason: 'has no ##gff-version 3 directive'
    })
    const out = summaryMarkdown({ title: 'T', fileWarnings, jobs: [] })
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(SUMMARY_LIMIT + 500)
    expect(Buffer.byteLength(out)).toBeGreaterThan(SUMMARY_LIMIT / 2)
    expect(out).toMatch(/The summary is cut here at 512 KiB: the step's log/)
  })

  // '### T', '' and the '' after the notes are 8 bytes with their line ends; a note line is '- ' + note.
  const notesOf = (last: number): string[] => [
    ...Array.from({ length: 130 }, () => 'a'.repeat(4_000)),
    'a'.repeat(last)
  ]
  it('keeps a summary of exactly 512 KiB whole', () => {
    expect(SUMMARY_LIMIT).toBe(524_288)
    const notes = notesOf(3_887)
    const out = summaryMarkdown({ title: 'T', notes, jobs: [] })
    expect(Buffer.byteLength(out)).toBe(SUMMARY_LIMIT)
    expect(out).toBe(md('### T', '', ...notes.map(note => `- ${note}`), ''))
  })

  it('cuts a summary one byte over, at the line that crosses the limit, saying where the rest is', () => {
    const notes = notesOf(3_888)
    const out = summaryMarkdown({ title: 'T', notes, jobs: [] })
    expect(out).toBe(
      md(
        '### T',
        '',
        ...notes.map(note => `- ${note}`),
        '',
        "The summary is cut here at 512 KiB: the step's log and the jobs output have the rest."
      )
    )
    const early = summaryMarkdown({ title: 'T', notes: [...notes, 'b', 'c'], jobs: [] })
    expect(early.split('\n').slice(-4)).toEqual([
      `- ${notes.at(-1)}`,
      '',
      "The summary is cut here at 512 KiB: the step's log and the jobs output have the rest.",
      ''
    ])
  })

  it("shows at most 50 of a job's items, and how many more", () => {
    const items = Array.from({ length: 1_000 }, (_, i) => `s3://b-1/${i}.vcf`)
    const out = summaryMarkdown({ title: 'T', jobs: [{ jobId: 'j', items, status: 'SUBMITTED' }] })
    expect(out).toContain('s3\\:\\/\\/b\\-1\\/49\\.vcf<br>… and 950 more (the items output lists every one)')
    expect(out).not.toContain('b\\-1\\/50\\.vcf')
  })

  it('50 items are all shown; the 51st is counted instead', () => {
    const items = (n: number): string[] => Array.from({ length: n }, (_, i) => `f${i}`)
    const row = (n: number): string =>
      summaryMarkdown({ title: 'T', jobs: [{ jobId: 'j', items: items(n), status: 'S' }] }).split('\n')[4] ??
      ''
    expect(row(50)).toBe(`| \`j\` | S |  |  | ${items(50).join('<br>')} |`)
    expect(row(51)).toBe(
      `| \`j\` | S |  |  | ${items(50).join('<br>')}<br>… and 1 more (the items output lists every one) |`
    )
  })

  it('cuts a value at 1,200 characters and a message at 4,000', () => {
    const a = (n: number): string => 'a'.repeat(n)
    const out = summaryMarkdown({
      title: 'T',
      notes: [a(4_000), a(4_001)],
      rejected: [{ file: a(1_201), reason: a(4_001) }],
      fileWarnings: [{ file: a(1_200), reason: a(4_000) }],
      jobs: [{ jobId: 'j', items: [a(1_201)], status: a(1_201), statusMessage: a(4_001) }]
    })
    const cut = (n: number): string => `${a(n - 1)}…`
    expect(out).toBe(
      md(
        '### T',
        '',
        `- ${a(4_000)}`,
        `- ${cut(4_000)}`,
        '',
        '| File left out (bad-files: skip) | Why it failed the file checks |',
        '|---|---|',
        `| ${cut(1_200)} | ${cut(4_000)} |`,
        '',
        '| File | File check warning (imported all the same) |',
        '|---|---|',
        `| ${a(1_200)} | ${a(4_000)} |`,
        '',
        ...JOBS_HEAD,
        `| \`j\` | ${cut(1_200)} |  |  | ${cut(1_200)} |`,
        '',
        `**j**: ${cut(4_000)}`
      )
    )
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
