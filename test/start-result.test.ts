// report/start-result.ts: the start action's outputs and summary from what the run found.
import { describe, expect, it } from '@jest/globals'
import { withCallContext } from '../src/aws/call-context.js'
import type { ImportRequest } from '../src/model/request.js'
import type { FollowedJob } from '../src/phases/follow.js'
import { startResult, type StartState } from '../src/report/start-result.js'
import { VersionError } from '../src/phases/store-version.js'
import { AbortedError, InputError, StartError, StepError } from '../src/shared/errors.js'
import { awsError, ROLE_ARN, startSettings } from './helpers/fixtures.js'

const inputs = startSettings

const request = (...sources: string[]): ImportRequest => ({
  destinationName: 'my_store',
  roleArn: ROLE_ARN,
  items: sources.map(source => ({ source }))
})
const A = request('s3://b/a.vcf')
const B = request('s3://b/b.vcf')
const C = request('s3://b/c.vcf')

const denied = (): StartError =>
  new StartError(
    withCallContext(awsError('AccessDeniedException', 403, 'denied'), {
      operation: 'StartAnnotationImportJob',
      service: 'omics',
      endpoint: 'https://e',
      input: { destinationName: 'my_store' }
    }),
    1
  )
const DENIED =
  'StartAnnotationImportJob on store my_store failed: AccessDeniedException: denied\n' +
  'The credentials need omics:StartAnnotationImportJob on arn:aws:omics:eu-west-1:<account>:annotationStore/my_store, ' +
  `and iam:PassRole on ${ROLE_ARN} with the condition iam:PassedToService = omics.amazonaws.com. ` +
  "The role's trust policy must allow omics.amazonaws.com to assume it."

/** What a test changes of a followed job: `last: undefined` for a job never read (the key is then left out). */
type Changes = { [K in keyof FollowedJob]?: FollowedJob[K] | undefined }

const followed = (jobId: string, changes: Changes = {}): FollowedJob => {
  const all: Record<string, unknown> = {
    jobId,
    items: ['s3://b/a.vcf'],
    outcome: 'success',
    last: { status: 'COMPLETED' },
    waitedMs: 2_000,
    ...changes
  }
  return Object.fromEntries(
    Object.entries(all).filter(([, value]) => value !== undefined)
  ) as unknown as FollowedJob
}

const state = (overrides: Partial<StartState> = {}): StartState => ({
  inputs: inputs(),
  notes: [],
  ...overrides
})

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

  it('before the inputs were read: only what is known, and the failure as worded', () => {
    const error = new InputError([{ input: 'items', message: 'bad' }])
    expect(startResult({ notes: [] }, error)).toStrictEqual({
      outputs: { rejected: '[]', request: '[]', 'job-ids': '[]', jobs: '[]', status: 'NOT_STARTED' },
      warnings: [],
      failure: error.message,
      summary: { title: 'Annotation import', failure: error.message, notes: [], jobs: [] }
    })
  })

  it("the version the run found: created or not, its ARN only when known; a worded failure's none", () => {
    const outputs = startResult(
      state({ version: { versionName: 'v', created: false, status: 'ACTIVE' } })
    ).outputs
    expect(outputs['version-created']).toBe('false')
    expect(outputs).not.toHaveProperty('version-arn')
    const stopped = startResult(state(), new StepError('worded')).outputs
    expect(stopped).not.toHaveProperty('version-created')
    // What the phase recorded wins over the error's.
    const both = startResult(
      state({ version: { versionName: 'v', created: false, status: 'ACTIVE', arn: 'arn:1' } }),
      new VersionError('x', { versionName: 'v', created: true, status: 'FAILED', arn: 'arn:2' })
    ).outputs
    expect(both).toMatchObject({ 'version-created': 'false', 'version-arn': 'arn:1' })
  })
})

