// What both actions read to reach the service and to wait: region, endpoint, proxy, retries, timeouts,
// role-to-assume (with the runner's OIDC token), and the wait settings.
import { describe, expect, it } from '@jest/globals'
import { readConnection, readWaitSettings } from '../src/inputs/connection.js'
import { type Env, Reader } from '../src/inputs/input-reader.js'
import { readWaitInputs } from '../src/inputs/inputs.js'
import { type InputError } from '../src/shared/errors.js'
import { ASSUME_ROLE_ARN } from './helpers/fixtures.js'

const REGION_ENV = { AWS_REGION: 'us-east-1' }
const OIDC = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't'
}

function reader(values: Record<string, string>, env: Env): Reader {
  return new Reader(name => values[name] ?? '', env)
}
const said = (r: Reader): string[] => r.problems.map(p => `${p.input}: ${p.message}`)

/** readConnection as the actions call it: the same environment for the reader and the checks. */
function connection(values: Record<string, string>, env: Env = REGION_ENV) {
  const r = reader(values, env)
  const inputs = readConnection(r, env)
  return { inputs, problems: said(r) }
}

const MUST_BE_HTTPS =
  'must be https:// (plain http:// only to loopback: 127.0.0.1, ::1, localhost), as signed requests carry the access key id and session token'
const ONLY_HTTP_PROXIES =
  'the action supports HTTP(S) proxies only (no PAC script, SOCKS or FTP); unset it, or give the http-proxy input'
const NOT_A_PROXY = 'expected an http:// or https:// URL such as http://proxy.example.com:3128'
const NO_OIDC =
  'role-to-assume: needs a GitHub OIDC token, and the runner gave none: add permissions: id-token: write to the job (or the workflow)'

