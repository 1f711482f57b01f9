// The skeleton both entry points share: read the inputs, build the dependencies once (clients, clock,
// sleep, random, logger, a signal for the runner's SIGINT/SIGTERM), run the pipeline, turn what it found
// into one result, and emit it. The only try/catch of the step.
import * as core from '@actions/core'
import type { S3Client } from '@aws-sdk/client-s3'
import { realSleep } from './shared/backoff.js'
import { ServiceClock } from './aws/call-context.js'
import { createClients, createS3Client } from './aws/client.js'
import { earlyOutput, emit, log, notice } from './report/emit.js'
import { endpointNotices } from './inputs/endpoints.js'
import type { ConnectionInputs, InputReader } from './inputs/inputs.js'
import { AbortedError, InputError, StepError } from './shared/errors.js'
import type { StepResult } from './report/step-result.js'
import type { Deps } from './phases/runtime.js'
import { ACTION_NAME, ACTION_VERSION } from './shared/version.js'

export interface StepDefinition<Inputs extends ConnectionInputs, State> {
  newState(): State
  /** Reads and checks the inputs (throws InputError with every problem), recording them in state. */
  read(getInput: InputReader, state: State): Promise<Inputs>
  run(inputs: Inputs, deps: Deps, state: State): Promise<void>
  result(state: State, error?: unknown): StepResult
  /** The S3 module, for the start action only (the wait bundle carries no S3 code). */
  loadS3?: () => Promise<typeof import('@aws-sdk/client-s3')>
}

/**
 * The runner cancels a step with SIGINT, sends SIGTERM 7.5 s later and kills the process 2.5 s after that.
 * Clean-up after a cancel (cancelling jobs, looking for a job whose Start was in flight) must end, and the
 * outputs and summary be written, well before the kill: 7 s after SIGINT. A SIGTERM that comes first (another
 * supervisor) leaves 2.5 s at most: 1.5 s. A clean-up after wait-timeout gets the same 6 s.
 */
export const CANCEL_BUDGET_MS = 6_000
const GRACE_AFTER_SIGINT_MS = 7_000
const GRACE_AFTER_SIGTERM_MS = 1_500

export interface Termination {
  /** Aborts on the runner's first cancel signal. */
  signal: AbortSignal
  /** Aborts when the clean-up time the runner leaves after its signal has run out. */
  grace: AbortSignal
}

/** Runs `work` with signals for the runner's cancel (SIGINT, then SIGTERM) and for the grace it leaves. */
export async function withTermination<T>(work: (termination: Termination) => Promise<T>): Promise<T> {
  const cancel = new AbortController()
  const grace = new AbortController()
  let graceTimer: ReturnType<typeof setTimeout> | undefined
  let graceEnds = Infinity
  const onSignal = (name: 'SIGINT' | 'SIGTERM') => () => {
    const budget = name === 'SIGINT' ? GRACE_AFTER_SIGINT_MS : GRACE_AFTER_SIGTERM_MS
    if (!cancel.signal.aborted) {
      core.info(`Received ${name}: the workflow run was cancelled; stopping`)
      cancel.abort()
    }
    // A later SIGTERM never extends the grace that an earlier SIGINT set.
    if (Date.now() + budget >= graceEnds) return
    graceEnds = Date.now() + budget
    clearTimeout(graceTimer)
    graceTimer = setTimeout(() => grace.abort(), budget)
  }
  const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') }
  process.on('SIGINT', handlers.SIGINT)
  process.on('SIGTERM', handlers.SIGTERM)
  try {
    return await work({ signal: cancel.signal, grace: grace.signal })
  } finally {
    clearTimeout(graceTimer)
    process.off('SIGINT', handlers.SIGINT)
    process.off('SIGTERM', handlers.SIGTERM)
  }
}

async function createDeps(
  inputs: ConnectionInputs,
  { signal, grace }: Termination,
  loadS3: StepDefinition<ConnectionInputs, unknown>['loadS3']
): Promise<Deps & { destroy(): void }> {
  for (const line of endpointNotices(inputs.endpointUrl, process.env)) notice(line)
  const serviceClock = new ServiceClock(Date.now)
  const clients = await createClients(inputs, serviceClock)
  let s3: Promise<S3Client> | undefined
  log.debug(
    `HealthOmics endpoint ${clients.endpointLabel}, region ${inputs.region}, max-attempts ${inputs.maxAttempts}${clients.proxied ? ', through a proxy' : ''}`
  )
  return {
    clients,
    serviceClock,
    now: Date.now,
    sleep: realSleep,
    random: Math.random,
    log,
    signal,
    cleanupSignal: () => AbortSignal.any([AbortSignal.timeout(CANCEL_BUDGET_MS), grace]),
    earlyOutput,
    s3() {
      if (!loadS3) throw new Error('this step has no S3 client')
      return (s3 ??= loadS3().then(module => createS3Client(module.S3Client, inputs)))
    },
    destroy() {
      clients.destroy()
      void s3?.then(client => client.destroy())
    }
  }
}

export async function runStep<Inputs extends ConnectionInputs, State>(
  step: StepDefinition<Inputs, State>
): Promise<void> {
  core.debug(`${ACTION_NAME} ${ACTION_VERSION} on Node ${process.version}`)
  const state = step.newState()
  // The signal handlers stay on until the result is written: a SIGTERM then must not kill the step
  // before its outputs and summary are out.
  await withTermination(async termination => {
    let failure: unknown
    try {
      const inputs = await step.read(core.getInput, state)
      const deps = await createDeps(inputs, termination, step.loadS3)
      try {
        await step.run(inputs, deps, state)
      } finally {
        deps.destroy()
      }
    } catch (error) {
      failure = error
      // Only for what the user cannot act on: input problems and worded failures carry no stack.
      if (
        error instanceof Error &&
        error.stack &&
        !(error instanceof InputError || error instanceof StepError || error instanceof AbortedError)
      )
        log.debug(error.stack)
    }
    await emit(step.result(state, failure))
  })
}