describe('jobs started', () => {
  it('one job: every output, and a summary row SUBMITTED', () => {
    const result = startResult(
      state({
        inputs: inputs({ versionName: 'v_1' }),
        items: ['s3://b/a.vcf'],
        skipped: new Map(),
        requests: [A],
        outcomes: [{ request: A, jobId: 'j1' }],
        notes: ['a note']
      })
    )
    expect(result).toStrictEqual({
      outputs: {
        items: '["s3://b/a.vcf"]',
        skipped: '[]',
        rejected: '[]',
        request: JSON.stringify(A),
        'job-id': 'j1',
        'job-ids': '["j1"]',
        jobs: JSON.stringify([{ jobId: 'j1', items: ['s3://b/a.vcf'], status: 'SUBMITTED' }]),
        status: 'SUBMITTED'
      },
      warnings: [],
      summary: {
        title: 'Annotation import',
        storeName: 'my_store',
        versionName: 'v_1',
        region: 'eu-west-1',
        notes: ['a note'],
        jobs: [{ jobId: 'j1', items: ['s3://b/a.vcf'], status: 'SUBMITTED' }]
      }
    })
  })

  it('one-job-per-item: the request output is the array of requests', () => {
    const outputs = startResult(
      state({
        inputs: inputs({ oneJobPerItem: true }),
        requests: [A, B],
        outcomes: [
          { request: A, jobId: 'j1' },
          { request: B, jobId: 'j2', recovered: true }
        ]
      })
    ).outputs
    expect(outputs['request']).toBe(JSON.stringify([A, B]))
    expect(outputs['job-id']).toBe('j1')
    expect(outputs['job-ids']).toBe('["j1","j2"]')
    // Without one-job-per-item, the one request itself.
    expect(
      startResult(state({ requests: [A], outcomes: [{ request: A, jobId: 'j1' }] })).outputs['request']
    ).toBe(JSON.stringify(A))
  })

  it('a job found after a lost answer says so in its row, followed or not', () => {
    const rows = startResult(
      state({
        outcomes: [
          { request: A, jobId: 'j1', recovered: true },
          { request: B, jobId: 'j2', recovered: true }
        ],
        followed: [followed('j1', { cancel: { confirmed: false } })]
      })
    ).summary.jobs
    expect(rows.map(row => row.note)).toEqual(['(found after a lost answer)', '(found after a lost answer)'])
    expect(rows[1]).toStrictEqual({
      jobId: 'j2',
      items: ['s3://b/b.vcf'],
      status: 'SUBMITTED',
      note: '(found after a lost answer)'
    })
  })

  it('followed jobs: their rows, entries, statuses and status-message; a partial success is a warning', () => {
    const result = startResult(
      state({
        inputs: inputs({ wait: true, allowPartial: true }),
        outcomes: [
          { request: A, jobId: 'j1' },
          { request: B, jobId: 'j2' }
        ],
        followed: [
          followed('j1', { last: { status: 'COMPLETED_WITH_FAILURES', statusMessage: 'one item failed' } }),
          followed('j2', { items: ['s3://b/b.vcf'], last: undefined, outcome: 'success' })
        ]
      })
    )
    expect(result.outputs).toMatchObject({
      'job-ids': '["j1","j2"]',
      jobs: JSON.stringify([
        {
          jobId: 'j1',
          items: ['s3://b/a.vcf'],
          status: 'COMPLETED_WITH_FAILURES',
          statusMessage: 'one item failed'
        },
        { jobId: 'j2', items: ['s3://b/b.vcf'], status: 'UNKNOWN' }
      ]),
      status: 'COMPLETED_WITH_FAILURES',
      'status-message': 'job j1: one item failed'
    })
    expect(result.warnings).toEqual(['Job j1 completed with failures (allowed by allow-partial)'])
    expect(result.failure).toBeUndefined()
    expect(result.summary.jobs).toStrictEqual([
      {
        jobId: 'j1',
        items: ['s3://b/a.vcf'],
        status: 'COMPLETED_WITH_FAILURES',
        statusMessage: 'one item failed',
        waitedMs: 2_000
      },
      { jobId: 'j2', items: ['s3://b/b.vcf'], status: 'UNKNOWN', waitedMs: 2_000 }
    ])
  })

  it('a followed job never read is UNKNOWN', () => {
    const error = new Error('no status')
    const result = startResult(
      state({
        outcomes: [{ request: A, jobId: 'j1' }],
        followed: [followed('j1', { outcome: 'error', error, last: undefined })]
      })
    )
    expect(result.outputs['status']).toBe('UNKNOWN')
    expect(result.failure).toBe('Could not follow job j1: The step failed: no status')
  })

  it('a followed job that failed fails the step, with allow-partial as the inputs say', () => {
    const partial = followed('j1', { outcome: 'failure', last: { status: 'COMPLETED_WITH_FAILURES' } })
    const result = startResult(state({ outcomes: [{ request: A, jobId: 'j1' }], followed: [partial] }))
    expect(result.failure).toBe(
      'Job j1 ended COMPLETED_WITH_FAILURES\nSome items failed (COMPLETED_WITH_FAILURES); set allow-partial: true to accept that.'
    )
    expect(result.summary.failure).toBe(result.failure)
    const allowed = startResult(
      state({
        inputs: inputs({ allowPartial: true }),
        outcomes: [{ request: A, jobId: 'j1' }],
        followed: [partial]
      })
    )
    expect(allowed.failure).toBe('Job j1 ended COMPLETED_WITH_FAILURES')
  })

  it('without inputs, the follow settings are their defaults (no allow-partial, no cancel-on-timeout)', () => {
    const partial = followed('j1', { outcome: 'failure', last: { status: 'COMPLETED_WITH_FAILURES' } })
    const running = followed('j2', { outcome: 'timeout', last: { status: 'IN_PROGRESS' } })
    const result = startResult({
      notes: [],
      outcomes: [
        { request: A, jobId: 'j1' },
        { request: B, jobId: 'j2' }
      ],
      followed: [partial, running]
    })
    expect(result.failure?.split('\n')).toEqual([
      'Job j1 ended COMPLETED_WITH_FAILURES',
      'Job j2 had not ended after waiting 2s (wait-timeout); last status IN_PROGRESS',
      'The job keeps running: j2 (set cancel-on-timeout: true to cancel instead)',
      'Some items failed (COMPLETED_WITH_FAILURES); set allow-partial: true to accept that.'
    ])
  })

  it('jobs skip-imported found, followed with wait: true: after the started ones, in job-ids, never job-id', () => {
    const found = followed('f1', {
      found: true,
      items: ['s3://b/c.vcf'],
      last: { status: 'IN_PROGRESS' },
      outcome: 'timeout'
    })
    const result = startResult(
      state({
        inputs: inputs({ wait: true }),
        skipped: new Map([
          ['s3://b/c.vcf', 'f1'],
          ['s3://b/d.vcf', 'old']
        ]),
        outcomes: [{ request: A, jobId: 'j1' }],
        followed: [followed('j1'), found]
      })
    )
    expect(result.outputs).toMatchObject({
      skipped: '["s3://b/c.vcf","s3://b/d.vcf"]',
      'job-id': 'j1',
      'job-ids': '["j1","f1"]',
      jobs: JSON.stringify([
        { jobId: 'j1', items: ['s3://b/a.vcf'], status: 'COMPLETED' },
        { jobId: 'f1', items: ['s3://b/c.vcf'], status: 'IN_PROGRESS', found: true }
      ]),
      status: 'IN_PROGRESS'
    })
    expect(result.summary.jobs).toStrictEqual([
      { jobId: 'j1', items: ['s3://b/a.vcf'], status: 'COMPLETED', waitedMs: 2_000 },
      {
        jobId: 'f1',
        items: ['s3://b/c.vcf'],
        status: 'IN_PROGRESS',
        note: '(found by skip-imported: not started by this step)',
        waitedMs: 2_000
      },
      // The file whose job is followed has its row already.
      { items: ['s3://b/d.vcf'], status: 'skipped (job old)' }
    ])
  })

  it('every file skipped and one job found: the outputs are the found job, no job-id', () => {
    const found = followed('f1', { found: true, last: undefined })
    const result = startResult(
      state({
        inputs: inputs({ wait: true }),
        skipped: new Map([['s3://b/a.vcf', 'f1']]),
        requests: [],
        followed: [found]
      })
    )
    expect(result.outputs).toStrictEqual({
      skipped: '["s3://b/a.vcf"]',
      rejected: '[]',
      request: '[]',
      'job-ids': '["f1"]',
      jobs: JSON.stringify([{ jobId: 'f1', items: ['s3://b/a.vcf'], status: 'UNKNOWN', found: true }]),
      status: 'UNKNOWN',
      'status-message': ''
    })
    expect(result.summary.jobs).toStrictEqual([
      {
        jobId: 'f1',
        items: ['s3://b/a.vcf'],
        status: 'UNKNOWN',
        note: '(found by skip-imported: not started by this step)',
        waitedMs: 2_000
      }
    ])
  })
})