describe('readConnection', () => {
  it('applies the documented defaults, and leaves out what is not given', () => {
    const { inputs, problems } = connection({})
    expect(problems).toEqual([])
    expect(inputs).toStrictEqual({ region: 'us-east-1', maxAttempts: 5, requestTimeoutMs: 30_000 })
  })

  it('reads every input given', () => {
    const { inputs, problems } = connection(
      {
        region: 'eu-west-2',
        'endpoint-url': ' http://127.0.0.1:4566 ',
        'http-proxy': 'http://user:p@ss@proxy:3128',
        'max-attempts': '20',
        'request-timeout': '2m',
        'role-to-assume': ASSUME_ROLE_ARN,
        'role-session-name': 'nightly-import',
        audience: 'sigstore'
      },
      { ...REGION_ENV, ...OIDC }
    )
    expect(problems).toEqual([])
    expect(inputs).toStrictEqual({
      assumeRole: { roleToAssume: ASSUME_ROLE_ARN, roleSessionName: 'nightly-import', audience: 'sigstore' },
      region: 'eu-west-2',
      maxAttempts: 20,
      requestTimeoutMs: 120_000,
      endpointUrl: 'http://127.0.0.1:4566',
      httpProxy: 'http://user:p@ss@proxy:3128'
    })
  })

  it.each([
    ['0', undefined],
    ['1', 1],
    ['2', 2],
    ['19', 19],
    ['20', 20],
    ['21', undefined]
  ])('max-attempts %s: from 1 to 20', (given, n) => {
    const { inputs, problems } = connection({ 'max-attempts': given })
    expect(inputs.maxAttempts).toBe(n ?? 5)
    expect(problems).toEqual(
      n === undefined ? [`max-attempts: expected a whole number from 1 to 20, got "${given}"`] : []
    )
  })

  it.each([
    ['0.999', undefined],
    ['1', 1_000],
    ['1s', 1_000],
    ['15m', 900_000],
    ['900', 900_000],
    ['900.001', undefined],
    ['1h', undefined]
  ])('request-timeout %s: from 1s to 15m', (given, ms) => {
    const { inputs, problems } = connection({ 'request-timeout': given })
    expect(inputs.requestTimeoutMs).toBe(ms ?? 30_000)
    expect(problems).toEqual(
      ms === undefined
        ? [
            `request-timeout: expected a duration from 1s to 15m: seconds (30) or with units (30s, 2m), got "${given}"`
          ]
        : []
    )
  })

  it('names a wrong endpoint-url and http-proxy, with the examples', () => {
    expect(
      connection({ 'endpoint-url': 'localhost:4566', 'http-proxy': 'socks5://proxy:1080' }).problems
    ).toEqual([
      'endpoint-url: expected an http:// or https:// URL such as https://analytics-omics.us-east-1.amazonaws.com, got "localhost:4566"',
      `http-proxy: ${NOT_A_PROXY}, got "socks5://proxy:1080"`
    ])
    expect(connection({ 'endpoint-url': 'http://omics.example' }).problems).toEqual([
      `endpoint-url: ${MUST_BE_HTTPS}; got "http://omics.example"`
    ])
  })

  it.each(['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_OMICS', 'AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL_STS'])(
    'checks %s as endpoint-url is, named as an environment variable',
    name => {
      expect(connection({}, { ...REGION_ENV, [name]: '  http://s3.example \n' }).problems).toEqual([
        `${name} (environment): ${MUST_BE_HTTPS}; got "http://s3.example"`
      ])
      for (const fine of ['http://127.0.0.1:4566', 'https://s3.example', '', '   '])
        expect(connection({}, { ...REGION_ENV, [name]: fine }).problems).toEqual([])
    }
  )

  it.each(['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY'])(
    'checks %s as http-proxy is, saying that only HTTP(S) proxies are supported',
    name => {
      expect(connection({}, { ...REGION_ENV, [name]: 'socks5://proxy:1080' }).problems).toEqual([
        `${name} (environment): ${NOT_A_PROXY}, got "socks5://proxy:1080": ${ONLY_HTTP_PROXIES}`
      ])
      for (const fine of ['http://proxy:3128', 'https://proxy:3128', 'proxy.corp:3128'])
        expect(connection({}, { ...REGION_ENV, [name]: fine }).problems).toEqual([])
    }
  )

  it('the http-proxy input replaces the proxy variables, not the endpoint variables', () => {
    const env = {
      ...REGION_ENV,
      HTTPS_PROXY: 'socks5://proxy:1080',
      all_proxy: 'pac+http://wpad/p.pac',
      AWS_ENDPOINT_URL_S3: 'http://s3.example'
    }
    expect(connection({ 'http-proxy': 'http://proxy:3128' }, env).problems).toEqual([
      `AWS_ENDPOINT_URL_S3 (environment): ${MUST_BE_HTTPS}; got "http://s3.example"`
    ])
    expect(connection({}, env).problems).toEqual([
      `AWS_ENDPOINT_URL_S3 (environment): ${MUST_BE_HTTPS}; got "http://s3.example"`,
      `HTTPS_PROXY (environment): ${NOT_A_PROXY}, got "socks5://proxy:1080": ${ONLY_HTTP_PROXIES}`,
      `all_proxy (environment): ${NOT_A_PROXY}, got "pac+http://wpad/p.pac": ${ONLY_HTTP_PROXIES}`
    ])
  })

  it('reports every problem together, inputs and environment, in one pass', () => {
    const { problems } = connection(
      {
        'endpoint-url': 'ftp://x',
        'http-proxy': 'socks5://p',
        'role-to-assume': 'my-role',
        'max-attempts': 'many',
        'request-timeout': 'forever'
      },
      { AWS_ENDPOINT_URL: 'http://e.example', AWS_REGION: 'Mars' }
    )
    expect(problems.map(p => p.slice(0, p.indexOf(':')))).toEqual([
      'endpoint-url',
      'http-proxy',
      'AWS_ENDPOINT_URL (environment)',
      'role-to-assume',
      'role-to-assume',
      'region',
      'max-attempts',
      'request-timeout'
    ])
  })
})

