// Credentials that expire while jobs are followed, end to end: the stand-in refuses status checks with
// 403 ExpiredTokenException once they have "expired", and the step hands the jobs on (last status kept,
// nothing cancelled, one message saying how to go on). Plus the warning before a wait known to outlive them.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startOidcSts } from '../emulator/oidc-sts.js'
import { TEST_CREDENTIALS } from '../emulator/server.js'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, WAIT_ACTION, startInputs } from '../helpers/run-action.js'
import { summaryText } from '../helpers/summary-text.js'

/** The keys the HealthOmics stand-in accepts: the tests' own, and those the STS stand-in issues. */
const credentials: Record<string, { secret: string; sessionToken?: string; expiresAt?: number }> = {
  [TEST_CREDENTIALS.accessKeyId]: { secret: TEST_CREDENTIALS.secretAccessKey }
}
const emu = useEmulator({ credentials })

const ITEMS = 's3://my-annotations/a.vcf.gz\ns3://my-annotations/b.vcf.gz'

let watcher: ReturnType<typeof setInterval> | undefined
afterEach(() => clearInterval(watcher))

/** Once the stand-in has answered `checks` status checks, the credentials "expire": every later check is refused. */
function expireAfter(checks: number): void {
  watcher = setInterval(() => {
    if (emu.calls('GetAnnotationImportJob').length < checks) return
    clearInterval(watcher)
    emu.addFault({ op: 'GetAnnotationImportJob', kind: 'expired-token', count: 10_000 })
  }, 5)
}

const jobsOutput = (outputs: Record<string, string>): { jobId: string; status: string }[] =>
  JSON.parse(outputs['jobs'] ?? '[]') as { jobId: string; status: string }[]

describe('credentials that expire while waiting', () => {
  it('start with wait: true keeps the last status, cancels nothing, and says how to go on', async () => {
    emu.state.jobPlan = Array(10_000).fill('IN_PROGRESS')
    expireAfter(4)
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, {
        items: ITEMS,
        'one-job-per-item': 'true',
        wait: 'true',
        'wait-timeout': '1h',
        'poll-interval': '0.1',
        'cancel-on-timeout': 'true'
      }),
      // What the runner sets for a `uses: owner/name@ref` step: the hand-on names that repository's wait/.
      { env: { GITHUB_ACTION_REPOSITORY: 'acme-genomics/healthomics-annotation-import-action' } }
    )
    expect(result.code).toBe(1)
    const ids = JSON.parse(result.outputs['job-ids'] ?? '[]') as string[]
    expect(ids).toHaveLength(2)
    // The last status seen, not UNKNOWN; the jobs run on and nothing was cancelled.
    expect(result.outputs['status']).toBe('IN_PROGRESS')
    expect(jobsOutput(result.outputs).map(job => job.status)).toEqual(['IN_PROGRESS', 'IN_PROGRESS'])
    expect(emu.calls('CancelAnnotationImportJob')).toHaveLength(0)
    expect([...emu.jobs.values()].map(job => job.status)).toEqual(['IN_PROGRESS', 'IN_PROGRESS'])
    const error = errorText(result)
    expect(error).toMatch(/The AWS credentials expired after \d+s of waiting/)
    expect(error).toContain('The jobs keep running in HealthOmics (nothing was cancelled)')
    for (const id of ids) expect(error).toContain(`${id} (last status IN_PROGRESS)`)
    expect(error).toContain(`the wait sub-action (acme-genomics/healthomics-annotation-import-action/wait)`)
    expect(error).toContain(`job-ids: ${JSON.stringify(ids)}`)
    expect(error).toContain('role-duration-seconds')
    expect(error).not.toContain('Could not follow job')
    // Said once, not once per job.
    expect(error.match(/credentials expired after/g)).toHaveLength(1)
    expect(summaryText(result.summary)).toContain('The AWS credentials expired after')
    expect(summaryText(result.summary)).toContain('| IN_PROGRESS |')
    expect(summaryText(result.summary)).not.toContain('UNKNOWN')
  })

  it('the wait sub-action hands on the same way', async () => {
    emu.state.jobPlan = Array(10_000).fill('IN_PROGRESS')
    const started = await runAction(START_ACTION, startInputs(emu.url, { items: ITEMS }))
    expect(started.code).toBe(0)
    const jobId = started.outputs['job-id'] ?? ''
    expireAfter(3)
    const result = await runAction(WAIT_ACTION, {
      'job-ids': started.outputs['job-ids'] ?? '',
      'endpoint-url': emu.url,
      'poll-interval': '0.1',
      'cancel-on-timeout': 'true'
    })
    expect(result.code).toBe(1)
    expect(result.outputs['status']).toBe('IN_PROGRESS')
    expect(jobsOutput(result.outputs)).toMatchObject([{ jobId, status: 'IN_PROGRESS' }])
    expect(emu.calls('CancelAnnotationImportJob')).toHaveLength(0)
    const error = errorText(result)
    expect(error).toMatch(/The AWS credentials expired after \d+s of waiting/)
    expect(error).toContain(`The job keeps running in HealthOmics (nothing was cancelled): ${jobId}`)
    expect(error).toContain(`job-ids: ["${jobId}"]`)
  })
})

