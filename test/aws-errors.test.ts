// aws/aws-errors.ts: how a failed call is named, and what kind of failure it is (wait and retry, retry
// after checking, or stop).
import { describe, expect, it } from '@jest/globals'
import {
  describeError,
  errorKind,
  errorMessage,
  errorName,
  errorStatus,
  networkCode
} from '../src/aws/aws-errors.js'
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

describe('errorName, errorStatus, errorMessage and networkCode at their edges', () => {
  const named = (name: string, fields: Record<string, unknown> = {}) =>
    Object.assign(new Error(String(fields['message'] ?? 'm')), { name, ...fields })

  it('a TimeoutError is named by its reset code or a hung-up socket; anything else keeps its name', () => {
    expect(errorName(named('TimeoutError', { code: 'EPIPE' }))).toBe('EPIPE')
    expect(errorName(named('TimeoutError', { code: 'ETIMEDOUT' }))).toBe('TimeoutError')
    expect(errorName(named('TimeoutError', { message: 'Socket hang up' }))).toBe('ECONNRESET')
    expect(errorName(named('TimeoutError', { message: 'timed out' }))).toBe('TimeoutError')
    expect(errorName(named('Error', { code: 'ECONNRESET' }))).toBe('Error')
    expect(errorName(named('AbortError', { message: 'socket hang up' }))).toBe('AbortError')
    expect(errorName(undefined)).toBe('Error')
    expect(errorName({})).toBe('Error')
  })

  it('status and message of anything thrown', () => {
    expect(errorStatus(undefined)).toBeUndefined()
    expect(errorStatus({ $metadata: {} })).toBeUndefined()
    expect(errorStatus(awsError('X', 418))).toBe(418)
    expect(errorMessage('plain text')).toBe('plain text')
    expect(errorMessage(undefined)).toBe('undefined')
    expect(describeError(awsError('ValidationException', 400, 'bad name'))).toBe(
      'ValidationException: bad name'
    )
  })

  it('networkCode: only the codes of a network failure, a hung-up socket, or a timeout without a code', () => {
    expect(networkCode(netError('EPIPE'))).toBe('EPIPE')
    expect(networkCode(netError('ENOTFOUND'))).toBe('ENOTFOUND')
    expect(networkCode(netError('EACCES'))).toBeUndefined()
    expect(networkCode(new Error('socket hang up'))).toBe('ECONNRESET')
    expect(networkCode(named('RequestTimeout'))).toBe('ETIMEDOUT')
    expect(networkCode(named('RequestTimeoutException'))).toBe('ETIMEDOUT')
    expect(networkCode(new Error('other'))).toBeUndefined()
    expect(networkCode({})).toBeUndefined()
    expect(networkCode(undefined)).toBeUndefined()
  })

  it('errorKind by status alone, by fault alone, and of nothing at all', () => {
    expect(errorKind(awsError('Unnamed', 429))).toBe('throttle')
    expect(errorKind(awsError('Unnamed', 402))).toBe('quota')
    expect(errorKind(Object.assign(new Error('x'), { name: 'ThrottlingException' }))).toBe('throttle')
    expect(errorKind(Object.assign(new Error('x'), { name: 'ServiceQuotaExceededException' }))).toBe('quota')
    expect(errorKind(Object.assign(new Error('x'), { $fault: 'server' }))).toBe('ambiguous')
    expect(errorKind(Object.assign(new Error('x'), { $metadata: { httpStatusCode: 500 } }))).toBe('ambiguous')
    expect(errorKind(Object.assign(new Error('x'), { $metadata: { httpStatusCode: 499 } }))).toBe('fatal')
    expect(errorKind(netError('ETIMEDOUT'))).toBe('ambiguous')
    expect(errorKind(netError('EAI_AGAIN'))).toBe('unsent')
    expect(errorKind(undefined)).toBe('fatal')
  })
})

