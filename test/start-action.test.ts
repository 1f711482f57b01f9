// start-action.ts: the start pipeline, run() with fake dependencies (simulated clock, recording log,
// mocked clients): what the step would report, as the result value, with no module mocking and no
// processes; checkInputs, and the step definition runStep is given.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  CancelAnnotationImportJobCommand,
  CreateAnnotationStoreVersionCommand,
  GetAnnotationImportJobCommand,
  GetAnnotationStoreCommand,
  GetAnnotationStoreVersionCommand,
  type JobStatus,
  ListAnnotationImportJobsCommand,
  StartAnnotationImportJobCommand
} from '@aws-sdk/client-omics'
import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { readStartInputs } from '../src/inputs/inputs.js'
import { checkInputs, run, startStep } from '../src/start-action.js'
import { type StartState, startResult } from '../src/report/start-result.js'
import { AbortedError, InputError } from '../src/shared/errors.js'
import { fakeDeps, type FakeDeps } from './helpers/fake-deps.js'
import { awsError, omicsClient, ROLE_ARN, s3Client } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)
const s3Api = s3Client()
const s3 = mockClient(s3Api)
const JOB = '01234567-89ab-cdef-0123-456789abcdef'
const JOB2 = '01234567-89ab-cdef-0123-456789abcdee'
const PAST = '0000000a-0000-4000-8000-000000000001'

async function plan(given: Record<string, string>) {
  const values: Record<string, string> = {
    'destination-name': 'my_store',
    items: 's3://b-1/a.vcf.gz',
    'role-arn': ROLE_ARN,
    region: 'us-east-1',
    // The file checks have their own tests (test/file-checks.test.ts, test/e2e/files.test.ts).
    'check-files': 'false',
    ...given
  }
  const read = await readStartInputs(
    name => values[name] ?? '',
    {},
    () => import('yaml')
  )
  return { ...read.inputs, ...checkInputs(read.inputs, read.problems) }
}

async function runStart(
  given: Record<string, string> = {},
  before: (deps: FakeDeps) => void = () => undefined
) {
  const deps = fakeDeps(client)
  before(deps)
  const state: StartState = { notes: [] }
  let error: unknown
  try {
    const inputs = await plan(given)
    state.inputs = inputs
    await run(inputs, deps, state)
  } catch (e) {
    error = e
  }
  return { result: startResult(state, error), deps, state, error }
}

/** Gives the step an S3 client (mocked): fakeDeps has none. */
const withS3 = (deps: FakeDeps): void => void (deps.s3 = () => Promise.resolve(s3Api))

/** A past job of the store that imported `source` (or is importing it, with an unfinished status). */
function pastJob(source: string, status: JobStatus = 'COMPLETED', jobId = PAST): void {
  omics.on(ListAnnotationImportJobsCommand).resolves({
    annotationImportJobs: [
      {
        id: jobId,
        destinationName: 'my_store',
        versionName: '',
        roleArn: ROLE_ARN,
        status,
        creationTime: new Date(0),
        updateTime: new Date(0)
      }
    ]
  })
  omics
    .on(GetAnnotationImportJobCommand, { jobId })
    .resolves({ id: jobId, status, items: [{ source, jobStatus: status }], creationTime: new Date(0) })
}

const requestLines = (request: object): string[] => [JSON.stringify(request, null, 2)]
const REQUEST_A = { destinationName: 'my_store', roleArn: ROLE_ARN, items: [{ source: 's3://b-1/a.vcf.gz' }] }

const savedEnv = { ...process.env }
beforeEach(() => {
  omics.reset()
  s3.reset()
  omics.on(GetAnnotationStoreCommand).resolves({ status: 'ACTIVE', storeFormat: 'VCF' })
})
afterEach(() => {
  process.env = { ...savedEnv }
})

