// The README and the example workflows are what users copy: every YAML block parses, every `with:` key
// given to this action (or wait/) is an input it declares, and every third-party action this
// repository's workflows and examples use is pinned to a full commit SHA with its version beside it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse, parseAllDocuments } from 'yaml'
import { ROOT } from './helpers/run-action.js'
import { repositorySlug } from '../scripts/release.js'

// This action as the docs name it: the repository package.json names, at its major version's tag.
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  repository: { url: string }
}
const SLUG = repositorySlug(PKG) ?? 'package.json names no repository'
const MAJOR = `v${PKG.version.split('.')[0]}`
const OWN = new RegExp(`^(${SLUG.replace(/[.]/g, '\\.')}(/wait)?@${MAJOR}|\\./|\\./wait)$`)
/** A uses: that means this action, rightly named or not (another owner, another major). */
const MENTIONS_OWN = /healthomics-annotation-import-action/
const declared = (file: string): string[] =>
  Object.keys((parse(readFileSync(join(ROOT, file), 'utf8')) as { inputs: object }).inputs)
const INPUTS = { start: declared('action.yml'), wait: declared('wait/action.yml') }

interface Step {
  uses?: string
  with?: Record<string, unknown>
}

/** Every step-like mapping (one with uses:) anywhere in a parsed document. */
function steps(node: unknown, found: Step[] = []): Step[] {
  if (Array.isArray(node)) node.forEach(item => steps(item, found))
  else if (node && typeof node === 'object') {
    if (typeof (node as Step).uses === 'string') found.push(node as Step)
    Object.values(node).forEach(value => steps(value, found))
  }
  return found
}

/** A README block may be a fragment (indented steps): dedent it so it parses on its own. */
function dedent(text: string): string {
  const indent = Math.min(
    ...text
      .split('\n')
      .filter(line => line.trim())
      .map(line => /^ */.exec(line)?.[0].length ?? 0)
  )
  return text
    .split('\n')
    .map(line => line.slice(indent))
    .join('\n')
}

/**
 * Every script anywhere in a parsed document: each `run:`, and the `script:` of actions/github-script
 * (pasted into JavaScript the same way).
 */
function runScripts(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach(item => runScripts(item, found))
  else if (node && typeof node === 'object') {
    const { run, uses, with: given } = node as { run?: unknown; uses?: unknown; with?: { script?: unknown } }
    if (typeof run === 'string') found.push(run)
    if (
      typeof uses === 'string' &&
      uses.startsWith('actions/github-script') &&
      typeof given?.script === 'string'
    )
      found.push(given.script)
    Object.values(node).forEach(value => runScripts(value, found))
  }
  return found
}

/** `${{ }}` inside a run: script is pasted into the shell before it runs (S3 key names become shell). */
function checkNoExpressionsInRun(source: string, text: string): void {
  for (const document of parseAllDocuments(text))
    for (const script of runScripts(document.toJS()))
      expect([source, script, script.includes('${{')]).toEqual([source, script, false])
}

/**
 * The README block that a section ties to an example: the last `(examples/NAME)` link in the text
 * before the block, when no section heading comes between the link and the block.
 */
function mirroredExample(before: string): string | undefined {
  const links = [...before.matchAll(/\(examples\/([\w-]+\.yml)\)/g)]
  const last = links.at(-1)
  if (!last || /\n#+ /.test(before.slice(last.index))) return undefined
  return last[1]
}

const ownSteps = (text: string): Step[] =>
  parseAllDocuments(text)
    .flatMap(document => steps(document.toJS()))
    .filter(step => step.uses !== undefined && OWN.test(step.uses))

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
const readmeMatches = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)]
const readmeBlocks = readmeMatches.map(match => dedent(match[1] ?? ''))
/** [block number, example file] for each README block that mirrors an example. */
const mirrors = readmeMatches.flatMap((match, i) => {
  const start = i === 0 ? 0 : (readmeMatches[i - 1]?.index ?? 0) + (readmeMatches[i - 1]?.[0].length ?? 0)
  const example = mirroredExample(README.slice(start, match.index))
  return example ? [[i + 1, example] as const] : []
})
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter(name => name.endsWith('.yml'))
const WORKFLOWS = readdirSync(join(ROOT, '.github', 'workflows')).map(name =>
  join('.github', 'workflows', name)
)

function checkWithKeys(source: string, text: string): void {
  const documents = parseAllDocuments(text)
  for (const document of documents)
    expect([source, document.errors.map(e => e.message)]).toEqual([source, []])
  for (const step of documents.flatMap(document => steps(document.toJS()))) {
    if (!step.uses || !OWN.test(step.uses)) continue
    const inputs = /wait/.test(step.uses) ? INPUTS.wait : INPUTS.start
    for (const key of Object.keys(step.with ?? {}))
      expect([source, step.uses, key, inputs.includes(key)]).toEqual([source, step.uses, key, true])
  }
}

