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

/** Quotes a value a user gave, shortened so a long value cannot flood the log. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  const cut = text.length > 120 ? `${text.slice(0, 117)}...` : text
  return typeof value === 'string' ? `"${cut}"` : `${cut} (${value === null ? 'null' : typeof value})`
}
