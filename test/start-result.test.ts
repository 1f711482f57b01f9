// report/start-result.ts: the start action's outputs and summary from what the run found.
import { describe, expect, it } from '@jest/globals'
import { startResult } from '../src/report/start-result.js'
import { VersionError } from '../src/phases/store-version.js'
import { InputError } from '../src/shared/errors.js'

describe('outputs on every path', () => {
  it('status is NOT_STARTED, the job lists and request [] when the step stops before starting', () => {
    const outputs = startResult({ notes: [] }, new InputError([{ input: 'items', message: 'bad' }])).outputs
    expect(outputs).toMatchObject({ status: 'NOT_STARTED', 'job-ids': '[]', jobs: '[]', request: '[]' })
  })

  it('a failed version phase still gives version-created and version-arn', () => {
    const version = { versionName: 'v1', created: true, status: 'FAILED', arn: 'arn:aws:omics:v1' }
    const outputs = startResult({ notes: [] }, new VersionError('Version v1 is FAILED', version)).outputs
    expect(outputs).toMatchObject({ 'version-created': 'true', 'version-arn': 'arn:aws:omics:v1' })
  })
})