describe('run (start pipeline)', () => {
  beforeEach(() => void omics.reset())

  it('starts the job; the result sets job-id, job-ids, jobs, request and status, and job-id was written early', async () => {
    omics.on(GetAnnotationStoreCommand).resolves({ status: 'ACTIVE', storeFormat: 'VCF' })
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    const { result, deps } = await runStart()
    expect(result.failure).toBeUndefined()
    expect(deps.early).toEqual({ 'job-id': JOB })
    expect(result.outputs).toEqual({
      items: '["s3://b-1/a.vcf.gz"]',
      skipped: '[]',
      rejected: '[]',
      request: JSON.stringify({
        destinationName: 'my_store',
        roleArn: ROLE_ARN,
        items: [{ source: 's3://b-1/a.vcf.gz' }]
      }),
      'job-id': JOB,
      'job-ids': `["${JOB}"]`,
      jobs: JSON.stringify([{ jobId: JOB, items: ['s3://b-1/a.vcf.gz'], status: 'SUBMITTED' }]),
      status: 'SUBMITTED'
    })
  })

  it('bad inputs: one failure listing every problem, in action.yml order, and no call', async () => {
    const { result } = await runStart({ 'destination-name': 'X', 'role-arn': 'nope', wait: 'yes' })
    expect(result.failure).toMatch(
      /^3 problems with the inputs; nothing was sent to AWS:\n {2}- destination-name: .*\n {2}- role-arn: .*\n {2}- wait: /
    )
    expect(result.summary.failure).toBe(result.failure)
    expect(omics.calls()).toHaveLength(0)
  })

  it('dry-run: offline makes no call; dry-run: true checks the store and starts nothing', async () => {
    const offline = await runStart({ 'dry-run': 'offline' })
    expect(offline.result.failure).toBeUndefined()
    expect(JSON.parse(offline.result.outputs['request'] ?? '').items).toEqual([
      { source: 's3://b-1/a.vcf.gz' }
    ])
    expect(omics.calls()).toHaveLength(0)
    omics.on(GetAnnotationStoreCommand).resolves({ status: 'ACTIVE', storeFormat: 'TSV' })
    const planned = await runStart({ 'dry-run': 'true' })
    expect(planned.result.failure).toContain('looks like a VCF file, but my_store is a TSV store (preflight)')
    expect(omics.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(0)
  })

  it('dry-run: true lists what skip-imported would skip, and the requests it would send', async () => {
    omics.on(GetAnnotationStoreCommand).resolves({ status: 'ACTIVE', storeFormat: 'VCF' })
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [
        {
          id: '0000000a-0000-4000-8000-000000000001',
          destinationName: 'my_store',
          versionName: 'v',
          roleArn: ROLE_ARN,
          status: 'COMPLETED',
          creationTime: new Date(0),
          updateTime: new Date(0)
        }
      ]
    })
    omics
      .on(GetAnnotationImportJobCommand)
      .resolves({ status: 'COMPLETED', items: [{ source: 's3://b-1/a.vcf.gz', jobStatus: 'COMPLETED' }] })
    const { result } = await runStart({
      'dry-run': 'true',
      'skip-imported': 'true',
      items: 's3://b-1/a.vcf.gz\ns3://b-1/b.vcf.gz'
    })
    expect(result.outputs['skipped']).toBe('["s3://b-1/a.vcf.gz"]')
    expect(JSON.parse(result.outputs['request'] ?? '').items).toEqual([{ source: 's3://b-1/b.vcf.gz' }])
    expect(result.outputs['job-ids']).toBe('[]')
    expect(omics.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(0)
  })

  it('with wait: true, a status check that finds no job is explained as a job not found, not a store', async () => {
    omics.on(GetAnnotationStoreCommand).resolves({ status: 'ACTIVE', storeFormat: 'VCF' })
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    const notFound = Object.assign(new Error('Import job not found'), {
      name: 'ResourceNotFoundException',
      $fault: 'client',
      $metadata: { httpStatusCode: 404 }
    })
    omics.on(GetAnnotationImportJobCommand).rejects(notFound)
    // The mocked client runs no middleware, so give the error the context the real client attaches.
    const { withCallContext } = await import('../src/aws/call-context.js')
    withCallContext(notFound, {
      operation: 'GetAnnotationImportJob',
      service: 'omics',
      endpoint: 'x',
      input: { jobId: JOB }
    })
    const { result } = await runStart({ wait: 'true' })
    expect(result.failure).toContain(`No annotation import job ${JOB} in us-east-1`)
    expect(result.failure).not.toContain('No annotation store')
  })

  it('with wait: true, jobs that started are followed even when another could not start', async () => {
    omics.on(GetAnnotationStoreCommand).resolves({ status: 'ACTIVE', storeFormat: 'VCF' })
    omics.on(StartAnnotationImportJobCommand).callsFake(input => {
      const source = (input as { items: { source: string }[] }).items[0]?.source ?? ''
      if (source.endsWith('b.vcf.gz'))
        throw Object.assign(new Error('denied'), {
          name: 'AccessDeniedException',
          $fault: 'client',
          $metadata: { httpStatusCode: 403 }
        })
      return { jobId: source.endsWith('a.vcf.gz') ? JOB : JOB.replace(/f$/, 'e') }
    })
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'COMPLETED', items: [] })
    const { result } = await runStart({
      wait: 'true',
      'one-job-per-item': 'true',
      items: 's3://b-1/a.vcf.gz\ns3://b-1/b.vcf.gz\ns3://b-1/c.vcf.gz'
    })
    expect(omics.commandCalls(GetAnnotationImportJobCommand).length).toBeGreaterThanOrEqual(2)
    expect(JSON.parse(result.outputs['jobs'] ?? '[]')).toEqual([
      { jobId: JOB, items: ['s3://b-1/a.vcf.gz'], status: 'COMPLETED' },
      { items: ['s3://b-1/b.vcf.gz'], status: 'NOT_STARTED', error: 'AccessDeniedException: denied' },
      { jobId: JOB.replace(/f$/, 'e'), items: ['s3://b-1/c.vcf.gz'], status: 'COMPLETED' }
    ])
    expect(result.outputs['status']).toBe('NOT_STARTED')
    expect(result.failure).toContain('1 of 3 jobs could not be started (2 started: see the job-ids output)')
  })

  it('reads its inputs through the step definition, recording them for the result', async () => {
    const state: StartState = { notes: [] }
    await expect(startStep.read(() => '', state)).rejects.toThrow('problems with the inputs')
    expect(state.inputs?.destinationName).toBe('')
  })
})

