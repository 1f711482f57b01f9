// wait-action.ts: the wait sub-action's pipeline, run() with fake dependencies (simulated clock,
// recording log, a mocked client): each job read once, the readable ones followed together, and a job
// that cannot be read kept in its place with its error; and the step definition runStep is given.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { GetAnnotationImportJobCommand } from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import type { WaitInputs } from '../src/inputs/inputs.js'
import { type WaitState, waitResult } from '../src/report/wait-result.js'
import { run, waitStep } from '../src/wait-action.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { awsError, omicsClient } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)

const A = '0123abcd-0123-4567-89ab-0123456789aa'
const B = '0123abcd-0123-4567-89ab-0123456789bb'
const C = '0123abcd-0123-4567-89ab-0123456789cc'

const inputs = (jobIds: string[], overrides: Partial<WaitInputs> = {}): WaitInputs => ({
  jobIds,
  region: 'us-east-1',
  maxAttempts: 5,
  requestTimeoutMs: 30_000,
  waitTimeoutMs: 3_600_000,
  waitTimeoutText: '1h',
  pollIntervalMs: 30_000,
  allowPartial: false,
  cancelOnTimeout: false,
  ...overrides
})

/** A COMPLETED job's answer; an undefined source is an item the answer gives none for (as no model allows). */
const completed = (...sources: (string | undefined)[]): never =>
  ({
    status: 'COMPLETED',
    items: sources.map(source => ({ ...(source !== undefined && { source }), jobStatus: 'COMPLETED' }))
  }) as never

beforeEach(() => void omics.reset())

describe('run (wait pipeline)', () => {
  it('reads each job, says what it waits for, follows the readable ones, and keeps the order given', async () => {
    omics
      .on(GetAnnotationImportJobCommand, { jobId: A })
      .resolves(completed('s3://b/a1.vcf', 's3://b/a2.vcf'))
    omics
      .on(GetAnnotationImportJobCommand, { jobId: B })
      .rejects(awsError('ResourceNotFoundException', 404, 'gone'))
    omics.on(GetAnnotationImportJobCommand, { jobId: C }).resolves(completed('s3://b/c.vcf'))
    const deps = fakeDeps(client)
    const state: WaitState = {}
    await run(inputs([A, B, C]), deps, state)
    expect(deps.logs[0]).toBe('info: Waiting for 2 jobs (3 items), up to 1h 0m')
    expect(state.followed?.map(job => [job.jobId, job.outcome, job.items])).toEqual([
      [A, 'success', ['s3://b/a1.vcf', 's3://b/a2.vcf']],
      [B, 'error', []],
      [C, 'success', ['s3://b/c.vcf']]
    ])
    expect(state.followed?.[1]).toMatchObject({ jobId: B, items: [], outcome: 'error', waitedMs: 0 })
    expect((state.followed?.[1]?.error as Error).message).toBe('gone')
    // Read once each, then the readable ones followed.
    const reads = omics.commandCalls(GetAnnotationImportJobCommand).map(c => c.args[0].input.jobId)
    expect(reads.slice(0, 3).sort()).toEqual([A, B, C])
    expect(reads.filter(id => id === B)).toHaveLength(1)
  })

  it('one job of one item; an item without a source is still counted', async () => {
    omics.on(GetAnnotationImportJobCommand, { jobId: A }).resolves(completed('s3://b/a.vcf'))
    const deps = fakeDeps(client)
    const state: WaitState = {}
    await run(inputs([A], { waitTimeoutMs: 60_000 }), deps, state)
    expect(deps.logs[0]).toBe('info: Waiting for 1 job (1 item), up to 1m 0s')
    omics.on(GetAnnotationImportJobCommand, { jobId: B }).resolves(completed(undefined))
    const other = fakeDeps(client)
    const again: WaitState = {}
    await run(inputs([B]), other, again)
    expect(other.logs[0]).toBe('info: Waiting for 1 job (1 item), up to 1h 0m')
    expect(again.followed?.[0]?.items).toEqual([''])
    omics.on(GetAnnotationImportJobCommand, { jobId: C }).resolves({ status: 'COMPLETED' })
    const none = fakeDeps(client)
    await run(inputs([C]), none, {})
    expect(none.logs[0]).toBe('info: Waiting for 1 job (0 items), up to 1h 0m')
  })

  it('no job can be read: nothing is followed, each is kept with its error', async () => {
    omics.on(GetAnnotationImportJobCommand).rejects(awsError('AccessDeniedException', 403, 'denied'))
    const deps = fakeDeps(client)
    const state: WaitState = {}
    await run(inputs([A, B], { credentialsExpireAt: new Date(60_000) }), deps, state)
    expect(deps.logs).toEqual([])
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(2)
    expect(state.followed?.map(job => [job.jobId, job.outcome])).toEqual([
      [A, 'error'],
      [B, 'error']
    ])
    expect(waitResult(state).outputs['status']).toBe('UNKNOWN')
  })

  it('warns before the wait when the credentials expire first', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves(completed('s3://b/a.vcf'))
    const deps = fakeDeps(client)
    await run(inputs([A], { credentialsExpireAt: new Date(60_000) }), deps, {})
    expect(deps.logs[1]).toMatch(
      /^warning: The AWS credentials expire at 1970-01-01T00:01:00\.000Z \(in 1m 0s\)/
    )
  })

  it('a cancel while the jobs are read stops the step: not a job that cannot be read', async () => {
    const deps = fakeDeps(client)
    omics.on(GetAnnotationImportJobCommand).callsFake(() => {
      deps.controller.abort()
      throw Object.assign(new Error('aborted'), { name: 'AbortError' })
    })
    const state: WaitState = {}
    await expect(run(inputs([A]), deps, state)).rejects.toThrow('aborted')
    expect(state.followed).toBeUndefined()
  })

  it('reads at most 10 jobs at once', async () => {
    let inFlight = 0
    let most = 0
    omics.on(GetAnnotationImportJobCommand).callsFake(async () => {
      most = Math.max(most, ++inFlight)
      await new Promise(resolve => setImmediate(resolve))
      inFlight--
      throw awsError('AccessDeniedException', 403, 'denied')
    })
    const ids = Array.from(
      { length: 12 },
      (_, i) => `0123abcd-0123-4567-89ab-0123456789${String(i).padStart(2, '0')}`
    )
    const state: WaitState = {}
    await run(inputs(ids), fakeDeps(client), state)
    expect(most).toBe(10)
    expect(state.followed?.map(job => job.jobId)).toEqual(ids)
  })
})

describe('waitStep', () => {
  it('is the wait pipeline: an empty state, the inputs read into it, the wait result, no S3', async () => {
    expect(waitStep.newState()).toStrictEqual({})
    expect(waitStep.run).toBe(run)
    expect(waitStep.result).toBe(waitResult)
    expect(waitStep.loadS3).toBeUndefined()
    const state: WaitState = {}
    const read = await waitStep.read(name => ({ 'job-id': A, region: 'eu-west-1' })[name] ?? '', state)
    expect(read).toBe(state.inputs)
    expect(read).toMatchObject({ jobIds: [A], region: 'eu-west-1' })
    await expect(waitStep.read(() => '', {})).rejects.toThrow('job-id: is required')
  })
})
