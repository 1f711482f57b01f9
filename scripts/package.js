#!/usr/bin/env node
// @ts-check
// Builds the two committed bundles with ncc (dist/ for the action, wait/dist/ for the wait sub-action),
// then checks what went into them.
//
// The bundles resolve the AWS SDK to its ES module builds (dist-es), not the CommonJS ones ncc would pick
// from the packages' "exports" ("node" comes before "import" there). With dist-es, webpack keeps only the
// modules the action imports (6 of Omics' ~100 commands) and turns the SDK's dynamic imports into
// chunks of their own, so the credential providers the run does not use (SSO, INI, web identity, ...)
// are loaded only when the chain reaches them. Measured with npm run bench: main chunk 1.37 MB -> 0.71 MB,
// single submit about 50 ms faster under Node 24.
//
// Then each entry chunk (index.js) gets one dead-code pass with terser: webpack marks unused exports but
// leaves their code (all ~100 Omics operation schemas, for one), and without a minifier nothing removes
// it. Only removal: no mangling, no other rewriting, beautified output. ncc's own --minify was measured
// slower, not faster: it drops the parentheses webpack puts around each module function, which V8 takes
// as "called at once, compile now"; without them every module is parsed twice. So they are put back.
// Measured (31-run A/B under Node 24): main chunk 0.71 MB -> 0.57 MB (0.37 MB of it without the
// indentation), single submit 15-19 ms faster.
//
// The redirects are "paths" in tsconfig.bundle.json, used only for the bundle's module resolution:
// ncc's paths plugin reads the file TS_NODE_PROJECT names, while its type check keeps tsconfig.json, so
// the sources are still checked against the SDK's real types. The same file swaps @actions/http-client
// and @actions/exec (pulled in by @actions/core for features the action never uses) for src/shims/.
//
// The history cache's client (@actions/cache, with the real @actions/http-client, @actions/exec for tar,
// and the Azure storage SDK) is a third bundle, dist/history-cache/, built with tsconfig.json (no
// shims, since it needs the real modules), and run as a worker thread only when skip-imported runs with a
// cache service (src/phases/history-cache-store.ts). A chunk of the main bundle could not have it: the
// shims of the main bundle apply to every module in it. The checks keep the cache client out of the two
// action bundles, and the shims out of the worker.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'acorn'
import { minify } from 'terser'
import { SOURCES_STAMP, sourcesHash } from './sources-hash.js'

