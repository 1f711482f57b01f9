import { describe, expect, it } from '@jest/globals'
import {
  noEffectWarnings,
  parseDuration,
  parseItems,
  parseJobIds,
  readStartInputs as readWithLoader,
  readWaitInputs
} from '../src/inputs/inputs.js'

const readStartInputs = (get: (name: string) => string, env: Record<string, string>) =>
  readWithLoader(get, env, () => import('yaml'))
import { InputError } from '../src/shared/errors.js'
import { ASSUME_ROLE_ARN } from './helpers/fixtures.js'

const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''
const required = {
  'destination-name': 'my_store',
  items: 's3://bucket/a.vcf',
  'role-arn': 'arn:aws:iam::123456789012:role/r'
}
const env = { AWS_REGION: 'us-east-1' }

async function problemsOf(
  values: Record<string, string>,
  environment: Record<string, string> = env
): Promise<string[]> {
  const { problems } = await readStartInputs(reader({ ...required, ...values }), environment)
  return problems.map(p => `${p.input}: ${p.message}`)
}

describe('readStartInputs', () => {
  it('applies the documented defaults', async () => {
    const { inputs, problems } = await readStartInputs(reader(required), env)
    expect(problems).toEqual([])
    expect(inputs).toEqual({
      destinationName: 'my_store',
      items: [{ line: 1, uri: 's3://bucket/a.vcf', where: 'line 1' }],
      roleArn: 'arn:aws:iam::123456789012:role/r',
      createVersion: false,
      region: 'us-east-1',
      maxAttempts: 5,
      requestTimeoutMs: 30_000,
      waitTimeoutMs: 3_600_000,
      waitTimeoutText: '1h',
      pollIntervalMs: 30_000,
      allowPartial: false,
      cancelOnTimeout: false,
      dryRun: 'off',
      wait: false,
      oneJobPerItem: false,
      maxConcurrency: 5,
      skipImported: false,
      reimportChanged: true,
      maxHistory: 20_000,
      historyCache: true,
      preflight: true,
      checkFiles: true,
      ifNoFilesFound: 'error',
      badFiles: 'fail'
    })
  })

  it('names each missing required input', async () => {
    const { problems } = await readStartInputs(reader({}), env)
    expect(problems.map(p => p.input)).toEqual(['destination-name', 'items', 'role-arn'])
    expect(problems[1]?.message).toContain('S3 URIs of the files to import, one per line or a JSON array')
  })

  it.each(['true', 'True', 'TRUE'])('reads %s as true', async word => {
    const { inputs } = await readStartInputs(
      reader({ ...required, wait: word, 'run-left-normalization': word }),
      env
    )
    expect([inputs.wait, inputs.runLeftNormalization]).toEqual([true, true])
  })

  it.each(['false', 'False', 'FALSE'])('reads %s as false', async word => {
    const { inputs } = await readStartInputs(
      reader({ ...required, preflight: word, 'run-left-normalization': word }),
      env
    )
    expect([inputs.preflight, inputs.runLeftNormalization]).toEqual([false, false])
  })

  it('history-cache is a boolean like the others: false turns it off, a typo is named', async () => {
    const { inputs } = await readStartInputs(reader({ ...required, 'history-cache': 'false' }), env)
    expect(inputs.historyCache).toBe(false)
    expect(await problemsOf({ 'history-cache': 'off' })).toEqual([
      'history-cache: expected true or false (YAML 1.2: true, True, TRUE, false, False, FALSE), got "off"'
    ])
  })

  it.each(['yes', 'on', '1', 'tRue'])('rejects %s as a boolean, naming the input', async word => {
    expect(await problemsOf({ wait: word })).toEqual([
      `wait: expected true or false (YAML 1.2: true, True, TRUE, false, False, FALSE), got "${word}"`
    ])
    expect(await problemsOf({ 'dry-run': word })).toEqual([
      `dry-run: expected true, false or offline, got "${word}"`
    ])
  })

  it.each([
    ['true', 'plan'],
    ['false', 'off'],
    ['offline', 'offline'],
    ['Offline', 'offline']
  ])('reads dry-run: %s as %s', async (word, dryRun) => {
    const { inputs, problems } = await readStartInputs(reader({ ...required, 'dry-run': word }), env)
    expect(problems).toEqual([])
    expect(inputs.dryRun).toBe(dryRun)
  })

  it('leaves run-left-normalization out when empty', async () => {
    const { inputs } = await readStartInputs(reader(required), env)
    expect('runLeftNormalization' in inputs).toBe(false)
  })

  it.each([
    ['max-attempts', '0', 'expected a whole number from 1 to 20, got "0"'],
    ['max-attempts', '21', 'expected a whole number from 1 to 20, got "21"'],
    ['max-attempts', '2.5', 'expected a whole number from 1 to 20, got "2.5"'],
    ['max-concurrency', '51', 'expected a whole number from 1 to 50, got "51"'],
    ['poll-interval', '0.05', 'expected a number of seconds from 0.1 to 3600 (decimals allowed), got "0.05"'],
    ['poll-interval', 'fast', 'expected a number of seconds from 0.1 to 3600 (decimals allowed), got "fast"'],
    ['wait-timeout', '0', 'expected a positive duration'],
    ['wait-timeout', '-5m', 'expected a positive duration'],
    ['wait-timeout', '5 minutes', 'expected a positive duration'],
    ['endpoint-url', 'localhost:4566', 'expected an http:// or https:// URL'],
    ['http-proxy', 'socks5://proxy:1080', 'expected an http:// or https:// URL']
  ])('rejects %s = %s', async (input, value, message) => {
    const problems = await problemsOf({ [input]: value })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(`${input}: ${message}`)
  })

  it('never echoes a password in a proxy URL', async () => {
    expect(await problemsOf({ 'http-proxy': 'socks5://alice:s3cret@proxy:1080' })).toEqual([
      'http-proxy: expected an http:// or https:// URL such as http://proxy.example.com:3128, got "socks5://***@proxy:1080"'
    ])
  })

  it('accepts the boundaries', async () => {
    const { inputs, problems } = await readStartInputs(
      reader({
        ...required,
        'max-attempts': '20',
        'max-concurrency': '1',
        'poll-interval': '0.1',
        'wait-timeout': '0.5'
      }),
      env
    )
    expect(problems).toEqual([])
    expect([inputs.maxAttempts, inputs.maxConcurrency, inputs.pollIntervalMs, inputs.waitTimeoutMs]).toEqual([
      20, 1, 100, 500
    ])
  })

  it('takes region from the input, then AWS_REGION, then AWS_DEFAULT_REGION', async () => {
    const read = async (values: Record<string, string>, e: Record<string, string>): Promise<string> =>
      (await readStartInputs(reader({ ...required, ...values }), e)).inputs.region
    expect(await read({ region: 'eu-west-2' }, { AWS_REGION: 'us-east-1' })).toBe('eu-west-2')
    expect(await read({}, { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'eu-west-1' })).toBe('us-west-2')
    expect(await read({}, { AWS_DEFAULT_REGION: 'eu-west-1' })).toBe('eu-west-1')
    expect(await problemsOf({}, {})).toEqual([
      expect.stringContaining(
        'region: no AWS region: set the region input, or AWS_REGION / AWS_DEFAULT_REGION'
      )
    ])
    expect(await problemsOf({ region: 'US East' }, {})).toEqual([
      'region: expected an AWS region such as us-east-1, got "US East"'
    ])
  })

  it('parses format-options and annotation-fields as YAML or JSON', async () => {
    const yaml = await readStartInputs(
      reader({
        ...required,
        'format-options': 'tsvOptions:\n  readOptions:\n    sep: "\\t"\n    header: true',
        'annotation-fields': 'VEP: CSQ'
      }),
      env
    )
    const json = await readStartInputs(
      reader({
        ...required,
        'format-options': '{"tsvOptions": {"readOptions": {"sep": "\\t", "header": true}}}',
        'annotation-fields': '{"VEP": "CSQ"}'
      }),
      env
    )
    expect(yaml.inputs.formatOptions).toEqual({ tsvOptions: { readOptions: { sep: '\t', header: true } } })
    expect(json.inputs.formatOptions).toEqual(yaml.inputs.formatOptions)
    expect(json.inputs.annotationFields).toEqual({ VEP: 'CSQ' })
  })

  it('reports malformed YAML and JSON with line and column', async () => {
    expect(
      await problemsOf({ 'format-options': 'vcfOptions:\n  ignoreQualField: true\n ignoreFilterField: [' })
    ).toEqual([expect.stringMatching(/^format-options: is not valid YAML or JSON at line \d+, column \d+: /)])
    expect(await problemsOf({ 'annotation-fields': '{"VEP": "CSQ"' })).toEqual([
      expect.stringMatching(/^annotation-fields: is not valid YAML or JSON at line 1, column \d+/)
    ])
    expect(await problemsOf({ 'annotation-fields': 'a: 1\na: 2' })).toEqual([
      expect.stringMatching(
        /annotation-fields: is not valid YAML or JSON at line 2, column 1: Map keys must be unique/
      )
    ])
  })

  it.each([
    ['warn', 'skip'],
    ['ignore', 'fail'],
    ['error', 'skip'],
    ['Warn', 'SKIP']
  ])('reads if-no-files-found: %s and bad-files: %s', async (noFiles, bad) => {
    const { inputs, problems } = await readStartInputs(
      reader({ ...required, 'if-no-files-found': noFiles, 'bad-files': bad }),
      env
    )
    expect(problems).toEqual([])
    expect([inputs.ifNoFilesFound, inputs.badFiles]).toEqual([noFiles.toLowerCase(), bad.toLowerCase()])
  })

  it('rejects other words for if-no-files-found and bad-files, both at once, saying what is expected', async () => {
    expect(await problemsOf({ 'if-no-files-found': 'fail', 'bad-files': 'warn' })).toEqual([
      'if-no-files-found: expected error, warn or ignore, got "fail"',
      'bad-files: expected fail or skip, got "warn"'
    ])
    expect(await problemsOf({ 'bad-files': 'true' })).toEqual([
      'bad-files: expected fail or skip, got "true"'
    ])
  })

  it('warns that bad-files: skip has no effect without the file checks, naming the input that turns them off', async () => {
    const warned = async (values: Record<string, string>): Promise<string[]> =>
      noEffectWarnings((await readStartInputs(reader({ ...required, ...values }), env)).inputs)
    expect(await warned({ 'bad-files': 'skip' })).toEqual([])
    expect(await warned({ 'bad-files': 'skip', 'check-files': 'false' })).toEqual([
      'bad-files: skip has no effect without the file checks (check-files: false).'
    ])
    expect(await warned({ 'bad-files': 'skip', preflight: 'false' })).toEqual([
      'bad-files: skip has no effect without the file checks (preflight: false).'
    ])
    expect(await warned({ 'check-files': 'false' })).toEqual([])
  })

  it('collects every problem instead of stopping at the first', async () => {
    expect(await problemsOf({ wait: 'maybe', 'max-attempts': 'x', 'wait-timeout': 'soon' })).toHaveLength(3)
  })
})

