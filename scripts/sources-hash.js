// @ts-check
// The hash of everything the bundles are built from. npm run package writes it into dist/ (SOURCES_STAMP);
// the tests' global setup compares, so end-to-end tests never pass against a bundle older than src/.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..')
export const SOURCES_STAMP = join(ROOT, 'dist', 'sources.sha256')
// package-lock.json counts only through the packages that can be bundled (not dev-only ones), so a
// dev tooling update does not mark the bundle stale.
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.bundle.json', 'tsconfig.worker.json', 'scripts/package.js']

/** @param {string} path @returns {string[]} */
function files(path) {
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap(name => files(join(path, name)))
    : [path]
}

export function sourcesHash() {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap(input => files(join(ROOT, input)))) {
    hash.update(relative(ROOT, file).replace(/\\/g, '/'))
    hash.update('\0')
    hash.update(readFileSync(file))
    hash.update('\0')
  }
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'))
  const shipped = Object.entries(lock.packages ?? {})
    .filter(([, entry]) => !(/** @type {{ dev?: boolean }} */ (entry).dev))
    .map(([path, entry]) => `${path}@${/** @type {{ version?: string }} */ (entry).version ?? ''}`)
    .sort()
  hash.update(shipped.join('\n'))
  return hash.digest('hex')
}
