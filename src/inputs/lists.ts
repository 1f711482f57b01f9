// Lists given in one input: S3 URIs (items) and job ids (wait/), one per line or as a JSON array, the
// format the action's own outputs use, so they pass between steps as they are.
import { shown } from '../shared/text.js'
import { type Problem } from '../shared/errors.js'

/** One item as given: where it was given (line or JSON array entry) and its URI. */
export interface ItemLine {
  /** 1-based line (or JSON array entry) number. */
  line: number
  uri: string
  /** "line 3", or "entry 3" when items was a JSON array. */
  where: string
}

const S3_IN_TEXT = /s3:\/\//g

/**
 * Items: a JSON array of URIs (as the action's own items and skipped outputs give them), or one S3 URI
 * a line with blank lines and `#` comments ignored. A line holding two URIs is a problem.
 */
export function parseItems(text: string, problems: Problem[] = []): ItemLine[] {
  const trimmed = text.trim()
  if (trimmed.startsWith('[')) return parseItemArray(trimmed, problems)
  const items = text
    .split(/\r?\n/)
    .map((raw, index) => ({ line: index + 1, uri: raw.trim(), where: `line ${index + 1}` }))
    .filter(item => item.uri !== '' && !item.uri.startsWith('#'))
  for (const item of items) {
    const count = item.uri.match(S3_IN_TEXT)?.length ?? 0
    if (count > 1)
      problems.push({
        input: 'items',
        message: `${item.where}: one URI per line, found ${count} in ${shown(item.uri)} (put each on its own line, or give a JSON array)`
      })
  }
  return items
}

function parseItemArray(text: string, problems: Problem[]): ItemLine[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    problems.push({
      input: 'items',
      message: `starts with [ but is not a JSON array of URIs (${error instanceof Error ? error.message : String(error)})`
    })
    return []
  }
  const entries = Array.isArray(value) ? value : []
  const items: ItemLine[] = []
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`
    if (typeof entry !== 'string')
      problems.push({
        input: 'items',
        message: `${where}: expected an s3:// URI string, got ${shown(entry)}`
      })
    else items.push({ line: index + 1, uri: entry.trim(), where })
  })
  return items
}

const JOB_ID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/

/** Job ids: a JSON array (the start action's job-ids output) or one id a line. */
export function parseJobIds(input: string, text: string, problems: Problem[]): string[] {
  const trimmed = text.trim()
  if (trimmed === '') return []
  let ids: unknown[]
  if (trimmed.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(trimmed)
      ids = Array.isArray(value) ? value : [value]
    } catch {
      problems.push({ input, message: `starts with [ but is not a JSON array of job ids: ${shown(trimmed)}` })
      return []
    }
  } else {
    ids = trimmed
      .split(/[\r\n]+/)
      .map(line => line.trim())
      .filter(Boolean)
  }
  const valid: string[] = []
  for (const id of ids) {
    if (typeof id === 'string' && JOB_ID.test(id)) valid.push(id)
    else
      problems.push({
        input,
        message: `expected a job id like 0123abcd-0123-4567-89ab-0123456789ab, got ${shown(id)}`
      })
  }
  return valid
}
