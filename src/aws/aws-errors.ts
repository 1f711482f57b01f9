// How a failed AWS call should be treated. Start has no idempotency token, so "ambiguous" (the request
// may have been carried out) is kept apart from "unsent" (it certainly was not).

export type ErrorKind = 'throttle' | 'quota' | 'ambiguous' | 'unsent' | 'fatal'

interface AwsLikeError {
  name?: string
  code?: string
  message?: string
  $fault?: string
  $metadata?: { httpStatusCode?: number }
}

const UNSENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_INVALID_URL'
])
const AMBIGUOUS_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'UND_ERR_SOCKET'])
const AMBIGUOUS_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'])

export function errorStatus(error: unknown): number | undefined {
  return (error as AwsLikeError | undefined)?.$metadata?.httpStatusCode
}

const RESET_CODES = new Set(['ECONNRESET', 'EPIPE'])

/**
 * The error's name. The SDK's HTTP handler renames a reset connection (ECONNRESET "socket hang up",
 * EPIPE) TimeoutError: such an error is named by its code, so a reset reads as a reset.
 */
export function errorName(error: unknown): string {
  const e = error as AwsLikeError | undefined
  const name = e?.name ?? 'Error'
  if (name === 'TimeoutError' && e?.code && RESET_CODES.has(e.code)) return e.code
  if (name === 'TimeoutError' && e?.message && /socket hang up/i.test(e.message)) return 'ECONNRESET'
  return name
}

/** The error's message, for anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** `Name: message`, for log lines and hints that quote a failed call. */
export function describeError(error: unknown): string {
  return `${errorName(error)}: ${errorMessage(error)}`
}

export function networkCode(error: unknown): string | undefined {
  const e = error as AwsLikeError | undefined
  if (e?.code && (UNSENT_CODES.has(e.code) || AMBIGUOUS_CODES.has(e.code))) return e.code
  if (e?.message && /socket hang up/i.test(e.message)) return 'ECONNRESET'
  // A timeout error without a code (the handler's connection or request timeout): a timeout.
  if (e && AMBIGUOUS_NAMES.has(e.name ?? '')) return 'ETIMEDOUT'
  return undefined
}

export function errorKind(error: unknown): ErrorKind {
  const name = errorName(error)
  const status = errorStatus(error)
  if (name === 'ThrottlingException' || status === 429) return 'throttle'
  if (name === 'ServiceQuotaExceededException' || status === 402) return 'quota'
  const code = networkCode(error)
  if (code && UNSENT_CODES.has(code)) return 'unsent'
  if (code) return 'ambiguous'
  if ((error as AwsLikeError | undefined)?.$fault === 'server' || (status !== undefined && status >= 500))
    return 'ambiguous'
  return 'fatal'
}
