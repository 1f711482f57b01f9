// Outside text in the job summary (issue 24): S3 keys a bucket writer chose, file headers, status
// messages the service quotes back, and inputs that failed their checks. The summary the action writes
// ($GITHUB_STEP_SUMMARY) is rendered with a GFM renderer, and nothing in it may be an element the
// action did not write: no image, no link but its own, no heading but its own, no forged table row.
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { elements, renderGfm, textOf } from '../helpers/gfm.js'
import { errorText, runAction, START_ACTION, startInputs, type RunResult } from '../helpers/run-action.js'

const BUCKET = 'hostile'
const emu = useEmulator({ buckets: { [BUCKET]: [] } })
const uri = (key: string): string => `s3://${BUCKET}/${key}`
const VCF = '##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n'

/** What a forger adds after a line break: end the fence, a heading, a table saying COMPLETED. */
const FORGED = (br: string): string =>
  ['', '```', '## Forged', '| Job | Status |', '|---|---|', '| `1` | COMPLETED |', ''].join(br)
const HTML = '<img src=x><a href=y>Approve deploy</a>[docs](z)<h1>H</h1>'

const CONSOLE = 'https://us-east-1.console.aws.amazon.com/omics/home?region=us-east-1#/annotation-stores/'
const RUN = 'https://github.com/octo-org/annotations/actions/runs/4242'

interface Rendered {
  html: string
  text: string
  headings: string[]
  links: string[]
  rows: number
  /** Elements other than the summary's own kinds (headings and links are checked one by one). */
  foreign: string[]
}

function render(result: RunResult): Rendered {
  expect(result.summary).not.toBe('')
  const html = renderGfm(result.summary)
  const own = [
    'h3',
    'p',
    'strong',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'pre',
    'code',
    'br',
    'ul',
    'li',
    'a'
  ]
  return {
    html,
    text: textOf(html).replace(/\u200B/g, ''),
    headings: Array.from(html.matchAll(/<h(\d)>([\s\S]*?)<\/h\1>/g), m => `h${m[1]}: ${textOf(m[2] ?? '')}`),
    links: Array.from(html.matchAll(/<a\s([^>]*)>/g), m => m[1] ?? ''),
    rows: (html.match(/<tr>/g) ?? []).length,
    foreign: elements(html).filter(tag => !own.includes(tag.split(' ')[0] ?? ''))
  }
}

/** The summary's cells that say COMPLETED, as a status or an item status. */
const completedCells = (html: string): number => (html.match(/<td>COMPLETED<\/td>/g) ?? []).length