describe('jobs that could not be started', () => {
  it('the only job: the explained error, whole', () => {
    const result = startResult(state({ requests: [A], outcomes: [{ request: A, error: denied() }] }))
    expect(result.failure).toBe(DENIED)
    expect(result.outputs).toMatchObject({
      'job-ids': '[]',
      jobs: JSON.stringify([
        { items: ['s3://b/a.vcf'], status: 'NOT_STARTED', error: 'AccessDeniedException: denied' }
      ]),
      status: 'NOT_STARTED'
    })
    expect(result.outputs).not.toHaveProperty('job-id')
    expect(result.summary.jobs).toStrictEqual([
      { items: ['s3://b/a.vcf'], status: 'NOT STARTED', note: '(AccessDeniedException)' }
    ])
  })

  it('some of several: how many, how many started, and one line per file', () => {
    const result = startResult(
      state({
        outcomes: [
          { request: A, jobId: 'j1' },
          { request: request('s3://b/b.vcf', 's3://b/b2.vcf'), error: denied() },
          { request: C, jobId: 'j3' }
        ]
      })
    )
    expect(result.failure).toBe(
      '1 of 3 jobs could not be started (2 started: see the job-ids output):\n' +
        `- s3://b/b.vcf, s3://b/b2.vcf: ${DENIED.replace('\n', ' ')}`
    )
    expect(result.outputs['job-ids']).toBe('["j1","j3"]')
    expect(result.outputs['status']).toBe('NOT_STARTED')
  })

  it('all of several: no count of started jobs', () => {
    const result = startResult(
      state({
        outcomes: [
          { request: A, error: denied() },
          { request: B, error: denied() }
        ]
      })
    )
    expect(result.failure?.split('\n')).toEqual([
      '2 of 2 jobs could not be started:',
      `- s3://b/a.vcf: ${DENIED.replace('\n', ' ')}`,
      `- s3://b/b.vcf: ${DENIED.replace('\n', ' ')}`
    ])
  })
})

