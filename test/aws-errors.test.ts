// aws/aws-errors.ts: how a failed call is named, and what kind of failure it is (wait and retry, retry
// after checking, or stop).
import { describe, expect, it } from '@jest/globals'
import { describeError, errorKind, errorName, networkCode } from '../src/aws/aws-errors.js'
import { awsError, netError } from './helpers/fixtures.js'

/** What the SDK's Node HTTP handler throws on a reset: the socket error renamed TimeoutError. */
const reset = (): Error =>
  Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' })

describe('resets and timeouts', () => {
  it('a reset renamed TimeoutError by the SDK is named ECONNRESET', () => {
    expect(errorName(reset())).toBe('ECONNRESET')
    expect(describeError(reset())).toBe('ECONNRESET: socket hang up')
    expect(networkCode(reset())).toBe('ECONNRESET')
  })

  it('a real timeout (no code) stays a timeout', () => {
    const timeout = Object.assign(new Error('Connection timed out after 10000 ms'), { name: 'TimeoutError' })
    expect(errorName(timeout)).toBe('TimeoutError')
    expect(networkCode(timeout)).toBe('ETIMEDOUT')
  })
})

describe('errorKind', () => {
  it.each([
    [awsError('ThrottlingException', 429), 'throttle'],
    [awsError('ServiceQuotaExceededException', 402), 'quota'],
    [awsError('InternalServerException', 500), 'ambiguous'],
    [awsError('ServiceUnavailable', 503), 'ambiguous'],
    [netError('ECONNRESET'), 'ambiguous'],
    [new Error('socket hang up'), 'ambiguous'],
    [Object.assign(new Error('timed out'), { name: 'TimeoutError' }), 'ambiguous'],
    [netError('ECONNREFUSED'), 'unsent'],
    [netError('ENOTFOUND'), 'unsent'],
    [awsError('AccessDeniedException', 403), 'fatal'],
    [awsError('ValidationException', 400), 'fatal'],
    [new Error('plain bug'), 'fatal']
  ])('%s -> %s', (error, kind) => expect(errorKind(error)).toBe(kind))
})
