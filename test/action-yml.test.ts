// action.yml checked the way GitHub and users read it: it parses, runs on node24 from a committed
// bundle, describes every input and output, declares exactly the inputs the code reads, and the README's
// tables list exactly what is declared.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { StartError } from '../src/shared/errors.js'
import type { FollowedJob } from '../src/phases/follow.js'
import { readStartInputs, readWaitInputs, START_INPUT_ORDER } from '../src/inputs/inputs.js'
import { type StartState, startResult } from '../src/report/start-result.js'
import { waitResult } from '../src/report/wait-result.js'
import { ROOT } from './helpers/run-action.js'

interface ActionYml {
  name: string
  description: string
  branding?: { icon: string; color: string }
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** Names in the first column of the Markdown table that follows `heading`. */
function tableNames(heading: string): string[] {
  const start = README.indexOf(`\n${heading}\n`)
  expect(start).toBeGreaterThanOrEqual(0)
  const lines = README.slice(start + heading.length + 2).split('\n')
  const names: string[] = []
  let inTable = false
  for (const line of lines) {
    if (line.startsWith('|')) {
      inTable = true
      const name = /^\| `([^`]+)` \|/.exec(line)?.[1]
      if (name) names.push(name)
    } else if (inTable) break
  }
  return names
}

/** Every input name the code asks for, by running the reader with a recording getter. */
async function inputsRead(reader: 'start' | 'wait'): Promise<string[]> {
  const asked = new Set<string>()
  const get = (name: string): string => {
    asked.add(name)
    return ''
  }
  if (reader === 'start') await readStartInputs(get, {})
  else {
    try {
      readWaitInputs(get, {})
    } catch {
      // required inputs are empty here; only the names asked for matter
    }
  }
  return [...asked].sort()
}

describe.each([
  ['action.yml', 'start', '## Inputs', '## Outputs'],
  ['wait/action.yml', 'wait', '#### Inputs (wait)', '#### Outputs (wait)']
] as const)('%s', (file, reader, inputsHeading, outputsHeading) => {
  const action = parse(readFileSync(join(ROOT, file), 'utf8')) as ActionYml
  const dir = join(ROOT, file, '..')

  it('parses, and declares runs.using node24 with a main that is committed', () => {
    expect(action.name).toBeTruthy()
    expect(action.description).toBeTruthy()
    expect(action.branding?.icon).toBeTruthy()
    expect(action.runs.using).toBe('node24')
    expect(existsSync(join(dir, action.runs.main))).toBe(true)
  })

  it('describes every input and output', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, (input.description ?? '').length > 10]).toEqual([name, true])
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
    }
    for (const [name, output] of Object.entries(action.outputs))
      expect([name, (output.description ?? '').length > 10]).toEqual([name, true])
  })

  it('declares exactly the inputs the code reads', async () => {
    expect(await inputsRead(reader)).toEqual(Object.keys(action.inputs).sort())
    if (reader === 'start') expect(START_INPUT_ORDER).toEqual(Object.keys(action.inputs))
  })

  it('the defaults it declares, passed as the runner passes them, read like unset inputs', async () => {
    const given = (name: string): string => action.inputs[name]?.default ?? ''
    const required = {
      'destination-name': 'my_store',
      items: 's3://b-1/a.vcf',
      'role-arn': 'arn:aws:iam::123456789012:role/r',
      'job-id': '01234567-89ab-cdef-0123-456789abcdef'
    }
    const withDefaults = (name: string): string => required[name as keyof typeof required] ?? given(name)
    const unset = (name: string): string => required[name as keyof typeof required] ?? ''
    const env = { AWS_REGION: 'us-east-1' }
    if (reader === 'start') {
      const a = await readStartInputs(withDefaults, env)
      expect(a.problems).toEqual([])
      expect(a.inputs).toEqual((await readStartInputs(unset, env)).inputs)
    } else {
      expect(readWaitInputs(withDefaults, env)).toEqual(readWaitInputs(unset, env))
    }
  })

  it("the README's tables list exactly the declared inputs and outputs", () => {
    expect(tableNames(inputsHeading).sort()).toEqual(Object.keys(action.inputs).sort())
    expect(tableNames(outputsHeading).sort()).toEqual(Object.keys(action.outputs).sort())
  })
})

describe('outputs the code writes', () => {
  const job = (jobId: string, status: string): FollowedJob => ({
    jobId,
    items: [`s3://b-1/${jobId}.vcf`],
    outcome: status === 'COMPLETED' ? 'success' : 'failure',
    last: { status, statusMessage: 'message' },
    waitedMs: 1
  })
  const request = (source: string) => ({ destinationName: 's', roleArn: 'r', items: [{ source }] })

  it('are exactly those action.yml declares, for a start that skipped, started, followed and failed', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml
    const state: StartState = {
      notes: [],
      items: ['s3://b-1/a.vcf', 's3://b-1/b.vcf', 's3://b-1/c.vcf'],
      skipped: new Map([['s3://b-1/c.vcf', 'old']]),
      requests: [request('s3://b-1/a.vcf'), request('s3://b-1/b.vcf')],
      outcomes: [
        { request: request('s3://b-1/a.vcf'), jobId: 'a' },
        { request: request('s3://b-1/b.vcf'), error: new StartError(new Error('denied'), 1) }
      ],
      followed: [job('a', 'COMPLETED')],
      version: {
        versionName: 'v',
        created: true,
        status: 'ACTIVE',
        arn: 'arn:aws:omics:us-east-1:123456789012:annotationStore/s/version/v'
      }
    }
    expect(Object.keys(startResult(state).outputs).sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('are exactly those wait/action.yml declares', () => {
    const wait = parse(readFileSync(join(ROOT, 'wait', 'action.yml'), 'utf8')) as ActionYml
    const outputs = waitResult({ followed: [job('a', 'COMPLETED'), job('b', 'FAILED')] }).outputs
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(wait.outputs).sort())
  })
})
