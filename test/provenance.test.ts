// phases/provenance.ts: the tags a created store version carries: repository, workflow, run and commit.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { provenanceTags } from '../src/phases/provenance.js'

const saved = { ...process.env }
const RUNNER = [
  'GITHUB_REPOSITORY',
  'GITHUB_WORKFLOW',
  'GITHUB_RUN_ID',
  'GITHUB_SHA',
  'GITHUB_SERVER_URL',
  'GITHUB_EVENT_PATH'
]
beforeEach(() => {
  for (const name of RUNNER) delete process.env[name]
})
afterEach(() => {
  process.env = { ...saved }
})

describe('provenanceTags', () => {
  it('names the repository, workflow, run link and commit from the runner variables', async () => {
    Object.assign(process.env, {
      GITHUB_REPOSITORY: 'octo-org/annotations',
      GITHUB_WORKFLOW: 'import',
      GITHUB_RUN_ID: '42',
      GITHUB_SHA: 'abc123',
      GITHUB_SERVER_URL: 'https://ghe.example'
    })
    expect(await provenanceTags()).toEqual({
      'github-repository': 'octo-org/annotations',
      'github-workflow': 'import',
      'github-run': 'https://ghe.example/octo-org/annotations/actions/runs/42',
      'github-sha': 'abc123'
    })
  })

  it('leaves out what the runner did not say, and cuts values at 256 characters', async () => {
    for (const name of ['GITHUB_REPOSITORY', 'GITHUB_RUN_ID', 'GITHUB_SHA', 'GITHUB_EVENT_PATH'])
      delete process.env[name]
    process.env['GITHUB_WORKFLOW'] = 'w'.repeat(300)
    expect(await provenanceTags()).toEqual({ 'github-workflow': 'w'.repeat(256) })
  })

  it('links the run on github.com when the runner names no server', async () => {
    Object.assign(process.env, { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' })
    expect(await provenanceTags()).toStrictEqual({
      'github-repository': 'o/r',
      'github-run': 'https://github.com/o/r/actions/runs/7'
    })
  })

  it('links no run without both the repository and the run id', async () => {
    Object.assign(process.env, { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' })
    expect(await provenanceTags()).toStrictEqual({ 'github-repository': 'o/r', 'github-sha': 'abc' })
    process.env = { ...saved }
    for (const name of RUNNER) delete process.env[name]
    Object.assign(process.env, { GITHUB_RUN_ID: '7', GITHUB_WORKFLOW: 'import' })
    expect(await provenanceTags()).toStrictEqual({ 'github-workflow': 'import' })
  })

  it('with nothing from the runner, there are no tags', async () => {
    expect(await provenanceTags()).toStrictEqual({})
  })

  it.each([
    ['255 characters', 'x'.repeat(255), 'x'.repeat(255)],
    ['256 characters', 'x'.repeat(256), 'x'.repeat(256)],
    ['257 characters', 'x'.repeat(257), 'x'.repeat(256)],
    ['256 characters, emoji counting as one', `${'x'.repeat(255)}🧬🧬`, `${'x'.repeat(255)}🧬`]
  ])('a value of %s', async (_name, value, tag) => {
    process.env['GITHUB_SHA'] = value
    expect(await provenanceTags()).toStrictEqual({ 'github-sha': tag })
  })
})
