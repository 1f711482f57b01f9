// phases/provenance.ts: the tags a created store version carries: repository, workflow, run and commit.
import { afterEach, describe, expect, it } from '@jest/globals'
import { provenanceTags } from '../src/phases/provenance.js'

const saved = { ...process.env }
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
})
