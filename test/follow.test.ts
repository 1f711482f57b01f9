// The follow phase both entry points share: several jobs at once, one deadline, cancelling, and what
// the result says about them. Clients are mocked; the clock is simulated.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { CancelAnnotationImportJobCommand, GetAnnotationImportJobCommand } from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { cancelJob, filesLabel, type FollowedJob, followJobs, readJobState } from '../src/phases/follow.js'
import { run as runWait } from '../src/wait-action.js'
import { type WaitState, waitResult } from '../src/report/wait-result.js'
import { fakeDeps, type FakeDeps } from './helpers/fake-deps.js'
import { omicsClient } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)
const A = '0123abcd-0123-4567-89ab-0123456789aa'
const B = '0123abcd-0123-4567-89ab-0123456789bb'
const settings = {
  waitTimeoutMs: 60_000,
  waitTimeoutText: '60',
  pollIntervalMs: 1000,
  allowPartial: false,
  cancelOnTimeout: false
}

beforeEach(() => void omics.reset())

describe('followJobs', () => {
  it("follows several jobs to their own ends and names each one's files in the log", async () => {
    omics
      .on(GetAnnotationImportJobCommand, { jobId: A })
      .resolvesOnce({ status: 'IN_PROGRESS' })
      .resolves({ status: 'COMPLETED', creationTime: new Date(0), completionTime: new Date(3_600_000) })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: B })
      .resolves({ status: 'FAILED', statusMessage: 'bad header' })
    const deps = fakeDeps(client)
    const followed = await followJobs(
      client,
      [
        { jobId: A, items: ['s3://b-1/a.vcf'] },
        { jobId: B, items: ['s3://b-1/b.vcf', 's3://b-1/c.vcf'] }
      ],
      settings,
      deps
    )
    expect(followed.map(job => [job.jobId, job.outcome, job.last?.status])).toEqual([
      [A, 'success', 'COMPLETED'],
      [B, 'failure', 'FAILED']
    ])
    expect(deps.logs).toContain(`info: Job ${B} (s3://b-1/b.vcf (+1 more)): FAILED after 1s (bad header)`)
    const result = waitResult({ followed })
    expect(result.outputs['status']).toBe('FAILED')
    expect(result.summary.jobs[0]).toMatchObject({ jobId: A, runMs: 3_600_000 })
  })

  it('one job whose status cannot be read does not stop the others being followed', async () => {
    omics.on(GetAnnotationImportJobCommand, { jobId: A }).rejects(
      Object.assign(new Error('denied'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 403 }
      })
    )
    omics.on(GetAnnotationImportJobCommand, { jobId: B }).resolves({ status: 'COMPLETED' })
    const followed = await followJobs(
      client,
      [
        { jobId: A, items: [] },
        { jobId: B, items: [] }
      ],
      settings,
      fakeDeps(client)
    )
    expect(followed.map(job => job.outcome)).toEqual(['error', 'success'])
    expect(waitResult({ followed }).failure).toContain(`Could not follow job ${A}`)
  })

  it('on timeout with cancel-on-timeout, cancels and reports the status it became', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'IN_PROGRESS' })
    omics.on(CancelAnnotationImportJobCommand).callsFake(() => {
      omics.on(GetAnnotationImportJobCommand).resolves({ status: 'CANCELLED' })
      return {}
    })
    const deps = fakeDeps(client)
    const followed = await followJobs(
      client,
      [{ jobId: A, items: [] }],
      { ...settings, waitTimeoutMs: 5000, cancelOnTimeout: true },
      deps
    )
    expect(followed[0]).toMatchObject({
      outcome: 'timeout',
      last: { status: 'CANCELLED' },
      cancel: { confirmed: true }
    })
    const result = waitResult({
      followed,
      inputs: {
        ...settings,
        cancelOnTimeout: true,
        jobIds: [A],
        region: 'us-east-1',
        maxAttempts: 5,
        requestTimeoutMs: 30_000
      }
    })
    expect(result.outputs['status']).toBe('CANCELLED')
    expect(result.failure).toContain(`Cancel-on-timeout: job ${A}: cancelled by this step`)
    expect(result.failure).not.toContain('last status CANCELLED')
    expect(result.summary.jobs[0]?.note).toBe('(by this step)')
    expect(result.summary.jobs[0]?.status).toBe('CANCELLED')
  })
})

