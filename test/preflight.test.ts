// phases/preflight.ts with the Omics client mocked: what is certain to fail (no such store or version,
// not ACTIVE, a format that does not fit) stops the step; a store that cannot be read is a warning.
import { describe, expect, it, beforeEach } from '@jest/globals'
import { GetAnnotationStoreCommand, GetAnnotationStoreVersionCommand } from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import {
  checkStore,
  failedRead,
  formatFindings,
  preflight,
  type PreflightContext
} from '../src/phases/preflight.js'
import { AbortedError, InputError } from '../src/shared/errors.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { awsError, omicsClient, ROLE_ARN } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)
const request = { destinationName: 'my_store', roleArn: ROLE_ARN, items: [{ source: 's3://b/a.vcf' }] }
const err = awsError
const context = (overrides: Partial<PreflightContext> = {}): PreflightContext => ({
  omics: client,
  request,
  sources: ['s3://b/a.vcf'],
  region: 'eu-west-1',
  ...overrides
})
/** The options of the n-th call sent (the mock's typing knows only the command). */
const sendOptions = (n: number): unknown => (omics.send.getCall(n).args as unknown[])[1]
const activeVcf = { name: 'my_store', status: 'ACTIVE', storeFormat: 'VCF' } as const

beforeEach(() => {
  omics.reset()
})

