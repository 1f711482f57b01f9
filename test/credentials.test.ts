import { describe, expect, it } from '@jest/globals'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { githubIdToken, ID_TOKEN_PERMISSION, RENEW_BEFORE_MS, renewAt } from '../src/aws/credentials.js'
import { readWaitInputs } from '../src/inputs/inputs.js'
import { InputError } from '../src/shared/errors.js'

describe('renewAt', () => {
  it('renews hour-long credentials five minutes before they expire', () => {
    expect(renewAt(0, new Date(3_600_000))).toBe(3_600_000 - RENEW_BEFORE_MS)
  })
  it('renews short-lived ones at half their life, and never credentials without an expiry', () => {
    expect(renewAt(1000, new Date(3000))).toBe(2000)
    expect(renewAt(5000, new Date(3000))).toBe(3000)
    expect(renewAt(0, undefined)).toBe(Infinity)
  })
})

describe('githubIdToken', () => {
  it('names the permission when the runner gives no token service', async () => {
    await expect(githubIdToken('sts.amazonaws.com', new NodeHttpHandler(), {})).rejects.toThrow(
      ID_TOKEN_PERMISSION
    )
  })
})

describe('role-to-assume inputs', () => {
  const oidcEnv = {
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/?api-version=2.0',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
    AWS_REGION: 'us-east-1'
  }
  const get =
    (values: Record<string, string>) =>
    (name: string): string =>
      values[name] ?? ''
  const problems = (values: Record<string, string>, env: Record<string, string>): string[] => {
    try {
      readWaitInputs(get({ 'job-id': '0123abcd-0123-4567-89ab-0123456789ab', ...values }), env)
      return []
    } catch (error) {
      return (error as InputError).problems.map(p => `${p.input}: ${p.message}`)
    }
  }

  it('takes the role with the default session name and audience', () => {
    const inputs = readWaitInputs(
      get({
        'job-id': '0123abcd-0123-4567-89ab-0123456789ab',
        'role-to-assume': 'arn:aws:iam::123456789012:role/import'
      }),
      oidcEnv
    )
    expect(inputs.assumeRole).toEqual({
      roleToAssume: 'arn:aws:iam::123456789012:role/import',
      roleSessionName: 'healthomics-annotation-import',
      audience: 'sts.amazonaws.com'
    })
    expect(
      readWaitInputs(get({ 'job-id': '0123abcd-0123-4567-89ab-0123456789ab' }), oidcEnv).assumeRole
    ).toBeUndefined()
  })

  it('reports a wrong ARN, a wrong session name and a missing id-token permission together', () => {
    expect(
      problems(
        { 'role-to-assume': 'my-role', 'role-session-name': 'has spaces' },
        { AWS_REGION: 'us-east-1' }
      )
    ).toEqual([
      'role-to-assume: expected an IAM role ARN such as arn:aws:iam::123456789012:role/annotation-import, got "my-role"',
      'role-session-name: expected 2 to 64 letters, digits or +=,.@_- characters, got "has spaces"',
      'role-to-assume: needs a GitHub OIDC token, and the runner gave none: add permissions: id-token: write to the job (or the workflow)'
    ])
  })
})
