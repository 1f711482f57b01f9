// No credential, session token or signature ever appears in stdout, stderr, the outputs file or the job
// summary, even with RUNNER_DEBUG=1, on success and failure paths alike.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { runAction, START_ACTION, WAIT_ACTION, type RunResult, startInputs } from '../helpers/run-action.js'
import { summaryText } from '../helpers/summary-text.js'

const ACCESS_KEY = 'AKIDDISTINCTIVE7QX42'
const SECRET = 'sEcReT+distinctive/Value-9f8e7d6c5b4a'
const TOKEN = 'SessionToken-distinctive-ZZZ111222333444555666777888999'

const emu = useEmulator({ credentials: { [ACCESS_KEY]: { secret: SECRET, sessionToken: TOKEN } } })

const env = {
  AWS_ACCESS_KEY_ID: ACCESS_KEY,
  AWS_SECRET_ACCESS_KEY: SECRET,
  AWS_SESSION_TOKEN: TOKEN,
  RUNNER_DEBUG: '1'
}
const inputs = (extra: Record<string, string> = {}): Record<string, string> =>
  startInputs(emu.url, { 'poll-interval': '0.1', ...extra })

function expectNoSecrets(result: RunResult): void {
  const seen = [
    result.stdout,
    result.stderr,
    JSON.stringify(result.outputs),
    result.summary,
    summaryText(result.summary)
  ].join('\n')
  expect(seen).not.toContain(SECRET)
  expect(seen).not.toContain(TOKEN)
  expect(seen).not.toContain(ACCESS_KEY)
  expect(seen).not.toMatch(/Signature=[0-9a-f]{16,}/)
  const signatures = emu.requests
    .map(r => /Signature=([0-9a-f]{64})/.exec(String(r.headers['authorization']))?.[1])
    .filter((s): s is string => !!s)
  expect(signatures.length).toBeGreaterThan(0)
  for (const signature of signatures) expect(seen).not.toContain(signature)
}

describe('secrets stay secret, with RUNNER_DEBUG=1', () => {
  it('submit and wait', async () => {
    const result = await runAction(START_ACTION, inputs({ wait: 'true' }), { env })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('::debug::')
    expectNoSecrets(result)
  })

  it('the wait sub-action', async () => {
    const started = await runAction(START_ACTION, inputs(), { env })
    const result = await runAction(
      WAIT_ACTION,
      { 'job-id': started.outputs['job-id'] ?? '', 'endpoint-url': emu.url, 'poll-interval': '0.1' },
      { env }
    )
    expect(result.code).toBe(0)
    expectNoSecrets(result)
  })

  it('an error message that quotes the signed request', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'echo-auth' })
    const result = await runAction(START_ACTION, inputs(), { env })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Canonical request: authorization:AWS4-HMAC-SHA256 Credential=***')
    expectNoSecrets(result)
  })

  it('a status message that echoes the credentials URL-encoded, JSON-escaped and in base64', async () => {
    const forms = [
      encodeURIComponent(SECRET),
      encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, hex => hex.toLowerCase()),
      JSON.stringify(SECRET).slice(1, -1).replace(/\//g, '\\/'),
      Buffer.from(SECRET).toString('base64'),
      Buffer.from(`${ACCESS_KEY}:${SECRET}`).toString('base64'),
      encodeURIComponent(TOKEN + '/x'),
      Buffer.from(TOKEN).toString('base64url')
    ]
    emu.state.jobPlan = ['IN_PROGRESS', 'FAILED']
    emu.state.sourceMessages = {
      's3://my-annotations/a.vcf.gz': `rejected ${forms.join(' and ')} ?X-AMZ-SECURITY-TOKEN=${encodeURIComponent(TOKEN)}`
    }
    const result = await runAction(START_ACTION, inputs({ wait: 'true' }), { env })
    expect(result.code).toBe(1)
    expect(result.outputs['status-message']).toContain('rejected ***')
    expectNoSecrets(result)
    const seen = [
      result.stdout,
      result.stderr,
      JSON.stringify(result.outputs),
      result.summary,
      summaryText(result.summary)
    ].join('\n')
    for (const form of forms) expect(seen).not.toContain(form)
  })

  it.each([
    ['access denied', { op: 'StartAnnotationImportJob', kind: 'access-denied' as const }],
    ['a failed job', undefined],
    [
      'a status check that keeps failing',
      { op: 'GetAnnotationImportJob', kind: 'error' as const, count: 100 }
    ]
  ])('failure path: %s', async (_name, fault) => {
    if (fault) emu.addFault(fault)
    else emu.state.jobPlan = ['FAILED']
    const result = await runAction(
      START_ACTION,
      inputs({ wait: 'true', 'wait-timeout': '1', 'max-attempts': '1' }),
      { env }
    )
    expect(result.code).toBe(1)
    expectNoSecrets(result)
  })
})