describe('cancelJob', () => {
  const unfinished: FollowedJob = {
    jobId: A,
    items: [],
    outcome: 'timeout',
    last: { status: 'IN_PROGRESS' },
    waitedMs: 1
  }

  it('a job that just ended COMPLETED_WITH_FAILURES is read once, not polled again', async () => {
    omics.on(CancelAnnotationImportJobCommand).rejects(
      Object.assign(new Error('already ended'), {
        name: 'ValidationException',
        $metadata: { httpStatusCode: 400 }
      })
    )
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'COMPLETED_WITH_FAILURES' })
    const deps = fakeDeps(client)
    const cancelled = await cancelJob(client, unfinished, deps, deps.cleanup.signal)
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(1)
    expect(deps.clock.sleeps).toEqual([])
    expect(cancelled.last?.status).toBe('COMPLETED_WITH_FAILURES')
  })

  it('says when the cancel was requested but not yet confirmed', async () => {
    omics.on(CancelAnnotationImportJobCommand).resolves({})
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'IN_PROGRESS' })
    const cancelled = await cancelJob(client, unfinished, fakeDeps(client), new AbortController().signal)
    expect(cancelled.cancel).toEqual({ confirmed: false })
    const result = waitResult({ followed: [cancelled] })
    expect(result.outputs['status-message']).toBe(
      `job ${A}: cancel requested, not yet confirmed (last status IN_PROGRESS)`
    )
    expect(result.summary.jobs[0]?.note).toBe(
      '(cancel requested, not yet confirmed (last status IN_PROGRESS))'
    )
  })
})

describe('the wait sub-action uses the same follow phase', () => {
  it('follows every id given, and warns when allow-partial lets COMPLETED_WITH_FAILURES through', async () => {
    omics.on(GetAnnotationImportJobCommand, { jobId: A }).resolves({
      status: 'COMPLETED',
      destinationName: 'my_store',
      items: [{ source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' }]
    })
    omics.on(GetAnnotationImportJobCommand, { jobId: B }).resolves({
      status: 'COMPLETED_WITH_FAILURES',
      destinationName: 'my_store',
      items: [{ source: 's3://b-1/b.vcf', jobStatus: 'FAILED' }]
    })
    const inputs = {
      ...settings,
      allowPartial: true,
      jobIds: [A, B],
      region: 'us-east-1',
      maxAttempts: 5,
      requestTimeoutMs: 30_000
    }
    const state: WaitState = { inputs }
    await runWait(inputs, fakeDeps(client), state)
    const result = waitResult(state)
    expect(result.failure).toBeUndefined()
    expect(result.warnings).toEqual([`Job ${B} completed with failures (allowed by allow-partial)`])
    expect(result.outputs['status']).toBe('COMPLETED_WITH_FAILURES')
    expect(JSON.parse(result.outputs['jobs'] ?? '')).toEqual([
      { jobId: A, items: ['s3://b-1/a.vcf'], status: 'COMPLETED' },
      { jobId: B, items: ['s3://b-1/b.vcf'], status: 'COMPLETED_WITH_FAILURES' }
    ])
    expect(result.summary.storeName).toBe('my_store')
  })

  it('a job that cannot be read is UNKNOWN and named in the failure; the others are still followed', async () => {
    omics.on(GetAnnotationImportJobCommand, { jobId: A }).resolves({
      status: 'COMPLETED',
      items: [{ source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' }]
    })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: B })
      .rejects(Object.assign(new Error(`Import job ${B} not found`), { name: 'ResourceNotFoundException' }))
    const inputs = {
      ...settings,
      jobIds: [A, B],
      region: 'us-east-1',
      maxAttempts: 5,
      requestTimeoutMs: 30_000
    }
    const state: WaitState = { inputs }
    await runWait(inputs, fakeDeps(client), state)
    const result = waitResult(state)
    expect(result.outputs['status']).toBe('UNKNOWN')
    expect(JSON.parse(result.outputs['jobs'] ?? '')).toEqual([
      { jobId: A, items: ['s3://b-1/a.vcf'], status: 'COMPLETED' },
      { jobId: B, items: [], status: 'UNKNOWN' }
    ])
    expect(result.failure).toContain(`Could not follow job ${B}`)
    expect(result.failure).not.toContain(`job ${A}`)
  })
})

const C = '0123abcd-0123-4567-89ab-0123456789cc'
const denied = () =>
  Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } })
const expiredToken = () =>
  Object.assign(new Error('The security token included in the request is expired'), {
    name: 'ExpiredTokenException',
    $metadata: { httpStatusCode: 403 }
  })

/** The options a call was sent with (send's second argument). */
const optionsOf = (call: { args: unknown[] } | undefined): { abortSignal?: AbortSignal } | undefined =>
  call?.args[1] as { abortSignal?: AbortSignal } | undefined

/** Fake dependencies whose clock starts at `at`, and whose log keeps debug lines too. */
function depsAt(at = 5_000): FakeDeps {
  const deps = fakeDeps(client)
  deps.clock.t = at
  deps.log = { ...deps.log, debug: message => void deps.logs.push(`debug: ${message}`) }
  return deps
}

describe('readJobState', () => {
  it("reads the job's status, message, files, store, version and times, under the given signal", async () => {
    omics.on(GetAnnotationImportJobCommand).resolves({
      id: A,
      status: 'COMPLETED_WITH_FAILURES',
      statusMessage: 'one file failed',
      destinationName: 'my_store',
      versionName: 'v2',
      creationTime: new Date(1_000),
      completionTime: new Date(2_000),
      items: [
        { source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' },
        { source: 's3://b-1/b.vcf', jobStatus: 'FAILED' }
      ]
    })
    const signal = new AbortController().signal
    expect(await readJobState(client, A, signal)).toStrictEqual({
      status: 'COMPLETED_WITH_FAILURES',
      statusMessage: 'one file failed',
      items: [
        { source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' },
        { source: 's3://b-1/b.vcf', jobStatus: 'FAILED' }
      ],
      destinationName: 'my_store',
      versionName: 'v2',
      creationTime: new Date(1_000),
      completionTime: new Date(2_000)
    })
    const calls = omics.commandCalls(GetAnnotationImportJobCommand)
    expect(calls.map(call => call.args[0].input)).toEqual([{ jobId: A }])
    expect(optionsOf(calls[0])).toEqual({ abortSignal: expect.any(AbortSignal) })
    expect(optionsOf(calls[0])?.abortSignal).toBe(signal)
  })

  it('an answer with nothing in it: status UNKNOWN, no files, nothing else; no signal, none sent', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves({})
    expect(await readJobState(client, A)).toStrictEqual({ status: 'UNKNOWN', items: [] })
    expect(optionsOf(omics.commandCalls(GetAnnotationImportJobCommand)[0])).toStrictEqual({})
  })

  it('items without a source or a status read as empty strings', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves({
      status: 'IN_PROGRESS',
      items: [{ source: 's3://b-1/a.vcf' }, { jobStatus: 'SUBMITTED' }] as never
    })
    expect(await readJobState(client, A)).toStrictEqual({
      status: 'IN_PROGRESS',
      items: [
        { source: 's3://b-1/a.vcf', jobStatus: '' },
        { source: '', jobStatus: 'SUBMITTED' }
      ]
    })
  })
})

