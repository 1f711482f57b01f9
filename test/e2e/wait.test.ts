// Waiting end to end: the start action with wait: true, and the wait sub-action, against the stand-in
// driving jobs through SUBMITTED -> IN_PROGRESS -> each terminal state.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, WAIT_ACTION, startInputs } from '../helpers/run-action.js'
import { summaryText } from '../helpers/summary-text.js'

const emu = useEmulator()

const inputs = (extra: Record<string, string> = {}): Record<string, string> =>
  startInputs(emu.url, {
    items: 's3://my-annotations/a.vcf.gz\ns3://my-annotations/b.vcf.gz',
    wait: 'true',
    'poll-interval': '0.1',
    ...extra
  })

describe('start with wait: true', () => {
  it('succeeds on COMPLETED, logs each status change once, and writes status outputs and summary', async () => {
    emu.state.jobPlan = ['IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'COMPLETED']
    const result = await runAction(START_ACTION, inputs())
    expect(result.code).toBe(0)
    expect(result.outputs['status']).toBe('COMPLETED')
    expect(result.stdout.match(/Job IN_PROGRESS after/g)).toHaveLength(1)
    expect(result.stdout).toMatch(/Job COMPLETED after \d+s/)
    expect(emu.calls('GetAnnotationImportJob').length).toBeGreaterThanOrEqual(4)
    expect(summaryText(result.summary)).toContain('| COMPLETED |')
    expect(summaryText(result.summary)).toContain('| s3://my-annotations/b.vcf.gz | COMPLETED |')
  })

  it.each([
    ['FAILED', 'ended FAILED: Failed to read s3://my-annotations/a.vcf.gz'],
    ['CANCELLED', 'ended CANCELLED'],
    ['COMPLETED_WITH_FAILURES', 'ended COMPLETED_WITH_FAILURES: 1 of 2 items failed']
  ])('fails on %s with the status message and each item status', async (terminal, message) => {
    emu.state.jobPlan = ['IN_PROGRESS', terminal]
    const result = await runAction(START_ACTION, inputs())
    expect(result.code).toBe(1)
    expect(result.outputs['status']).toBe(terminal)
    expect(result.outputs['job-id']).toMatch(/^[0-9a-f-]{36}$/)
    const error = errorText(result)
    expect(error).toContain(message)
    expect(error).toMatch(/s3:\/\/my-annotations\/a\.vcf\.gz: (FAILED|CANCELLED)/)
    if (terminal !== 'CANCELLED') expect(result.outputs['status-message']).not.toBe('')
  })

  it('allow-partial accepts COMPLETED_WITH_FAILURES with a warning', async () => {
    emu.state.jobPlan = ['IN_PROGRESS', 'COMPLETED_WITH_FAILURES']
    const result = await runAction(START_ACTION, inputs({ 'allow-partial': 'true' }))
    expect(result.code).toBe(0)
    expect(result.outputs['status']).toBe('COMPLETED_WITH_FAILURES')
    expect(result.stdout).toMatch(
      /::warning::Job [0-9a-f-]+ completed with failures \(allowed by allow-partial\)/
    )
  })

  it('times out within the timeout plus one interval, keeps the job, and says so', async () => {
    emu.state.jobPlan = Array(10_000).fill('IN_PROGRESS')
    const result = await runAction(START_ACTION, inputs({ 'wait-timeout': '1.5', 'poll-interval': '0.5' }))
    expect(result.code).toBe(1)
    // The wait as the stand-in saw it, from the Start to the last status check: process start-up (seconds
    // on a busy 2-core machine) does not count. 1 s of slack for late timers on a loaded machine; a wait
    // that ignored wait-timeout would go on through the plan's 10,000 checks (over an hour).
    const started = emu.calls('StartAnnotationImportJob')[0]?.time ?? NaN
    const lastCheck = emu.calls('GetAnnotationImportJob').at(-1)?.time ?? NaN
    expect(lastCheck - started).toBeLessThan(1500 + 500 + 1000) // timeout + one interval + slack
    expect(result.ms).toBeLessThan(20_000) // generous: the action ended by itself, under any load
    const error = errorText(result)
    expect(error).toMatch(/had not ended after waiting \ds \(wait-timeout\); last status IN_PROGRESS/)
    expect(error).toContain(`keeps running: ${result.outputs['job-id']}`)
    expect(emu.calls('CancelAnnotationImportJob')).toHaveLength(0)
    expect([...emu.jobs.values()][0]?.status).toBe('IN_PROGRESS')
  })

  it('cancel-on-timeout cancels the job when the timeout runs out', async () => {
    emu.state.jobPlan = Array(10_000).fill('IN_PROGRESS')
    const result = await runAction(
      START_ACTION,
      inputs({ 'wait-timeout': '1', 'poll-interval': '0.3', 'cancel-on-timeout': 'true' })
    )
    expect(result.code).toBe(1)
    const cancels = emu.calls('CancelAnnotationImportJob')
    expect(cancels).toHaveLength(1)
    expect(cancels[0]?.path).toBe(`/import/annotation/${result.outputs['job-id']}`)
    expect([...emu.jobs.values()][0]?.status).toBe('CANCELLED')
    expect(errorText(result)).toContain('cancelled by this step')
  })

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s mid-wait with cancel-on-timeout: cancels the job and exits non-zero, job-id already written',
    async signal => {
      emu.state.jobPlan = Array(10_000).fill('IN_PROGRESS')
      const result = await runAction(
        START_ACTION,
        inputs({ 'poll-interval': '0.2', 'cancel-on-timeout': 'true' }),
        {
          interrupt: { signal, when: /Job IN_PROGRESS after/ }
        }
      )
      expect(result.code).toBe(1)
      const jobId = [...emu.jobs.keys()][0]
      expect(result.outputsAtInterrupt?.['job-id']).toBe(jobId)
      expect(emu.calls('CancelAnnotationImportJob')).toHaveLength(1)
      expect(emu.jobs.get(jobId ?? '')?.status).toBe('CANCELLED')
      expect(result.stdout).toContain(`Received ${signal}`)
    }
  )

  it('on SIGTERM without cancel-on-timeout: exits non-zero saying the job keeps running', async () => {
    emu.state.jobPlan = Array(10_000).fill('IN_PROGRESS')
    const result = await runAction(START_ACTION, inputs({ 'poll-interval': '0.2' }), {
      interrupt: { signal: 'SIGTERM', when: /Job IN_PROGRESS after/ }
    })
    expect(result.code).toBe(1)
    const jobId = [...emu.jobs.keys()][0] ?? ''
    expect(errorText(result)).toContain(`The job keeps running: ${jobId}`)
    expect(emu.calls('CancelAnnotationImportJob')).toHaveLength(0)
  })

  it('a status check that finds no job is explained as a missing job, not a missing store', async () => {
    emu.addFault({ op: 'GetAnnotationImportJob', kind: 'not-found' })
    const result = await runAction(START_ACTION, inputs())
    expect(result.code).toBe(1)
    const jobId = result.outputs['job-id'] ?? ''
    const error = errorText(result)
    expect(error).toContain(`GetAnnotationImportJob on job ${jobId} failed: ResourceNotFoundException`)
    expect(error).toContain(`No annotation import job ${jobId} in us-east-1`)
    expect(error).not.toContain('No annotation store')
  })

  it('keeps waiting through throttled status checks', async () => {
    emu.state.jobPlan = ['IN_PROGRESS', 'COMPLETED']
    emu.addFault({ op: 'GetAnnotationImportJob', kind: 'throttle', count: 12 })
    const result = await runAction(START_ACTION, inputs({ 'max-attempts': '2' }))
    expect(result.code).toBe(0)
    expect(result.outputs['status']).toBe('COMPLETED')
    expect(emu.calls('GetAnnotationImportJob').filter(r => r.status === 429)).toHaveLength(12)
  })

  it('fails at once when a status check is denied', async () => {
    emu.state.jobPlan = Array(100).fill('IN_PROGRESS')
    emu.addFault({ op: 'GetAnnotationImportJob', kind: 'access-denied', count: 100 })
    const result = await runAction(START_ACTION, inputs())
    expect(result.code).toBe(1)
    expect(emu.calls('GetAnnotationImportJob')).toHaveLength(1)
    expect(errorText(result)).toMatch(
      /GetAnnotationImportJob on job [0-9a-f-]+ failed: AccessDeniedException/
    )
    expect(errorText(result)).toContain('omics:GetAnnotationImportJob')
    expect(result.outputs['job-id']).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('wait sub-action', () => {
  async function startJob(): Promise<string> {
    const result = await runAction(START_ACTION, inputs({ wait: 'false' }))
    expect(result.code).toBe(0)
    return result.outputs['job-id'] ?? ''
  }

  it('waits for a job started earlier and reports COMPLETED', async () => {
    emu.state.jobPlan = ['IN_PROGRESS', 'COMPLETED']
    const jobId = await startJob()
    const result = await runAction(WAIT_ACTION, {
      'job-id': jobId,
      'endpoint-url': emu.url,
      'poll-interval': '0.1'
    })
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'COMPLETED', 'status-message': '' })
    expect(summaryText(result.summary)).toContain(jobId)
    expect(summaryText(result.summary)).toContain('my_vcf_store')
  })

  it('fails on FAILED with the status message', async () => {
    emu.state.jobPlan = ['FAILED']
    const jobId = await startJob()
    const result = await runAction(WAIT_ACTION, {
      'job-id': jobId,
      'endpoint-url': emu.url,
      'poll-interval': '0.1'
    })
    expect(result.code).toBe(1)
    expect(result.outputs['status']).toBe('FAILED')
    expect(errorText(result)).toContain(`Job ${jobId} ended FAILED: Failed to read`)
  })

  it('cancels on timeout when asked', async () => {
    emu.state.jobPlan = Array(10_000).fill('IN_PROGRESS')
    const jobId = await startJob()
    const result = await runAction(WAIT_ACTION, {
      'job-id': jobId,
      'endpoint-url': emu.url,
      'poll-interval': '0.2',
      'wait-timeout': '1s',
      'cancel-on-timeout': 'true'
    })
    expect(result.code).toBe(1)
    expect(emu.jobs.get(jobId)?.status).toBe('CANCELLED')
  })

  it('names job-id when it is not a job id, and the job when it does not exist', async () => {
    const bad = await runAction(WAIT_ACTION, { 'job-id': 'not-a-job', 'endpoint-url': emu.url })
    expect(bad.code).toBe(1)
    expect(errorText(bad)).toContain('job-id: expected a job id like')
    expect(emu.requests).toHaveLength(0)
    const missing = await runAction(WAIT_ACTION, {
      'job-id': '01234567-89ab-cdef-0123-456789abcdef',
      'endpoint-url': emu.url
    })
    expect(missing.code).toBe(1)
    expect(errorText(missing)).toContain(
      'No annotation import job 01234567-89ab-cdef-0123-456789abcdef in us-east-1'
    )
  })
})
