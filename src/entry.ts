// The skeleton both entry points share: read the inputs, build the dependencies once (clients, clock,
// sleep, random, logger, a signal for the runner's SIGINT/SIGTERM), run the pipeline, turn what it found
// into one result, and emit it. The only try/catch of the step.
import * as core from '@actions/core'
import type { S3Client } from '@aws-sdk/client-s3'
import { realSleep } from './backoff.js'
import { ServiceClock } from './call-context.js'
import { createClients, createS3Client } from './client.js'
import { earlyOutput, emit, log } from './emit.js'
import type { ConnectionInputs, InputReader } from './inputs.js'
import { StepError } from './explain.js'
import { InputError } from './problems.js'
import type { StepResult } from './result.js'
import type { Deps } from './runtime.js'
import { ACTION_NAME, ACTION_VERSION } from './version.js'

export interface StepDefinition<Inputs extends ConnectionInputs, State> {
  newState(): State
  /** Reads and checks the inputs (throws InputError with every problem), recording them in state. */
  read(getInput: InputReader, state: State): Promise<Inputs>
  run(inputs: Inputs, deps: Deps, state: State): Promise<void>
  result(state: State, error?: unknown): StepResult
  /** The S3 module, for the start action only (the wait bundle carries no S3 code). */
  loadS3?: () => Promise<typeof import('@aws-sdk/client-s3')>
}

/** Runs `work` with a signal that aborts on SIGINT or SIGTERM (what the runner sends on cancel). */
export async function withTermination<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
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
    return await work(controller.signal)
  } finally {
    process.off('SIGINT', handlers.SIGINT)
    process.off('SIGTERM', handlers.SIGTERM)
  }
}

async function createDeps(
  inputs: ConnectionInputs,
  signal: AbortSignal,
  loadS3: StepDefinition<ConnectionInputs, unknown>['loadS3']
): Promise<Deps & { destroy(): void }> {
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
  let failure: unknown
  try {
    const inputs = await step.read(core.getInput, state)
    await withTermination(async signal => {
      const deps = await createDeps(inputs, signal, step.loadS3)
      try {
        await step.run(inputs, deps, state)
      } finally {
        deps.destroy()
      }
    })
  } catch (error) {
    failure = error
    // Only for what the user cannot act on: input problems and worded failures carry no stack.
    if (error instanceof Error && error.stack && !(error instanceof InputError || error instanceof StepError))
      log.debug(error.stack)
  }
  await emit(step.result(state, failure))
}