describe('filesLabel', () => {
  it.each([
    [[], ''],
    [['s3://b/a.vcf.gz'], 's3://b/a.vcf.gz'],
    [['s3://b/a.vcf.gz', 's3://b/b.vcf.gz'], 's3://b/a.vcf.gz (+1 more)'],
    [['s3://b/a.vcf.gz', 's3://b/b.vcf.gz', 's3://b/c.vcf.gz'], 's3://b/a.vcf.gz (+2 more)']
  ])('%j -> %j', (items, label) => {
    expect(filesLabel(items)).toBe(label)
  })
})

describe('followJobs, one job', () => {
  it('names it "Job" in the log, and returns its end, its last state and the time waited', async () => {
    omics
      .on(GetAnnotationImportJobCommand)
      .resolvesOnce({ status: 'IN_PROGRESS' })
      .resolvesOnce({ status: 'IN_PROGRESS' })
      .resolves({ status: 'COMPLETED' })
    const deps = depsAt()
    const followed = await followJobs(client, [{ jobId: A, items: ['s3://b-1/a.vcf'] }], settings, deps)
    expect(followed).toStrictEqual([
      {
        jobId: A,
        items: ['s3://b-1/a.vcf'],
        outcome: 'success',
        waitedMs: 2_000,
        last: { status: 'COMPLETED', items: [] }
      }
    ])
    expect(deps.logs).toEqual(['info: Job IN_PROGRESS after 0s', 'info: Job COMPLETED after 2s'])
    expect(deps.clock.sleeps).toEqual([1_000, 1_000])
    expect(omics.commandCalls(CancelAnnotationImportJobCommand)).toHaveLength(0)
  })

  it('a status message is shown after the status', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'FAILED', statusMessage: 'bad header' })
    const deps = depsAt()
    const [job] = await followJobs(client, [{ jobId: A, items: [] }], settings, deps)
    expect(job?.outcome).toBe('failure')
    expect(deps.logs).toEqual(['info: Job FAILED after 0s (bad header)'])
  })

  it('COMPLETED_WITH_FAILURES is a success only with allow-partial', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'COMPLETED_WITH_FAILURES' })
    const [allowed] = await followJobs(
      client,
      [{ jobId: A, items: [] }],
      { ...settings, allowPartial: true },
      depsAt()
    )
    expect(allowed?.outcome).toBe('success')
    const [refused] = await followJobs(client, [{ jobId: A, items: [] }], settings, depsAt())
    expect(refused?.outcome).toBe('failure')
  })

  it('a failed status check is retried (said in debug)', async () => {
    omics
      .on(GetAnnotationImportJobCommand)
      .rejectsOnce(Object.assign(new Error('oops'), { name: 'InternalServerException', $fault: 'server' }))
      .resolves({ status: 'COMPLETED' })
    const deps = depsAt()
    const [job] = await followJobs(client, [{ jobId: A, items: [] }], settings, deps)
    expect(job?.outcome).toBe('success')
    expect(deps.logs).toEqual([
      `debug: Status check of ${A} failed (InternalServerException); checking again`,
      'info: Job COMPLETED after 1s'
    ])
  })

  it('a status check that fails for good: outcome error, with the error and the time waited', async () => {
    const error = denied()
    omics.on(GetAnnotationImportJobCommand).resolvesOnce({ status: 'IN_PROGRESS' }).rejects(error)
    const deps = depsAt()
    const followed = await followJobs(client, [{ jobId: A, items: ['s3://b-1/a.vcf'] }], settings, deps)
    expect(followed).toStrictEqual([
      { jobId: A, items: ['s3://b-1/a.vcf'], outcome: 'error', waitedMs: 1_000, error }
    ])
  })

  it('wait-timeout ends the wait; without cancel-on-timeout nothing is cancelled', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'IN_PROGRESS' })
    const deps = depsAt()
    const followed = await followJobs(
      client,
      [{ jobId: A, items: [] }],
      { ...settings, waitTimeoutMs: 5_000 },
      deps
    )
    expect(followed).toStrictEqual([
      { jobId: A, items: [], outcome: 'timeout', waitedMs: 5_000, last: { status: 'IN_PROGRESS', items: [] } }
    ])
    expect(omics.commandCalls(CancelAnnotationImportJobCommand)).toHaveLength(0)
  })

  it('cancelled before the first check: aborted, nothing read, no last state', async () => {
    const deps = depsAt()
    deps.controller.abort()
    const followed = await followJobs(client, [{ jobId: A, items: [] }], settings, deps)
    expect(followed).toStrictEqual([{ jobId: A, items: [], outcome: 'aborted', waitedMs: 0 }])
    expect(omics.calls()).toHaveLength(0)
  })
})

