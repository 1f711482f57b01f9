import { describe, expect, it } from '@jest/globals'
import { CancelAnnotationImportJobCommand, GetAnnotationImportJobCommand } from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import {
  credentialsExpiry,
  expiredLines,
  expiryWarning,
  isExpiredCredentials,
  waitActionName
} from '../src/phases/expiry.js'
import { ACTION_REPOSITORY } from '../src/shared/version.js'
import { followFailureLines, followOutputs } from '../src/report/follow-report.js'
import { type FollowedJob, followJobs } from '../src/phases/follow.js'
import { waitForJob } from '../src/phases/poll.js'
import { FakeClock } from './helpers/fake-clock.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { omicsClient } from './helpers/fixtures.js'

const awsError = (name: string, message = name, status = 403): Error =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } })

describe('isExpiredCredentials', () => {
  it.each([
    ['ExpiredTokenException', 'The security token included in the request is expired'],
    ['ExpiredToken', 'The provided token has expired.'],
    ['RequestExpired', 'Request has expired.'],
    ['CredentialsProviderError', 'The SSO session token has expired; run aws sso login']
  ])('%s is expiry', (name, message) => {
    expect(isExpiredCredentials(awsError(name, message))).toBe(true)
  })

  it.each([
    ['AccessDeniedException', 'User is not authorized (the token has expired?)'],
    ['UnrecognizedClientException', 'The security token included in the request is invalid.'],
    ['InvalidSignatureException', 'Signature expired: 20260101T000000Z is now earlier than ...'],
    ['CredentialsProviderError', 'Could not load credentials from any providers'],
    ['ThrottlingException', 'Rate exceeded']
  ])('%s is not expiry', (name, message) => {
    expect(isExpiredCredentials(awsError(name, message))).toBe(false)
  })
})

describe('waitForJob on expired credentials', () => {
  it('stops at once with outcome expired and the last status seen', async () => {
    const clock = new FakeClock()
    const answers: (Error | { status: string })[] = [
      { status: 'IN_PROGRESS' },
      awsError('ExpiredTokenException', 'The security token included in the request is expired')
    ]
    let calls = 0
    const result = await waitForJob({
      timeoutMs: 3_600_000,
      pollIntervalMs: 30_000,
      allowPartial: false,
      random: () => 0.5,
      now: clock.now,
      sleep: clock.sleep,
      getStatus: async () => {
        const next = answers[Math.min(calls++, answers.length - 1)]
        if (next instanceof Error) throw next
        return next as { status: string }
      }
    })
    expect(result).toEqual({ outcome: 'expired', last: { status: 'IN_PROGRESS' }, elapsedMs: 2000 })
    expect(calls).toBe(2)
  })

  it('still throws other credential errors', async () => {
    const clock = new FakeClock()
    await expect(
      waitForJob({
        timeoutMs: 60_000,
        pollIntervalMs: 1000,
        allowPartial: false,
        now: clock.now,
        sleep: clock.sleep,
        getStatus: async () => {
          throw awsError(
            'UnrecognizedClientException',
            'The security token included in the request is invalid.'
          )
        }
      })
    ).rejects.toThrow('invalid')
  })
})

