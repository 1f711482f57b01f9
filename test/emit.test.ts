// report/emit.ts, the only writer to the runner: what reaches the log, the outputs, the summary and the
// failure, and that every piece of it is redacted.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { fakeCore } from './helpers/fake-core.js'

const core = fakeCore()
jest.unstable_mockModule('@actions/core', () => core.module)
const { earlyOutput, emit, log, runUrl } = await import('../src/report/emit.js')

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
    const failure = Array.from({ length: 40_000 }, (_, i) => `line ${i} ${SECRET}`).join('\n')
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
    expect(core.lines[group + 40_000]).toBe('info: line 39999 ***')
    expect(core.lines[group + 40_001]).toBe('endgroup')
  })

  it('a failure within the cap is the ::error:: message as is, and not logged twice', async () => {
    const failure = 'x'.repeat(4_000)
    await emit(result({ failure }))
    expect(core.lines.filter(line => line.startsWith('failed: '))).toEqual([`failed: ${failure}`])
    expect(core.lines).not.toContain('group: The failure, in full')
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

  it('warns, and still sets the outputs and the failure, when the summary cannot be written', async () => {
    process.env['GITHUB_STEP_SUMMARY'] = '/tmp/summary.md'
    core.failSummaryWith = new Error('EACCES: permission denied')
    await emit(result({ failure: 'the import failed' }))
    expect(core.lines).toContain('warning: Could not write the job summary: EACCES: permission denied')
    expect(core.outputs['job-ids']).toBe('job-1')
    expect(core.lines.at(-1)).toBe('failed: the import failed')
  })
})