describe('README', () => {
  it('has YAML blocks to check', () => expect(readmeBlocks.length).toBeGreaterThanOrEqual(5))
  it.each(readmeBlocks.map((block, i) => [i + 1, block]))(
    'YAML block %i parses and gives this action only declared inputs',
    (i, block) => checkWithKeys(`README block ${i}`, block as string)
  )
  it('links every example from the section that describes it', () => {
    for (const name of EXAMPLES) expect([name, README.includes(`(examples/${name})`)]).toEqual([name, true])
  })
  it('says which versions of the actions the examples were written against: the ones they pin', () => {
    const pinned = new Set<string>()
    for (const name of EXAMPLES)
      for (const match of readFileSync(join(ROOT, 'examples', name), 'utf8').matchAll(
        /uses:\s*([\w-]+\/[\w-]+)@[0-9a-f]{40}\s*# (v\d+\.\d+\.\d+)/g
      ))
        pinned.add(`\`${match[1]}\` ${match[2]}`)
    expect(pinned.size).toBeGreaterThan(0)
    const written = README.slice(README.indexOf('were written against'), README.indexOf('Pin them by commit'))
    for (const pin of pinned) expect([pin, written.includes(pin)]).toEqual([pin, true])
  })
  it.each(readmeBlocks.map((block, i) => [i + 1, block]))(
    'YAML block %i puts no ${{ }} expression inside a run: script',
    (i, block) => checkNoExpressionsInRun(`README block ${i}`, block as string)
  )
  it('ties the snippets to the examples they show', () =>
    expect(mirrors.map(([, example]) => example).sort()).toEqual([
      'chained-start-wait-query.yml',
      'monthly-release.yml',
      'nightly-batch.yml',
      'sharded-matrix.yml',
      'single-import.yml'
    ]))
  it.each(readmeBlocks.map((block, i) => [i + 1, block]))(
    "YAML block %i names this action as package.json's repository at the current major",
    (i, block) => checkOwnName(`README block ${i}`, block as string)
  )
  it.each(mirrors)('YAML block %i gives this action the inputs %s does', (i, example) => {
    const mine = ownSteps(readmeBlocks[i - 1] ?? '')
    const theirs = ownSteps(readFileSync(join(ROOT, 'examples', example), 'utf8'))
    expect(mine.length).toBeGreaterThan(0)
    for (const step of mine) {
      const same = theirs.find(other => other.uses === step.uses)
      expect([step.uses, same?.with]).toEqual([step.uses, step.with])
    }
  })
})

describe('the check on scripts', () => {
  it.each([
    ['an output in run:', 'steps:\n  - run: echo "${{ steps.import.outputs.job-id }}"'],
    [
      'an output in a job of a workflow',
      'jobs:\n  a:\n    steps:\n      - run: |\n          echo ok\n          echo ${{ needs.start.outputs.job-ids }}'
    ],
    [
      'an output in github-script',
      'steps:\n  - uses: actions/github-script@v7\n    with:\n      script: console.log("${{ steps.import.outputs.job-id }}")'
    ]
  ])('catches %s', (_what, yaml) => {
    expect(() => checkNoExpressionsInRun('planted', yaml)).toThrow()
  })
  it('lets an output through env:', () => {
    checkNoExpressionsInRun(
      'env',
      'steps:\n  - env:\n      JOB_ID: ${{ steps.import.outputs.job-id }}\n    run: echo "$JOB_ID"'
    )
  })
})

/** Every step that uses this action names it as package.json's repository, at the current major tag. */
function checkOwnName(source: string, text: string): void {
  const uses = parseAllDocuments(text)
    .flatMap(document => steps(document.toJS()))
    .map(step => step.uses as string)
    .filter(name => MENTIONS_OWN.test(name))
  for (const name of uses) expect([source, name, OWN.test(name)]).toEqual([source, name, true])
}

describe('examples/', () => {
  it.each(EXAMPLES)("%s names this action as package.json's repository at the current major", name =>
    checkOwnName(name, readFileSync(join(ROOT, 'examples', name), 'utf8'))
  )
  it.each(EXAMPLES)('%s parses and gives this action only declared inputs', name =>
    checkWithKeys(name, readFileSync(join(ROOT, 'examples', name), 'utf8'))
  )
  it.each(EXAMPLES)('%s puts no ${{ }} expression inside a run: script', name =>
    checkNoExpressionsInRun(name, readFileSync(join(ROOT, 'examples', name), 'utf8'))
  )
})

describe('third-party actions', () => {
  it.each([...WORKFLOWS, ...EXAMPLES.map(name => join('examples', name))])(
    '%s pins each one to a commit SHA with its version',
    file => {
      const text = readFileSync(join(ROOT, file), 'utf8')
      for (const match of text.matchAll(/uses:\s*(\S+)(.*)$/gm)) {
        const [, uses = '', rest = ''] = match
        if (OWN.test(uses)) continue
        expect([file, uses, /@[0-9a-f]{40}$/.test(uses), /# v\d+\.\d+\.\d+/.test(rest)]).toEqual([
          file,
          uses,
          true,
          true
        ])
      }
    }
  )
})
