// Pure: the wait sub-action's result from the jobs it followed.
import type { WaitInputs } from '../inputs/inputs.js'
import type { FollowedJob } from '../phases/follow.js'
import {
  followedEntry,
  followedRow,
  followFailureLines,
  followOutputs,
  followWarnings
} from './follow-report.js'
import { errorFailure, stepContext, type StepResult } from './step-result.js'

export interface WaitState {
  inputs?: WaitInputs
  followed?: FollowedJob[]
}

function sharedStore(followed: readonly FollowedJob[]): { storeName?: string; versionName?: string } {
  const stores = new Set(followed.map(job => job.last?.destinationName))
  const versions = new Set(followed.map(job => job.last?.versionName))
  const [store] = stores
  const [version] = versions
  return {
    ...(stores.size === 1 && store && { storeName: store }),
    ...(versions.size === 1 && version && { versionName: version })
  }
}

export function waitResult(state: WaitState, error?: unknown): StepResult {
  const inputs = state.inputs
  const ctx = stepContext(inputs)
  const followed = state.followed ?? []
  const lines =
    error !== undefined
      ? [errorFailure(error, ctx, 'any job was followed')]
      : followFailureLines(followed, inputs ?? { allowPartial: false, cancelOnTimeout: false }, ctx)
  const failure = lines.length > 0 ? lines.join('\n') : undefined
  return {
    outputs: state.followed
      ? { ...followOutputs(followed), jobs: JSON.stringify(followed.map(followedEntry)) }
      : {},
    warnings: followWarnings(followed),
    ...(failure && { failure }),
    summary: {
      title: 'Annotation import',
      ...sharedStore(followed),
      ...(inputs?.region && { region: inputs.region }),
      ...(failure && { failure }),
      jobs: followed.map(followedRow)
    }
  }
}
