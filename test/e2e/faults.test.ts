// Promises under faults, end to end (issue 18): every call is bounded in time, a cancel while Start is in
// flight is accounted for, and an answer that does not fit the model is a lost answer, never a success
// without a job id. The stand-in hangs, delays or answers raw bodies on demand.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, startInputs } from '../helpers/run-action.js'

const emu = useEmulator()

const inputs = (extra: Record<string, string> = {}) => startInputs(emu.url, extra)
const jobIds = () => [...emu.jobs.keys()]
const until = async (done: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !done() && Date.now() < end;)
    await new Promise(resolve => setTimeout(resolve, 50))
}

describe('a status check that never answers', () => {
  it('is cut off at wait-timeout, and the job is cancelled when asked', async () => {
    emu.state.jobPlan = Array(10_000).fill('IN_PROGRESS')
    emu.addFault({ op: 'GetAnnotationImportJob', kind: 'hang', count: 100 })
    const result = await runAction(
      START_ACTION,
      inputs({ wait: 'true', 'wait-timeout': '1s', 'cancel-on-timeout': 'true' })
    )
    // Killed by the test's own guard (25 s) before: the hung check held the step forever.
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
    const [jobId] = jobIds()
    expect(result.outputs['job-id']).toBe(jobId)
    expect(emu.calls('CancelAnnotationImportJob')).toHaveLength(1)
    expect(emu.jobs.get(jobId ?? '')?.status).toBe('CANCELLED')
    expect(errorText(result)).toContain(`Job ${jobId} had not ended after waiting`)
  })

  it('without cancel-on-timeout: ends at wait-timeout saying the job keeps running', async () => {
    emu.addFault({ op: 'GetAnnotationImportJob', kind: 'hang', count: 100 })
    const result = await runAction(START_ACTION, inputs({ wait: 'true', 'wait-timeout': '1s' }))
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(`The job keeps running: ${jobIds()[0]}`)
    expect(emu.calls('CancelAnnotationImportJob')).toHaveLength(0)
  })
})

describe('a Start that never answers', () => {
  it('is cut off at request-timeout, looked up, then tried again: exactly one job', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'hang' })
    const result = await runAction(START_ACTION, inputs({ 'request-timeout': '1s' }))
    expect(result.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(2)
    expect(jobIds()).toHaveLength(1)
    expect(result.outputs['job-id']).toBe(jobIds()[0])
    expect(result.stdout).toContain('Start got no answer within request-timeout')
    expect(emu.calls('ListAnnotationImportJobs').length).toBeGreaterThan(0)
  })

  it('that created its job is adopted, not started again', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'hang-after-create' })
    const result = await runAction(START_ACTION, inputs({ 'request-timeout': '1s' }))
    expect(result.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
    expect(jobIds()).toHaveLength(1)
    expect(result.outputs['job-id']).toBe(jobIds()[0])
  })
})

describe('a cancel while Start is in flight', () => {
  const startReceived = () => emu.calls('StartAnnotationImportJob').length > 0

  it('finds the job the service creates after the signal, reports it and cancels it when asked', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'delay', delayMs: 800 })
    const result = await runAction(START_ACTION, inputs({ 'cancel-on-timeout': 'true' }), {
      interrupt: { signal: 'SIGINT', when: startReceived }
    })
    expect(result.code).toBe(1)
    expect(jobIds()).toHaveLength(1)
    const [jobId] = jobIds()
    expect(result.outputs['job-id']).toBe(jobId)
    expect(JSON.parse(result.outputs['job-ids'] ?? '[]')).toEqual([jobId])
    expect(emu.calls('CancelAnnotationImportJob')).toHaveLength(1)
    expect(emu.jobs.get(jobId ?? '')?.status).toBe('CANCELLED')
    expect(result.stdout).not.toMatch(/No job was started/)
    expect(result.summary).toContain(jobId)
  })

  it('without cancel-on-timeout: reports the job, which keeps running', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'delay', delayMs: 800 })
    const result = await runAction(START_ACTION, inputs(), {
      interrupt: { signal: 'SIGINT', when: startReceived }
    })
    expect(result.code).toBe(1)
    const [jobId] = jobIds()
    expect(result.outputs['job-id']).toBe(jobId)
    expect(emu.calls('CancelAnnotationImportJob')).toHaveLength(0)
    expect(result.stdout).not.toMatch(/No job was started/)
  })

  it('when the job cannot be confirmed in time: says one may have been started, and how to find it', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'delay', delayMs: 9000 })
    const result = await runAction(START_ACTION, inputs(), {
      interrupt: { signal: 'SIGINT', when: startReceived }
    })
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
    const error = errorText(result)
    expect(error).not.toMatch(/No job was started/)
    expect(error).toMatch(/may have been started/)
    expect(error).toContain('skip-imported')
    expect(result.outputs['status']).toBe('UNKNOWN')
    // The delayed call still lands: wait for it, so that it cannot land in the next test.
    await until(() => jobIds().length === 1, 12_000)
    expect(jobIds()).toHaveLength(1)
  })
})

describe('a cancel after a lost answer, before its job was checked', () => {
  it('looks for the job the lost call created, and reports it instead of "No job was started"', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'error-after-create' })
    // The look-up answers slowly, so the cancel lands during the pause or the look-up, whichever comes.
    emu.addFault({ op: 'ListAnnotationImportJobs', kind: 'delay', delayMs: 1500 })
    const result = await runAction(START_ACTION, inputs({ 'cancel-on-timeout': 'true' }), {
      interrupt: { signal: 'SIGINT', when: /checking whether the job was created/ }
    })
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
    expect(jobIds()).toHaveLength(1)
    const [jobId] = jobIds()
    expect(result.outputs['job-id']).toBe(jobId)
    expect(result.stdout).toContain(`Found job ${jobId}, started by the call whose answer was lost`)
    expect(result.stdout).not.toMatch(/No job was started/)
    expect(emu.jobs.get(jobId ?? '')?.status).toBe('CANCELLED')
  })
})

describe('answers that do not fit the model', () => {
  it.each([
    ['200 {}', '{}'],
    ['200 with cut-off JSON', '{"jobId": "4f1c'],
    ['200 with a jobId that is no job id', '{"jobId": "$(touch /tmp/x)"}']
  ])('%s after the job was created: the job is looked up and reported, exactly one', async (_name, body) => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'raw-after-create', body })
    const result = await runAction(START_ACTION, inputs({ wait: 'true', 'poll-interval': '0.2' }))
    expect(result.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
    expect(jobIds()).toHaveLength(1)
    expect(result.outputs['job-id']).toBe(jobIds()[0])
    expect(result.outputs['status']).toBe('COMPLETED')
  })

  it('200 {} without a job behind it: looked up, none found, tried again: exactly one job', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'raw', body: '{}' })
    const result = await runAction(START_ACTION, inputs())
    expect(result.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(2)
    expect(jobIds()).toHaveLength(1)
    expect(result.outputs['job-id']).toBe(jobIds()[0])
  })
})