describe('checkInputs', () => {
  it("reports every problem at once, the inputs' and the checks', in action.yml's order", async () => {
    const read = await readStartInputs(
      name => ({ 'destination-name': 'my_store', items: 's3://b-1/a.vcf', 'role-arn': ROLE_ARN })[name] ?? '',
      {}
    )
    const given = [
      { input: 'wait', message: 'w' },
      { input: 'destination-name', message: 'd' },
      { input: 'region', message: 'r' },
      { input: 'items', message: 'i' }
    ]
    const error = (() => {
      try {
        checkInputs(read.inputs, given)
      } catch (e) {
        return e
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems.map(p => p.input)).toEqual([
      'destination-name',
      'items',
      'region',
      'wait'
    ])
    // The problems given are left as they were.
    expect(given.map(p => p.input)).toEqual(['wait', 'destination-name', 'region', 'items'])
  })

  it('returns the request base, and the version to create only with create-version', async () => {
    const plain = await plan({})
    expect(plain.base).toStrictEqual({ destinationName: 'my_store', roleArn: ROLE_ARN })
    expect(plain).not.toHaveProperty('version')
    const versioned = await plan({ 'version-name': 'v_1', 'create-version': 'true' })
    expect(versioned.version).toStrictEqual({ name: 'my_store', versionName: 'v_1' })
    expect(versioned.base).toStrictEqual({
      destinationName: 'my_store',
      roleArn: ROLE_ARN,
      versionName: 'v_1'
    })
  })
})

describe('run: what it logs and sends', () => {
  it('one job: the request, then the start', async () => {
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    const { deps, state } = await runStart()
    expect(deps.logs).toEqual([
      'group: Request',
      ...requestLines(REQUEST_A),
      'info: Starting 1 annotation import job into my_store in us-east-1: 1 item',
      `info: Started job ${JOB}`
    ])
    expect(omics.commandCalls(StartAnnotationImportJobCommand).map(c => c.args[0].input)).toEqual([REQUEST_A])
    expect(state.skipped).toEqual(new Map())
    expect(state.items).toEqual(['s3://b-1/a.vcf.gz'])
    expect(state.cancelled).toBeUndefined()
    expect(state.followed).toBeUndefined()
  })

  it('settings that change nothing are warnings, first', async () => {
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    const { deps } = await runStart({ 'allow-partial': 'true', 'reimport-changed': 'true' })
    expect(deps.logs[0]).toBe('warning: allow-partial has no effect without wait: true.')
    expect(deps.logs[1]).toBe('group: Request')
  })

  it('several jobs: the requests one a line, the count of jobs and items, and the version', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'ACTIVE' })
    omics
      .on(StartAnnotationImportJobCommand)
      .callsFake(input =>
        (input as { items: { source: string }[] }).items[0]?.source.includes('a.')
          ? { jobId: JOB }
          : { jobId: JOB2 }
      )
    const items = 's3://b-1/a.vcf.gz\ns3://b-1/b.vcf.gz'
    const { deps, result } = await runStart({ items, 'one-job-per-item': 'true', 'version-name': 'v_1' })
    const request = (source: string) => ({
      destinationName: 'my_store',
      roleArn: ROLE_ARN,
      versionName: 'v_1',
      items: [{ source }]
    })
    expect(deps.logs.slice(0, 4)).toEqual([
      'group: Requests (2)',
      JSON.stringify(request('s3://b-1/a.vcf.gz')),
      JSON.stringify(request('s3://b-1/b.vcf.gz')),
      'info: Starting 2 annotation import jobs into my_store (version v_1) in us-east-1: 2 items'
    ])
    expect(result.outputs['job-ids']).toBe(JSON.stringify([JOB, JOB2]))
    // No job-id written early for a batch.
    expect(deps.early).toEqual({})
  })

  it('one job for several items', async () => {
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    const { deps } = await runStart({ items: 's3://b-1/a.vcf.gz\ns3://b-1/b.vcf.gz' })
    expect(deps.logs).toContain('info: Starting 1 annotation import job into my_store in us-east-1: 2 items')
    expect(deps.logs).toContain('group: Request')
  })

  it('preflight: false reads no store', async () => {
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    const { result } = await runStart({ preflight: 'false' })
    expect(omics.commandCalls(GetAnnotationStoreCommand)).toHaveLength(0)
    expect(result.outputs['status']).toBe('SUBMITTED')
  })

  it('cancelled during the checks: nothing is started or announced', async () => {
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    const { deps, result, error } = await runStart({ preflight: 'false' }, d => d.controller.abort())
    expect(error).toBeInstanceOf(AbortedError)
    expect(result.failure).toBe('Stopped: the workflow run was cancelled before any job started.')
    expect(omics.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(0)
    expect(deps.logs.filter(line => line.startsWith('info: Starting'))).toEqual([])
  })
})

