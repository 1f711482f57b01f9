// start-checks.ts: the checks before a start, with mocked Omics and S3 clients and a simulated clock: the
// store alone on a quiet night; the store, then the files, and what bad-files makes of a failed file.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { GetAnnotationStoreCommand, GetAnnotationStoreVersionCommand } from '@aws-sdk/client-omics'
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { readStartInputs } from '../src/inputs/inputs.js'
import { checkInputs } from '../src/start-action.js'
import { preflightPhase, quietNight } from '../src/start-checks.js'
import type { StartState } from '../src/report/start-result.js'
import { InputError } from '../src/shared/errors.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { awsError, omicsClient, ROLE_ARN, s3Client, ranged } from './helpers/fixtures.js'

const omicsApi = omicsClient()
const omics = mockClient(omicsApi)
const s3Api = s3Client()
const s3 = mockClient(s3Api)

const GOOD = '##fileformat=VCFv4.2\n##INFO=<ID=CSQ,Number=.,Type=String,Description="x">\n#CHROM\tPOS\n'
const BAD = '##fileformat=VCFv4.2\n1\t100\n'

async function plan(given: Record<string, string>) {
  const values: Record<string, string> = {
    'destination-name': 'my_store',
    items: 's3://b-1/a.vcf',
    'role-arn': ROLE_ARN,
    region: 'us-east-1',
    ...given
  }
  const read = await readStartInputs(
    name => values[name] ?? '',
    {},
    () => import('yaml')
  )
  return { ...read.inputs, ...checkInputs(read.inputs, read.problems) }
}

function deps() {
  const d = fakeDeps(omicsApi)
  return { ...d, s3: () => Promise.resolve(s3Api) }
}

const item = (line: number, uri: string) => ({ line, uri, where: `line ${line}` })

beforeEach(() => {
  omics.reset()
  s3.reset()
  omics.on(GetAnnotationStoreCommand).resolves({ status: 'ACTIVE', storeFormat: 'VCF' })
})

describe('quietNight', () => {
  it('checks the store, starts nothing, and says why: noFiles, no requests, no skips', async () => {
    const inputs = await plan({ 'if-no-files-found': 'warn', 'skip-imported': 'true' })
    const state: StartState = { notes: [] }
    await quietNight(inputs, deps(), state)
    expect(omics.commandCalls(GetAnnotationStoreCommand).map(c => c.args[0].input)).toEqual([
      { name: 'my_store' }
    ])
    expect(state).toMatchObject({ noFiles: true, requests: [], skipped: new Map() })
    expect(state.notes).toEqual(['Nothing to import: no file matched the items (if-no-files-found: warn)'])
  })

  it('a store that does not exist still fails the quiet night (a wrong store or region)', async () => {
    omics.on(GetAnnotationStoreCommand).rejects(awsError('ResourceNotFoundException', 404))
    const state: StartState = { notes: [] }
    const error = await quietNight(await plan({ 'if-no-files-found': 'ignore' }), deps(), state).catch(e => e)
    expect(error).toBeInstanceOf(InputError)
    expect(state.noFiles).toBeUndefined()
  })

  it('without skip-imported, no skips are recorded; the note names if-no-files-found as given', async () => {
    const state: StartState = { notes: [] }
    await quietNight(await plan({ 'if-no-files-found': 'ignore' }), deps(), state)
    expect(state).toStrictEqual({
      notes: ['Nothing to import: no file matched the items (if-no-files-found: ignore)'],
      noFiles: true,
      requests: []
    })
  })

  it('preflight: false sends nothing', async () => {
    const state: StartState = { notes: [] }
    await quietNight(await plan({ 'if-no-files-found': 'ignore', preflight: 'false' }), deps(), state)
    expect(omics.calls()).toHaveLength(0)
    expect(state.noFiles).toBe(true)
  })
})

