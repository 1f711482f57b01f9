// The step's side of things: redacted log lines, the job summary file, and termination signals.
import * as core from '@actions/core'
import { errorMessage } from './aws-errors.js'
import { redact, type SummaryData, summaryMarkdown } from './report.js'
import type { Log } from './submit.js'

export const log: Log = {
  info: message => core.info(redact(message)),
  warning: message => core.warning(redact(message)),
  debug: message => core.debug(redact(message))
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

export async function writeSummary(data: Omit<SummaryData, 'runUrl'>): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return
  try {
    const url = runUrl()
    await core.summary.addRaw(summaryMarkdown({ ...data, ...(url && { runUrl: url }) })).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`)
  }
}

/**
 * Runs `work` with a signal that aborts on SIGINT or SIGTERM (what the runner sends when a workflow run
 * is cancelled), so the work can cancel its jobs or say they keep running, and then end non-zero.
 */
export async function withTermination(work: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const controller = new AbortController()
  const onSignal = (name: string) => () => {
    if (controller.signal.aborted) return
    core.info(`Received ${name}: stopping`)
    controller.abort()
  }
  const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') }
  process.on('SIGINT', handlers.SIGINT)
  process.on('SIGTERM', handlers.SIGTERM)
  try {
    await work(controller.signal)
  } finally {
    process.off('SIGINT', handlers.SIGINT)
    process.off('SIGTERM', handlers.SIGTERM)
  }
}
