// The only place that writes to the runner: log lines, outputs, the job summary and the failure. All
// of it redacted; everything printed to the log is also neutralised (no line of outside text can become
// a workflow command). Outputs go to the GITHUB_OUTPUT file, not stdout, and are left as they are.
import * as core from '@actions/core'
import { errorMessage } from '../aws/aws-errors.js'
import type { Log } from '../shared/log.js'
import { redact } from '../shared/redact.js'
import type { StepResult } from './step-result.js'
import { summaryMarkdown } from './summary.js'
import { cut, neutralise, thousands } from '../shared/text.js'

const safe = (text: string): string => neutralise(redact(text))

export const log: Log = {
  info: message => core.info(safe(message)),
  warning: message => core.warning(safe(message)),
  debug: message => core.debug(safe(message)),
  group: (title, lines) => {
    core.startGroup(safe(title))
    for (const line of lines) core.info(safe(line))
    core.endGroup()
  }
}

/** A notice annotation (one line): shown on the run's page as well as in the log. */
export function notice(message: string): void {
  core.notice(safe(message))
}

export function earlyOutput(name: string, value: string): void {
  core.setOutput(name, redact(value))
}

/**
 * The link to this workflow run, from the variables @actions/github's Context reads (serverUrl, repo,
 * runId). Importing @actions/github for it would build Octokit's defaults and load 1.1 MB on every run.
 */
export function runUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const repository = env['GITHUB_REPOSITORY']
  const runId = env['GITHUB_RUN_ID']
  if (!repository || !runId) return undefined
  return `${env['GITHUB_SERVER_URL'] || 'https://github.com'}/${repository}/actions/runs/${runId}`
}

async function writeSummary(result: StepResult): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return
  try {
    const url = runUrl()
    await core.summary.addRaw(summaryMarkdown({ ...result.summary, ...(url && { runUrl: url }) })).write()
  } catch (error) {
    core.warning(safe(`Could not write the job summary: ${errorMessage(error)}`))
  }
}

/** The failure's length at most, in characters, on the step's ::error:: line; a longer one is logged whole first. */
export const ERROR_LIMIT = 4_000

function fail(failure: string): void {
  const text = safe(failure)
  if (text.length <= ERROR_LIMIT) return core.setFailed(text)
  log.group('The failure, in full', text.split('\n'))
  core.setFailed(
    `${cut(text, ERROR_LIMIT)}\n(cut at ${thousands(ERROR_LIMIT)} characters: the whole message is in the log, under "The failure, in full")`
  )
}

export async function emit(result: StepResult): Promise<void> {
  for (const warning of result.warnings) log.warning(warning)
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, redact(value))
  await writeSummary(result)
  if (result.failure) fail(result.failure)
}
