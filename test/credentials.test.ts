// aws/credentials.ts, role-to-assume: GitHub's OIDC token, AssumeRoleWithWebIdentity, renewal before
// expiry, and the failures in words. Against the OIDC and STS stand-ins on 127.0.0.1 (test/emulator),
// with @actions/core recorded (the secrets it would mask) and a simulated clock for renewal.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { Readable } from 'node:stream'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { startOidcSts } from './emulator/oidc-sts.js'
import { FakeClock } from './helpers/fake-clock.js'
import { fakeCore } from './helpers/fake-core.js'
import { assumeRole, ASSUME_ROLE_ARN } from './helpers/fixtures.js'
import { StepError } from '../src/shared/errors.js'
import { secretForms } from '../src/shared/redact.js'

const core = fakeCore()
jest.unstable_mockModule('@actions/core', () => core.module)
const { githubIdToken, ID_TOKEN_PERMISSION, RENEW_BEFORE_MS, renewAt, roleCredentials } =
  await import('../src/aws/credentials.js')

let stand: Awaited<ReturnType<typeof startOidcSts>>
const handler = new NodeHttpHandler()
const saved = { ...process.env }
beforeAll(async () => {
  stand = await startOidcSts({ credentials: {} })
})
afterAll(async () => {
  handler.destroy()
  await stand.close()
})
beforeEach(() => {
  stand.reset()
  core.reset()
  process.env['AWS_ENDPOINT_URL_STS'] = stand.env.AWS_ENDPOINT_URL_STS
})
afterEach(() => {
  process.env = { ...saved }
})

/** A token service that answers `status` with `body`. */
const answering = (status: number, body: string): NodeHttpHandler =>
  ({
    handle: async () => ({
      response: { statusCode: status, headers: {}, body: Readable.from([Buffer.from(body)]) }
    })
  }) as unknown as NodeHttpHandler

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
    await expect(githubIdToken('sts.amazonaws.com', handler, {})).rejects.toThrow(ID_TOKEN_PERMISSION)
    await expect(
      githubIdToken('sts.amazonaws.com', handler, { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/' })
    ).rejects.toThrow(ID_TOKEN_PERMISSION)
  })

  it('asks the runner for a token for the audience, with its bearer, and masks the token', async () => {
    const token = await githubIdToken('sts.amazonaws.com', handler, stand.env)
    expect(token).toMatch(/^eyJ\.oidc-/)
    expect(stand.tokenCalls).toEqual([
      expect.objectContaining({
        audience: 'sts.amazonaws.com',
        authorization: `Bearer ${stand.requestToken}`
      })
    ])
    // The token is masked in every form a message could quote it in (raw first).
    expect(core.lines).toEqual(secretForms(token).map(form => `secret: ${form}`))
  })

  it('a refusal or an answer without a token is an error saying so', async () => {
    const env = { ...stand.env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' }
    await expect(githubIdToken('sts.amazonaws.com', handler, env)).rejects.toThrow(
      "the runner's token service answered HTTP 401"
    )
    for (const body of ['{}', '{"value":""}', '{"value":7}'])
      await expect(githubIdToken('a', answering(200, body), stand.env)).rejects.toThrow(
        "the runner's token service sent no token"
      )
    expect(core.lines).toEqual([])
  })
})

describe('roleCredentials', () => {
  const options = (clock: FakeClock, getIdToken?: (audience: string) => Promise<string>) => ({
    region: 'us-east-1',
    requestHandler: handler,
    requestTimeoutMs: 5_000,
    now: clock.now,
    ...(getIdToken && { getIdToken })
  })
  const clockNow = (): FakeClock => Object.assign(new FakeClock(), { t: Date.now() })
  const runnerToken = (audience: string) => githubIdToken(audience, handler, stand.env)

  it('assumes the role with a fresh token, masks every secret, and shares one call between callers', async () => {
    const provider = roleCredentials(
      { ...assumeRole, roleSessionName: 'run-42' },
      options(clockNow(), runnerToken)
    )
    const [first, second] = await Promise.all([provider(), provider()])
    expect(second).toBe(first)
    expect(stand.stsCalls).toHaveLength(1)
    expect(stand.stsCalls[0]?.params).toMatchObject({
      Action: 'AssumeRoleWithWebIdentity',
      RoleArn: ASSUME_ROLE_ARN,
      RoleSessionName: 'run-42'
    })
    expect(first?.accessKeyId).toMatch(/^ASIA/)
    expect(core.lines).toEqual(
      expect.arrayContaining([
        `secret: ${first?.secretAccessKey}`,
        `secret: ${first?.sessionToken}`,
        `info: Credentials: assumed ${ASSUME_ROLE_ARN} with GitHub's OIDC token until ${first?.expiration?.toISOString()}`
      ])
    )
  })

  it('keeps the credentials until their renewal time, then assumes the role again', async () => {
    const clock = clockNow()
    const provider = roleCredentials(assumeRole, options(clock, runnerToken))
    const first = await provider()
    // The stand-in issues credentials for 3 s: renewed at half their life.
    clock.t += 1_400
    expect(await provider()).toBe(first)
    expect(stand.stsCalls).toHaveLength(1)
    clock.t += 200
    const renewed = await provider()
    expect(renewed.accessKeyId).not.toBe(first.accessKeyId)
    expect(stand.stsCalls).toHaveLength(2)
    expect(stand.tokenCalls).toHaveLength(2)
  })

  it('a token that cannot be had: the permission as it is, anything else with the audience', async () => {
    const clock = clockNow()
    await expect(
      roleCredentials(
        assumeRole,
        options(clock, () => Promise.reject(new Error(ID_TOKEN_PERMISSION)))
      )()
    ).rejects.toEqual(new StepError(ID_TOKEN_PERMISSION))
    await expect(
      roleCredentials(
        assumeRole,
        options(clock, () => Promise.reject(new Error('boom')))
      )()
    ).rejects.toThrow(
      "role-to-assume: could not get GitHub's OIDC token (audience sts.amazonaws.com): Error: boom"
    )
    const never = roleCredentials(assumeRole, {
      ...options(clock, () => new Promise<string>(() => undefined)),
      requestTimeoutMs: 20
    })
    await expect(never()).rejects.toThrow('Error: GitHub OIDC token: no answer within 0.02s')
    expect(stand.stsCalls).toHaveLength(0)
  })

  it('a role STS refuses: the trust policy to check, and nothing is kept', async () => {
    const provider = roleCredentials(
      assumeRole,
      options(clockNow(), async () => 'eyJ.not-issued.sig')
    )
    const error = await provider().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StepError)
    expect((error as Error).message).toBe(
      `role-to-assume: AssumeRoleWithWebIdentity on ${ASSUME_ROLE_ARN} failed: InvalidIdentityTokenException: No OpenIDConnect provider found. ` +
        "The role's trust policy must allow token.actions.githubusercontent.com (audience sts.amazonaws.com) for this repository."
    )
    expect(core.lines).toEqual(secretForms('eyJ.not-issued.sig').map(form => `secret: ${form}`))
    await expect(provider()).rejects.toBeInstanceOf(StepError)
    expect(stand.stsCalls).toHaveLength(2)
  })

  it('by default asks the runner through the STS handler', async () => {
    Object.assign(process.env, stand.env)
    const credentials = await roleCredentials(assumeRole, { ...options(clockNow()) })()
    expect(credentials.accessKeyId).toMatch(/^ASIA/)
    expect(stand.tokenCalls).toHaveLength(1)
  })
})