describe('a cancel while starting', () => {
  it('before any job started: no job was started', () => {
    const result = startResult(state({ outcomes: [{ request: A, error: new AbortedError() }] }))
    expect(result.failure).toBe(
      'Stopped: the workflow run was cancelled while jobs were being started. No job was started.'
    )
    expect(result.outputs['jobs']).toBe(
      JSON.stringify([
        {
          items: ['s3://b/a.vcf'],
          status: 'NOT_STARTED',
          error: 'not started: the workflow run was cancelled'
        }
      ])
    )
    expect(result.summary.jobs).toStrictEqual([
      { items: ['s3://b/a.vcf'], status: 'NOT STARTED', note: '(cancelled)' }
    ])
  })

  it('after some started: the head alone; the jobs followed to their cancel say the rest', () => {
    const result = startResult(
      state({
        inputs: inputs({ cancelOnTimeout: true }),
        outcomes: [
          { request: A, jobId: 'j1' },
          { request: B, error: new AbortedError() },
          { request: C, error: denied() }
        ],
        followed: [
          followed('j1', { outcome: 'aborted', last: { status: 'CANCELLED' }, cancel: { confirmed: true } })
        ],
        cancelled: true
      })
    )
    expect(result.failure?.split('\n')).toEqual([
      'Stopped: the workflow run was cancelled while jobs were being started.',
      'Cancel-on-timeout: job j1: cancelled by this step'
    ])
  })

  it('a Start in flight: a job may exist, and how to find it', () => {
    const result = startResult(
      state({
        outcomes: [
          { request: A, jobId: 'j1' },
          { request: request('s3://b/b.vcf', 's3://b/b2.vcf'), error: new AbortedError(true) },
          { request: C, error: new AbortedError(true) }
        ]
      })
    )
    expect(result.failure?.split('\n')).toEqual([
      'Stopped: the workflow run was cancelled while jobs were being started.',
      'A job may have been started for s3://b/b.vcf, s3://b/b2.vcf; s3://b/c.vcf: the Start call was in flight when the run was cancelled, and its job could not be confirmed in time.',
      "To find it: rerun with skip-imported: true (it skips files a job is importing), or list the store's jobs: aws omics list-annotation-import-jobs --region eu-west-1 --filter storeName=my_store"
    ])
    const note = 'a job may have been started: the run was cancelled while Start was in flight'
    expect(JSON.parse(result.outputs['jobs'] ?? '')[2]).toEqual({
      items: ['s3://b/c.vcf'],
      status: 'UNKNOWN',
      error: note
    })
    expect(result.summary.jobs[2]).toStrictEqual({
      items: ['s3://b/c.vcf'],
      status: 'UNKNOWN',
      note: `(${note})`
    })
    expect(result.outputs['status']).toBe('UNKNOWN')
  })

  it('once every job had started: which keep running, unless they were followed', () => {
    const one = startResult(state({ outcomes: [{ request: A, jobId: 'j1' }], cancelled: true }))
    expect(one.failure).toBe(
      'Stopped: the workflow run was cancelled once the import had started: job j1 keeps running (set cancel-on-timeout: true to cancel on a cancel).'
    )
    const two = startResult(
      state({
        outcomes: [
          { request: A, jobId: 'j1' },
          { request: B, jobId: 'j2' }
        ],
        cancelled: true
      })
    )
    expect(two.failure).toBe(
      'Stopped: the workflow run was cancelled once the import had started: jobs j1, j2 keep running (set cancel-on-timeout: true to cancel on a cancel).'
    )
    const after = startResult(
      state({
        outcomes: [{ request: A, jobId: 'j1' }],
        followed: [followed('j1', { last: { status: 'CANCELLED' }, cancel: { confirmed: true } })],
        cancelled: true
      })
    )
    expect(after.failure).toBe('Stopped: the workflow run was cancelled.')
    expect(startResult(state({ outcomes: [{ request: A, jobId: 'j1' }] })).failure).toBeUndefined()
  })
})

