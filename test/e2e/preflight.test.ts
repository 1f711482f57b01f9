// Preflight end to end: mistakes caught before a job starts, against the stand-in's stores.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, startInputs } from '../helpers/run-action.js'

const emu = useEmulator()

const inputs = (extra: Record<string, string> = {}): Record<string, string> => startInputs(emu.url, extra)

describe('preflight', () => {
  it('checks the store (and version) before starting', async () => {
    const result = await runAction(START_ACTION, inputs({ 'version-name': 'release_1' }))
    expect(result.code).toBe(0)
    expect(emu.requests.map(r => r.op)).toEqual([
      'GetAnnotationStore',
      'GetAnnotationStoreVersion',
      'HeadObject',
      'GetObject',
      'StartAnnotationImportJob'
    ])
  })

  it.each([
    [
      'a store that does not exist',
      { 'destination-name': 'no_such_store' },
      'destination-name: no annotation store named no_such_store in us-east-1 (stores are regional: check region) (preflight)'
    ],
    [
      'a store in another region',
      { 'destination-name': 'eu_vcf_store' },
      'destination-name: no annotation store named eu_vcf_store in us-east-1'
    ],
    [
      'a store that is not ACTIVE',
      { 'destination-name': 'creating_store' },
      'destination-name: store creating_store is CREATING, not ACTIVE: Store is being created'
    ],
    [
      'vcfOptions on a TSV store',
      {
        'destination-name': 'my_tsv_store',
        items: 's3://b-1/x.tsv',
        'format-options': 'vcfOptions: {ignoreQualField: true}'
      },
      'format-options: vcfOptions are for VCF stores, but my_tsv_store is a TSV store'
    ],
    [
      'tsvOptions on a VCF store',
      { 'format-options': 'tsvOptions: {readOptions: {sep: ","}}' },
      'format-options: tsvOptions are for TSV stores, but my_vcf_store is a VCF store'
    ],
    [
      // check-files off: preflight judges by the name (with file checks, the content decides: files.test.ts).
      'VCF files into a GFF store',
      { 'destination-name': 'my_gff_store', 'check-files': 'false' },
      'items: s3://my-annotations/a.vcf.gz looks like a VCF file, but my_gff_store is a GFF store'
    ],
    [
      'a version that does not exist',
      { 'version-name': 'no_such_version' },
      'version-name: store my_vcf_store has no version no_such_version in us-east-1'
    ],
    [
      'a version that is not ACTIVE',
      { 'version-name': 'old_build' },
      'version-name: version old_build of my_vcf_store is FAILED, not ACTIVE'
    ]
  ])('fails on %s and starts nothing', async (_name, extra, message) => {
    const result = await runAction(START_ACTION, inputs(extra))
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(message)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
  })

  it('lists nothing else when the store is missing', async () => {
    const result = await runAction(
      START_ACTION,
      inputs({
        'destination-name': 'no_such_store',
        'version-name': 'release_1',
        'format-options': 'tsvOptions: {}'
      })
    )
    expect(errorText(result)).toContain('1 problem with the inputs; no job was started:')
    expect(emu.calls('GetAnnotationStoreVersion')).toHaveLength(0)
  })

  it('warns about an unknown extension and goes ahead', async () => {
    // check-files off: the header check would (rightly) reject a file that is not VCF.
    const result = await runAction(
      START_ACTION,
      inputs({ items: 's3://my-annotations/a.data', 'check-files': 'false' })
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '::warning::items: s3://my-annotations/a.data has an extension not usual for a VCF store; importing it anyway'
    )
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
  })

  it('an access denied on a preflight call is a warning naming the permission, and the import goes ahead', async () => {
    emu.addFault({ op: 'GetAnnotationStore', kind: 'access-denied' })
    const result = await runAction(START_ACTION, inputs())
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '::warning::Preflight could not read store my_vcf_store: the credentials lack omics:GetAnnotationStore'
    )
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
  })

  it('preflight: false skips all of it', async () => {
    const result = await runAction(START_ACTION, inputs({ preflight: 'false', 'version-name': 'release_1' }))
    expect(result.code).toBe(0)
    expect(emu.requests.map(r => r.op)).toEqual(['StartAnnotationImportJob'])
  })
})