describe('a warning before a wait that can outlive the credentials', () => {
  const soon = (): string => new Date(Date.now() + 10 * 60_000).toISOString()

  it('from the SDK (AWS_CREDENTIAL_EXPIRATION): says when, and the remedies', async () => {
    emu.state.jobPlan = ['IN_PROGRESS', 'COMPLETED']
    const expires = soon()
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { wait: 'true', 'poll-interval': '0.1', 'wait-timeout': '2h' }),
      { env: { AWS_CREDENTIAL_EXPIRATION: expires } }
    )
    expect(result.code).toBe(0)
    const warning = result.stdout.split('\n').find(line => line.startsWith('::warning::')) ?? ''
    expect(warning).toContain(`The AWS credentials expire at ${expires} (in `)
    expect(warning).toContain('before wait-timeout (2h) runs out')
    expect(warning).toContain('role-duration-seconds')
  })

  it('from credentials-expire-at, in the wait sub-action', async () => {
    emu.state.jobPlan = ['IN_PROGRESS', 'COMPLETED']
    const started = await runAction(START_ACTION, startInputs(emu.url))
    const expires = soon()
    const result = await runAction(WAIT_ACTION, {
      'job-id': started.outputs['job-id'] ?? '',
      'endpoint-url': emu.url,
      'poll-interval': '0.1',
      'credentials-expire-at': expires
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`::warning::The AWS credentials expire at ${expires}`)
  })

  it('names credentials-expire-at when it is not a time, before any call', async () => {
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { wait: 'true', 'credentials-expire-at': 'tomorrow' })
    )
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('credentials-expire-at: must be an ISO 8601 time')
    expect(emu.requests).toHaveLength(0)
  })
})

describe('role-to-assume: credentials of its own, from GitHub OIDC, renewed while waiting', () => {
  const LIFETIME_MS = 1500
  let github: Awaited<ReturnType<typeof startOidcSts>>
  beforeAll(async () => {
    github = await startOidcSts({ credentials, lifetimeMs: LIFETIME_MS })
  })
  afterAll(async () => {
    await github.close()
  })
  beforeEach(() => github.reset())

  const ROLE_TO_ASSUME = 'arn:aws:iam::123456789012:role/annotation-import'
  // No credentials of the workflow's own: only role-to-assume's can sign.
  const noWorkflowCredentials = { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' }

  it('a wait several credential lifetimes long ends at the job end, renewing with fresh OIDC tokens; no token is logged', async () => {
    // About 25 checks 0.2 s apart: some 5 s, more than three lifetimes of the credentials STS issues.
    emu.state.jobPlan = [...Array(25).fill('IN_PROGRESS'), 'COMPLETED']
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, {
        wait: 'true',
        'poll-interval': '0.2',
        'role-to-assume': ROLE_TO_ASSUME,
        'role-session-name': 'annotations-run-4242'
      }),
      { env: { ...github.env, ...noWorkflowCredentials, RUNNER_DEBUG: '1' } }
    )
    expect(result.code).toBe(0)
    expect(result.outputs['status']).toBe('COMPLETED')
    const issued = github.stsCalls.filter(call => call.status === 200)
    expect(issued.length).toBeGreaterThan(1)
    expect(issued[0]?.params).toMatchObject({
      RoleArn: ROLE_TO_ASSUME,
      RoleSessionName: 'annotations-run-4242'
    })
    // Each AssumeRoleWithWebIdentity with a token asked for just before, for the default audience.
    expect(github.tokenCalls.length).toBe(github.stsCalls.length)
    expect(github.tokenCalls.every(call => call.audience === 'sts.amazonaws.com')).toBe(true)
    const keys = new Set(issued.map(call => call.accessKeyId))
    const signed = emu.requests.filter(request => request.op !== 'S3')
    expect(signed.length).toBeGreaterThan(20)
    expect(signed.every(request => keys.has(request.accessKeyId))).toBe(true)
    expect(signed.filter(request => request.status === 403)).toHaveLength(0)
    expect(new Set(signed.map(request => request.accessKeyId)).size).toBeGreaterThan(1)
    // Every token is masked (::add-mask::) and appears nowhere else: log, outputs, summary.
    const lines = `${result.stdout}\n${result.stderr}`.split('\n')
    const masks = lines.filter(line => line.startsWith('::add-mask::'))
    const elsewhere = [
      ...lines.filter(line => !line.startsWith('::add-mask::')),
      JSON.stringify(result.outputs),
      result.summary,
      summaryText(result.summary)
    ].join('\n')
    expect(github.secrets.length).toBeGreaterThanOrEqual(3 * issued.length)
    for (const secret of github.secrets) {
      expect(masks).toContain(`::add-mask::${secret}`)
      expect(elsewhere).not.toContain(secret)
    }
    expect(result.stdout + result.stderr).not.toContain(github.requestToken)
    expect(result.stdout).toContain(`Credentials: assumed ${ROLE_TO_ASSUME} with GitHub's OIDC token until`)
  })

  it('the wait sub-action renews the same way', async () => {
    emu.state.jobPlan = [...Array(20).fill('IN_PROGRESS'), 'COMPLETED']
    const started = await runAction(START_ACTION, startInputs(emu.url))
    expect(started.code).toBe(0)
    github.reset()
    const result = await runAction(
      WAIT_ACTION,
      {
        'job-id': started.outputs['job-id'] ?? '',
        'endpoint-url': emu.url,
        'poll-interval': '0.2',
        'role-to-assume': ROLE_TO_ASSUME
      },
      { env: { ...github.env, ...noWorkflowCredentials } }
    )
    expect(result.code).toBe(0)
    expect(result.outputs['status']).toBe('COMPLETED')
    expect(github.stsCalls.filter(call => call.status === 200).length).toBeGreaterThan(1)
  })

  it('without permissions: id-token: write, an input error that names the permission, before any call', async () => {
    const result = await runAction(
      START_ACTION,
      startInputs(emu.url, { wait: 'true', 'role-to-assume': ROLE_TO_ASSUME })
    )
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      'role-to-assume: needs a GitHub OIDC token, and the runner gave none: add permissions: id-token: write'
    )
    expect(emu.requests).toHaveLength(0)
    expect(github.stsCalls).toHaveLength(0)
  })
})
