// What a Start's answer means when it is not a plain success: the job id checked against the model,
// which failures are a lost answer (the job may exist), and how each is worded in the log.
import { describe, expect, it } from '@jest/globals'
import { checkedJobId, lostAnswer, startErrorKind } from '../src/phases/start-answer.js'
import { MalformedAnswerError } from '../src/shared/errors.js'
import { awsError, netError } from './helpers/fixtures.js'

const JOB_ID = 'abc00002-0000-4000-8000-000000000003'

/** An error carrying only an HTTP status, as the SDK throws an answer it could not parse. */
const withStatus = (status: number, name = 'SyntaxError'): Error =>
  Object.assign(new Error('Unexpected end of JSON input'), { name, $metadata: { httpStatusCode: status } })

const caught = (fn: () => unknown): unknown => {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('did not throw')
}

describe('checkedJobId', () => {
  it('returns a job id that fits the model', () => {
    expect(checkedJobId(JOB_ID)).toBe(JOB_ID)
  })

  it('no jobId at all is a malformed answer, saying so', () => {
    const error = caught(() => checkedJobId(undefined))
    expect(error).toBeInstanceOf(MalformedAnswerError)
    expect((error as Error).message).toBe('the answer carried no usable job id (no jobId)')
  })

  it.each([[''], ['$(touch /tmp/x)'], [`${JOB_ID}\n`], [JOB_ID.toUpperCase()], [JOB_ID.slice(1)]])(
    'a jobId that is not a job id (%j) is a malformed answer, saying so',
    jobId => {
      const error = caught(() => checkedJobId(jobId))
      expect(error).toBeInstanceOf(MalformedAnswerError)
      expect((error as Error).message).toBe(
        'the answer carried no usable job id (a jobId that is not a job id)'
      )
    }
  )
})

describe('startErrorKind', () => {
  it('a malformed 2xx answer is a lost answer (ambiguous)', () => {
    expect(startErrorKind(new MalformedAnswerError('no jobId'))).toBe('ambiguous')
  })

  it.each([
    [200, 'ambiguous'],
    [201, 'ambiguous'],
    [299, 'ambiguous'],
    [199, 'fatal'],
    [300, 'fatal'],
    [400, 'fatal'],
    [403, 'fatal']
  ])('an unreadable answer with status %d is %s', (status, kind) => {
    expect(startErrorKind(withStatus(status))).toBe(kind)
  })

  it.each([
    ['ThrottlingException', 400, 'throttle'],
    ['ServiceQuotaExceededException', 402, 'quota'],
    ['InternalServerException', 500, 'ambiguous'],
    ['AccessDeniedException', 403, 'fatal'],
    ['ValidationException', 400, 'fatal']
  ])('any other answer is taken by its kind: %s (%d) is %s', (name, status, kind) => {
    expect(startErrorKind(awsError(name, status))).toBe(kind)
  })

  it.each([
    ['ECONNRESET', 'ambiguous'],
    ['ECONNREFUSED', 'unsent'],
    ['ENOTFOUND', 'unsent']
  ])('a network error with no status: %s is %s', (code, kind) => {
    expect(startErrorKind(netError(code))).toBe(kind)
  })

  it('an error with no status and no code is fatal', () => {
    expect(startErrorKind(new Error('boom'))).toBe('fatal')
  })
})

describe('lostAnswer', () => {
  it('a malformed answer says what was missing', () => {
    expect(lostAnswer(new MalformedAnswerError('no jobId'))).toBe(
      'Start answered, but the answer carried no usable job id (no jobId)'
    )
  })

  it.each([200, 201, 299])('a %d that could not be read names the status and the error', status => {
    expect(lostAnswer(withStatus(status))).toBe(
      `Start answered ${status}, but its answer could not be read (SyntaxError)`
    )
  })

  it.each([199, 300])('a %d is not taken as a 2xx: the error is named', status => {
    expect(lostAnswer(withStatus(status, 'Redirected'))).toBe('Start answered Redirected')
  })

  it('a timeout with no answer names request-timeout', () => {
    expect(lostAnswer(Object.assign(new Error('timed out'), { name: 'TimeoutError' }))).toBe(
      'Start got no answer within request-timeout'
    )
  })

  it('a reset the SDK renamed TimeoutError is a failed connection, named by its code', () => {
    expect(
      lostAnswer(Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' }))
    ).toBe("Start's connection failed before an answer came (ECONNRESET)")
  })

  it.each(['ECONNRESET', 'EPIPE', 'ETIMEDOUT'])('a connection that failed names its code (%s)', code => {
    expect(lostAnswer(netError(code))).toBe(`Start's connection failed before an answer came (${code})`)
  })

  it('a 5xx names the error', () => {
    expect(lostAnswer(awsError('InternalServerException', 500))).toBe(
      'Start answered InternalServerException'
    )
  })
})