describe('role-to-assume', () => {
  const ARN = 'expected an IAM role ARN such as arn:aws:iam::123456789012:role/annotation-import'
  const SESSION = 'expected 2 to 64 letters, digits or +=,.@_- characters'
  const withRole = (values: Record<string, string>, env: Env = { ...REGION_ENV, ...OIDC }) =>
    connection({ 'role-to-assume': ASSUME_ROLE_ARN, ...values }, env)

  it('takes the role with the default session name and audience', () => {
    const { inputs, problems } = withRole({})
    expect(problems).toEqual([])
    expect(inputs.assumeRole).toStrictEqual({
      roleToAssume: ASSUME_ROLE_ARN,
      roleSessionName: 'healthomics-annotation-import',
      audience: 'sts.amazonaws.com'
    })
  })

  it('without role-to-assume, the session name and audience are not read, nor the token needed', () => {
    const { inputs, problems } = connection({ 'role-session-name': 'x', audience: 'a' }, REGION_ENV)
    expect(problems).toEqual([])
    expect('assumeRole' in inputs).toBe(false)
  })

  it.each([
    ASSUME_ROLE_ARN,
    'arn:aws-cn:iam::123456789012:role/import',
    'arn:aws-us-gov:iam::123456789012:role/path/to/import',
    'arn:aws:iam::123456789012:role/a+=,.@_-b'
  ])('takes the role %s', arn => {
    const { inputs, problems } = withRole({ 'role-to-assume': arn })
    expect(problems).toEqual([])
    expect(inputs.assumeRole?.roleToAssume).toBe(arn)
  })

  it.each([
    'my-role',
    `x${ASSUME_ROLE_ARN}`,
    `${ASSUME_ROLE_ARN} x`,
    `${ASSUME_ROLE_ARN}!`,
    'arn:aws:iam::12345678901:role/import',
    'arn:aws:iam::1234567890123:role/import',
    'arn:aws:iam::123456789012:user/import',
    'arn:aws:iam::123456789012:role/',
    'arn:aws:sts::123456789012:role/import',
    'arn:AWS:iam::123456789012:role/import'
  ])('refuses the role %s, showing it', arn => {
    expect(withRole({ 'role-to-assume': arn }).problems).toEqual([`role-to-assume: ${ARN}, got "${arn}"`])
  })

  it.each(['ab', 'a+=,.@_-z', 'Build_42', 'x'.repeat(63), 'x'.repeat(64)])(
    'takes the session name %s',
    name => {
      const { inputs, problems } = withRole({ 'role-session-name': ` ${name} ` })
      expect(problems).toEqual([])
      expect(inputs.assumeRole?.roleSessionName).toBe(name)
    }
  )

  it.each(['a', 'x'.repeat(65), 'has spaces', '!ab', 'ab!', 'a/b', 'a:b', 'ünï'])(
    'refuses the session name %s, showing it',
    name => {
      expect(withRole({ 'role-session-name': name }).problems).toEqual([
        `role-session-name: ${SESSION}, got "${name}"`
      ])
    }
  )

  it.each([
    ['only the token URL', { ACTIONS_ID_TOKEN_REQUEST_URL: OIDC.ACTIONS_ID_TOKEN_REQUEST_URL }],
    ['only the token', { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }],
    ['both empty', { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }],
    ['neither', {}]
  ])('needs the OIDC token: %s is a problem saying the permission to add', (_, oidc) => {
    expect(withRole({}, { ...REGION_ENV, ...oidc }).problems).toEqual([NO_OIDC])
  })
})

