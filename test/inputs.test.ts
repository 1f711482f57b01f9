import { describe, expect, it } from '@jest/globals'
import {
  isDryRun,
  noEffectWarnings,
  readStartInputs as readWithLoader,
  readWaitInputs,
  START_INPUT_ORDER,
  type StartInputs
} from '../src/inputs/inputs.js'

const readStartInputs = (get: (name: string) => string, env: Record<string, string>) =>
  readWithLoader(get, env, () => import('yaml'))
import { InputError } from '../src/shared/errors.js'
import { ASSUME_ROLE_ARN, startSettings } from './helpers/fixtures.js'

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
    expect(inputs).toStrictEqual({
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

describe('isDryRun', () => {
  it('a plan or offline is a dry run; off, or no inputs read, is not', () => {
    expect([
      isDryRun(undefined),
      isDryRun({ dryRun: 'off' }),
      isDryRun({ dryRun: 'plan' }),
      isDryRun({ dryRun: 'offline' })
    ]).toEqual([false, false, true, true])
  })
})

describe('noEffectWarnings', () => {
  const base = startSettings()
  const warned = (changes: Partial<StartInputs>): string[] => noEffectWarnings({ ...base, ...changes })
  const DRY = 'on a dry run (nothing is started)'
  const CANCEL_WITHOUT_WAIT =
    'cancel-on-timeout without wait: true acts only when the workflow run is cancelled while jobs are being started: ' +
    'it then cancels the jobs already started. Nothing is waited for, so no wait-timeout runs out.'

  it('the defaults warn of nothing', () => {
    expect(warned({})).toEqual([])
    expect(warned({ wait: true })).toEqual([])
  })

  it('allow-partial and cancel-on-timeout with wait: true on a real run warn of nothing', () => {
    expect(warned({ wait: true, allowPartial: true, cancelOnTimeout: true })).toEqual([])
  })

  it('without wait: true, allow-partial has no effect, and cancel-on-timeout says what it still does', () => {
    expect(warned({ allowPartial: true })).toEqual(['allow-partial has no effect without wait: true.'])
    expect(warned({ cancelOnTimeout: true })).toEqual([CANCEL_WITHOUT_WAIT])
  })

  it.each(['plan', 'offline'] as const)(
    'on a dry run (%s), wait and what it governs have no effect',
    dryRun => {
      expect(warned({ dryRun, wait: true, allowPartial: true, cancelOnTimeout: true })).toEqual([
        `allow-partial has no effect ${DRY}.`,
        `cancel-on-timeout has no effect ${DRY}.`,
        `wait has no effect ${DRY}.`
      ])
      expect(warned({ dryRun, wait: true })).toEqual([`wait has no effect ${DRY}.`])
      expect(warned({ dryRun, cancelOnTimeout: true })).toEqual([`cancel-on-timeout has no effect ${DRY}.`])
      expect(warned({ dryRun })).toEqual([])
    }
  )

  it('reimport-changed: false has no effect without skip-imported: true', () => {
    expect(warned({ reimportChanged: false })).toEqual([
      'reimport-changed has no effect without skip-imported: true.'
    ])
    expect(warned({ skipImported: true, reimportChanged: false })).toEqual([])
    expect(warned({ skipImported: true, reimportChanged: true })).toEqual([])
  })

  it('each version setting given without create-version: true is named', () => {
    expect(warned({ versionDescription: 'd' })).toEqual([
      'version-description has no effect without create-version: true.'
    ])
    expect(warned({ versionOptions: null })).toEqual([
      'version-options has no effect without create-version: true.'
    ])
    expect(warned({ versionTags: {} })).toEqual(['version-tags has no effect without create-version: true.'])
    const all = { versionDescription: 'd', versionOptions: { a: 1 }, versionTags: { t: 'v' } }
    expect(warned(all)).toEqual([
      'version-description has no effect without create-version: true.',
      'version-options has no effect without create-version: true.',
      'version-tags has no effect without create-version: true.'
    ])
    expect(warned({ ...all, createVersion: true })).toEqual([])
  })

  it.each([
    [true, true, []],
    [true, false, ['bad-files: skip has no effect without the file checks (check-files: false).']],
    [false, true, ['bad-files: skip has no effect without the file checks (preflight: false).']],
    [false, false, ['bad-files: skip has no effect without the file checks (preflight: false).']]
  ])('bad-files: skip with preflight %s and check-files %s', (preflight, checkFiles, warnings) => {
    expect(warned({ badFiles: 'skip', preflight, checkFiles })).toEqual(warnings)
    expect(warned({ badFiles: 'fail', preflight, checkFiles })).toEqual([])
  })

  it('says every setting without effect, in order', () => {
    expect(
      warned({
        allowPartial: true,
        reimportChanged: false,
        versionTags: { t: 'v' },
        badFiles: 'skip',
        preflight: false
      })
    ).toEqual([
      'allow-partial has no effect without wait: true.',
      'reimport-changed has no effect without skip-imported: true.',
      'version-tags has no effect without create-version: true.',
      'bad-files: skip has no effect without the file checks (preflight: false).'
    ])
  })
})

describe('readStartInputs: every input', () => {
  const OIDC = {
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/?api-version=2.0',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
    AWS_REGION: 'us-east-1'
  }

  it('reads each input given, other than its default', async () => {
    const { inputs, problems } = await readStartInputs(
      reader({
        'destination-name': ' my_store ',
        items: 's3://b-1/a.vcf\ns3://b-1/b.vcf',
        'role-arn': 'arn:aws:iam::123456789012:role/r',
        'version-name': 'v2',
        'create-version': 'true',
        'version-description': 'second',
        'version-options': 'tsvVersionOptions:\n  annotationType: GENERIC',
        'version-tags': '{"team": "genomics"}',
        'format-options': 'vcfOptions: {ignoreQualField: true}',
        'annotation-fields': 'VEP: CSQ',
        'run-left-normalization': 'false',
        region: 'eu-west-2',
        'endpoint-url': 'https://analytics-omics.eu-west-2.amazonaws.com',
        'http-proxy': 'http://proxy:3128',
        'request-timeout': '45s',
        'max-attempts': '3',
        'role-to-assume': ASSUME_ROLE_ARN,
        'role-session-name': 'nightly',
        audience: 'sigstore',
        'dry-run': 'true',
        wait: 'true',
        'wait-timeout': '2h',
        'poll-interval': '10',
        'allow-partial': 'true',
        'cancel-on-timeout': 'true',
        'credentials-expire-at': '2026-01-31T14:00:00Z',
        'one-job-per-item': 'true',
        'max-concurrency': '50',
        'skip-imported': 'true',
        'reimport-changed': 'false',
        'max-history': '100',
        'history-cache': 'false',
        preflight: 'false',
        'check-files': 'false',
        'if-no-files-found': 'ignore',
        'bad-files': 'skip'
      }),
      OIDC
    )
    expect(problems).toEqual([])
    expect(inputs).toStrictEqual({
      destinationName: 'my_store',
      items: [
        { line: 1, uri: 's3://b-1/a.vcf', where: 'line 1' },
        { line: 2, uri: 's3://b-1/b.vcf', where: 'line 2' }
      ],
      roleArn: 'arn:aws:iam::123456789012:role/r',
      versionName: 'v2',
      createVersion: true,
      versionDescription: 'second',
      versionOptions: { tsvVersionOptions: { annotationType: 'GENERIC' } },
      versionTags: { team: 'genomics' },
      formatOptions: { vcfOptions: { ignoreQualField: true } },
      annotationFields: { VEP: 'CSQ' },
      runLeftNormalization: false,
      assumeRole: { roleToAssume: ASSUME_ROLE_ARN, roleSessionName: 'nightly', audience: 'sigstore' },
      region: 'eu-west-2',
      endpointUrl: 'https://analytics-omics.eu-west-2.amazonaws.com',
      httpProxy: 'http://proxy:3128',
      maxAttempts: 3,
      requestTimeoutMs: 45_000,
      credentialsExpireAt: new Date(Date.UTC(2026, 0, 31, 14)),
      waitTimeoutMs: 7_200_000,
      waitTimeoutText: '2h',
      pollIntervalMs: 10_000,
      allowPartial: true,
      cancelOnTimeout: true,
      dryRun: 'plan',
      wait: true,
      oneJobPerItem: true,
      maxConcurrency: 50,
      skipImported: true,
      reimportChanged: false,
      maxHistory: 100,
      historyCache: false,
      preflight: false,
      checkFiles: false,
      ifNoFilesFound: 'ignore',
      badFiles: 'skip'
    })
  })

  it('names the missing required inputs, saying what to give, and nothing else', async () => {
    const { problems } = await readStartInputs(reader({ items: ' \n ' }), env)
    expect(problems).toEqual([
      { input: 'destination-name', message: 'is required: give the annotation store name, e.g. my_store' },
      {
        input: 'items',
        message: 'is required: give S3 URIs of the files to import, one per line or a JSON array'
      },
      {
        input: 'role-arn',
        message: 'is required: give the ARN of the service role HealthOmics assumes to read the files'
      }
    ])
  })

  it.each(['# only a comment\n\n# and another', '[]', ' [ ] '])(
    'items %j holding no URI is a problem of its own',
    async items => {
      expect(await problemsOf({ items })).toEqual([
        'items: has no URI (only blank or # comment lines, or an empty array): give at least one s3://bucket/key'
      ])
    }
  )

  it('items with no URI is said once, whatever other inputs are wrong', async () => {
    expect(await problemsOf({ 'destination-name': '', items: '# nothing yet' })).toEqual([
      'destination-name: is required: give the annotation store name, e.g. my_store',
      'items: has no URI (only blank or # comment lines, or an empty array): give at least one s3://bucket/key'
    ])
  })

  it('items already refused is not said to hold no URI as well', async () => {
    expect(await problemsOf({ 'destination-name': '', items: '[1]' })).toEqual([
      'destination-name: is required: give the annotation store name, e.g. my_store',
      'items: entry 1: expected an s3:// URI string, got 1 (number)'
    ])
    expect(await problemsOf({ items: '[s3://b-1/a.vcf]' })).toEqual([
      expect.stringMatching(/^items: starts with \[ but is not a JSON array of URIs \(/)
    ])
    expect(await problemsOf({ items: 's3://b-1/a.vcf s3://b-1/b.vcf' })).toEqual([
      'items: line 1: one URI per line, found 2 in "s3://b-1/a.vcf s3://b-1/b.vcf" (put each on its own line, or give a JSON array)'
    ])
  })

  it.each([
    ['format-options', 'formatOptions'],
    ['annotation-fields', 'annotationFields'],
    ['version-options', 'versionOptions'],
    ['version-tags', 'versionTags']
  ] as const)('%s alone loads the YAML parser and is read as YAML or JSON', async (name, key) => {
    let loads = 0
    const load = async (): Promise<typeof import('yaml')> => {
      loads++
      return import('yaml')
    }
    const { inputs, problems } = await readWithLoader(
      reader({ ...required, [name]: 'a: [1, "x"]' }),
      env,
      load
    )
    expect(problems).toEqual([])
    expect(inputs[key]).toEqual({ a: [1, 'x'] })
    expect(loads).toBe(1)
  })

  it('loads no YAML parser when no structured input is given', async () => {
    let loads = 0
    const { inputs } = await readWithLoader(reader(required), env, async () => {
      loads++
      return import('yaml')
    })
    expect(loads).toBe(0)
    expect(inputs.formatOptions).toBeUndefined()
  })

  it.each([
    ['max-concurrency', '0', 'expected a whole number from 1 to 50, got "0"'],
    ['max-concurrency', '51', 'expected a whole number from 1 to 50, got "51"'],
    ['max-history', '99', 'expected a whole number from 100 to 1000000, got "99"'],
    ['max-history', '1000001', 'expected a whole number from 100 to 1000000, got "1000001"']
  ])('%s %s is out of range', async (input, value, message) => {
    expect(await problemsOf({ [input]: value })).toEqual([`${input}: ${message}`])
  })

  it('takes max-concurrency and max-history at their bounds', async () => {
    const read = async (values: Record<string, string>): Promise<[number, number]> => {
      const { inputs, problems } = await readStartInputs(reader({ ...required, ...values }), env)
      expect(problems).toEqual([])
      return [inputs.maxConcurrency, inputs.maxHistory]
    }
    expect(await read({ 'max-concurrency': '1', 'max-history': '100' })).toEqual([1, 100])
    expect(await read({ 'max-concurrency': '50', 'max-history': '1000000' })).toEqual([50, 1_000_000])
    expect(await read({ 'max-concurrency': '2', 'max-history': '101' })).toEqual([2, 101])
  })

  it('START_INPUT_ORDER, the order problems are reported in, names each input read, once', async () => {
    const read = new Set<string>()
    await readStartInputs(name => {
      read.add(name)
      return required[name as keyof typeof required] ?? ''
    }, env)
    expect([...read].sort()).toEqual([...START_INPUT_ORDER].sort())
    expect(new Set(START_INPUT_ORDER).size).toBe(START_INPUT_ORDER.length)
  })

  it('returns the problems rather than throwing them', async () => {
    const { inputs, problems } = await readStartInputs(reader({ ...required, 'max-attempts': '0' }), env)
    expect(problems).toEqual([
      { input: 'max-attempts', message: 'expected a whole number from 1 to 20, got "0"' }
    ])
    expect(inputs.maxAttempts).toBe(5)
  })
})

describe('readWaitInputs: job-id and job-ids', () => {
  const a = '0123abcd-0123-4567-89ab-0123456789ab'
  const b = '0123abcd-0123-4567-89ab-0123456789ac'
  const thrown = (values: Record<string, string>, environment: Record<string, string> = env): unknown => {
    try {
      readWaitInputs(reader(values), environment)
    } catch (error) {
      return error
    }
    throw new Error('readWaitInputs did not throw')
  }
  const problemsOfWait = (values: Record<string, string>, environment?: Record<string, string>): unknown =>
    (thrown(values, environment) as InputError).problems
  const REQUIRED =
    "is required: give the id of an annotation import job (the start step's job-id output), or job-ids"
  const noId = (got: string): string =>
    `has no job id (got ${got}): give at least one annotation import job id`

  it('applies the documented defaults, and leaves out what is not given', () => {
    expect(readWaitInputs(reader({ 'job-id': a }), env)).toStrictEqual({
      jobIds: [a],
      region: 'us-east-1',
      maxAttempts: 5,
      requestTimeoutMs: 30_000,
      waitTimeoutMs: 3_600_000,
      waitTimeoutText: '1h',
      pollIntervalMs: 30_000,
      allowPartial: false,
      cancelOnTimeout: false
    })
  })

  it('reads the connection and the wait settings as the start action does', () => {
    expect(
      readWaitInputs(
        reader({
          'job-ids': JSON.stringify([a]),
          region: 'eu-west-1',
          'endpoint-url': 'http://127.0.0.1:4566',
          'max-attempts': '2',
          'request-timeout': '10s',
          'wait-timeout': '30m',
          'poll-interval': '5',
          'allow-partial': 'true',
          'cancel-on-timeout': 'true',
          'credentials-expire-at': '2026-01-31T14:00:00Z'
        }),
        env
      )
    ).toStrictEqual({
      jobIds: [a],
      endpointUrl: 'http://127.0.0.1:4566',
      region: 'eu-west-1',
      maxAttempts: 2,
      requestTimeoutMs: 10_000,
      credentialsExpireAt: new Date(Date.UTC(2026, 0, 31, 14)),
      waitTimeoutMs: 1_800_000,
      waitTimeoutText: '30m',
      pollIntervalMs: 5_000,
      allowPartial: true,
      cancelOnTimeout: true
    })
  })

  it('takes the ids of both inputs, job-id first, each once', () => {
    expect(readWaitInputs(reader({ 'job-id': a }), env).jobIds).toEqual([a])
    expect(readWaitInputs(reader({ 'job-ids': `${b}\n${a}` }), env).jobIds).toEqual([b, a])
    expect(readWaitInputs(reader({ 'job-id': b, 'job-ids': JSON.stringify([a, b, a]) }), env).jobIds).toEqual(
      [b, a]
    )
  })

  it('neither input given is one problem, naming job-id and saying what to give', () => {
    expect(problemsOfWait({})).toEqual([{ input: 'job-id', message: REQUIRED }])
    expect(problemsOfWait({ 'job-id': ' ', 'job-ids': '\n' })).toEqual([
      { input: 'job-id', message: REQUIRED }
    ])
    const error = thrown({})
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toBe(
      `1 problem with the inputs; nothing was sent to AWS:\n  - job-id: ${REQUIRED}`
    )
  })

  it('an empty list is a problem naming the input that gave it, and showing it', () => {
    expect(problemsOfWait({ 'job-id': ' [] ' })).toEqual([{ input: 'job-id', message: noId('"[]"') }])
    expect(problemsOfWait({ 'job-ids': '[]' })).toEqual([{ input: 'job-ids', message: noId('"[]"') }])
    expect(problemsOfWait({ 'job-id': '[]', 'job-ids': '[ ]' })).toEqual([
      { input: 'job-ids', message: noId('"[ ]"') }
    ])
  })

  it('an empty list is not said to hold no id when its ids were refused', () => {
    expect(problemsOfWait({ 'job-id': 'abc' })).toEqual([
      { input: 'job-id', message: 'expected a job id like 0123abcd-0123-4567-89ab-0123456789ab, got "abc"' }
    ])
    expect(problemsOfWait({ 'job-id': '[]', 'job-ids': '["nope"]' })).toEqual([
      { input: 'job-ids', message: 'expected a job id like 0123abcd-0123-4567-89ab-0123456789ab, got "nope"' }
    ])
  })

  it('reports the id problems with those of the other inputs, in one error', () => {
    expect(problemsOfWait({ 'job-ids': '[]', 'max-attempts': '0' }, {})).toEqual([
      { input: 'job-ids', message: noId('"[]"') },
      {
        input: 'region',
        message:
          'no AWS region: set the region input, or AWS_REGION / AWS_DEFAULT_REGION (aws-actions/configure-aws-credentials sets them)'
      },
      { input: 'max-attempts', message: 'expected a whole number from 1 to 20, got "0"' }
    ])
  })
})
