// The action's error classes, in one place: what each failure is, so the step knows how to word it
// (input problems, worded failures, a Start that failed for good, a cancel, a lost answer).

/** One thing wrong with one input: which input, and a sentence saying what was expected and what was given. */
export interface Problem {
  input: string
  message: string
}

/** Every input problem found, reported together in one failure (no stack trace: it is the user's to fix). */
export class InputError extends Error {
  readonly problems: Problem[]
  /** `outcome` says what did not happen, for the user: before any call, nothing was sent at all. */
  constructor(problems: Problem[], outcome = 'nothing was sent to AWS') {
    super(formatProblems(problems, outcome))
    this.name = 'InputError'
    this.problems = problems
  }
}

export function formatProblems(problems: Problem[], outcome = 'nothing was sent to AWS'): string {
  const head =
    problems.length === 1 ? '1 problem with the inputs' : `${problems.length} problems with the inputs`
  return `${head}; ${outcome}:\n${problems.map(p => `  - ${p.input}: ${p.message}`).join('\n')}`
}

/** A failure already worded for the user: reported as is. */
export class StepError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StepError'
  }
}

/** Start failed for good: carries the last error, how many tries were made, and anything to add. */
export class StartError extends Error {
  constructor(
    readonly last: unknown,
    readonly tries: number,
    readonly detail?: string
  ) {
    super(last instanceof Error ? last.message : String(last))
    this.name = 'StartError'
  }
}

/** The workflow run was cancelled (SIGINT/SIGTERM) before the work ended. */
export class AbortedError extends Error {
  /**
   * @param maybeStarted a Start was in flight when the run was cancelled and its job could not be
   * confirmed or ruled out in time: a job may exist.
   */
  constructor(readonly maybeStarted = false) {
    super('aborted')
    this.name = 'AbortedError'
  }
}

/** A 2xx answer that does not carry what the model says it must: the job may exist, its id is lost. */
export class MalformedAnswerError extends Error {
  constructor(detail: string) {
    super(`the answer carried no usable job id (${detail})`)
    this.name = 'MalformedAnswerError'
  }
}