describe('followJobs with cancel-on-timeout', () => {
  const cancelling = { ...settings, waitTimeoutMs: 5_000, cancelOnTimeout: true }

  it('cancels only the unfinished jobs this step started, under the clean-up budget', async () => {
    omics.on(GetAnnotationImportJobCommand, { jobId: A }).resolves({ status: 'COMPLETED' })
    omics.on(GetAnnotationImportJobCommand, { jobId: B }).resolves({ status: 'IN_PROGRESS' })
    omics.on(GetAnnotationImportJobCommand, { jobId: C }).resolves({ status: 'IN_PROGRESS' })
    omics.on(CancelAnnotationImportJobCommand).resolves({})
    const deps = depsAt()
    const followed = await followJobs(
      client,
      [
        { jobId: A, items: [] },
        { jobId: B, items: [] },
        { jobId: C, items: [], found: true }
      ],
      cancelling,
      deps
    )
    expect(followed.map(job => [job.jobId, job.outcome, job.cancel?.confirmed, job.found])).toEqual([
      [A, 'success', undefined, undefined],
      [B, 'timeout', false, undefined],
      [C, 'timeout', undefined, true]
    ])
    const cancels = omics.commandCalls(CancelAnnotationImportJobCommand)
    expect(cancels.map(call => call.args[0].input)).toEqual([{ jobId: B }])
    expect(optionsOf(cancels[0])?.abortSignal).toBe(deps.cleanup.signal)
    expect(Object.keys(followed[0] ?? {})).not.toContain('found')
  })

  it('a failed job is not cancelled', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'FAILED' })
    const followed = await followJobs(client, [{ jobId: A, items: [] }], cancelling, depsAt())
    expect(followed[0]?.outcome).toBe('failure')
    expect(omics.commandCalls(CancelAnnotationImportJobCommand)).toHaveLength(0)
  })

  it('a run cancelled while following: the job is cancelled too', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'CANCELLED' })
    omics.on(CancelAnnotationImportJobCommand).resolves({})
    const deps = depsAt()
    deps.controller.abort()
    const followed = await followJobs(client, [{ jobId: A, items: [] }], cancelling, deps)
    expect(followed).toStrictEqual([
      {
        jobId: A,
        items: [],
        outcome: 'aborted',
        waitedMs: 0,
        last: { status: 'CANCELLED', items: [] },
        cancel: { confirmed: true }
      }
    ])
    expect(omics.commandCalls(CancelAnnotationImportJobCommand)).toHaveLength(1)
  })
})

