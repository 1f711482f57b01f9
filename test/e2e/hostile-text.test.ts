// Outside text (service messages, error messages) never becomes a workflow command in the step's log.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, startInputs, type RunResult } from '../helpers/run-action.js'

const emu = useEmulator({ buckets: { hostile: [] } })
const URI = 's3://my-annotations/a.vcf.gz'
const HOSTILE = 'line one\n::error::forged\r::add-mask::x\n  ::stop-commands::t ##[error]legacy'
const VCF = '##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n'
const OWN = /^::(error|warning|debug|group|endgroup)::/

/** Every stdout line the runner would see: only @actions/core's own commands, with escaped data. */
function assertNoForgedCommand(result: RunResult): void {
  for (const line of result.stdout.split(/\r\n|\r|\n/)) {
    expect(line).not.toContain('##[')
    if (!line.trimStart().startsWith('::')) continue
    expect(line).toMatch(OWN)
    expect(line.replace(OWN, '')).not.toMatch(/::(add-mask|stop-commands|error)::/)
  }
}

describe('hostile outside text', () => {
  it('(a) a job statusMessage with commands stays readable and inert', async () => {
    emu.state.sourcePlans = { [URI]: ['IN_PROGRESS', 'FAILED'] }
    emu.state.sourceMessages = { [URI]: HOSTILE }
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { wait: 'true', 'poll-interval': '0.1' })
    )
    expect(result.code).toBe(1)
    assertNoForgedCommand(result)
    expect(errorText(result).replace(/\u200B/g, '')).toContain('line one\n::error::forged')
  })

  it('(b) a service error message with commands stays readable and inert', async () => {
    emu.addFault({
      op: 'StartAnnotationImportJob',
      kind: 'error',
      status: 400,
      type: 'ValidationException',
      message: 'bad input\n::error::forged\r::add-mask::x'
    })
    const result = await runAction(START_ACTION, startInputs(emu.url))
    expect(result.code).toBe(1)
    assertNoForgedCommand(result)
    expect(errorText(result)).toContain('bad input')
  })

  it('(c) an S3 key with a line break, matched by a wildcard, is refused, named and inert', async () => {
    emu.state.putObject('hostile', 'incoming/a\r::error::forged key.vcf', VCF)
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: 's3://hostile/incoming/*.vcf' })
    )
    expect(result.code).toBe(1)
    expect(emu.jobs.size).toBe(0)
    assertNoForgedCommand(result)
    expect(errorText(result).replace(/\u200B/g, '')).toContain('::error::forged key.vcf')
  })

  it('(c) an S3 key with a legacy ##[ command, logged when its job starts, stays inert', async () => {
    emu.state.putObject('hostile', 'incoming/good.vcf', VCF)
    emu.state.putObject('hostile', 'incoming/x ##[error]legacy ::add-mask::k.vcf', VCF)
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { items: 's3://hostile/incoming/*.vcf', 'one-job-per-item': 'true' })
    )
    expect(result.code).toBe(0)
    expect(emu.jobs.size).toBe(2)
    assertNoForgedCommand(result)
    expect(result.stdout.replace(/\u200B/g, '')).toContain('##[error]legacy')
  })

  it('(d) a file header quoted by the file checks stays inert', async () => {
    emu.state.putObject(
      'hostile',
      'bad.vcf',
      '##fileformat=VCFv4.2\r::error::forged\n##INFO=<ID=X\r::add-mask::y>\n'
    )
    const result = await runAction(START_ACTION, startInputs(emu.url, { items: 's3://hostile/bad.vcf' }))
    assertNoForgedCommand(result)
  })
})