describe('parseItems', () => {
  it('drops blanks and comments, trims, keeps line numbers', () => {
    expect(parseItems('\n  s3://b-1/a.vcf  \n# old\n\r\ns3://b-1/b.vcf\r\n')).toEqual([
      { line: 2, uri: 's3://b-1/a.vcf', where: 'line 2' },
      { line: 5, uri: 's3://b-1/b.vcf', where: 'line 5' }
    ])
  })

  it("takes a JSON array of URIs, the format of the action's own items and skipped outputs", () => {
    expect(parseItems(' ["s3://b-1/a.vcf", "s3://b-1/b.vcf"]\n')).toEqual([
      { line: 1, uri: 's3://b-1/a.vcf', where: 'entry 1' },
      { line: 2, uri: 's3://b-1/b.vcf', where: 'entry 2' }
    ])
  })

  it('rejects a line holding two URIs, and a JSON array of something else', () => {
    const problems: { input: string; message: string }[] = []
    parseItems('s3://b-1/a.vcf, s3://b-1/b.vcf\ns3://b-1/c.vcf s3://b-1/d.vcf', problems)
    expect(problems.map(p => p.message)).toEqual([
      'line 1: one URI per line, found 2 in "s3://b-1/a.vcf, s3://b-1/b.vcf" (put each on its own line, or give a JSON array)',
      'line 2: one URI per line, found 2 in "s3://b-1/c.vcf s3://b-1/d.vcf" (put each on its own line, or give a JSON array)'
    ])
    problems.length = 0
    parseItems('["s3://b-1/a.vcf", 7]', problems)
    expect(problems.map(p => p.message)).toEqual(['entry 2: expected an s3:// URI string, got 7 (number)'])
    problems.length = 0
    parseItems('[s3://b-1/a.vcf]', problems)
    expect(problems[0]?.message).toMatch(/^starts with \[ but is not a JSON array of URIs/)
  })
})

describe('parseJobIds', () => {
  const a = '0123abcd-0123-4567-89ab-0123456789ab'
  const b = '0123abcd-0123-4567-89ab-0123456789ac'
  it('takes one id, one per line, or a JSON array (the job-ids output)', () => {
    expect(parseJobIds('job-id', a, [])).toEqual([a])
    expect(parseJobIds('job-id', `${a}\n\n ${b}\n`, [])).toEqual([a, b])
    expect(parseJobIds('job-ids', JSON.stringify([a, b]), [])).toEqual([a, b])
  })
  it('names each value that is not a job id', () => {
    const problems: { input: string; message: string }[] = []
    parseJobIds('job-ids', JSON.stringify([a, 'nope']), problems)
    expect(problems).toEqual([
      { input: 'job-ids', message: 'expected a job id like 0123abcd-0123-4567-89ab-0123456789ab, got "nope"' }
    ])
  })
})

describe('parseDuration', () => {
  it.each([
    ['900', 900_000],
    ['0.5', 500],
    ['90s', 90_000],
    ['45m', 2_700_000],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['1.5h', 5_400_000]
  ])('%s -> %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it.each(['', '0', '0s', 'h', '1d', '-1', '1m1h', 'abc'])('rejects %j', text =>
    expect(parseDuration(text)).toBeUndefined()
  )
})

describe('readWaitInputs', () => {
  it('reads the wait inputs', () => {
    const inputs = readWaitInputs(
      reader({
        'job-id': '01234567-89ab-cdef-0123-456789abcdef',
        'wait-timeout': '2h',
        'allow-partial': 'true'
      }),
      env
    )
    expect(inputs).toMatchObject({
      jobIds: ['01234567-89ab-cdef-0123-456789abcdef'],
      waitTimeoutMs: 7_200_000,
      allowPartial: true,
      region: 'us-east-1'
    })
  })

  it('throws every problem together', () => {
    let error: unknown
    try {
      readWaitInputs(reader({ 'job-id': 'abc', 'poll-interval': '0' }), {})
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems.map(p => p.input)).toEqual(['job-id', 'region', 'poll-interval'])
  })
})

describe('readWaitInputs: job-ids', () => {
  it("wait/ job-ids: '[]' is an input error naming job-ids", () => {
    const get = (name: string): string => (name === 'job-ids' ? '[]' : '')
    expect(() => readWaitInputs(get, { AWS_REGION: 'us-east-1' })).toThrow(/job-ids: has no job id/)
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
