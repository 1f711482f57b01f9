// The start action end to end: the committed dist/index.js in a child process against the stand-in.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { execFileSync } from 'node:child_process'
import { ACTION_NODE, errorText, ROLE, runAction, START_ACTION } from '../helpers/run-action.js'
import { summaryText } from '../helpers/summary-text.js'
import { TEST_CREDENTIALS } from '../emulator/server.js'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const emu = useEmulator()

const base = (): Record<string, string> => ({
  'destination-name': 'my_vcf_store',
  items:
    's3://my-annotations/vcf/sample1.vcf.gz\n\n# a comment\n   s3://my-annotations/vcf/sample2.vcf.gz   \n',
  'role-arn': ROLE,
  'endpoint-url': emu.url
})

describe('start action', () => {
  it('sends the exact request, writes job-id, job-ids and request, and exits 0', async () => {
    const result = await runAction(START_ACTION, {
      ...base(),
      'version-name': 'release_1',
      'format-options': 'vcfOptions:\n  ignoreQualField: true\n  ignoreFilterField: false',
      'annotation-fields': '{"VEP": "CSQ"}',
      'run-left-normalization': 'True'
    })
    expect(result.code).toBe(0)
    const starts = emu.calls('StartAnnotationImportJob')
    expect(starts).toHaveLength(1)
    expect(starts[0]?.body).toEqual({
      destinationName: 'my_vcf_store',
      roleArn: ROLE,
      versionName: 'release_1',
      items: [
        { source: 's3://my-annotations/vcf/sample1.vcf.gz' },
        { source: 's3://my-annotations/vcf/sample2.vcf.gz' }
      ],
      formatOptions: { vcfOptions: { ignoreQualField: true, ignoreFilterField: false } },
      runLeftNormalization: true,
      annotationFields: { VEP: 'CSQ' }
    })
    // No host prefix with a custom endpoint: the request reached 127.0.0.1 itself.
    expect(starts[0]?.headers['host']).toBe(`127.0.0.1:${emu.port}`)
    expect(String(starts[0]?.headers['user-agent'])).toMatch(
      /healthomics-annotation-import-action\/\d+\.\d+\.\d+/
    )
    const jobId = [...emu.jobs.keys()][0]
    expect(result.outputs['job-id']).toBe(jobId)
    expect(JSON.parse(result.outputs['job-ids'] ?? '')).toEqual([jobId])
    expect(JSON.parse(result.outputs['request'] ?? '')).toEqual(starts[0]?.body)
    expect(result.outputs['status']).toBe('SUBMITTED')
    expect(result.stdout).toContain(`Started job ${jobId}`)
    expect(result.stdout).toMatch(/::group::Request\n\{\n {2}"destinationName"/)
    expect(summaryText(result.summary)).toContain(`\`${jobId}\``)
    expect(summaryText(result.summary)).toContain('my_vcf_store')
    expect(summaryText(result.summary)).toContain('| Version | release_1 |')
    expect(summaryText(result.summary)).toContain('| Region | us-east-1 |')
    expect(summaryText(result.summary)).toContain('https://github.com/octo-org/annotations/actions/runs/4242')
    expect(summaryText(result.summary)).toContain('s3://my-annotations/vcf/sample2.vcf.gz')
  })

  it('runs on Node 24, the runtime action.yml declares', async () => {
    const result = await runAction(
      START_ACTION,
      { ...base(), 'dry-run': 'true' },
      { env: { RUNNER_DEBUG: '1' } }
    )
    const expected = execFileSync(ACTION_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).split(
      '.'
    )[0]
    expect(expected).toBe('24')
    expect(result.stdout).toMatch(
      new RegExp(`::debug::healthomics-annotation-import-action \\d+\\.\\d+\\.\\d+ on Node v${expected}\\.`)
    )
  })

  it('leaves optional members out of the request when their inputs are empty', async () => {
    const result = await runAction(START_ACTION, { ...base(), 'run-left-normalization': '' })
    expect(result.code).toBe(0)
    expect(Object.keys(emu.calls('StartAnnotationImportJob')[0]?.body ?? {}).sort()).toEqual([
      'destinationName',
      'items',
      'roleArn'
    ])
  })

  it('reports every bad input at once, sends nothing, and exits 1 without a stack trace', async () => {
    const result = await runAction(START_ACTION, {
      'destination-name': 'My-Store',
      items: 's3://My_Bucket/a.vcf\nhttps://example.com/b.vcf',
      'role-arn': 'arn:aws:iam::12345:role/x',
      'format-options': 'vcfOptions:\n  ignoreQualField: yes',
      'annotation-fields': 'VEP: CSQ\nthis_key_is_longer_than_21: x',
      'run-left-normalization': 'yes',
      'max-attempts': '50',
      'endpoint-url': 'ftp://example.com'
    })
    expect(result.code).toBe(1)
    const error = errorText(result)
    expect(error).toContain('9 problems with the inputs; nothing was sent to AWS')
    expect(error).toContain('destination-name: must start with a lowercase letter')
    expect(error).toContain('"My-Store"')
    expect(error).toContain('items: line 1: bucket must be 3 to 63 lowercase letters')
    expect(error).toContain('items: line 2: expected s3://bucket/key, got "https://example.com/b.vcf"')
    expect(error).toContain('role-arn: expected the ARN of an IAM role')
    expect(error).toContain(
      'format-options: vcfOptions.ignoreQualField must be true or false, got "yes" (YAML 1.2 reads yes/no/on/off as text'
    )
    expect(error).toContain(
      'annotation-fields: key "this_key_is_longer_than_21" must be 1 to 21 characters, got 26'
    )
    expect(error).toContain('run-left-normalization: expected true or false')
    expect(error).toContain('max-attempts: expected a whole number from 1 to 20, got "50"')
    expect(error).toContain('endpoint-url: expected an http:// or https:// URL')
    expect(emu.requests).toHaveLength(0)
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/)
  })

  it('names malformed YAML with its line and column', async () => {
    const result = await runAction(START_ACTION, {
      ...base(),
      'format-options': 'tsvOptions:\n  readOptions: {sep: "\\t"\n'
    })
    expect(result.code).toBe(1)
    expect(errorText(result)).toMatch(/format-options: is not valid YAML or JSON at line \d+, column \d+/)
    expect(emu.requests).toHaveLength(0)
  })

  it('names YAML whose aliases would expand past the bound, with the other problems, and no stack', async () => {
    const result = await runAction(START_ACTION, {
      ...base(),
      'format-options': 'a: &a [1]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n',
      'max-attempts': '50'
    })
    expect(result.code).toBe(1)
    const error = errorText(result)
    expect(error).toContain(
      'format-options: uses YAML aliases (*name) more than the 10 times allowed when expanded: write the values out'
    )
    expect(error).toContain('max-attempts: expected a whole number from 1 to 20, got "50"')
    expect(emu.requests).toHaveLength(0)
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/)
  })

  it('fails naming region when no region is set anywhere', async () => {
    const result = await runAction(START_ACTION, base(), { env: { AWS_REGION: '', AWS_DEFAULT_REGION: '' } })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      'region: no AWS region: set the region input, or AWS_REGION / AWS_DEFAULT_REGION'
    )
    expect(emu.requests).toHaveLength(0)
  })

  it('takes the region from AWS_DEFAULT_REGION and signs for it', async () => {
    const result = await runAction(
      START_ACTION,
      { ...base(), 'destination-name': 'eu_vcf_store', preflight: 'false' },
      { env: { AWS_REGION: '', AWS_DEFAULT_REGION: 'eu-west-1' } }
    )
    expect(result.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob')[0]?.region).toBe('eu-west-1')
  })

  it('dry-run: offline prints the request and sets the request output, calling nothing', async () => {
    const result = await runAction(START_ACTION, { ...base(), 'dry-run': 'offline' })
    expect(result.code).toBe(0)
    expect(emu.requests).toHaveLength(0)
    const request = JSON.parse(result.outputs['request'] ?? '')
    expect(request).toEqual({
      destinationName: 'my_vcf_store',
      roleArn: ROLE,
      items: [
        { source: 's3://my-annotations/vcf/sample1.vcf.gz' },
        { source: 's3://my-annotations/vcf/sample2.vcf.gz' }
      ]
    })
    expect(result.stdout).toContain('"destinationName": "my_vcf_store"')
    expect(result.stdout).toContain('no AWS call was made')
    expect(result.outputs['job-id']).toBeUndefined()
    expect(summaryText(result.summary)).toContain('dry run, offline')
  })

  it('dry-run: true is a plan: read-only calls (the store check) run, nothing is started', async () => {
    const result = await runAction(START_ACTION, { ...base(), 'dry-run': 'true' })
    expect(result.code).toBe(0)
    // The store check, then the file checks (concurrent): a HeadObject and a GetObject per file.
    expect(emu.requests.map(r => r.op).sort()).toEqual([
      'GetAnnotationStore',
      'GetObject',
      'GetObject',
      'HeadObject',
      'HeadObject'
    ])
    expect(emu.jobs.size).toBe(0)
    expect(JSON.parse(result.outputs['request'] ?? '').items).toHaveLength(2)
    expect(result.outputs['job-ids']).toBe('[]')
    expect(summaryText(result.summary)).toContain('(dry run)')
  })

  it('retries throttling: two 429s then success gives exit 0 and exactly one job', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'throttle', count: 2 })
    const result = await runAction(START_ACTION, base())
    expect(result.code).toBe(0)
    expect(emu.calls('StartAnnotationImportJob').map(r => r.status)).toEqual([429, 429, 200])
    expect(emu.jobs.size).toBe(1)
    expect(result.outputs['job-id']).toBe([...emu.jobs.keys()][0])
  })

  it('gives up on throttling after max-attempts x 4 tries with a hint', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'throttle', count: 100 })
    const result = await runAction(START_ACTION, { ...base(), 'max-attempts': '1' })
    expect(result.code).toBe(1)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(4)
    expect(errorText(result)).toContain('ThrottlingException: Rate exceeded')
    expect(errorText(result)).toContain(
      'Still throttled after 4 tries: raise max-attempts, lower max-concurrency'
    )
    expect(emu.jobs.size).toBe(0)
  })

  it.each([
    [
      'AccessDeniedException',
      'access-denied',
      'iam:PassRole on arn:aws:iam::123456789012:role/HealthOmicsImport with the condition iam:PassedToService = omics.amazonaws.com'
    ],
    [
      'ServiceQuotaExceededException',
      'quota',
      'concurrent import jobs quota is used up (by default 5 variant or annotation import jobs per region)'
    ]
  ] as const)('explains %s from the service', async (name, kind, hint) => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind, count: 100 })
    const result = await runAction(START_ACTION, { ...base(), 'wait-timeout': '1', 'poll-interval': '0.2' })
    expect(result.code).toBe(1)
    const error = errorText(result)
    expect(error).toContain(`StartAnnotationImportJob on store my_vcf_store failed: ${name}:`)
    expect(error).toContain(hint)
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  })

  it('explains a store that does not exist in the region, naming store and region', async () => {
    const result = await runAction(START_ACTION, {
      ...base(),
      'destination-name': 'no_such_store',
      preflight: 'false'
    })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('ResourceNotFoundException: Annotation store no_such_store not found')
    expect(errorText(result)).toContain('No annotation store named no_such_store in us-east-1')
  })

  it("passes the service's ValidationException message through verbatim", async () => {
    const result = await runAction(START_ACTION, {
      ...base(),
      'destination-name': 'creating_store',
      preflight: 'false'
    })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('ValidationException: Annotation store creating_store is not active')
  })

  it('names the endpoint it could not reach', async () => {
    const result = await runAction(START_ACTION, {
      ...base(),
      'endpoint-url': 'http://127.0.0.1:9',
      'max-attempts': '2',
      preflight: 'false'
    })
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('Could not reach http://127.0.0.1:9 (ECONNREFUSED after 2 tries)')
  })

  it('refuses requests signed with the wrong secret (the stand-in checks SigV4)', async () => {
    const result = await runAction(
      START_ACTION,
      { ...base(), preflight: 'false' },
      { env: { AWS_SECRET_ACCESS_KEY: 'wrong-secret' } }
    )
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('InvalidSignatureException')
    expect(emu.jobs.size).toBe(0)
  })

  it('signs with a profile from a shared credentials file (the SDK chain past environment variables)', async () => {
    // The bundle loads the credential providers beyond the environment one as chunks of their own, only
    // when the chain reaches them: this run needs the INI provider's chunk to load and work.
    const dir = mkdtempSync(join(tmpdir(), 'profile-'))
    const file = join(dir, 'credentials')
    writeFileSync(
      file,
      `[default]\naws_access_key_id = AKIDNOTTHEONE\naws_secret_access_key = wrong\n\n` +
        `[annotations]\naws_access_key_id = ${TEST_CREDENTIALS.accessKeyId}\n` +
        `aws_secret_access_key = ${TEST_CREDENTIALS.secretAccessKey}\n`
    )
    const result = await runAction(
      START_ACTION,
      { ...base(), preflight: 'false' },
      {
        env: {
          AWS_ACCESS_KEY_ID: '',
          AWS_SECRET_ACCESS_KEY: '',
          AWS_SHARED_CREDENTIALS_FILE: file,
          AWS_PROFILE: 'annotations'
        }
      }
    ).finally(() => rmSync(dir, { recursive: true, force: true }))
    expect(result.code).toBe(0)
    const starts = emu.calls('StartAnnotationImportJob')
    expect(starts.map(r => [r.status, r.accessKeyId])).toEqual([[200, TEST_CREDENTIALS.accessKeyId]])
    expect(result.outputs['job-id']).toBe([...emu.jobs.keys()][0])
  })

  it('fails with a hint when there are no credentials', async () => {
    const result = await runAction(
      START_ACTION,
      { ...base(), preflight: 'false' },
      { env: { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' } }
    )
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain('aws-actions/configure-aws-credentials')
    expect(emu.requests).toHaveLength(0)
  })
})