describe('the job summary shows outside text as text (rendered as GFM)', () => {
  it('hostile S3 keys matched by a wildcard, and a hostile status message, in the tables and the failure', async () => {
    const keys = [`incoming/a${HTML}.vcf`, 'incoming/b https://evil.example/x www.evil.example.vcf']
    for (const key of keys) emu.state.putObject(BUCKET, key, VCF)
    for (const key of keys) emu.state.sourcePlans[uri(key)] = ['IN_PROGRESS', 'FAILED']
    emu.state.sourceMessages = { [uri(keys[0] ?? '')]: `bad row${FORGED('\r')}${HTML}\u2028# H1` }
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: uri('incoming/**/*.vcf'), wait: 'true', 'poll-interval': '0.1' })
    )
    expect(result.code).toBe(1)
    const r = render(result)
    expect(r.foreign).toEqual([])
    expect(r.headings).toEqual(['h3: Annotation import'])
    expect(r.links).toEqual([`href="${CONSOLE}my_vcf_store"`, `href="${RUN}"`])
    // Facts (head + store, region, run), the job (head + 1), its items (head + 2): no row of its own.
    expect(r.rows).toBe(4 + 2 + 3)
    expect(completedCells(r.html)).toBe(0)
    // The reader still sees every key and the message, as text.
    expect(r.text).toContain(`incoming/a${HTML}.vcf`)
    expect(r.text).toContain('incoming/b https://evil.example/x www.evil.example.vcf')
    expect(r.text).toContain(`bad row ${FORGED(' ').trim()} ${HTML} # H1`)
  })

  it('a key with a line break and a fence, refused and quoted in the failure, ends no fence', async () => {
    emu.state.putObject(BUCKET, `incoming/c${FORGED('\n')}.vcf`, VCF)
    const result = await runAction(START_ACTION, startInputs(emu.url, { items: uri('incoming/*.vcf') }))
    expect(result.code).toBe(1)
    const r = render(result)
    expect(r.foreign).toEqual([])
    expect(r.headings).toEqual(['h3: Annotation import'])
    expect(r.rows).toBe(4)
    expect(completedCells(r.html)).toBe(0)
    expect(elements(r.html).filter(tag => tag === 'pre')).toHaveLength(1)
    expect(r.text).toContain('| `1` | COMPLETED |')
  })

  it('file headers: a TSV header cell and a VCF ##INFO ID with carriage returns', async () => {
    emu.state.putObject(
      BUCKET,
      'genes.tsv',
      `chromosome\tstart\tstop${FORGED('\r')}\tgene_name\nchr1\t1\t2\tg\n`
    )
    const tsv = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: uri('genes.tsv'), 'destination-name': 'mapped_tsv_store' })
    )
    emu.state.putObject(
      BUCKET,
      'x.vcf',
      `##fileformat=VCFv4.2\n##INFO=<ID=AC${FORGED('\r')}>\n${VCF.slice(21)}`
    )
    const vcf = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: uri('x.vcf'), 'annotation-fields': 'VEP: CSQ' })
    )
    for (const result of [tsv, vcf]) {
      expect(result.code).toBe(1)
      const r = render(result)
      expect(r.foreign).toEqual([])
      expect(r.headings).toEqual(['h3: Annotation import'])
      expect(r.rows).toBe(4)
      expect(completedCells(r.html)).toBe(0)
      expect(r.text).toContain('## Forged')
    }
    expect(render(tsv).text).toContain('the header row lacks the column the store maps: end')
    expect(render(vcf).text).toContain('the file declares only AC')
  })

  it('inputs that failed their checks are not in the facts table, and no link is built from them', async () => {
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, {
        'destination-name': `X${HTML}`,
        'version-name': `v${HTML}`,
        region: 'evil.example/<img src=x>'
      })
    )
    expect(result.code).toBe(1)
    const r = render(result)
    expect(r.foreign).toEqual([])
    expect(r.links).toEqual([`href="${RUN}"`])
    // Only the run's row is left in the facts table: the failure names each bad input.
    expect(r.rows).toBe(2)
    expect(r.html).not.toMatch(/<td>(Store|Version|Region)<\/td>/)
    expect(r.text).toContain('destination-name: must start with a lowercase letter')
  })

  it('a VCF with 400,000 ##INFO lines: the failure, the ::error:: line and the summary stay small', async () => {
    const infos = Array.from({ length: 400_000 }, (_, i) => `##INFO=<ID=F${i},Number=1,Type=String>`)
    const body = gzipSync(['##fileformat=VCFv4.2', ...infos, VCF.slice(21)].join('\n'))
    emu.state.putObject(BUCKET, 'many.vcf.gz', body)
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: uri('many.vcf.gz'), 'annotation-fields': 'VEP: CSQ' })
    )
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      'the file declares only F0, F1, F2, F3, F4, F5, F6, F7, F8, F9, … and 399,990 more'
    )
    expect(errorText(result).length).toBeLessThan(1_000)
    expect(result.stdout.length).toBeLessThan(20_000)
    expect(Buffer.byteLength(result.summary)).toBeLessThan(10_000)
  })

  it('a 300 KB service message: the ::error:: line is cut, the log has it whole, the summary is bounded', async () => {
    const message = Array.from({ length: 10_000 }, (_, i) => `reason ${i} <img src=x>`).join('; ')
    emu.addFault({
      op: 'StartAnnotationImportJob',
      kind: 'error',
      status: 400,
      type: 'ValidationException',
      message
    })
    const result = await runAction(START_ACTION, startInputs(emu.url))
    expect(result.code).toBe(1)
    const error = errorText(result)
    expect(error.length).toBeLessThan(4_200)
    expect(error).toMatch(
      /\(cut at 4,000 characters: the whole message is in the log, under "The failure, in full"\)$/
    )
    expect(result.stdout).toContain('::group::The failure, in full')
    expect(result.stdout).toContain('reason 9999 <img src=x>')
    expect(Buffer.byteLength(result.summary)).toBeLessThan(80 * 1024)
    const r = render(result)
    expect(r.foreign).toEqual([])
    expect(r.text).toContain("The message is cut at 65,536 characters: the step's log has all of it.")
  })
})