describe('followJobs when the credentials expire', () => {
  it('the job whose check found them expired is expired, and so are the ones it stopped; ended ones keep their end', async () => {
    omics.on(GetAnnotationImportJobCommand, { jobId: A }).resolves({ status: 'COMPLETED' })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: B })
      .resolvesOnce({ status: 'IN_PROGRESS' })
      .rejects(expiredToken())
    omics.on(GetAnnotationImportJobCommand, { jobId: C }).resolves({ status: 'IN_PROGRESS' })
    const followed = await followJobs(
      client,
      [
        { jobId: A, items: [] },
        { jobId: B, items: [] },
        { jobId: C, items: [] }
      ],
      { ...settings, cancelOnTimeout: true },
      depsAt()
    )
    expect(followed.map(job => [job.jobId, job.outcome, job.last?.status])).toEqual([
      [A, 'success', 'COMPLETED'],
      [B, 'expired', 'IN_PROGRESS'],
      [C, 'expired', 'IN_PROGRESS']
    ])
    // Expired credentials cannot cancel anything: no cancel is tried.
    expect(omics.commandCalls(CancelAnnotationImportJobCommand)).toHaveLength(0)
  })

  it('the run cancelled as well: the jobs stopped stay aborted', async () => {
    let release: ((value: unknown) => void) | undefined
    omics.on(GetAnnotationImportJobCommand, { jobId: A }).rejects(expiredToken())
    omics
      .on(GetAnnotationImportJobCommand, { jobId: B })
      .callsFake(() => new Promise(resolve => void (release = resolve)))
    const deps = depsAt()
    const following = followJobs(
      client,
      [
        { jobId: A, items: [] },
        { jobId: B, items: [] }
      ],
      settings,
      deps
    )
    await new Promise(resolve => setImmediate(resolve))
    deps.controller.abort()
    release?.({ status: 'IN_PROGRESS' })
    const followed = await following
    expect(followed.map(job => [job.jobId, job.outcome])).toEqual([
      [A, 'expired'],
      [B, 'aborted']
    ])
  })

  it('a run cancelled with no expiry: aborted stays aborted', async () => {
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'IN_PROGRESS' })
    const deps = depsAt()
    deps.controller.abort()
    const followed = await followJobs(
      client,
      [
        { jobId: A, items: [] },
        { jobId: B, items: [] }
      ],
      settings,
      deps
    )
    expect(followed.map(job => job.outcome)).toEqual(['aborted', 'aborted'])
  })
})

