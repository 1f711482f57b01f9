// shared/errors.ts: the action's error classes, and how input problems are worded together.
import { describe, expect, it } from '@jest/globals'
import {
  AbortedError,
  formatProblems,
  InputError,
  MalformedAnswerError,
  StartError,
  StepError
} from '../src/shared/errors.js'

describe('formatProblems and InputError', () => {
  it('one problem, several problems, and what did not happen', () => {
    expect(formatProblems([{ input: 'items', message: 'is required' }])).toBe(
      '1 problem with the inputs; nothing was sent to AWS:\n  - items: is required'
    )
    const two = [
      { input: 'items', message: 'is required' },
      { input: 'region', message: 'is required' }
    ]
    expect(formatProblems(two, 'no job was started')).toBe(
      '2 problems with the inputs; no job was started:\n  - items: is required\n  - region: is required'
    )
    const error = new InputError(two)
    expect(error.name).toBe('InputError')
    expect(error.problems).toBe(two)
    expect(error.message).toBe(formatProblems(two))
  })
})

describe('the other error classes', () => {
  it('carry their name and what the step words its failure from', () => {
    expect(new StepError('worded')).toMatchObject({ name: 'StepError', message: 'worded' })
    const last = new Error('throttled')
    expect(new StartError(last, 3, 'more')).toMatchObject({
      name: 'StartError',
      message: 'throttled',
      last,
      tries: 3,
      detail: 'more'
    })
    expect(new StartError('text', 1).message).toBe('text')
    expect(new AbortedError()).toMatchObject({
      name: 'AbortedError',
      message: 'aborted',
      maybeStarted: false
    })
    expect(new AbortedError(true).maybeStarted).toBe(true)
    expect(new MalformedAnswerError('no jobId')).toMatchObject({
      name: 'MalformedAnswerError',
      message: 'the answer carried no usable job id (no jobId)'
    })
  })
})
