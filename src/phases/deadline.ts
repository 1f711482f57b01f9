// wait-timeout as one deadline for the start step: counted from the step's start, and shared by every
// wait in it (the version becoming ACTIVE, a free import slot, the jobs ending), so that the step ends
// within wait-timeout plus the calls that are not waits (history, file checks, a last status check).
import type { Clock } from '../shared/backoff.js'

/**
 * The job wait always gets at least this much (or wait-timeout, when shorter), so that a job started as the
 * deadline came (after a long wait for a slot) still has its status read before the step reports it.
 */
export const LAST_LOOK_MS = 2_000

export class StepDeadline {
  private readonly at: number
  constructor(
    private readonly now: Clock,
    private readonly waitTimeoutMs: number
  ) {
    this.at = now() + waitTimeoutMs
  }

  /** What is left of wait-timeout (never below 0): the bound for the version and slot waits. */
  left(): number {
    return Math.max(0, this.at - this.now())
  }

  /** The bound for the job wait: what is left, but at least LAST_LOOK_MS (or wait-timeout, when shorter). */
  forJobs(): number {
    return Math.max(this.left(), Math.min(this.waitTimeoutMs, LAST_LOOK_MS))
  }
}
