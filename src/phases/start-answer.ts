// What a Start's answer means when it is not a plain success: a 2xx that does not carry what the model
// says it must is a lost answer (the job may exist, its id is lost), like a 5xx or a dropped connection.
import { MalformedAnswerError } from '../shared/errors.js'
import { isJobId } from '../model/import-job.js'
import { errorKind, errorName, errorStatus, networkCode, type ErrorKind } from '../aws/aws-errors.js'

export function checkedJobId(jobId: string | undefined): string {
  if (jobId === undefined) throw new MalformedAnswerError('no jobId')
  if (!isJobId(jobId)) throw new MalformedAnswerError('a jobId that is not a job id')
  return jobId
}

/**
 * How a failed Start is treated. Besides 5xx and lost connections, an answer that arrived but could not
 * be read (a 2xx whose JSON is cut off, or one without a job id) is a lost answer: the job may exist.
 */
export function startErrorKind(error: unknown): ErrorKind {
  if (error instanceof MalformedAnswerError) return 'ambiguous'
  const status = errorStatus(error)
  if (status !== undefined && status >= 200 && status < 300) return 'ambiguous'
  return errorKind(error)
}

/** What happened to a Start whose outcome is unknown, in words. */
export function lostAnswer(error: unknown): string {
  if (error instanceof MalformedAnswerError) return `Start answered, but ${error.message}`
  const status = errorStatus(error)
  if (status !== undefined && status >= 200 && status < 300)
    return `Start answered ${status}, but its answer could not be read (${errorName(error)})`
  if (errorName(error) === 'TimeoutError') return 'Start got no answer within request-timeout'
  const code = networkCode(error)
  if (code) return `Start's connection failed before an answer came (${code})`
  return `Start answered ${errorName(error)}`
}