describe('preflight', () => {
  it('an ACTIVE store whose format fits: no findings, and the store facts for the file checks', async () => {
    omics.on(GetAnnotationStoreCommand, { name: 'my_store' }).resolves(activeVcf)
    expect(await preflight(context())).toEqual({
      errors: [],
      warnings: [],
      store: { format: 'VCF', columns: [] }
    })
    expect(omics.commandCalls(GetAnnotationStoreVersionCommand)).toHaveLength(0)
  })

  it('no such store: an error naming the region, and the version is not asked for', async () => {
    omics.on(GetAnnotationStoreCommand).rejects(err('ResourceNotFoundException', 404))
    const found = await preflight(context({ request: { ...request, versionName: 'v1' } }))
    expect(found.errors).toEqual([
      {
        input: 'destination-name',
        message: 'no annotation store named my_store in eu-west-1 (stores are regional: check region)'
      }
    ])
    expect(omics.commandCalls(GetAnnotationStoreVersionCommand)).toHaveLength(0)
  })

  it('a store not ACTIVE: an error with its status and message', async () => {
    omics
      .on(GetAnnotationStoreCommand)
      .resolves({ ...activeVcf, status: 'CREATING', statusMessage: 'still creating' })
    expect((await preflight(context())).errors).toEqual([
      { input: 'destination-name', message: 'store my_store is CREATING, not ACTIVE: still creating' }
    ])
    omics.on(GetAnnotationStoreCommand).resolves({ name: 'my_store' })
    expect((await preflight(context())).errors).toEqual([
      { input: 'destination-name', message: 'store my_store is not ready, not ACTIVE' }
    ])
  })

  it('a TSV store: the columns it maps, and VCF options or names that do not fit', async () => {
    omics.on(GetAnnotationStoreCommand).resolves({
      name: 'my_store',
      status: 'ACTIVE',
      storeFormat: 'TSV',
      storeOptions: {
        tsvStoreOptions: {
          formatToHeader: { CHR: 'chrom', POS: 'pos' },
          schema: [{ gene: 'STRING' }, { chrom: 'STRING' }]
        }
      }
    })
    const found = await preflight(
      context({ request: { ...request, formatOptions: { vcfOptions: {} } }, sources: ['s3://b/a.vcf'] })
    )
    expect(found.store).toEqual({ format: 'TSV', columns: ['chrom', 'pos', 'gene'] })
    expect(found.errors).toEqual([
      { input: 'format-options', message: 'vcfOptions are for VCF stores, but my_store is a TSV store' },
      { input: 'items', message: 's3://b/a.vcf looks like a VCF file, but my_store is a TSV store' }
    ])
  })

  it('with the file checks on, the names are left to them; version-options need a TSV store', async () => {
    omics.on(GetAnnotationStoreCommand).resolves({ ...activeVcf, storeFormat: 'GFF' })
    const found = await preflight(
      context({ options: { filesChecked: true, versionOptions: true, versionCreated: true } })
    )
    expect(found.errors).toEqual([
      {
        input: 'version-options',
        message:
          'tsvVersionOptions are for TSV stores, but my_store is a GFF store: leave version-options out'
      }
    ])
  })

  it('a named version: missing or not ACTIVE is an error; one that cannot be read is a warning', async () => {
    omics.on(GetAnnotationStoreCommand).resolves(activeVcf)
    const withVersion = context({ request: { ...request, versionName: 'v1' } })
    omics.on(GetAnnotationStoreVersionCommand).rejects(err('ResourceNotFoundException', 404))
    expect((await preflight(withVersion)).errors).toEqual([
      { input: 'version-name', message: 'store my_store has no version v1 in eu-west-1' }
    ])
    expect(omics.commandCalls(GetAnnotationStoreVersionCommand)[0]?.args[0].input).toEqual({
      name: 'my_store',
      versionName: 'v1'
    })
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'FAILED', statusMessage: 'broken' })
    expect((await preflight(withVersion)).errors).toEqual([
      { input: 'version-name', message: 'version v1 of my_store is FAILED, not ACTIVE: broken' }
    ])
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'ACTIVE' })
    expect(await preflight(withVersion)).toMatchObject({ errors: [], warnings: [] })
    omics.on(GetAnnotationStoreVersionCommand).rejects(err('AccessDeniedException', 403))
    expect(await preflight(withVersion)).toMatchObject({
      errors: [],
      warnings: [
        'Preflight could not read version v1: the credentials lack omics:GetAnnotationStoreVersion. Starting the import without this check (grant omics:GetAnnotationStoreVersion or set preflight: false).'
      ]
    })
  })

  it('create-version: the version phase checks the version, not preflight', async () => {
    omics.on(GetAnnotationStoreCommand).resolves(activeVcf)
    await preflight(
      context({ request: { ...request, versionName: 'v1' }, options: { versionCreated: true } })
    )
    expect(omics.commandCalls(GetAnnotationStoreVersionCommand)).toHaveLength(0)
  })

  it('a store read that fails otherwise: a warning with the HTTP status, and the version is still checked', async () => {
    omics.on(GetAnnotationStoreCommand).rejects(err('InternalServerException', 500))
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'ACTIVE' })
    const found = await preflight(context({ request: { ...request, versionName: 'v1' } }))
    expect(found).toEqual({
      errors: [],
      warnings: [
        'Preflight could not read store my_store (HTTP 500 InternalServerException: InternalServerException message); starting the import without this check.'
      ]
    })
    expect(omics.commandCalls(GetAnnotationStoreVersionCommand)).toHaveLength(1)
  })

  it('cancelled during a read: AbortedError, not a warning', async () => {
    const controller = new AbortController()
    omics.on(GetAnnotationStoreCommand).callsFake(() => {
      controller.abort()
      throw err('AbortError', 0)
    })
    await expect(preflight(context({ signal: controller.signal }))).rejects.toBeInstanceOf(AbortedError)
    const signal = new AbortController()
    omics.on(GetAnnotationStoreCommand).resolves(activeVcf)
    omics.on(GetAnnotationStoreVersionCommand).callsFake(() => {
      signal.abort()
      throw err('AbortError', 0)
    })
    await expect(
      preflight(context({ request: { ...request, versionName: 'v1' }, signal: signal.signal }))
    ).rejects.toBeInstanceOf(AbortedError)
    expect(sendOptions(1)).toEqual({
      abortSignal: signal.signal
    })
  })
})