describe('cancelJob, in detail', () => {
  const unfinished: FollowedJob = {
    jobId: A,
    items: ['s3://b-1/a.vcf'],
    outcome: 'timeout',
    last: { status: 'IN_PROGRESS' },
    waitedMs: 1
  }

  it('sends the cancel under the budget, then reads the status back until it ends', async () => {
    omics.on(CancelAnnotationImportJobCommand).resolves({})
    omics
      .on(GetAnnotationImportJobCommand)
      .resolvesOnce({ status: 'IN_PROGRESS' })
      .resolves({ status: 'CANCELLED' })
    const deps = depsAt()
    const cancelled = await cancelJob(client, unfinished, deps, deps.cleanup.signal)
    expect(cancelled).toStrictEqual({
      ...unfinished,
      last: { status: 'CANCELLED', items: [] },
      cancel: { confirmed: true }
    })
    const cancels = omics.commandCalls(CancelAnnotationImportJobCommand)
    expect(cancels.map(call => call.args[0].input)).toEqual([{ jobId: A }])
    expect(optionsOf(cancels[0])?.abortSignal).toBe(deps.cleanup.signal)
    const reads = omics.commandCalls(GetAnnotationImportJobCommand)
    expect(reads).toHaveLength(2)
    expect(optionsOf(reads[1])?.abortSignal).toBe(deps.cleanup.signal)
    expect(deps.clock.sleeps).toEqual([500])
    expect(deps.logs).toEqual([`info: Job ${A}: cancelled (status now CANCELLED)`])
  })

  it('reads the status back three times at most, 500 ms apart', async () => {
    omics.on(CancelAnnotationImportJobCommand).resolves({})
    omics
      .on(GetAnnotationImportJobCommand)
      .resolvesOnce({ status: 'IN_PROGRESS' })
      .resolvesOnce({ status: 'IN_PROGRESS' })
      .resolvesOnce({ status: 'IN_PROGRESS' })
      .resolves({ status: 'CANCELLED' })
    const deps = depsAt()
    const cancelled = await cancelJob(client, unfinished, deps, deps.cleanup.signal)
    expect(cancelled).toStrictEqual({
      ...unfinished,
      last: { status: 'IN_PROGRESS', items: [] },
      cancel: { confirmed: false }
    })
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(3)
    // No pause after the last read: the cancel budget is kept for the step's result.
    expect(deps.clock.sleeps).toEqual([500, 500])
    expect(deps.logs).toEqual([
      `info: Job ${A}: cancel requested, not yet confirmed (last status IN_PROGRESS)`
    ])
  })

  it('a read that fails is said in debug, and the next one counts', async () => {
    omics.on(CancelAnnotationImportJobCommand).resolves({})
    omics.on(GetAnnotationImportJobCommand).rejectsOnce(denied()).resolves({ status: 'CANCELLED' })
    const deps = depsAt()
    const cancelled = await cancelJob(client, unfinished, deps, deps.cleanup.signal)
    expect(cancelled.cancel).toEqual({ confirmed: true })
    expect(deps.logs).toEqual([
      `debug: Status check of ${A} after cancelling failed (AccessDeniedException)`,
      `info: Job ${A}: cancelled (status now CANCELLED)`
    ])
    expect(deps.clock.sleeps).toEqual([500])
  })

  it('no status ever read: not confirmed, last status unknown, and no last state', async () => {
    omics.on(CancelAnnotationImportJobCommand).resolves({})
    omics
      .on(GetAnnotationImportJobCommand)
      .rejectsOnce(denied())
      .rejectsOnce(denied())
      .rejectsOnce(denied())
      .resolves({ status: 'CANCELLED' })
    const deps = depsAt()
    const job: FollowedJob = { jobId: A, items: [], outcome: 'aborted', waitedMs: 0 }
    const cancelled = await cancelJob(client, job, deps, deps.cleanup.signal)
    expect(cancelled).toStrictEqual({ ...job, cancel: { confirmed: false } })
    expect(deps.logs.filter(line => line.startsWith('info'))).toEqual([
      `info: Job ${A}: cancel requested, not yet confirmed (last status unknown)`
    ])
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(3)
  })

  it('a cancel the service refuses (not a job that just ended): a warning, no read back', async () => {
    omics.on(CancelAnnotationImportJobCommand).rejects(denied())
    const deps = depsAt()
    const cancelled = await cancelJob(client, unfinished, deps, deps.cleanup.signal)
    expect(cancelled).toStrictEqual({
      ...unfinished,
      cancel: { confirmed: false, error: 'AccessDeniedException: denied' }
    })
    expect(deps.logs).toEqual([`warning: Could not cancel job ${A}: AccessDeniedException: denied`])
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(0)
  })

  it('the budget running out during the cancel: says there was no answer in time', async () => {
    const deps = depsAt()
    omics.on(CancelAnnotationImportJobCommand).callsFake(() => {
      deps.cleanup.abort()
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' })
    })
    const cancelled = await cancelJob(client, unfinished, deps, deps.cleanup.signal)
    expect(cancelled.cancel).toEqual({ confirmed: false, error: 'no answer within the cancel budget' })
    expect(deps.logs).toEqual([`warning: Could not cancel job ${A}: no answer within the cancel budget`])
  })

  it('the budget running out after the cancel was sent: no read back, the last state known is kept', async () => {
    const deps = depsAt()
    omics.on(CancelAnnotationImportJobCommand).callsFake(() => {
      deps.cleanup.abort()
      return {}
    })
    omics.on(GetAnnotationImportJobCommand).resolves({ status: 'CANCELLED' })
    const cancelled = await cancelJob(client, unfinished, deps, deps.cleanup.signal)
    expect(cancelled).toStrictEqual({ ...unfinished, cancel: { confirmed: false } })
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(0)
    expect(deps.logs).toEqual([
      `info: Job ${A}: cancel requested, not yet confirmed (last status IN_PROGRESS)`
    ])
  })

  it('the budget running out during the read back: no more reads or pauses', async () => {
    const deps = depsAt()
    omics.on(CancelAnnotationImportJobCommand).resolves({})
    omics.on(GetAnnotationImportJobCommand).callsFake(() => {
      deps.cleanup.abort()
      return { status: 'IN_PROGRESS' }
    })
    const cancelled = await cancelJob(client, unfinished, deps, deps.cleanup.signal)
    expect(cancelled.cancel).toEqual({ confirmed: false })
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(1)
    expect(deps.clock.sleeps).toEqual([])
  })
})