describe('nothing started', () => {
  it('no file matched: NO_FILES, the items and skips as found', () => {
    const result = startResult(
      state({ items: [], noFiles: true, requests: [], skipped: new Map(), notes: ['n'] })
    )
    expect(result.outputs).toStrictEqual({
      items: '[]',
      skipped: '[]',
      rejected: '[]',
      request: '[]',
      'job-ids': '[]',
      jobs: '[]',
      status: 'NO_FILES'
    })
    expect(result.failure).toBeUndefined()
  })

  it('every file skipped: SKIPPED, a row per file and the job that imported it', () => {
    const result = startResult(
      state({
        items: ['s3://b/a.vcf', 's3://b/b.vcf'],
        skipped: new Map([
          ['s3://b/a.vcf', 'j0'],
          ['s3://b/b.vcf', 'j9']
        ]),
        requests: []
      })
    )
    expect(result.outputs).toMatchObject({ status: 'SKIPPED', 'job-ids': '[]', jobs: '[]', request: '[]' })
    expect(result.summary.jobs).toStrictEqual([
      { items: ['s3://b/a.vcf'], status: 'skipped (job j0)' },
      { items: ['s3://b/b.vcf'], status: 'skipped (job j9)' }
    ])
  })

  it('a dry run: DRY_RUN, the planned jobs in the jobs output and as rows not started', () => {
    const result = startResult(
      state({ inputs: inputs({ dryRun: 'plan' }), requests: [A, B], notes: ['checked'] })
    )
    expect(result).toStrictEqual({
      outputs: {
        rejected: '[]',
        request: JSON.stringify(A),
        'job-ids': '[]',
        jobs: JSON.stringify([
          { items: ['s3://b/a.vcf'], status: 'DRY_RUN' },
          { items: ['s3://b/b.vcf'], status: 'DRY_RUN' }
        ]),
        status: 'DRY_RUN'
      },
      warnings: [],
      summary: {
        title: 'Annotation import (dry run)',
        storeName: 'my_store',
        region: 'eu-west-1',
        dryRun: true,
        notes: ['checked'],
        jobs: [
          { items: ['s3://b/a.vcf'], status: 'not started' },
          { items: ['s3://b/b.vcf'], status: 'not started' }
        ]
      }
    })
  })

  it('an offline dry run says so in the title; a dry run that stopped before its plan is NOT_STARTED', () => {
    const offline = startResult(state({ inputs: inputs({ dryRun: 'offline' }), requests: [A] }))
    expect(offline.summary.title).toBe('Annotation import (dry run, offline)')
    expect(offline.outputs['status']).toBe('DRY_RUN')
    const stopped = startResult(state({ inputs: inputs({ dryRun: 'plan' }) }), new StepError('no store'))
    expect(stopped.outputs).toMatchObject({ status: 'NOT_STARTED', jobs: '[]' })
    expect(stopped.summary.jobs).toEqual([])
    expect(stopped.failure).toBe('no store')
  })

  it('not a dry run, and stopped before any request: NOT_STARTED, in words for a cancel', () => {
    const result = startResult(state(), new AbortedError())
    expect(result.outputs['status']).toBe('NOT_STARTED')
    expect(result.failure).toBe('Stopped: the workflow run was cancelled before any job started.')
    expect(result.summary.title).toBe('Annotation import')
    expect(result.summary).not.toHaveProperty('dryRun')
  })

  it('a cancel after the requests were built and before any start: no planned rows, nothing started', () => {
    const result = startResult(state({ items: ['s3://b/a.vcf'], requests: [A] }), new AbortedError())
    expect(result.summary.jobs).toEqual([])
    expect(result.outputs).toMatchObject({ request: JSON.stringify(A), status: 'NOT_STARTED', jobs: '[]' })
  })

  it('an error from a call is explained with the region of the inputs', () => {
    const error = withCallContext(awsError('ResourceNotFoundException', 404, 'gone'), {
      operation: 'GetAnnotationStore',
      service: 'omics',
      endpoint: 'https://e',
      input: { name: 'my_store' }
    })
    expect(startResult(state(), error).failure).toBe(
      'GetAnnotationStore on store my_store failed: ResourceNotFoundException: gone\n' +
        'No annotation store named my_store in eu-west-1: check destination-name and region (stores are regional).'
    )
  })
})