describe('failedRead', () => {
  it('an answer that is not JSON says so, without the SDK hint about hidden fields', () => {
    const garbled = Object.assign(
      new SyntaxError(
        'Unterminated string in JSON at position 15\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.'
      ),
      { $response: { statusCode: 200 } }
    )
    expect(failedRead(garbled)).toBe(
      'the answer (HTTP 200) is not valid JSON: Unterminated string in JSON at position 15'
    )
  })

  it('a service error names its status', () => {
    const error = Object.assign(new Error('bad name'), {
      name: 'ValidationException',
      $metadata: { httpStatusCode: 400 }
    })
    expect(failedRead(error)).toBe('HTTP 400 ValidationException: bad name')
    expect(
      failedRead(Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' }))
    ).toBe('ECONNRESET: socket hang up')
  })
  it('an answer that is not JSON says so, with the status and the first line of the message only', () => {
    const error = Object.assign(new Error('Deserialization error: to see the raw response...\nmore'), {
      $response: { statusCode: 502 }
    })
    expect(failedRead(error)).toBe(
      'the answer (HTTP 502) is not valid JSON: Deserialization error: to see the raw response...'
    )
    const syntax = Object.assign(new Error('Unexpected token <'), { name: 'SyntaxError' })
    expect(failedRead(syntax)).toBe('the answer is not valid JSON: Unexpected token <')
  })
  it('any other error: its status when there is one, its name and message', () => {
    expect(failedRead(err('ValidationException', 400))).toBe(
      'HTTP 400 ValidationException: ValidationException message'
    )
    expect(failedRead(new Error('boom'))).toBe('Error: boom')
  })
})

describe('checkStore', () => {
  it('credentials that may not read the store: a warning naming the permission, and the import goes ahead', async () => {
    const deps = fakeDeps(client)
    omics.on(GetAnnotationStoreCommand).rejects(err('AccessDeniedException', 403))
    await expect(checkStore(context(), deps)).resolves.toBeUndefined()
    expect(deps.logs).toEqual([
      expect.stringMatching(
        /^warning: Preflight could not read .*the credentials lack omics:GetAnnotationStore/
      )
    ])
  })

  it('errors stop the step: every one, marked (preflight), and no job was started', async () => {
    const deps = fakeDeps(client)
    omics.on(GetAnnotationStoreCommand).resolves({ ...activeVcf, status: 'FAILED' })
    const error = await checkStore(context({ sources: ['s3://b/a.gff3'] }), deps).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toBe(
      '2 problems with the inputs; no job was started:\n' +
        '  - destination-name: store my_store is FAILED, not ACTIVE (preflight)\n' +
        '  - items: s3://b/a.gff3 looks like a GFF file, but my_store is a VCF store (preflight)'
    )
    expect(sendOptions(0)).toEqual({
      abortSignal: deps.signal
    })
  })

  it('a store that fits: its facts', async () => {
    omics.on(GetAnnotationStoreCommand).resolves(activeVcf)
    expect(await checkStore(context(), fakeDeps(client))).toEqual({ format: 'VCF', columns: [] })
  })
})

describe('formatFindings', () => {
  it('errors on another format, warns on an unknown extension', () => {
    const found = formatFindings('TSV', 'st', {}, [
      's3://b-1/a.tsv.gz',
      's3://b-1/b.vcf',
      's3://b-1/c.gff3',
      's3://b-1/d.parquet',
      's3://b-1/e.BED'
    ])
    expect(found.errors.map(e => e.message)).toEqual([
      's3://b-1/b.vcf looks like a VCF file, but st is a TSV store',
      's3://b-1/c.gff3 looks like a GFF file, but st is a TSV store'
    ])
    expect(found.warnings).toEqual([
      'items: s3://b-1/d.parquet has an extension not usual for a TSV store; importing it anyway'
    ])
  })
  it('GFF stores take neither option set', () => {
    expect(
      formatFindings('GFF', 'g', { formatOptions: { vcfOptions: {} } }, []).errors.map(e => e.input)
    ).toEqual(['format-options'])
    expect(
      formatFindings('GFF', 'g', { formatOptions: { tsvOptions: {} } }, []).errors.map(e => e.message)
    ).toEqual(['tsvOptions are for TSV stores, but g is a GFF store'])
  })
})