describe('the hand-on message', () => {
  const job = (jobId: string, status: string | undefined, waitedMs: number): FollowedJob => ({
    jobId,
    items: ['s3://b/a.vcf.gz'],
    outcome: 'expired',
    waitedMs,
    ...(status && { last: { status } })
  })

  it('is said once for every job, with the longest wait, the ids for wait/, and the remedies', () => {
    const lines = followFailureLines(
      [job('j1', 'IN_PROGRESS', 3_000_000), job('j2', undefined, 3_600_000)],
      { allowPartial: false, cancelOnTimeout: true },
      { region: 'us-east-1' }
    )
    expect(lines[0]).toBe(
      'The AWS credentials expired after 1h 0m of waiting: the service refused the status checks (expired token), so the step stopped following the jobs.'
    )
    expect(lines[1]).toBe(
      'The jobs keep running in HealthOmics (nothing was cancelled): j1 (last status IN_PROGRESS), j2 (last status unknown).'
    )
    expect(lines[2]).toContain('with job-ids: ["j1","j2"]')
    expect(lines[3]).toContain('role-duration-seconds')
    expect(lines).toHaveLength(4)
    expect(followOutputs([job('j1', 'IN_PROGRESS', 1)]).status).toBe('IN_PROGRESS')
  })

  it('says nothing when no job expired', () => {
    expect(expiredLines([])).toEqual([])
  })

  it('names the wait sub-action by the repository the runner ran the action from', () => {
    const expired = [{ jobId: 'j1', status: 'IN_PROGRESS', waitedMs: 1 }]
    const env = { GITHUB_ACTION_REPOSITORY: 'acme-genomics/healthomics-annotation-import-action' }
    expect(expiredLines(expired, env)[2]).toContain(
      'run the wait sub-action (acme-genomics/healthomics-annotation-import-action/wait) with job-ids: ["j1"]'
    )
    expect(waitActionName(env)).toBe('acme-genomics/healthomics-annotation-import-action/wait')
  })

  it("falls back to package.json's repository for a local action or an odd value", () => {
    expect(waitActionName({})).toBe(`${ACTION_REPOSITORY}/wait`)
    expect(waitActionName({ GITHUB_ACTION_REPOSITORY: '' })).toBe(`${ACTION_REPOSITORY}/wait`)
    for (const odd of ['owner', 'a/b/c', 'a/b\n::error::x', '-a/b', 'a/b c']) {
      expect(waitActionName({ GITHUB_ACTION_REPOSITORY: odd })).toBe(`${ACTION_REPOSITORY}/wait`)
    }
  })
})

describe('the warning before waiting', () => {
  const now = Date.parse('2026-01-01T12:00:00Z')

  it('warns when the credentials expire before wait-timeout, saying when', () => {
    const warning = expiryWarning(new Date('2026-01-01T12:50:00Z'), 3_600_000, '1h', now)
    expect(warning).toContain(
      'expire at 2026-01-01T12:50:00.000Z (in 50m 0s), before wait-timeout (1h) runs out'
    )
    expect(warning).toContain('role-duration-seconds')
    expect(expiryWarning(new Date('2026-01-01T11:00:00Z'), 60_000, '1m', now)).toContain(
      '1h 0m ago (they are already expired)'
    )
  })

  it('says nothing when they outlast the wait or their expiry is unknown', () => {
    expect(expiryWarning(new Date('2026-01-01T13:00:00Z'), 3_600_000, '1h', now)).toBeUndefined()
    expect(expiryWarning(undefined, 3_600_000, '1h', now)).toBeUndefined()
  })

  it('takes the input over the SDK, and the SDK when the input is not given', async () => {
    const given = new Date(now)
    const sdk = new Date(now + 1)
    expect(await credentialsExpiry(given, async () => ({ expiration: sdk }))).toBe(given)
    expect(await credentialsExpiry(undefined, async () => ({ expiration: sdk }))).toBe(sdk)
    expect(
      await credentialsExpiry(undefined, async () => {
        throw new Error('Could not load credentials from any providers')
      })
    ).toBeUndefined()
  })
})

describe('followJobs when the credentials expire', () => {
  it('stops every job (the others too), keeps their last status, and cancels none even with cancel-on-timeout', async () => {
    const client = omicsClient()
    const omics = mockClient(client)
    const A = '0123abcd-0123-4567-89ab-0123456789aa'
    const B = '0123abcd-0123-4567-89ab-0123456789bb'
    omics
      .on(GetAnnotationImportJobCommand, { jobId: A })
      .resolvesOnce({ status: 'IN_PROGRESS' })
      .rejects(awsError('ExpiredTokenException', 'The security token included in the request is expired'))
    omics.on(GetAnnotationImportJobCommand, { jobId: B }).resolves({ status: 'SUBMITTED' })
    const followed = await followJobs(
      client,
      [
        { jobId: A, items: ['s3://b/a.vcf'] },
        { jobId: B, items: ['s3://b/b.vcf'] }
      ],
      {
        waitTimeoutMs: 600_000,
        waitTimeoutText: '10m',
        pollIntervalMs: 1000,
        allowPartial: false,
        cancelOnTimeout: true
      },
      fakeDeps(client)
    )
    expect(followed.map(job => [job.jobId, job.outcome, job.last?.status])).toEqual([
      [A, 'expired', 'IN_PROGRESS'],
      [B, 'expired', 'SUBMITTED']
    ])
    expect(omics.commandCalls(CancelAnnotationImportJobCommand)).toHaveLength(0)
    // B stopped when A found the credentials expired, not at wait-timeout.
    expect(omics.commandCalls(GetAnnotationImportJobCommand, { jobId: B }).length).toBeLessThan(5)
  })
})
