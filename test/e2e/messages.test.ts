// Messages that must say what happened: a cancel during preflight, a reset, a dead proxy, a version
// create that is not sent, and a store answer preflight could not read.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { errorText, runAction, START_ACTION, startInputs } from '../helpers/run-action.js'

const emu = useEmulator()

const inputs = (extra: Record<string, string> = {}): Record<string, string> => startInputs(emu.url, extra)

describe('cancelled during preflight', () => {
  // The store check is held for 3 s; the signal comes once the clients are built (the debug line before it).
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s: no "without this check", no "Starting", ends as cancelled with nothing sent',
    async signal => {
      emu.addFault({ op: 'GetAnnotationStore', kind: 'delay', delayMs: 3000 })
      const result = await runAction(START_ACTION, inputs(), {
        interrupt: { signal, when: /::debug::HealthOmics endpoint/ }
      })
      expect(result.code).toBe(1)
      expect(result.stdout).toContain(`Received ${signal}: the workflow run was cancelled`)
      expect(result.stdout).not.toContain('without this check')
      expect(result.stdout).not.toContain('Starting 1 annotation import job')
      expect(errorText(result)).toBe('Stopped: the workflow run was cancelled before any job started.')
      expect(emu.calls('StartAnnotationImportJob')).toHaveLength(0)
    }
  )
})

describe('network failures read as what they are', () => {
  it('a connection reset reads as ECONNRESET, not TimeoutError', async () => {
    emu.addFault({ op: 'GetAnnotationStore', kind: 'reset', count: 10 })
    const result = await runAction(
      START_ACTION,
      inputs({ 'max-attempts': '1', 'check-files': 'false', 'dry-run': 'true' })
    )
    expect(result.stdout).toContain(
      '::warning::Preflight could not read store my_vcf_store (ECONNRESET: socket hang up); starting the import without this check.'
    )
    expect(result.stdout).not.toContain('TimeoutError')
  })

  it('a reset on Start names ECONNRESET in the failure', async () => {
    emu.addFault({ op: 'StartAnnotationImportJob', kind: 'reset', count: 10 })
    emu.addFault({ op: 'ListAnnotationImportJobs', kind: 'reset', count: 10 })
    const result = await runAction(START_ACTION, inputs({ preflight: 'false', 'max-attempts': '1' }))
    expect(result.code).toBe(1)
    expect(errorText(result)).toContain(
      'StartAnnotationImportJob on store my_vcf_store failed: ECONNRESET: socket hang up'
    )
  })

  it.each([
    ['HTTP_PROXY', { env: { HTTP_PROXY: 'http://user:secret@127.0.0.1:9' } }, 'HTTP_PROXY'],
    [
      'the http-proxy input',
      { input: { 'http-proxy': 'http://user:secret@127.0.0.1:9' } },
      'the http-proxy input'
    ]
  ])('a dead proxy (%s) is named as the proxy, without its password', async (_name, given, source) => {
    const result = await runAction(
      START_ACTION,
      inputs({ preflight: 'false', 'max-attempts': '1', ...('input' in given ? given.input : {}) }),
      'env' in given ? { env: given.env } : {}
    )
    expect(result.code).toBe(1)
    const text = errorText(result)
    expect(text).toContain(
      `Could not reach the proxy http://127.0.0.1:9 (ECONNREFUSED after 1 tries), set by ${source}:`
    )
    expect(text).not.toContain(`Could not reach ${emu.url}`)
    expect(result.stdout).not.toContain('secret')
    expect(emu.requests).toHaveLength(0)
  })
})

describe('version request', () => {
  const versionInputs = (): Record<string, string> =>
    inputs({ 'version-name': 'v_new', 'create-version': 'true', preflight: 'false', 'poll-interval': '0.1' })

  it('is printed when the create is sent, and not on a rerun where the version exists', async () => {
    const first = await runAction(START_ACTION, versionInputs())
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('::group::Create version request (CreateAnnotationStoreVersion)')
    expect(emu.calls('CreateAnnotationStoreVersion')).toHaveLength(1)
    const rerun = await runAction(START_ACTION, versionInputs())
    expect(rerun.code).toBe(0)
    expect(rerun.stdout).toContain('Version v_new of store my_vcf_store exists and is ACTIVE')
    expect(rerun.stdout).not.toContain('Create version request')
    expect(emu.calls('CreateAnnotationStoreVersion')).toHaveLength(1)
  })
})

describe('a store answer preflight could not read', () => {
  it('a garbled 200 answer is a warning saying so, and the import goes ahead', async () => {
    emu.addFault({ op: 'GetAnnotationStore', kind: 'raw', body: '{"name": "my_vc' })
    const result = await runAction(START_ACTION, inputs({ 'check-files': 'false' }))
    expect(result.code).toBe(0)
    const warning = result.stdout.split('\n').find(line => line.startsWith('::warning::Preflight'))
    expect(warning).toMatch(
      /^::warning::Preflight could not read store my_vcf_store \(the answer \(HTTP 200\) is not valid JSON: [^%]+\); starting the import without this check\.$/
    )
    expect(warning).not.toContain('$response')
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
  })

  it('a 400 answer is a warning naming the status and the error, and the import goes ahead', async () => {
    emu.addFault({
      op: 'GetAnnotationStore',
      kind: 'raw',
      status: 400,
      body: '{"__type": "ValidationException", "message": "bad name"}'
    })
    const result = await runAction(START_ACTION, inputs({ 'check-files': 'false' }))
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '::warning::Preflight could not read store my_vcf_store (HTTP 400 ValidationException: bad name); starting the import without this check.'
    )
    expect(emu.calls('StartAnnotationImportJob')).toHaveLength(1)
  })
})
