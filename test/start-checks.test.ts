// start-checks.ts: the checks before a start, with mocked Omics and S3 clients and a simulated clock: the
// store alone on a quiet night; the store, then the files, and what bad-files makes of a failed file.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { GetAnnotationStoreCommand } from '@aws-sdk/client-omics'
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
  })
})