describe('run: dry runs', () => {
  it('offline: the request as it would be sent, wildcards as given, and no call at all', async () => {
    const { deps, state, result } = await runStart({ 'dry-run': 'offline', items: 's3://b-1/*.vcf.gz' })
    expect(omics.calls()).toHaveLength(0)
    expect(s3.calls()).toHaveLength(0)
    expect(state.items).toEqual(['s3://b-1/*.vcf.gz'])
    const request = {
      destinationName: 'my_store',
      roleArn: ROLE_ARN,
      items: [{ source: 's3://b-1/*.vcf.gz' }]
    }
    expect(state.requests).toEqual([request])
    expect(deps.logs).toEqual([
      'group: Request',
      ...requestLines(request),
      'info: dry-run: offline: the inputs were checked and no AWS call was made (wildcards are not expanded)'
    ])
    expect(result.outputs['status']).toBe('DRY_RUN')
  })

  it('offline with create-version: the create request, with its tags over the provenance tags', async () => {
    process.env['GITHUB_SHA'] = 'abc123'
    process.env['GITHUB_WORKFLOW'] = 'nightly'
    const { deps } = await runStart({
      'dry-run': 'offline',
      'version-name': 'v_1',
      'create-version': 'true',
      'version-tags': '{"github-sha": "mine", "team": "genomics"}'
    })
    const group = deps.logs.indexOf('group: Create version request (CreateAnnotationStoreVersion)')
    expect(group).toBeGreaterThan(-1)
    expect(JSON.parse(deps.logs[group + 1] ?? '')).toEqual({
      name: 'my_store',
      versionName: 'v_1',
      tags: { 'github-workflow': 'nightly', 'github-sha': 'mine', team: 'genomics' }
    })
    expect(omics.calls()).toHaveLength(0)
  })

  it('a plan: every read-only check, the requests, and nothing started', async () => {
    const { deps, result } = await runStart({ 'dry-run': 'true' })
    expect(deps.logs.slice(-3)).toEqual([
      'group: Request',
      ...requestLines(REQUEST_A),
      'info: Dry run: every read-only check ran; nothing was started'
    ])
    expect(omics.commandCalls(GetAnnotationStoreCommand)).toHaveLength(1)
    expect(omics.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(0)
    expect(result.outputs['status']).toBe('DRY_RUN')
  })

  it('a plan with create-version says what it would do with the version, and creates nothing', async () => {
    omics.on(GetAnnotationStoreVersionCommand).rejects(awsError('ResourceNotFoundException', 404))
    const { state } = await runStart({ 'dry-run': 'true', 'version-name': 'v_1', 'create-version': 'true' })
    expect(state.notes).toEqual(['Dry run: would create version v_1 of store my_store'])
    expect(state.version).toBeUndefined()
    expect(omics.commandCalls(CreateAnnotationStoreVersionCommand)).toHaveLength(0)
  })
})

describe('run: create-version', () => {
  it('creates the version before any start, with the provenance tags, and notes it', async () => {
    process.env['GITHUB_SHA'] = 'abc123'
    let created = false
    omics.on(GetAnnotationStoreVersionCommand).callsFake(() => {
      if (!created) throw awsError('ResourceNotFoundException', 404)
      return { status: 'ACTIVE', versionArn: 'arn:aws:omics:v_1' }
    })
    omics.on(CreateAnnotationStoreVersionCommand).callsFake(() => {
      created = true
      return {}
    })
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    const { state, result } = await runStart({ 'version-name': 'v_1', 'create-version': 'true' })
    expect(omics.commandCalls(CreateAnnotationStoreVersionCommand).map(c => c.args[0].input)).toEqual([
      { name: 'my_store', versionName: 'v_1', tags: { 'github-sha': 'abc123' } }
    ])
    expect(state.notes).toEqual(['Version v_1: created by this run (ACTIVE)'])
    expect(result.outputs).toMatchObject({ 'version-created': 'true', 'version-arn': 'arn:aws:omics:v_1' })
    expect(omics.commandCalls(StartAnnotationImportJobCommand)[0]?.args[0].input.versionName).toBe('v_1')
  })

  it('a version that already exists is noted so', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'ACTIVE' })
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    const { state, result } = await runStart({ 'version-name': 'v_1', 'create-version': 'true' })
    expect(state.notes).toEqual(['Version v_1: already existed (ACTIVE)'])
    expect(result.outputs['version-created']).toBe('false')
  })

  it('one wait-timeout for the whole step: what the version took, the jobs no longer have', async () => {
    let reads = 0
    omics
      .on(GetAnnotationStoreVersionCommand)
      .callsFake(() => (++reads < 7 ? { status: 'CREATING' } : { status: 'ACTIVE' }))
    let startedAt = 0
    let deps: FakeDeps | undefined
    omics.on(StartAnnotationImportJobCommand).callsFake(() => {
      startedAt = deps?.clock.t ?? 0
      return { jobId: JOB }
    })
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'IN_PROGRESS' })
    const { state, result } = await runStart(
      {
        'version-name': 'v_1',
        'create-version': 'true',
        wait: 'true',
        'wait-timeout': '60s',
        'poll-interval': '10'
      },
      d => void (deps = d)
    )
    expect(startedAt).toBeGreaterThan(20_000)
    // The job is followed for what is left of the 60 s, not for 60 s more.
    const waited = state.followed?.[0]?.waitedMs ?? 0
    expect(waited).toBeGreaterThan(0)
    expect(startedAt + waited).toBeLessThanOrEqual(62_000)
    expect(result.failure).toMatch(
      /^Job \S+ had not ended after waiting \d+s \(wait-timeout\); last status IN_PROGRESS/
    )
  })

  it('a version still not ACTIVE when wait-timeout runs out stops the step before any start', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'CREATING' })
    const { result } = await runStart({
      'version-name': 'v_1',
      'create-version': 'true',
      'wait-timeout': '1m'
    })
    expect(result.failure).toMatch(
      /^Version v_1 of store my_store was still CREATING after waiting 1m 0s \(wait-timeout 1m\)/
    )
    expect(omics.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(0)
  })
})