describe('every code and name the kinds are made of', () => {
  it.each([
    ['ECONNREFUSED', 'unsent'],
    ['ENOTFOUND', 'unsent'],
    ['EAI_AGAIN', 'unsent'],
    ['ENETUNREACH', 'unsent'],
    ['EHOSTUNREACH', 'unsent'],
    ['ERR_INVALID_URL', 'unsent'],
    ['ECONNRESET', 'ambiguous'],
    ['EPIPE', 'ambiguous'],
    ['ETIMEDOUT', 'ambiguous'],
    ['ECONNABORTED', 'ambiguous'],
    ['UND_ERR_SOCKET', 'ambiguous']
  ])('a network error %s is %s, and keeps its code', (code, kind) => {
    expect(errorKind(netError(code))).toBe(kind)
    expect(networkCode(netError(code))).toBe(code)
  })

  it('codes of other failures (file system, permissions, lower case) are not network codes', () => {
    for (const code of ['EACCES', 'ENOENT', 'econnreset', 'ECONNRESET ', ''])
      expect(networkCode(netError(code, 'm'))).toBeUndefined()
    expect(errorKind(netError('EACCES', 'm'))).toBe('fatal')
  })

  it.each(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'])(
    'a %s without a code is a timeout: ambiguous',
    name => {
      const timeout = Object.assign(new Error('timed out'), { name })
      expect(networkCode(timeout)).toBe('ETIMEDOUT')
      expect(errorKind(timeout)).toBe('ambiguous')
    }
  )

  it('the renamed reset keeps its kind (ambiguous: the request may have been carried out)', () => {
    const epipe = Object.assign(new Error('write EPIPE'), { name: 'TimeoutError', code: 'EPIPE' })
    expect(errorName(epipe)).toBe('EPIPE')
    expect(errorKind(epipe)).toBe('ambiguous')
    expect(describeError(epipe)).toBe('EPIPE: write EPIPE')
  })
})

describe('what a throttle, a quota and a server error are, whatever else the answer says', () => {
  it('the name decides even with another status; the status decides even with another name', () => {
    expect(errorKind(awsError('ThrottlingException', 400))).toBe('throttle')
    expect(errorKind(awsError('ServiceQuotaExceededException', 400))).toBe('quota')
    expect(errorKind(awsError('TooManyRequestsException', 429))).toBe('throttle')
    expect(errorKind(awsError('PaymentRequired', 402))).toBe('quota')
    expect(errorKind(awsError('Conflict', 428))).toBe('fatal')
    expect(errorKind(awsError('Conflict', 430))).toBe('fatal')
  })

  it('a status at 500 or above is ambiguous; 499 is not, even with a server fault', () => {
    const status = (code: number, fault?: string) =>
      Object.assign(new Error('x'), { $metadata: { httpStatusCode: code }, ...(fault && { $fault: fault }) })
    expect(errorKind(status(499))).toBe('fatal')
    expect(errorKind(status(500))).toBe('ambiguous')
    expect(errorKind(status(501))).toBe('ambiguous')
    expect(errorKind(status(599))).toBe('ambiguous')
    expect(errorKind(status(499, 'server'))).toBe('ambiguous')
    expect(errorKind(status(400, 'client'))).toBe('fatal')
  })

  it('a network code comes before the status: a refused connection is unsent whatever status it carries', () => {
    const refused = Object.assign(netError('ECONNREFUSED'), { $metadata: { httpStatusCode: 503 } })
    expect(errorKind(refused)).toBe('unsent')
  })
})

describe('anything thrown', () => {
  it('has a name, a status or none, and a message', () => {
    expect(errorName('text')).toBe('Error')
    expect(errorName(null)).toBe('Error')
    expect(errorName(new TypeError('t'))).toBe('TypeError')
    expect(errorStatus({})).toBeUndefined()
    expect(errorStatus(new Error('no answer'))).toBeUndefined()
    expect(errorStatus('text')).toBeUndefined()
    expect(errorMessage(new Error('m'))).toBe('m')
    expect(errorMessage(42)).toBe('42')
    expect(describeError('plain')).toBe('Error: plain')
    expect(describeError(new TypeError('t'))).toBe('TypeError: t')
    expect(errorKind('text')).toBe('fatal')
    expect(networkCode('socket hang up')).toBeUndefined()
  })
})
