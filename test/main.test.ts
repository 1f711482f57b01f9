// The start pipeline, run() with fake dependencies (simulated clock, recording log, mocked clients):
// what the step would report, as the result value, with no module mocking and no processes.
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetAnnotationImportJobCommand,
  GetAnnotationStoreCommand,
  ListAnnotationImportJobsCommand,
  StartAnnotationImportJobCommand
} from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { readStartInputs } from '../src/inputs/inputs.js'
import { checkInputs, run, startStep } from '../src/start-action.js'
import { type StartState, startResult } from '../src/report/start-result.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { omicsClient, ROLE_ARN } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)
const JOB = '01234567-89ab-cdef-0123-456789abcdef'

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

async function runStart(given: Record<string, string> = {}) {
  const deps = fakeDeps(client)
  const state: StartState = { notes: [] }
  let error: unknown
  try {
    const inputs = await plan(given)
    state.inputs = inputs
    await run(inputs, deps, state)
  } catch (e) {
    error = e
  }
  return { result: startResult(state, error), deps, state }
}

beforeEach(() => void omics.reset())

describe('run (start pipeline)', () => {
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