describe('the file checks in the result', () => {
  it('files left out and files warned about: in the outputs and the summary, only when there are any', () => {
    const rejected = [{ file: 's3://b/bad.vcf', reason: 'is empty (0 bytes)' }]
    const fileWarnings = [{ file: 's3://b/a.vcf', reason: 'odd' }]
    const result = startResult(state({ rejected, fileWarnings, outcomes: [{ request: A, jobId: 'j1' }] }))
    expect(result.outputs['rejected']).toBe(JSON.stringify(rejected))
    expect(result.summary.rejected).toEqual(rejected)
    expect(result.summary.fileWarnings).toEqual(fileWarnings)
    const none = startResult(
      state({ rejected: [], fileWarnings: [], outcomes: [{ request: A, jobId: 'j1' }] })
    )
    expect(none.outputs['rejected']).toBe('[]')
    expect(none.summary).not.toHaveProperty('rejected')
    expect(none.summary).not.toHaveProperty('fileWarnings')
  })
})

describe('summary facts', () => {
  it('an input given empty is not a fact', () => {
    const summary = startResult(
      state({ inputs: inputs({ destinationName: '', versionName: '', region: '' }) })
    ).summary
    expect(summary).not.toHaveProperty('storeName')
    expect(summary).not.toHaveProperty('versionName')
    expect(summary).not.toHaveProperty('region')
  })

  it('an input with a problem is not a fact; the others are', () => {
    const error = new InputError([{ input: 'version-name', message: 'bad' }])
    const summary = startResult(state({ inputs: inputs({ versionName: 'v' }) }), error).summary
    expect(summary).toMatchObject({ storeName: 'my_store', region: 'eu-west-1' })
    expect(summary).not.toHaveProperty('versionName')
    // Any other error: every input was valid.
    const all = startResult(state({ inputs: inputs({ versionName: 'v' }) }), new StepError('x')).summary
    expect(all).toMatchObject({ storeName: 'my_store', versionName: 'v', region: 'eu-west-1' })
  })
})
