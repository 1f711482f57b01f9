// The README and the example workflows are what users copy: every YAML block parses, every `with:` key
// given to this action (or wait/) is an input it declares, and every third-party action this
// repository's workflows and examples use is pinned to a full commit SHA with its version beside it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse, parseAllDocuments } from 'yaml'
import { ROOT } from './helpers/run-action.js'

const OWN = /^(octo-org\/healthomics-annotation-import-action(\/wait)?@v1|\.\/|\.\/wait)$/
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

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
const readmeBlocks = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map(match => dedent(match[1] ?? ''))
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
  it('says which versions of the actions the examples were written against', () => {
    expect(README).toContain('aws-actions/configure-aws-credentials` v6.2.3')
  })
})

describe('examples/', () => {
  it.each(EXAMPLES)('%s parses and gives this action only declared inputs', name =>
    checkWithKeys(name, readFileSync(join(ROOT, 'examples', name), 'utf8'))
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
