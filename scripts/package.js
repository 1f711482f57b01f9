#!/usr/bin/env node
// @ts-check
// Builds the two committed bundles with ncc (dist/ for the action, wait/dist/ for the wait sub-action),
// then checks what went into them.
//
// The bundles resolve the AWS SDK to its ES module builds (dist-es), not the CommonJS ones ncc would pick
// from the packages' "exports" ("node" comes before "import" there). With dist-es, webpack keeps only the
// modules the action imports (6 of Omics' ~100 commands) and turns the SDK's dynamic imports into
// chunks of their own, so the credential providers the run does not use (SSO, INI, web identity, ...)
// are loaded only when the chain reaches them. Measured with npm run bench: main chunk 1.37 MB -> 0.78 MB,
// single submit about 50 ms faster under Node 24.
//
// The redirects are "paths" in tsconfig.bundle.json, used only for the bundle's module resolution:
// ncc's paths plugin reads the file TS_NODE_PROJECT names, while its type check keeps tsconfig.json, so
// the sources are still checked against the SDK's real types. The same file swaps @actions/http-client
// and @actions/exec (pulled in by @actions/core for features the action never uses) for src/shims/.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const BUILDS = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/wait-index.ts', out: 'wait/dist' }
]
/** Modules that must not be in a bundle, and why. */
const FORBIDDEN = [
  {
    test: /node_modules\/@(smithy|aws-sdk|aws)\/[^/]+\/dist-cjs\//,
    why: 'an AWS SDK CommonJS build: add its package (or subpath) to tsconfig.bundle.json'
  },
  {
    test: /node_modules\/(undici|@actions\/http-client)\//,
    why: 'the HTTP client shimmed out of @actions/core'
  },
  { test: /node_modules\/@actions\/(exec|io)\//, why: '@actions/exec, shimmed out of @actions/core' }
]

const stats = mkdtempSync(join(tmpdir(), 'ncc-stats-'))
let failed = false
try {
  for (const { entry, out } of BUILDS) {
    rmSync(join(ROOT, out), { recursive: true, force: true })
    const statsFile = join(stats, `${out.replace('/', '-')}.json`)
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
        'build',
        entry,
        '-o',
        out,
        '--license',
        'licenses.txt',
        '--target',
        'es2022',
        '--stats-out',
        statsFile
      ],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.bundle.json') }
      }
    )
    if (run.status !== 0) process.exit(run.status ?? 1)
    /** @type {{ modules: { name: string, modules?: { name: string }[] }[] }} */
    const json = JSON.parse(readFileSync(statsFile, 'utf8'))
    const names = json.modules.flatMap(m => (m.modules ? m.modules.map(x => x.name) : [m.name]))
    for (const { test, why } of FORBIDDEN) {
      for (const name of names.filter(n => test.test(n))) {
        console.error(`${out}: bundles ${name}: ${why}`)
        failed = true
      }
    }
  }
} finally {
  rmSync(stats, { recursive: true, force: true })
}
if (failed) process.exit(1)