describe('preflightPhase', () => {
  it('check-files: false: the store only, the items as given', async () => {
    const inputs = await plan({ 'check-files': 'false' })
    const items = [item(1, 's3://b-1/a.vcf')]
    const kept = await preflightPhase(inputs, items, deps(), { notes: [] })
    expect(kept).toBe(items)
    expect(omics.commandCalls(GetAnnotationStoreCommand)).toHaveLength(1)
    expect(s3.calls()).toHaveLength(0)
  })

  it("reads each file's header, notes what it read, and keeps HeadObject's LastModified", async () => {
    const modified = new Date('2026-11-30T10:00:00Z')
    s3.on(HeadObjectCommand).resolves({ ContentLength: GOOD.length, LastModified: modified })
    s3.on(GetObjectCommand).callsFake(ranged(GOOD))
    const state: StartState = { notes: [] }
    const kept = await preflightPhase(await plan({}), [item(1, 's3://b-1/a.vcf')], deps(), state)
    expect(kept).toEqual([{ ...item(1, 's3://b-1/a.vcf'), lastModified: modified }])
    expect(state.notes).toEqual([`Files checked: 1 file (2 S3 requests, ${GOOD.length} bytes read)`])
    expect(state.rejected).toEqual([])
  })

  it('bad-files: fail (the default) stops on a file that fails, naming it; skip leaves it out', async () => {
    s3.on(HeadObjectCommand, { Key: 'a.vcf' }).resolves({ ContentLength: GOOD.length })
    s3.on(HeadObjectCommand, { Key: 'bad.vcf' }).resolves({ ContentLength: BAD.length })
    s3.on(GetObjectCommand, { Key: 'bad.vcf' }).callsFake(ranged(BAD))
    s3.on(GetObjectCommand, { Key: 'a.vcf' }).callsFake(ranged(GOOD))
    const items = [item(1, 's3://b-1/a.vcf'), item(2, 's3://b-1/bad.vcf')]
    const failed = await preflightPhase(await plan({}), items, deps(), { notes: [] }).catch(e => e)
    expect((failed as InputError).problems.map(p => p.message)).toEqual([
      expect.stringContaining('line 2: s3://b-1/bad.vcf: expected a #CHROM header line')
    ])

    const state: StartState = { notes: [] }
    const kept = await preflightPhase(await plan({ 'bad-files': 'skip' }), items, deps(), state)
    expect(kept.map(k => k.uri)).toEqual(['s3://b-1/a.vcf'])
    expect(state.rejected?.map(r => r.file)).toEqual(['s3://b-1/bad.vcf'])
    expect(state.notes[0]).toMatch(/; 1 file left out \(bad-files: skip\)$/)
    // A file left out is a failure, not a warning: the summary's warnings hold none of it.
    expect(state.fileWarnings).toEqual([])
  })

  it('the store check: a version is checked unless create-version makes it', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'ACTIVE' })
    const items = [item(1, 's3://b-1/a.vcf')]
    await preflightPhase(await plan({ 'check-files': 'false', 'version-name': 'v_1' }), items, deps(), {
      notes: []
    })
    expect(omics.commandCalls(GetAnnotationStoreVersionCommand).map(c => c.args[0].input)).toEqual([
      { name: 'my_store', versionName: 'v_1' }
    ])
    omics.resetHistory()
    const created = await plan({ 'check-files': 'false', 'version-name': 'v_1', 'create-version': 'true' })
    await preflightPhase(created, items, deps(), { notes: [] })
    expect(omics.commandCalls(GetAnnotationStoreVersionCommand)).toHaveLength(0)
  })

  it('the store check: version-options are for a TSV store', async () => {
    const items = [item(1, 's3://b-1/a.vcf')]
    const given = {
      'check-files': 'false',
      'version-name': 'v_1',
      'create-version': 'true',
      'version-options':
        '{"tsvVersionOptions": {"annotationType": "GENERIC", "formatToHeader": {"CHR": "chrom"}}}'
    }
    const failed = await preflightPhase(await plan(given), items, deps(), { notes: [] }).catch(e => e)
    expect((failed as InputError).problems).toEqual([
      {
        input: 'version-options',
        message:
          'tsvVersionOptions are for TSV stores, but my_store is a VCF store: leave version-options out (preflight)'
      }
    ])
  })

  it("the store check judges the files' names only when their content is not read", async () => {
    const items = [item(1, 's3://b-1/a.tsv')]
    const failed = await preflightPhase(await plan({ 'check-files': 'false' }), items, deps(), {
      notes: []
    }).catch(e => e)
    expect((failed as InputError).problems.map(p => p.message)).toEqual([
      's3://b-1/a.tsv looks like a TSV file, but my_store is a VCF store (preflight)'
    ])
    // Read: the content decides, and the name is a warning.
    s3.on(HeadObjectCommand).resolves({ ContentLength: GOOD.length })
    s3.on(GetObjectCommand).callsFake(ranged(GOOD))
    const state: StartState = { notes: [] }
    const d = deps()
    const kept = await preflightPhase(await plan({}), items, d, state)
    expect(kept).toEqual(items)
    expect(state.fileWarnings).toEqual([
      { file: 's3://b-1/a.tsv', level: 'warn', kind: 'extension', reason: expect.stringContaining('VCF') }
    ])
    expect(d.logs).toEqual([
      'info: Checking 1 file: they exist, are not empty, and their headers fit the store',
      `warning: line 1: s3://b-1/a.tsv: ${state.fileWarnings?.[0]?.reason}`
    ])
    expect(state.notes).toEqual([`Files checked: 1 file (2 S3 requests, ${GOOD.length} bytes read)`])
  })

  it('the INFO fields annotation-fields names must be declared', async () => {
    s3.on(HeadObjectCommand).resolves({ ContentLength: GOOD.length })
    s3.on(GetObjectCommand).callsFake(ranged(GOOD))
    const items = [item(1, 's3://b-1/a.vcf')]
    const declared = await preflightPhase(
      await plan({ 'annotation-fields': '{"VEP": "CSQ"}' }),
      items,
      deps(),
      {
        notes: []
      }
    )
    expect(declared).toEqual(items)
    const failed = await preflightPhase(
      await plan({ 'annotation-fields': '{"VEP": "ANN"}' }),
      items,
      deps(),
      {
        notes: []
      }
    ).catch(e => e)
    expect((failed as InputError).problems.map(p => p.message)).toEqual([
      expect.stringContaining('annotation-fields names the INFO field ANN')
    ])
  })

  it("a TSV store's columns, read with the job's readOptions", async () => {
    omics.on(GetAnnotationStoreCommand).resolves({
      status: 'ACTIVE',
      storeFormat: 'TSV',
      storeOptions: {
        tsvStoreOptions: {
          annotationType: 'CHR_START_END_ONE_BASE',
          formatToHeader: { CHR: 'chrom', START: 'start' }
        }
      }
    })
    const tsv = 'chrom,start\n1,100\n'
    s3.on(HeadObjectCommand).resolves({ ContentLength: tsv.length })
    s3.on(GetObjectCommand).callsFake(ranged(tsv))
    const items = [item(1, 's3://b-1/a.csv')]
    const comma = { 'format-options': '{"tsvOptions": {"readOptions": {"sep": ","}}}' }
    expect(await preflightPhase(await plan(comma), items, deps(), { notes: [] })).toEqual(items)
    const failed = await preflightPhase(await plan({}), items, deps(), { notes: [] }).catch(e => e)
    expect((failed as InputError).problems.map(p => p.message)).toEqual([
      expect.stringContaining('the header row lacks the columns the store maps: chrom, start')
    ])
  })

  it('a store that cannot be read: the files are checked for existence and size only', async () => {
    omics.on(GetAnnotationStoreCommand).rejects(awsError('AccessDeniedException', 403))
    s3.on(HeadObjectCommand).resolves({ ContentLength: 5 })
    const items = [item(1, 's3://b-1/a.vcf'), item(2, 's3://b-1/b.vcf')]
    const d = deps()
    const state: StartState = { notes: [] }
    const kept = await preflightPhase(await plan({}), items, d, state)
    expect(kept).toStrictEqual(items)
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0)
    expect(d.logs).toEqual([
      'warning: Preflight could not read store my_store: the credentials lack omics:GetAnnotationStore. Starting the import without this check (grant omics:GetAnnotationStore or set preflight: false).',
      'info: Checking 2 files: they exist and are not empty (the store could not be read, so headers are not checked)'
    ])
    expect(state.notes).toEqual(['Files checked: 2 files (2 S3 requests, 0 bytes read)'])
    expect(state.fileWarnings).toEqual([])
  })

  it("a file's LastModified: its own (from the listing) first, else HeadObject's, else none", async () => {
    omics.on(GetAnnotationStoreCommand).rejects(awsError('AccessDeniedException', 403))
    const listed = new Date('2026-01-01T00:00:00Z')
    const headed = new Date('2026-02-02T00:00:00Z')
    s3.on(HeadObjectCommand, { Key: 'a.vcf' }).resolves({ ContentLength: 5, LastModified: headed })
    s3.on(HeadObjectCommand, { Key: 'b.vcf' }).resolves({ ContentLength: 5 })
    const items = [
      { ...item(1, 's3://b-1/a.vcf'), lastModified: listed },
      item(2, 's3://b-1/b.vcf'),
      { ...item(3, 's3://b-1/c.vcf'), size: 5 }
    ]
    const kept = await preflightPhase(await plan({}), items, deps(), { notes: [] })
    expect(kept).toStrictEqual([
      { ...item(1, 's3://b-1/a.vcf'), lastModified: listed },
      item(2, 's3://b-1/b.vcf'),
      { ...item(3, 's3://b-1/c.vcf'), size: 5 }
    ])
    s3.on(HeadObjectCommand, { Key: 'b.vcf' }).resolves({ ContentLength: 5, LastModified: headed })
    const again = await preflightPhase(await plan({}), [item(2, 's3://b-1/b.vcf')], deps(), { notes: [] })
    expect(again).toStrictEqual([{ ...item(2, 's3://b-1/b.vcf'), lastModified: headed }])
  })
})
