// report/emit.ts, the only writer to the runner: what reaches the log, the outputs, the summary and the
// failure, and that every piece of it is redacted.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { fakeCore } from './helpers/fake-core.js'

const core = fakeCore()
jest.unstable_mockModule('@actions/core', () => core.module)
const { earlyOutput, emit, ERROR_LIMIT, log, notice, runUrl } = await import('../src/report/emit.js')
const { summaryMarkdown } = await import('../src/report/summary.js')

const ZWSP = '\u200B'

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
const saved = { ...process.env }

beforeEach(() => {
  core.reset()
  process.env['AWS_SECRET_ACCESS_KEY'] = SECRET
  delete process.env['GITHUB_STEP_SUMMARY']
  delete process.env['GITHUB_REPOSITORY']
  delete process.env['GITHUB_RUN_ID']
  delete process.env['GITHUB_SERVER_URL']
})
afterEach(() => {
  process.env = { ...saved }
})

const result = (overrides = {}) => ({
  outputs: { 'job-ids': 'job-1', message: `key ${SECRET}` },
  summary: { title: 'Annotation import', storeName: 'my_store', jobs: [] },
  warnings: [`careful: ${SECRET}`],
  ...overrides
})

describe('log', () => {
  it('writes info, warning, debug and groups with secrets redacted', () => {
    log.info(`info ${SECRET}`)
    log.warning('plain warning')
    log.debug(`debug ${SECRET}`)
    log.group(`title ${SECRET}`, ['one', `two ${SECRET}`])
    expect(core.lines).toEqual([
      'info: info ***',
      'warning: plain warning',
      'debug: debug ***',
      'group: title ***',
      'info: one',
      'info: two ***',
      'endgroup'
    ])
  })
})

describe('log lines from outside text', () => {
  it('can never be a workflow command, at any line of any kind of log line', () => {
    log.info('::error::a\n::warning::b')
    log.warning('::error::c')
    log.debug('x\r::stop-commands::y')
    log.group('::group::t', ['::endgroup::', 'fine'])
    expect(core.lines).toEqual([
      `info: :${ZWSP}:error::a\n:${ZWSP}:warning::b`,
      `warning: :${ZWSP}:error::c`,
      `debug: x\n:${ZWSP}:stop-commands::y`,
      `group: :${ZWSP}:group::t`,
      `info: :${ZWSP}:endgroup::`,
      'info: fine',
      'endgroup'
    ])
  })
})

describe('notice', () => {
  it('writes one notice annotation, redacted and neutralised', () => {
    notice(`::error::endpoint ${SECRET}`)
    expect(core.lines).toEqual([`notice: :${ZWSP}:error::endpoint ***`])
  })
})

describe('earlyOutput', () => {
  it('sets the output at once, redacted', () => {
    earlyOutput('job-ids', `a ${SECRET}`)
    expect(core.outputs).toEqual({ 'job-ids': 'a ***' })
  })
})

describe('runUrl', () => {
  it('builds the run link from the runner variables, or none', () => {
    expect(
      runUrl({ GITHUB_SERVER_URL: 'https://ghe.example.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' })
    ).toBe('https://ghe.example.com/o/r/actions/runs/7')
    expect(runUrl({})).toBeUndefined()
  })

  it('links the workflow run from the runner variables, github.com by default', () => {
    expect(runUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42' })).toBe(
      'https://github.com/o/r/actions/runs/42'
    )
    expect(
      runUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42', GITHUB_SERVER_URL: 'https://ghe.example' })
    ).toBe('https://ghe.example/o/r/actions/runs/42')
  })
  it('gives no link without a repository or a run id', () => {
    expect(runUrl({ GITHUB_RUN_ID: '42' })).toBeUndefined()
    expect(runUrl({ GITHUB_REPOSITORY: 'o/r' })).toBeUndefined()
    expect(runUrl({ GITHUB_REPOSITORY: '', GITHUB_RUN_ID: '42' })).toBeUndefined()
    expect(runUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '' })).toBeUndefined()
  })

  it('an empty server URL is github.com; by default the variables are the process environment', () => {
    expect(runUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42', GITHUB_SERVER_URL: '' })).toBe(
      'https://github.com/o/r/actions/runs/42'
    )
    expect(runUrl()).toBeUndefined()
    process.env['GITHUB_REPOSITORY'] = 'octo/repo'
    process.env['GITHUB_RUN_ID'] = '9'
    expect(runUrl()).toBe('https://github.com/octo/repo/actions/runs/9')
  })
})