// Moved from test/inputs.test.ts (they read through readWaitInputs, as the wait sub-action does).
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
        'role-to-assume': ASSUME_ROLE_ARN
      }),
      oidcEnv
    )
    expect(inputs.assumeRole).toEqual({
      roleToAssume: ASSUME_ROLE_ARN,
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

describe('readWaitSettings', () => {
  const EXPIRE =
    "must be an ISO 8601 time such as 2026-01-31T14:00:00Z (configure-aws-credentials' aws-expiration output)"
  function settings(values: Record<string, string>) {
    const r = reader(values, {})
    const read = readWaitSettings(r)
    return { settings: read, problems: said(r) }
  }

  it('applies the documented defaults, and leaves out credentials-expire-at', () => {
    expect(settings({})).toStrictEqual({
      settings: {
        waitTimeoutMs: 3_600_000,
        waitTimeoutText: '1h',
        pollIntervalMs: 30_000,
        allowPartial: false,
        cancelOnTimeout: false
      },
      problems: []
    })
  })

  it('reads every input given, keeping wait-timeout as given for messages', () => {
    expect(
      settings({
        'wait-timeout': ' 2h30m ',
        'poll-interval': '0.5',
        'allow-partial': 'true',
        'cancel-on-timeout': 'True',
        'credentials-expire-at': '2026-01-31T14:00:00Z'
      })
    ).toStrictEqual({
      settings: {
        credentialsExpireAt: new Date(Date.UTC(2026, 0, 31, 14)),
        waitTimeoutMs: 9_000_000,
        waitTimeoutText: '2h30m',
        pollIntervalMs: 500,
        allowPartial: true,
        cancelOnTimeout: true
      },
      problems: []
    })
  })

  it.each([
    ['0.09', undefined],
    ['0.1', 100],
    ['0.2', 200],
    ['3599', 3_599_000],
    ['3600', 3_600_000],
    ['3600.1', undefined]
  ])('poll-interval %s: from 0.1 to 3600 seconds', (given, ms) => {
    const read = settings({ 'poll-interval': given })
    expect(read.settings.pollIntervalMs).toBe(ms ?? 30_000)
    expect(read.problems).toEqual(
      ms === undefined
        ? [`poll-interval: expected a number of seconds from 0.1 to 3600 (decimals allowed), got "${given}"`]
        : []
    )
  })

  it('names each wrong setting, all together', () => {
    expect(
      settings({
        'wait-timeout': 'soon',
        'poll-interval': 'often',
        'allow-partial': 'yes',
        'cancel-on-timeout': 'no',
        'credentials-expire-at': 'tomorrow'
      }).problems
    ).toEqual([
      `credentials-expire-at: ${EXPIRE}, got "tomorrow"`,
      'wait-timeout: expected a positive duration: seconds (900, 0.5) or with units (90s, 45m, 2h, 1h30m), got "soon"',
      'poll-interval: expected a number of seconds from 0.1 to 3600 (decimals allowed), got "often"',
      'allow-partial: expected true or false (YAML 1.2: true, True, TRUE, false, False, FALSE), got "yes"',
      'cancel-on-timeout: expected true or false (YAML 1.2: true, True, TRUE, false, False, FALSE), got "no"'
    ])
  })

  it.each([
    ['2026-01-31T14:00:00Z', Date.UTC(2026, 0, 31, 14)],
    ['2026-01-31T14:00:00.000+02:00', Date.UTC(2026, 0, 31, 12)],
    [' 2026-12-01T00:00:00Z ', Date.UTC(2026, 11, 1)],
    ['2028-02-29T12:00:00Z', Date.UTC(2028, 1, 29, 12)],
    ['2026-12-31T23:00:00-05:00', Date.UTC(2027, 0, 1, 4)]
  ])('credentials-expire-at %s is read as that time', (given, at) => {
    const read = settings({ 'credentials-expire-at': given })
    expect(read.problems).toEqual([])
    expect(read.settings.credentialsExpireAt?.getTime()).toBe(at)
  })

  it.each([
    'tomorrow',
    '2026-01-31',
    '2026-01-31 14:00:00',
    'Jan 31 2026 14:00:00 GMT',
    '+002026-01-31T14:00:00Z',
    'x2026-01-31T14:00:00Z',
    '26-01-31T14:00:00Z',
    '2026-1-31T14:00:00Z',
    '2026-01-3T14:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-31T25:00:00Z',
    // Days that are not on the calendar (Date would roll them into the next month).
    '2026-02-30T00:00:00Z',
    '2026-02-29T12:00:00Z',
    '2026-04-31T12:00:00+02:00',
    '2026-00-10T12:00:00Z',
    '2026-01-00T12:00:00Z'
  ])('credentials-expire-at %s is refused, and left out', given => {
    const read = settings({ 'credentials-expire-at': given })
    expect(read.problems).toEqual([`credentials-expire-at: ${EXPIRE}, got "${given}"`])
    expect('credentialsExpireAt' in read.settings).toBe(false)
  })
})
