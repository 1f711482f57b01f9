// @ts-check
// The end-to-end tests run the committed bundles, so they must be built from the sources as they are
// now: the e2e suites' stand-in helper calls this first, so each suite fails at once, before any test.
import { existsSync, readFileSync } from 'node:fs'
import { SOURCES_STAMP, sourcesHash } from '../../scripts/sources-hash.js'

export default function checkDist() {
  // For checking that a new test fails on an older bundle (CONTRIBUTING.md); never set in CI.
  if (process.env['E2E_ALLOW_OTHER_DIST'] === '1') return
  const stamped = existsSync(SOURCES_STAMP) ? readFileSync(SOURCES_STAMP, 'utf8').trim() : ''
  if (stamped !== sourcesHash())
    throw new Error(
      'dist/ is older than src/ (or was built from other sources): run npm run package, then npm test'
    )
}
