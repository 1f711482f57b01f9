// run() with @actions/core replaced (jest.unstable_mockModule, before the module is imported) and the
// SDK mocked: what the step reports, without processes or HTTP.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  GetAnnotationStoreCommand,
  OmicsClient,
  StartAnnotationImportJobCommand
} from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'

const inputs: Record<string, string> = {}
const outputs: Record<string, string> = {}
const failures: string[] = []
const coreMock = {
  getInput: jest.fn((name: string) => inputs[name] ?? ''),
  setOutput: jest.fn((name: string, value: string) => void (outputs[name] = value)),
  setFailed: jest.fn((message: string) => void failures.push(message)),
  info: jest.fn(),
  warning: jest.fn(),
  debug: jest.fn(),
  startGroup: jest.fn(),
  endGroup: jest.fn(),
  summary: { addRaw: jest.fn().mockReturnThis(), write: jest.fn(async () => undefined) }
}
jest.unstable_mockModule('@actions/core', () => coreMock)
const { run } = await import('../src/main.js')

const omics = mockClient(OmicsClient)

beforeEach(() => {
  omics.reset()
  for (const k of Object.keys(inputs)) delete inputs[k]
  for (const k of Object.keys(outputs)) delete outputs[k]
  failures.length = 0
  Object.assign(inputs, {
    'destination-name': 'my_store',
    items: 's3://b-1/a.vcf.gz',
    'role-arn': 'arn:aws:iam::123456789012:role/HealthOmicsImport',
    region: 'us-east-1'
  })
  process.env['AWS_ACCESS_KEY_ID'] = 'AKIDUNITTEST'
  process.env['AWS_SECRET_ACCESS_KEY'] = 'unit-test-secret'
})

describe('run', () => {
  it('starts the job and sets job-id, job-ids, request and status', async () => {
    omics.on(GetAnnotationStoreCommand).resolves({ status: 'ACTIVE', storeFormat: 'VCF' })
    omics.on(StartAnnotationImportJobCommand).resolves({ jobId: '01234567-89ab-cdef-0123-456789abcdef' })
    await run()
    expect(failures).toEqual([])
    expect(outputs).toMatchObject({
      'job-id': '01234567-89ab-cdef-0123-456789abcdef',
      'job-ids': '["01234567-89ab-cdef-0123-456789abcdef"]',
      status: 'SUBMITTED'
    })
    expect(JSON.parse(outputs['request'] ?? '')).toEqual({
      destinationName: 'my_store',
      roleArn: inputs['role-arn'],
      items: [{ source: 's3://b-1/a.vcf.gz' }]
    })
  })

  it('fails once, listing every problem, and calls nothing', async () => {
    Object.assign(inputs, { 'destination-name': 'X', 'role-arn': 'nope', wait: 'yes' })
    await run()
    expect(failures).toHaveLength(1)
    expect(failures[0]).toMatch(
      /^3 problems with the inputs; nothing was sent to AWS:\n {2}- destination-name: .*\n {2}- role-arn: .*\n {2}- wait: /
    )
    expect(omics.calls()).toHaveLength(0)
  })

  it('dry-run sets request and calls nothing', async () => {
    inputs['dry-run'] = 'true'
    await run()
    expect(failures).toEqual([])
    expect(JSON.parse(outputs['request'] ?? '').items).toEqual([{ source: 's3://b-1/a.vcf.gz' }])
    expect(omics.calls()).toHaveLength(0)
  })

  it('reports a preflight failure without starting', async () => {
    omics.on(GetAnnotationStoreCommand).resolves({ status: 'ACTIVE', storeFormat: 'TSV' })
    await run()
    expect(failures[0]).toContain(
      'items: s3://b-1/a.vcf.gz looks like a VCF file, but my_store is a TSV store (preflight)'
    )
    expect(omics.commandCalls(StartAnnotationImportJobCommand)).toHaveLength(0)
  })
})
