// bad-files: what the file checks' verdicts mean for the run (which files are left out, which stay, when
// the step still fails), and how the quiet night and the files left out show in the outputs and summary.
import { describe, expect, it } from '@jest/globals'
import type { FileVerdict } from '../src/model/file-verdicts.js'
import { filesToImport, setAside } from '../src/phases/file-report.js'
import { startResult } from '../src/report/start-result.js'
import { summaryMarkdown } from '../src/report/summary.js'
import { InputError } from '../src/shared/errors.js'
import type { StartInputs } from '../src/inputs/inputs.js'

const item = (n: number, key: string) => ({ line: n, uri: `s3://b-1/${key}`, where: `line ${n}` })
const items = [item(1, 'good.vcf'), item(2, 'bad.vcf'), item(3, 'warned.vcf.txt'), item(4, 'twice.vcf')]
const verdict = (key: string, level: 'fail' | 'warn', reason: string): FileVerdict => ({
  file: `s3://b-1/${key}`,
  level,
  kind: level === 'fail' ? 'bad-header' : 'extension',
  reason
})
const verdicts = [
  verdict('bad.vcf', 'fail', 'expected a #CHROM header line'),
  verdict('warned.vcf.txt', 'warn', 'its name suggests a TSV file'),
  verdict('twice.vcf', 'warn', 'starts with a UTF-8 byte-order mark'),
  verdict('twice.vcf', 'fail', 'is empty (0 bytes)'),
  verdict('twice.vcf', 'fail', 'is BCF')
]
const problems = verdicts
  .filter(v => v.level === 'fail')
  .map(v => ({ input: 'items', message: `${v.file}: ${v.reason}` }))
const recorder = () => {
  const warnings: string[] = []
  return { warnings, log: { warning: (message: string) => void warnings.push(message) } }
}

describe('setAside', () => {
  it('leaves out each file with a fail verdict, once, its reasons joined; keeps the warned-only ones', () => {
    expect(setAside(items, verdicts)).toEqual({
      kept: [item(1, 'good.vcf'), item(3, 'warned.vcf.txt')],
      rejected: [
        { file: 's3://b-1/bad.vcf', reason: 'expected a #CHROM header line', where: 'line 2' },
        { file: 's3://b-1/twice.vcf', reason: 'is empty (0 bytes); is BCF', where: 'line 4' }
      ]
    })
  })
})

describe('filesToImport', () => {
  it('fail: any failed file is the error, as before, and nothing is left out', () => {
    const { log, warnings } = recorder()
    const answer = filesToImport(items, { problems, verdicts }, 'fail', log)
    expect(answer.error).toBeInstanceOf(InputError)
    expect(answer.error?.message).toMatch(/^3 problems with the inputs; no job was started:/)
    expect(answer.rejected).toEqual([])
    expect(warnings).toEqual([])
  })

  it('fail with no failed file keeps every file', () => {
    const answer = filesToImport(items, { problems: [], verdicts: [] }, 'fail', recorder().log)
    expect(answer).toEqual({ kept: items, rejected: [] })
  })

  it('skip: one warning per file left out, naming its line, the file and the reason', () => {
    const { log, warnings } = recorder()
    const answer = filesToImport(items, { problems, verdicts }, 'skip', log)
    expect(answer.error).toBeUndefined()
    expect(answer.kept.map(i => i.uri)).toEqual(['s3://b-1/good.vcf', 's3://b-1/warned.vcf.txt'])
    expect(answer.rejected).toEqual([
      { file: 's3://b-1/bad.vcf', reason: 'expected a #CHROM header line' },
      { file: 's3://b-1/twice.vcf', reason: 'is empty (0 bytes); is BCF' }
    ])
    expect(warnings).toEqual([
      'Left out (bad-files: skip): line 2: s3://b-1/bad.vcf: expected a #CHROM header line',
      'Left out (bad-files: skip): line 4: s3://b-1/twice.vcf: is empty (0 bytes); is BCF'
    ])
  })

  it('skip: when every file fails, the step fails saying nothing is left, and still lists them', () => {
    const bad = [item(2, 'bad.vcf')]
    const answer = filesToImport(bad, { problems: problems.slice(0, 1), verdicts }, 'skip', recorder().log)
    expect(answer.error?.message).toContain(
      '1 problem with the inputs; every file failed the file checks, so nothing is left to import (bad-files: skip); no job was started:'
    )
    expect(answer.rejected).toEqual([{ file: 's3://b-1/bad.vcf', reason: 'expected a #CHROM header line' }])
  })
})

describe('the outputs and the summary', () => {
  const inputs = {
    destinationName: 's',
    region: 'us-east-1',
    dryRun: 'off',
    oneJobPerItem: true
  } as StartInputs

  it('rejected is [] on every path, even an input error', () => {
    expect(
      startResult({ notes: [] }, new InputError([{ input: 'items', message: 'x' }])).outputs
    ).toMatchObject({ rejected: '[]' })
  })

  it('a quiet night: status NO_FILES, empty lists, no job-id, no failure; also on a dry run', () => {
    for (const dryRun of ['off', 'plan'] as const) {
      const result = startResult({
        notes: [],
        inputs: { ...inputs, dryRun },
        items: [],
        requests: [],
        noFiles: true
      })
      expect(result.failure).toBeUndefined()
      expect(result.outputs).toEqual({
        items: '[]',
        rejected: '[]',
        request: '[]',
        'job-ids': '[]',
        jobs: '[]',
        status: 'NO_FILES'
      })
    }
  })

  it('the files left out are in rejected and in the summary, escaped with the summary cell helper', () => {
    const rejected = [{ file: 's3://b-1/a|<b>.vcf', reason: 'found "x|y"\nat line 2 <script>' }]
    const result = startResult({ notes: [], inputs, items: [], requests: [], rejected })
    expect(JSON.parse(result.outputs['rejected'] ?? '')).toEqual(rejected)
    const markdown = summaryMarkdown(result.summary)
    expect(markdown).toContain('| File left out (bad-files: skip) | Why it failed the file checks |')
    // One row of two cells: the pipes, the newline and the HTML in the file and the reason are not live.
    const row = markdown.split('\n').find(line => line.startsWith('| s3\\:\\/\\/b\\-1\\/a')) ?? ''
    expect(row.replace(/\\\|/g, '').match(/\|/g)).toHaveLength(3)
    expect(row).toContain('at line 2')
    expect(row).not.toMatch(/<script>|<b>/)
    expect(summaryMarkdown({ title: 't', jobs: [] })).not.toContain('bad-files')
  })
})
