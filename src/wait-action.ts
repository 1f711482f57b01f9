// The wait sub-action's pipeline: inputs -> read each job once -> follow the ones that could be read (the
// same phase as the start action's wait: true) -> result. A job that cannot be read (a wrong id or
// region) fails the step, named, without hiding the others from the outputs.
import { mapLimit } from './shared/concurrency.js'
import { plural } from './shared/text.js'
import type { StepDefinition } from './run-step.js'
import { warnBeforeWait } from './phases/expiry.js'
import { type FollowedJob, followJobs, readJobState } from './phases/follow.js'
import { readWaitInputs, type WaitInputs } from './inputs/inputs.js'
import { type WaitState, waitResult } from './report/wait-result.js'
import type { Deps } from './phases/runtime.js'
import { formatDuration } from './shared/text.js'

export async function run(inputs: WaitInputs, deps: Deps, state: WaitState): Promise<void> {
  const read = await mapLimit(
    inputs.jobIds,
    10,
    async (jobId): Promise<{ jobId: string; items: string[]; unreadable?: FollowedJob }> => {
      try {
        const job = await readJobState(deps.clients.omics, jobId, deps.signal)
        return { jobId, items: (job.items ?? []).map(item => item.source ?? '') }
      } catch (error) {
        if (deps.signal.aborted) throw error
        return { jobId, items: [], unreadable: { jobId, items: [], outcome: 'error', waitedMs: 0, error } }
      }
    }
  )
  const jobs = read.filter(job => !job.unreadable)
  const files = jobs.reduce((sum, job) => sum + job.items.length, 0)
  let followed: FollowedJob[] = []
  if (jobs.length > 0) {
    deps.log.info(
      `Waiting for ${plural(jobs.length, 'job')} (${plural(files, 'item')}), up to ${formatDuration(inputs.waitTimeoutMs)}`
    )
    await warnBeforeWait(inputs, deps)
    followed = await followJobs(deps.clients.omics, jobs, inputs, deps)
  }
  const byId = new Map(followed.map(job => [job.jobId, job]))
  state.followed = read.flatMap(job => job.unreadable ?? byId.get(job.jobId) ?? [])
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