const ROOT = resolve(import.meta.dirname, '..')
/** Modules that must not be in an action bundle (dist/, wait/dist/), and why. */
const FORBIDDEN = [
  {
    test: /node_modules\/@(smithy|aws-sdk|aws)\/[^/]+\/dist-cjs\//,
    why: 'an AWS SDK CommonJS build: add its package (or subpath) to tsconfig.bundle.json'
  },
  {
    test: /node_modules\/(undici|@actions\/http-client)\//,
    why: 'the HTTP client shimmed out of @actions/core'
  },
  { test: /node_modules\/@actions\/(exec|io)\//, why: '@actions/exec, shimmed out of @actions/core' },
  {
    test: /node_modules\/(@actions\/(cache|glob)|@azure|@protobuf-ts)\//,
    why: 'the history cache client, which lives in dist/history-cache/ (the worker bundle)'
  },
  {
    test: /node_modules\/(proxy-agent|pac-proxy-agent|pac-resolver|socks-proxy-agent|socks|get-uri|basic-ftp|esprima|quickjs-emscripten|@tootallnate\/quickjs-emscripten|degenerator|data-uri-to-buffer)\//,
    why: 'PAC, SOCKS or FTP proxy code: only http:// and https:// proxies are supported (http-proxy-agent, https-proxy-agent)'
  },
  {
    test: /node_modules\/debug\//,
    why: 'the debug module, which writes to stderr past the redaction when DEBUG is set: shimmed by src/shims/debug.ts'
  }
]
/** What the worker bundle must not have: the shims (it needs the real modules) or the AWS SDK. */
const FORBIDDEN_IN_WORKER = [
  {
    test: /src\/shims\/(?!debug\.ts)/,
    why: 'a shim: @actions/cache needs the real @actions/http-client and @actions/exec (only debug is shimmed)'
  },
  {
    test: /node_modules\/@(aws-sdk|smithy)\//,
    why: 'the AWS SDK: the worker talks to the cache service only'
  }
]
const BUILDS = [
  { entry: 'src/index.ts', out: 'dist', tsconfig: 'tsconfig.bundle.json', forbidden: FORBIDDEN, trim: true },
  {
    entry: 'src/wait-index.ts',
    out: 'wait/dist',
    tsconfig: 'tsconfig.bundle.json',
    forbidden: FORBIDDEN,
    trim: true
  },
  {
    entry: 'src/history-cache-worker.ts',
    out: 'dist/history-cache',
    tsconfig: 'tsconfig.worker.json',
    forbidden: FORBIDDEN_IN_WORKER,
    trim: false,
    needs: /node_modules\/@actions\/cache\//
  }
]

/** Text that must not be in a bundle: the proxy-agent family's PAC, SOCKS and FTP code, the debug module. */
const FORBIDDEN_TEXT = /esprima|quickjs|basic-ftp|pac-resolver|pac-proxy-agent|socks-proxy-agent|inspectOpts/

/** Drops unused code from an ncc entry chunk (see the top of this file), keeping webpack's module parentheses. */
async function removeDeadCode(/** @type {string} */ file) {
  const before = readFileSync(file, 'utf8')
  const result = await minify(before, {
    module: true,
    compress: { defaults: false, unused: true, dead_code: true, side_effects: true, passes: 2 },
    mangle: false,
    format: { beautify: true, comments: 'some' }
  })
  if (result.code === undefined) throw new Error(`terser returned nothing for ${file}`)
  const code = result.code
  /** @type {any} */
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' })
  /** @type {[number, number][]} */
  const factories = []
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration') continue
    for (const declaration of statement.declarations) {
      if (declaration.id.name !== '__webpack_modules__' || declaration.init?.type !== 'ObjectExpression')
        continue
      for (const property of declaration.init.properties) {
        if (/FunctionExpression$/.test(property.value.type))
          factories.push([property.value.start, property.value.end])
      }
    }
  }
  if (factories.length === 0) throw new Error(`${file}: no __webpack_modules__ table found after terser`)
  let wrapped = code
  for (const [start, end] of factories.reverse()) {
    wrapped = `${wrapped.slice(0, start)}(${wrapped.slice(start, end)})${wrapped.slice(end)}`
  }
  writeFileSync(file, wrapped.endsWith('\n') ? wrapped : `${wrapped}\n`)
  console.log(`${file}: ${before.length} -> ${wrapped.length} bytes after removing dead code`)
}

const stats = mkdtempSync(join(tmpdir(), 'ncc-stats-'))
try {
  for (const { entry, out, tsconfig, forbidden, trim, needs } of BUILDS) {
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
        env: { ...process.env, TS_NODE_PROJECT: join(ROOT, tsconfig) }
      }
    )
    if (run.status !== 0) {
      process.exitCode = run.status ?? 1
      break
    }
    if (trim) await removeDeadCode(join(ROOT, out, 'index.js'))
    /** @type {{ modules: { name: string, modules?: { name: string }[] }[] }} */
    const json = JSON.parse(readFileSync(statsFile, 'utf8'))
    const names = json.modules.flatMap(m => (m.modules ? m.modules.map(x => x.name) : [m.name]))
    for (const { test, why } of forbidden) {
      for (const name of names.filter(n => test.test(n))) {
        console.error(`${out}: bundles ${name}: ${why}`)
        process.exitCode = 1
      }
    }
    if (needs && !names.some(n => needs.test(n))) {
      console.error(`${out}: does not bundle ${needs.source}`)
      process.exitCode = 1
    }
    // And by content, whatever the module is called: no PAC, SOCKS or FTP code, no debug module.
    for (const file of readdirSync(join(ROOT, out)).filter(f => f.endsWith('.js'))) {
      const found = FORBIDDEN_TEXT.exec(readFileSync(join(ROOT, out, file), 'utf8'))
      if (found) {
        console.error(`${out}/${file}: contains "${found[0]}": PAC, SOCKS, FTP or debug-module code`)
        process.exitCode = 1
      }
    }
  }
  if (!process.exitCode) writeFileSync(SOURCES_STAMP, `${sourcesHash()}\n`)
} finally {
  rmSync(stats, { recursive: true, force: true })
}