describe('emit', () => {
  it('writes warnings, then outputs, then the failure, all redacted; no summary without GITHUB_STEP_SUMMARY', async () => {
    await emit(result({ failure: `failed with ${SECRET}` }))
    expect(core.lines).toEqual([
      'warning: careful: ***',
      'output job-ids=job-1',
      'output message=key ***',
      'failed: failed with ***'
    ])
    expect(core.summaries).toEqual([])
  })

  it('caps the ::error:: message, logging the whole failure first', async () => {
    const failure = Array.from({ length: 1_000 }, (_, i) => `line ${i} ${SECRET}`).join('\n')
    await emit(result({ failure }))
    const failed = core.lines.filter(line => line.startsWith('failed: '))
    expect(failed).toHaveLength(1)
    expect(failed[0]?.length).toBeLessThan(4_200)
    expect(failed[0]).toMatch(
      /\n\(cut at 4,000 characters: the whole message is in the log, under "The failure, in full"\)$/
    )
    const group = core.lines.indexOf('group: The failure, in full')
    expect(group).toBeGreaterThan(-1)
    expect(core.lines[group + 1]).toBe('info: line 0 ***')
    expect(core.lines[group + 1_000]).toBe('info: line 999 ***')
    expect(core.lines[group + 1_001]).toBe('endgroup')
  })

  it('a failure within the cap is the ::error:: message as is, and not logged twice', async () => {
    const failure = 'x'.repeat(4_000)
    await emit(result({ failure }))
    expect(core.lines.filter(line => line.startsWith('failed: '))).toEqual([`failed: ${failure}`])
    expect(core.lines).not.toContain('group: The failure, in full')
  })

  it('a failure of 4,001 characters is cut at 4,000 on the ::error:: line, and logged whole first', async () => {
    expect(ERROR_LIMIT).toBe(4_000)
    const failure = `${'a'.repeat(2_000)}\n${'b'.repeat(2_000)}`
    await emit(result({ warnings: [], outputs: {}, failure }))
    expect(core.lines).toEqual([
      'group: The failure, in full',
      `info: ${'a'.repeat(2_000)}`,
      `info: ${'b'.repeat(2_000)}`,
      'endgroup',
      `failed: ${'a'.repeat(2_000)}\n${'b'.repeat(1_998)}…\n(cut at 4,000 characters: the whole message is in the log, under "The failure, in full")`
    ])
  })

  it('measures the failure once redacted: a secret that makes it long by its own length does not', async () => {
    const failure = `${'a'.repeat(3_990)} ${SECRET}`
    await emit(result({ warnings: [], outputs: {}, failure }))
    expect(core.lines).toEqual([`failed: ${'a'.repeat(3_990)} ***`])
  })

  it('the failure can be no workflow command either; an output is left as it is', async () => {
    await emit(
      result({ warnings: [], outputs: { 'status-message': '::error::x' }, failure: 'bad\n::error::y' })
    )
    expect(core.lines).toEqual(['output status-message=::error::x', `failed: bad\n:${ZWSP}:error::y`])
  })

  it('does not fail the step when the result has no failure', async () => {
    await emit(result())
    expect(core.lines.filter(line => line.startsWith('failed'))).toEqual([])
  })

  it('writes the summary with a link to the run when the runner gives a summary file', async () => {
    process.env['GITHUB_STEP_SUMMARY'] = '/tmp/summary.md'
    process.env['GITHUB_REPOSITORY'] = 'octo/repo'
    process.env['GITHUB_RUN_ID'] = '77'
    await emit(result())
    expect(core.summaries).toHaveLength(1)
    expect(core.summaries[0]).toContain('Annotation import')
    // Outside text escaped (no region: no console link); the run link is the action's own.
    expect(core.summaries[0]).toContain('| Store | my\\_store |')
    expect(core.summaries[0]).toContain('[77](<https://github.com/octo/repo/actions/runs/77>)')
  })

  it('writes the summary as summaryMarkdown makes it, without a run link when the runner gives none', async () => {
    process.env['GITHUB_STEP_SUMMARY'] = '/tmp/summary.md'
    process.env['GITHUB_REPOSITORY'] = 'octo/repo'
    await emit(result({ failure: 'bad' }))
    expect(core.summaries).toEqual([
      summaryMarkdown({ title: 'Annotation import', storeName: 'my_store', jobs: [] })
    ])
    expect(core.summaries[0]).toBe('### Annotation import\n\n| | |\n|---|---|\n| Store | my\\_store |\n\n')
    // In order: warnings, outputs, the summary, then the failure.
    expect(core.lines).toEqual([
      'warning: careful: ***',
      'output job-ids=job-1',
      'output message=key ***',
      'failed: bad'
    ])
  })

  it('writes the summary with the run link and every fact of the result', async () => {
    process.env['GITHUB_STEP_SUMMARY'] = '/tmp/summary.md'
    process.env['GITHUB_REPOSITORY'] = 'octo/repo'
    process.env['GITHUB_RUN_ID'] = '77'
    const summary = { title: 'Annotation import', storeName: 'my_store', region: 'eu-west-1', jobs: [] }
    await emit(result({ summary }))
    expect(core.summaries).toEqual([
      summaryMarkdown({ ...summary, runUrl: 'https://github.com/octo/repo/actions/runs/77' })
    ])
  })

  it('says why the summary could not be written, redacted and neutralised', async () => {
    process.env['GITHUB_STEP_SUMMARY'] = '/tmp/summary.md'
    core.failSummaryWith = new Error(`EACCES ${SECRET}\n::error::forged`)
    await emit(result({ warnings: [] }))
    expect(core.lines).toEqual([
      'output job-ids=job-1',
      'output message=key ***',
      `warning: Could not write the job summary: EACCES ***\n:${ZWSP}:error::forged`
    ])
  })

  it('warns, and still sets the outputs and the failure, when the summary cannot be written', async () => {
    process.env['GITHUB_STEP_SUMMARY'] = '/tmp/summary.md'
    core.failSummaryWith = new Error('EACCES: permission denied')
    await emit(result({ failure: 'the import failed' }))
    expect(core.lines).toContain('warning: Could not write the job summary: EACCES: permission denied')
    expect(core.outputs['job-ids']).toBe('job-1')
    expect(core.lines.at(-1)).toBe('failed: the import failed')
  })
})
