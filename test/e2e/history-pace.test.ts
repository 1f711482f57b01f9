// skip-imported over a long history under the service's rate limit: List pages and Get calls are paced
// (adaptive to 429s, bounded in flight), so the read settles near the allowed rate with few throttled
// answers instead of storms of retries, and ends with the right decisions.
import { describe, expect, it } from '@jest/globals'
import { useEmulator } from '../helpers/emulator.js'
import { ROLE, runAction, START_ACTION } from '../helpers/run-action.js'

const emu = useEmulator({})

describe('history reads under throttling', () => {
  it('a history of 400 jobs read at 40 calls/s: few 429s, every job read once, the old file skipped', async () => {
    const old = Array.from({ length: 400 }, (_, n) => `s3://batch-annotations/old/f${n}.vcf.gz`)
    old.forEach((source, n) => emu.state.addJob({ sources: [source], agoMs: 3600_000 + n * 1000 }))
    emu.state.throttle = { rps: 40, burst: 10 }
    const items = [old[399] ?? '', 's3://batch-annotations/new/tonight.vcf.gz']
    const result = await runAction(
      START_ACTION,
      {
        'destination-name': 'my_vcf_store',
        items: items.join('\n'),
        'role-arn': ROLE,
        'endpoint-url': emu.url,
        'one-job-per-item': 'true',
        'skip-imported': 'true'
      },
      { timeoutMs: 90_000 }
    )
    expect(result.code).toBe(0)
    expect(JSON.parse(result.outputs['skipped'] ?? '[]')).toEqual([old[399]])
    expect(JSON.parse(result.outputs['job-ids'] ?? '[]')).toHaveLength(1)
    const gets = emu.calls('GetAnnotationImportJob')
    const ok = gets.filter(r => r.status === 200)
    const throttled = gets.filter(r => r.status === 429)
    // Every job's details read once (the oldest job imported the old file, so none is left out).
    expect(ok).toHaveLength(400)
    // Paced: a few 429s while the rate is learnt and probed, not one per call.
    // Measured: about 40 paced at 40 calls/s; at 20 calls/s 34 paced, 181 before pacing.
    expect(throttled.length).toBeLessThan(90)
  }, 100_000)
})
