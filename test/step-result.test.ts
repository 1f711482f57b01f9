// report/step-result.ts: the failure message of a step that stopped early, and the context it is worded in.
import { describe, expect, it } from '@jest/globals'
import { errorFailure, stepContext } from '../src/report/step-result.js'
import { AbortedError, InputError, StepError } from '../src/shared/errors.js'
import { ROLE_ARN } from './helpers/fixtures.js'

describe('errorFailure', () => {
  it('input problems and worded failures as they are, a cancel and anything else in words', () => {
    const problems = new InputError([{ input: 'items', message: 'bad' }])
    expect(errorFailure(problems, { region: 'us-east-1' })).toBe(problems.message)
    expect(errorFailure(new StepError('worded'), { region: 'us-east-1' })).toBe('worded')
    expect(errorFailure(new AbortedError(), { region: 'us-east-1' })).toBe(
      'Stopped: the workflow run was cancelled before any job started.'
    )
    expect(errorFailure(new AbortedError(), { region: 'us-east-1' }, 'the job ended')).toBe(
      'Stopped: the workflow run was cancelled before the job ended.'
    )
    expect(errorFailure(new Error('disk full'), { region: 'us-east-1' })).toBe('The step failed: disk full')
    // The default words are for the start action; the wait sub-action gives its own.
    expect(errorFailure(new AbortedError(true), { region: 'us-east-1' }, 'any job was followed')).toBe(
      'Stopped: the workflow run was cancelled before any job was followed.'
    )
  })
})

describe('stepContext', () => {
  it('takes the region, role and wait-timeout as given, and nothing before the inputs were read', () => {
    expect(stepContext({ region: 'eu-west-1', roleArn: ROLE_ARN, waitTimeoutText: '2h' })).toStrictEqual({
      region: 'eu-west-1',
      roleArn: ROLE_ARN,
      waitTimeout: '2h'
    })
    expect(stepContext({ region: 'eu-west-1', roleArn: '' })).toStrictEqual({ region: 'eu-west-1' })
    expect(stepContext({ region: 'eu-west-1', roleArn: '', waitTimeoutText: '' })).toStrictEqual({
      region: 'eu-west-1'
    })
    expect(stepContext({ region: 'eu-west-1', waitTimeoutText: '1h' })).toStrictEqual({
      region: 'eu-west-1',
      waitTimeout: '1h'
    })
    expect(stepContext(undefined)).toStrictEqual({ region: '' })
  })
})
