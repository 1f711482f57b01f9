// @ts-check
// Mutation testing of one layer of src/ by its own unit tests: npm run mutate:layer -- <layer> [--list]
// [stryker options]. A layer's own tests are test/<module>.test.ts for each module of the layer, so a
// mutant counts as killed only when the layer's tests notice it (stricter than every unit test at once,
// and several times faster: each mutant loads a few test files). Results are kept per layer in
// reports/stryker-incremental-<layer>.json, so a second run tests again only what changed; --list prints
// the score per module and the surviving mutants from that file without running anything.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { ROOT } from './sources-hash.js'
import strykerConfig from '../stryker.config.mjs'

const LAYERS = ['shared', 'inputs', 'model', 'aws', 'phases', 'report', 'entry']
const [layer = '', ...rest] = process.argv.slice(2)
if (!LAYERS.includes(layer)) {
  console.error(`usage: npm run mutate:layer -- <${LAYERS.join('|')}> [--list] [stryker options]`)
  process.exit(2)
}

const dir = layer === 'entry' ? 'src' : join('src', layer)
// The files stryker.config.mjs leaves out (`!src/<file>.ts`: the bundles' thin entry files, which the
// end-to-end tests run) are left out here too.
const patterns = (strykerConfig.mutate ?? []).filter(pattern => typeof pattern === 'string')
const ENTRY_ONLY = new Set(patterns.flatMap(pattern => /^!src\/([^/*]+\.ts)$/.exec(pattern)?.[1] ?? []))
const modules = readdirSync(join(ROOT, dir))
  .filter(name => name.endsWith('.ts') && !name.endsWith('.d.ts') && !ENTRY_ONLY.has(name))
  .map(name => join(dir, name))
const tests = modules
  .map(path => basename(path, '.ts'))
  .filter(name => existsSync(join(ROOT, 'test', `${name}.test.ts`)))
const report = join('reports', `stryker-incremental-${layer}.json`)

if (!rest.includes('--list')) {
  const args = [
    'stryker',
    'run',
    '--mutate',
    modules.join(','),
    '--incremental',
    '--incrementalFile',
    report,
    '--concurrency',
    '2',
    '--timeoutMS',
    '5000',
    ...rest
  ]
  console.log(
    `Mutating ${modules.length} modules of ${dir}/ against ${tests.length} test files: ${tests.join(', ')}`
  )
  const run = spawnSync('npx', args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, MUTATE_TESTS: tests.join(','), NODE_OPTIONS: '--experimental-vm-modules' }
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}

/** @typedef {{ status: string, mutatorName: string, replacement?: string, location: { start: { line: number, column: number } } }} Mutant */
/** @type {{ files: Record<string, { mutants: Mutant[] }> }} */
const result = JSON.parse(readFileSync(join(ROOT, report), 'utf8'))
const DETECTED = new Set(['Killed', 'Timeout'])
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage'])
/** @param {Mutant[]} mutants */
const score = mutants => {
  const counted = mutants.filter(m => COUNTED.has(m.status))
  const detected = counted.filter(m => DETECTED.has(m.status)).length
  return { detected, counted: counted.length, pct: counted.length ? (100 * detected) / counted.length : 100 }
}
// Only the modules mutated now: the incremental file keeps files a layer no longer mutates.
const rows = Object.entries(result.files)
  .filter(([path]) => modules.includes(path))
  .sort(([a], [b]) => a.localeCompare(b))
const all = rows.flatMap(([, file]) => file.mutants)
const status = /** @param {string} name */ name => all.filter(m => m.status === name).length
for (const [path, file] of rows) {
  const s = score(file.mutants)
  console.log(
    `${s.pct.toFixed(1).padStart(5)}%  ${String(s.detected).padStart(4)}/${String(s.counted).padEnd(4)} ${path}`
  )
}
const total = score(all)
console.log(
  `${layer}: ${total.pct.toFixed(1)}% (${status('Killed')} killed, ${status('Timeout')} timeouts, ` +
    `${status('Survived')} survived, ${status('NoCoverage')} uncovered; ${total.counted} mutants)`
)
if (rest.includes('--list'))
  for (const [path, file] of rows)
    for (const m of file.mutants.filter(m => m.status === 'Survived' || m.status === 'NoCoverage'))
      console.log(
        `${m.status} ${path}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} -> ${JSON.stringify(m.replacement ?? '').slice(0, 100)}`
      )