describe('run: no file matched', () => {
  it('if-no-files-found: warn: the store is checked, nothing else is read or started', async () => {
    s3.on(ListObjectsV2Command).resolves({ Contents: [], KeyCount: 0 })
    const { result, state } = await runStart(
      {
        items: 's3://b-1/*.vcf.gz',
        'if-no-files-found': 'warn',
        'skip-imported': 'true',
        'history-cache': 'false'
      },
      withS3
    )
    expect(state.noFiles).toBe(true)
    expect(result.outputs['status']).toBe('NO_FILES')
    expect(result.failure).toBeUndefined()
    expect(omics.commandCalls(GetAnnotationStoreCommand)).toHaveLength(1)
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)).toHaveLength(0)
    expect(omics.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(0)
  })
})

describe('run: skip-imported', () => {
  const skip = { 'skip-imported': 'true', 'history-cache': 'false' }

  it('every item imported already: nothing to import, nothing started', async () => {
    pastJob('s3://b-1/a.vcf.gz')
    const { deps, result } = await runStart(skip)
    expect(deps.logs.at(-1)).toBe('info: Nothing to import: every item already has an import job.')
    expect(omics.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(0)
    expect(result.outputs).toMatchObject({ status: 'SKIPPED', skipped: '["s3://b-1/a.vcf.gz"]' })
    expect(result.failure).toBeUndefined()
  })

  it('a file changed since its import is imported again, and the summary says how many', async () => {
    pastJob('s3://b-1/a.vcf.gz')
    s3.on(HeadObjectCommand).resolves({ LastModified: new Date(60_000) })
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    const { state, result } = await runStart(skip, withS3)
    expect(state.notes).toEqual(['Imported again, changed after their earlier import job: 1 file'])
    expect(result.outputs['job-id']).toBe(JOB)
    const planned = await runStart({ ...skip, 'dry-run': 'true' }, withS3)
    expect(planned.state.notes).toEqual([
      'Would import again, changed after their earlier import job: 1 file'
    ])
  })

  it('with wait: true, a job still importing a skipped file is followed too, never cancelled', async () => {
    pastJob('s3://b-1/a.vcf.gz', 'IN_PROGRESS')
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    omics.on(GetAnnotationImportJobCommand, { jobId: JOB }).resolves({ status: 'COMPLETED' })
    let reads = 0
    omics.on(GetAnnotationImportJobCommand, { jobId: PAST }).callsFake(() => ({
      id: PAST,
      status: ++reads > 1 ? 'COMPLETED' : 'IN_PROGRESS',
      items: [{ source: 's3://b-1/a.vcf.gz', jobStatus: 'IN_PROGRESS' }],
      creationTime: new Date(0)
    }))
    const { deps, result, state } = await runStart({
      ...skip,
      wait: 'true',
      'cancel-on-timeout': 'true',
      items: 's3://b-1/a.vcf.gz\ns3://b-1/b.vcf.gz'
    })
    expect(deps.logs).toContain(
      `info: Following 1 job found still importing skipped items: ${PAST} (IN_PROGRESS)`
    )
    expect(state.followed?.map(job => [job.jobId, job.found ?? false, job.outcome])).toEqual([
      [JOB, false, 'success'],
      [PAST, true, 'success']
    ])
    expect(result.outputs['job-ids']).toBe(JSON.stringify([JOB, PAST]))
    expect(result.outputs['status']).toBe('COMPLETED')
    expect(omics.commandCalls(CancelAnnotationImportJobCommand)).toHaveLength(0)
  })

  it('with wait: true and every item skipped, only the job found is followed', async () => {
    pastJob('s3://b-1/a.vcf.gz', 'IN_PROGRESS')
    let reads = 0
    omics.on(GetAnnotationImportJobCommand, { jobId: PAST }).callsFake(() => ({
      id: PAST,
      status: ++reads > 1 ? 'COMPLETED' : 'IN_PROGRESS',
      items: [{ source: 's3://b-1/a.vcf.gz', jobStatus: 'IN_PROGRESS' }],
      creationTime: new Date(0)
    }))
    const { state, result, deps } = await runStart({ ...skip, wait: 'true' })
    expect(omics.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(0)
    expect(state.outcomes).toBeUndefined()
    expect(state.followed?.map(job => job.jobId)).toEqual([PAST])
    expect(result.outputs).toMatchObject({ 'job-ids': `["${PAST}"]`, status: 'COMPLETED' })
    expect(deps.logs).not.toContain('info: Nothing to import: every item already has an import job.')
    expect(deps.logs.filter(line => line.startsWith('group: Request'))).toEqual([])
  })

  it('without wait: true, the job found is not followed', async () => {
    pastJob('s3://b-1/a.vcf.gz', 'IN_PROGRESS')
    const { state, deps } = await runStart(skip)
    expect(state.followed).toBeUndefined()
    expect(deps.logs.at(-1)).toBe('info: Nothing to import: every item already has an import job.')
  })

  it('a plan with wait: true says which jobs found it would follow', async () => {
    pastJob('s3://b-1/a.vcf.gz', 'IN_PROGRESS')
    const { deps } = await runStart({
      ...skip,
      wait: 'true',
      'dry-run': 'true',
      items: 's3://b-1/a.vcf.gz\ns3://b-1/b.vcf.gz'
    })
    const at = deps.logs.indexOf(
      `info: Dry run: with wait: true, 1 job found still importing skipped items would be followed: ${PAST}`
    )
    expect(at).toBeGreaterThan(-1)
    expect(deps.logs[at + 1]).toBe('group: Request')
    expect(deps.logs.at(-1)).toBe('info: Dry run: every read-only check ran; nothing was started')
    const without = await runStart({
      ...skip,
      'dry-run': 'true',
      items: 's3://b-1/a.vcf.gz\ns3://b-1/b.vcf.gz'
    })
    expect(without.deps.logs.filter(line => line.includes('would be followed'))).toEqual([])
  })

  it('two jobs found still importing are both named, in the plan and when followed', async () => {
    const other = '0000000a-0000-4000-8000-000000000002'
    const listed = (id: string, source: string) => ({
      summary: {
        id,
        destinationName: 'my_store',
        versionName: '',
        roleArn: ROLE_ARN,
        status: 'IN_PROGRESS' as const,
        creationTime: new Date(0),
        updateTime: new Date(0)
      },
      source
    })
    const jobs = [listed(PAST, 's3://b-1/a.vcf.gz'), listed(other, 's3://b-1/b.vcf.gz')]
    omics.on(ListAnnotationImportJobsCommand).resolves({ annotationImportJobs: jobs.map(job => job.summary) })
    const readsFinishing = (): void => {
      for (const job of jobs) {
        let reads = 0
        omics.on(GetAnnotationImportJobCommand, { jobId: job.summary.id }).callsFake(() => ({
          id: job.summary.id,
          status: ++reads > 1 ? 'COMPLETED' : 'IN_PROGRESS',
          items: [{ source: job.source, jobStatus: 'IN_PROGRESS' }],
          creationTime: new Date(0)
        }))
      }
    }
    const both = { ...skip, wait: 'true', items: 's3://b-1/a.vcf.gz\ns3://b-1/b.vcf.gz' }
    readsFinishing()
    const planned = await runStart({ ...both, 'dry-run': 'true' })
    expect(planned.deps.logs).toContain(
      `info: Dry run: with wait: true, 2 jobs found still importing skipped items would be followed: ${PAST}, ${other}`
    )
    readsFinishing()
    const { deps } = await runStart(both)
    expect(deps.logs).toContain(
      `info: Following 2 jobs found still importing skipped items: ${PAST} (IN_PROGRESS), ${other} (IN_PROGRESS)`
    )
  })
})

describe('run: following and cancelling', () => {
  it('wait: true warns before the wait when the credentials expire first, and follows the job', async () => {
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'COMPLETED' })
    const { deps, result } = await runStart({ wait: 'true', 'credentials-expire-at': '1970-01-01T00:10:00Z' })
    expect(deps.logs.filter(line => line.startsWith('warning: The AWS credentials expire at'))).toHaveLength(
      1
    )
    expect(deps.logs.filter(line => line.startsWith('info: Following'))).toEqual([])
    expect(omics.commandCalls(GetAnnotationImportJobCommand).length).toBeGreaterThan(0)
    expect(result.outputs['status']).toBe('COMPLETED')
    expect(result.failure).toBeUndefined()
  })

  it('wait: true with no job started: nothing to follow', async () => {
    omics.on(StartAnnotationImportJobCommand).rejects(awsError('AccessDeniedException', 403, 'denied'))
    const { deps, state, result } = await runStart({
      wait: 'true',
      'credentials-expire-at': '1970-01-01T00:10:00Z'
    })
    expect(state.followed).toBeUndefined()
    expect(result.outputs).not.toHaveProperty('status-message')
    expect(deps.logs.filter(line => line.includes('credentials expire'))).toEqual([])
  })

  it('without wait: true, no job is followed or read again, cancel-on-timeout or not', async () => {
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: JOB })
    const { deps, state } = await runStart({
      'credentials-expire-at': '1970-01-01T00:10:00Z',
      'cancel-on-timeout': 'true'
    })
    expect(state.followed).toBeUndefined()
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(0)
    expect(deps.logs.filter(line => line.includes('credentials expire'))).toEqual([])
  })

  it('cancelled while starting: the started job keeps running, said in the failure', async () => {
    let deps: FakeDeps | undefined
    omics.on(StartAnnotationImportJobCommand).callsFake(() => {
      deps?.controller.abort()
      return { jobId: JOB }
    })
    const { state, result } = await runStart({}, d => void (deps = d))
    expect(state.cancelled).toBe(true)
    expect(state.followed).toBeUndefined()
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(0)
    expect(result.failure).toBe(
      `Stopped: the workflow run was cancelled once the import had started: job ${JOB} keeps running (set cancel-on-timeout: true to cancel on a cancel).`
    )
  })

  it('cancelled while starting, with cancel-on-timeout: the started job is cancelled, without a wait', async () => {
    let deps: FakeDeps | undefined
    omics.on(StartAnnotationImportJobCommand).callsFake(() => {
      deps?.controller.abort()
      return { jobId: JOB }
    })
    omics.on(CancelAnnotationImportJobCommand).resolves({})
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'CANCELLED' })
    const { state, result } = await runStart(
      { 'cancel-on-timeout': 'true', 'credentials-expire-at': '1970-01-01T00:10:00Z' },
      d => void (deps = d)
    )
    expect(omics.commandCalls(CancelAnnotationImportJobCommand).map(c => c.args[0].input)).toEqual([
      { jobId: JOB }
    ])
    expect(state.followed?.map(job => [job.outcome, job.cancel])).toEqual([['aborted', { confirmed: true }]])
    expect(result.failure?.split('\n')).toEqual([
      // Nothing was waited for (wait: false): the line says when the cancel came instead.
      `The workflow run was cancelled once job ${JOB} had started (wait: false); last status CANCELLED`,
      `Cancel-on-timeout: job ${JOB}: cancelled by this step`
    ])
    expect(deps?.logs.filter(line => line.includes('credentials expire'))).toEqual([])
  })
})

describe('startStep', () => {
  it('is the start pipeline: a fresh state, the inputs read and checked, the start result and S3', async () => {
    expect(startStep.newState()).toStrictEqual({ notes: [] })
    expect(startStep.newState()).not.toBe(startStep.newState())
    expect(startStep.run).toBe(run)
    expect(startStep.result).toBe(startResult)
    const s3Module = await startStep.loadS3?.()
    expect(typeof s3Module?.S3Client).toBe('function')
    const values: Record<string, string> = {
      'destination-name': 'my_store',
      items: 's3://b-1/a.vcf.gz',
      'role-arn': ROLE_ARN,
      region: 'us-east-1'
    }
    const state: StartState = { notes: [] }
    const read = await startStep.read(name => values[name] ?? '', state)
    expect(read.base).toStrictEqual({ destinationName: 'my_store', roleArn: ROLE_ARN })
    expect(read.region).toBe('us-east-1')
    expect(state.inputs?.destinationName).toBe('my_store')
    expect(state.inputs).not.toHaveProperty('base')
  })
})
