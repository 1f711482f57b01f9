// create-version end to end (issue 10): a new store version created, waited for and imported into, in
// that order on the wire; an existing one not recreated; FAILED and never-ACTIVE versions stop the step
// before any import; two runs racing to create it both import into it; bad version inputs send nothing.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, startInputs } from '../helpers/run-action.js'
import { summaryText } from '../helpers/summary-text.js'

const emu = useEmulator()
const release = (extra: Record<string, string> = {}) =>
  startInputs(emu.url, {
    'version-name': 'clinvar_2026_11',
    'create-version': 'true',
    'poll-interval': '0.1',
    items: 's3://my-annotations/clinvar/2026-11.vcf.gz',
    ...extra
  })
const VERSION_ARN =
  'arn:aws:omics:us-east-1:123456789012:annotationStore/my_vcf_store/version/clinvar_2026_11'

describe('create-version', () => {
  it('creates the version, waits until ACTIVE, then imports into it, in that order on the wire', async () => {
    const result = await runAction(
      START_ACTION,
      release({ 'version-description': 'ClinVar November 2026', 'version-tags': 'source: clinvar' })
    )
    expect(result.code).toBe(0)
    const ops = emu.requests.map(r => r.op).filter(op => op !== 'HeadObject' && op !== 'GetObject')
    expect(ops.slice(0, 3)).toEqual([
      'GetAnnotationStore',
      'GetAnnotationStoreVersion',
      'CreateAnnotationStoreVersion'
    ])
    const activeAt = emu.requests.findIndex(r => r.op === 'GetAnnotationStoreVersion' && r.status === 200)
    expect(activeAt).toBeGreaterThan(0)
    expect(ops.indexOf('StartAnnotationImportJob')).toBeGreaterThan(
      ops.lastIndexOf('GetAnnotationStoreVersion')
    )
    expect(emu.calls('CreateAnnotationStoreVersion')[0]?.body).toEqual({
      versionName: 'clinvar_2026_11',
      description: 'ClinVar November 2026',
      tags: {
        'github-repository': 'octo-org/annotations',
        'github-run': 'https://github.com/octo-org/annotations/actions/runs/4242',
        source: 'clinvar'
      }
    })
    expect(emu.calls('StartAnnotationImportJob')[0]?.body.versionName).toBe('clinvar_2026_11')
    expect(result.outputs['version-created']).toBe('true')
    expect(result.outputs['version-arn']).toBe(VERSION_ARN)
    expect(summaryText(result.summary)).toContain('Version clinvar_2026_11: created by this run (ACTIVE)')
    expect(result.stdout).toContain('Version clinvar_2026_11: CREATING after')
  })

  it('an existing ACTIVE version is imported into, not created again', async () => {
    const result = await runAction(START_ACTION, release({ 'version-name': 'release_1' }))
    expect(result.code).toBe(0)
    expect(emu.calls('CreateAnnotationStoreVersion')).toHaveLength(0)
    expect(result.outputs['version-created']).toBe('false')
    expect(summaryText(result.summary)).toContain('Version release_1: already existed (ACTIVE)')
  })

  it('a version that ends FAILED stops the step with its status message, before any import', async () => {
    emu.state.failVersions = { clinvar_2026_11: 'Version creation failed: store is being deleted' }
    const result = await runAction(START_ACTION, release())
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      'Version clinvar_2026_11 of store my_vcf_store is FAILED: Version creation failed: store is being deleted; no job was started'
    )
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    const existing = await runAction(START_ACTION, release({ 'version-name': 'old_build' }))
    expect(errorText(existing)).toContain('Version old_build of store my_vcf_store is FAILED')
    expect(emu.calls('CreateAnnotationStoreVersion')).toHaveLength(1)
  })

  it('a version that never becomes ACTIVE within wait-timeout fails before any import, saying so', async () => {
    emu.state.versionPlan = Array(10_000).fill('CREATING')
    const result = await runAction(START_ACTION, release({ 'wait-timeout': '1' }))
    expect(result.code).toBe(1)
    expect(errorText(result)).toMatch(
      /Version clinvar_2026_11 of store my_vcf_store was still CREATING after waiting \ds \(wait-timeout 1\); no job was started/
    )
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
  })

  it('two runs racing to create the same version: one create accepted, both import into it', async () => {
    emu.state.versionPlan = ['CREATING', 'CREATING', 'CREATING', 'ACTIVE']
    const [first, second] = await Promise.all([
      runAction(START_ACTION, release({ items: 's3://my-annotations/clinvar/a.vcf.gz' })),
      runAction(START_ACTION, release({ items: 's3://my-annotations/clinvar/b.vcf.gz' }))
    ])
    expect([first?.code, second?.code]).toEqual([0, 0])
    const creates = emu
      .calls('CreateAnnotationStoreVersion')
      .map(r => r.status)
      .sort()
    expect(creates[0]).toBe(200)
    expect(creates.slice(1).every(status => status === 409)).toBe(true)
    expect([first?.outputs['version-created'], second?.outputs['version-created']].sort()).toEqual([
      'false',
      'true'
    ])
    expect(emu.calls('StartAnnotationImportJob').map(r => r.body.versionName)).toEqual([
      'clinvar_2026_11',
      'clinvar_2026_11'
    ])
  })

  it('a ConflictException from the create means another run is creating it: this run waits and imports', async () => {
    // Another run's create landed between this run's read and its create.
    emu.state.addVersion('my_vcf_store', 'clinvar_2026_11', ['CREATING', 'CREATING', 'ACTIVE'])
    emu.addFault({ op: 'GetAnnotationStoreVersion', kind: 'not-found' })
    const result = await runAction(START_ACTION, release())
    expect(result.code).toBe(0)
    expect(emu.calls('CreateAnnotationStoreVersion').map(r => r.status)).toEqual([409])
    expect(result.stdout).toContain('is being created by another run (ConflictException); waiting for it')
    expect(result.outputs['version-created']).toBe('false')
    expect(emu.calls('StartAnnotationImportJob')[0]?.body.versionName).toBe('clinvar_2026_11')
  })

  it('bad version inputs are reported with the others, and nothing is sent', async () => {
    const result = await runAction(
      START_ACTION,
      release({
        'version-name': '',
        'version-description': 'x'.repeat(501),
        'version-options':
          'tsvVersionOptions: { annotationType: CHR_ONLY, formatToHeader: { CHROM: chr }, schema: [ { Gene: TEXT } ] }',
        'version-tags': 'aws:owner: me'
      })
    )
    expect(result.code).toBe(1)
    const error = errorText(result)
    expect(error).toContain('create-version: needs version-name')
    expect(error).toContain('version-description: the description must be 0 to 500 characters, got 501')
    expect(error).toContain('version-options: tsvVersionOptions.annotationType must be one of GENERIC')
    expect(error).toContain(
      'version-options: a tsvVersionOptions.formatToHeader key must be one of CHR, START, END, REF, ALT, POS, got "CHROM"'
    )
    expect(error).toContain(
      'version-options: tsvVersionOptions.schema[0]: column name must match [a-z0-9_]{1,255}, got "Gene"'
    )
    expect(error).toContain(
      'version-options: tsvVersionOptions.schema[0].Gene must be one of LONG, INT, STRING, FLOAT, DOUBLE, BOOLEAN, got "TEXT"'
    )
    expect(error).toContain('version-tags: tag key "aws:owner": the aws: prefix is reserved')
    expect(emu.requests).toHaveLength(0)
  })

  it('version-options on a store that is not TSV is a preflight error, before any create', async () => {
    const result = await runAction(
      START_ACTION,
      release({ 'version-options': 'tsvVersionOptions: { annotationType: CHR_POS }' })
    )
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      'version-options: tsvVersionOptions are for TSV stores, but my_vcf_store is a VCF store'
    )
    expect(emu.calls('CreateAnnotationStoreVersion')).toHaveLength(0)
  })

  it('a dry run prints the create request and the import request, and creates nothing', async () => {
    const result = await runAction(START_ACTION, release({ 'dry-run': 'true' }))
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('::group::Create version request (CreateAnnotationStoreVersion)')
    expect(result.stdout).toContain('"versionName": "clinvar_2026_11"')
    expect(summaryText(result.summary)).toContain(
      'would create version clinvar_2026_11 of store my_vcf_store'
    )
    expect(emu.calls('CreateAnnotationStoreVersion')).toHaveLength(0)
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    const offline = await runAction(START_ACTION, release({ 'dry-run': 'offline' }))
    expect(offline.stdout).toContain('::group::Create version request (CreateAnnotationStoreVersion)')
  })
})
