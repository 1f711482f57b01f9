// Pure: what a step's result is (outputs, summary, failure, warnings), shared by both actions; emit.ts
// writes it, and nothing else sets outputs or fails the step.
import { AbortedError, InputError, StepError } from '../shared/errors.js'
import { explainError, type StepContext } from './explain.js'
import type { SummaryData } from './summary.js'

export interface StepResult {
  outputs: Record<string, string>
  summary: Omit<SummaryData, 'runUrl'>
  failure?: string
  warnings: string[]
}

export function stepContext(
  inputs: { region: string; roleArn?: string; waitTimeoutText?: string } | undefined
): StepContext {
  return {
    region: inputs?.region ?? '',
    ...(inputs?.roleArn && { roleArn: inputs.roleArn }),
    ...(inputs?.waitTimeoutText && { waitTimeout: inputs.waitTimeoutText })
  }
}

/** The failure message for an error that ended the pipeline early. */
export function errorFailure(error: unknown, ctx: StepContext, what = 'any job started'): string {
  if (error instanceof InputError || error instanceof StepError) return error.message
  if (error instanceof AbortedError) return `Stopped: the workflow run was cancelled before ${what}.`
  return explainError(error, ctx)
}
