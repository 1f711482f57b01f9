// The wait sub-action's pipeline: inputs -> read each job once (a wrong id or region fails at once) ->
// follow them all (the same phase as the start action's wait: true) -> result.
import { mapLimit, plural } from './concurrency.js'
import type { StepDefinition } from './entry.js'
import { warnBeforeWait } from './expiry.js'
import { followJobs, readJobState } from './follow.js'
import { readWaitInputs, type WaitInputs } from './inputs.js'
import { type WaitState, waitResult } from './result.js'
import type { Deps } from './runtime.js'
import { formatDuration } from './summary.js'

export async function run(inputs: WaitInputs, deps: Deps, state: WaitState): Promise<void> {
  const jobs = await mapLimit(inputs.jobIds, 10, async jobId => {
    const job = await readJobState(deps.clients.omics, jobId, deps.signal)
    return { jobId, items: (job.items ?? []).map(item => item.source ?? '') }
  })
  const files = jobs.reduce((sum, job) => sum + job.items.length, 0)
  deps.log.info(
    `Waiting for ${plural(jobs.length, 'job')} (${plural(files, 'item')}), up to ${formatDuration(inputs.waitTimeoutMs)}`
  )
  await warnBeforeWait(inputs, deps)
  state.followed = await followJobs(deps.clients.omics, jobs, inputs, deps)
}

export const waitStep: StepDefinition<WaitInputs, WaitState> = {
  newState: () => ({}),
  async read(getInput, state) {
    state.inputs = readWaitInputs(getInput)
    return state.inputs
  },
  run,
  result: waitResult
}
