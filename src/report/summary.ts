// Pure: the job summary as Markdown, so tests read exactly what the user will. Only the action's own
// words are Markdown: every value from outside (S3 keys, statuses and messages from the service, job
// ids, file findings, echoed inputs) goes through shared/markdown.ts for the context it lands in, and
// the whole stays well under GitHub's 1 MiB limit for a step summary.
import { REGION } from '../inputs/input-reader.js'
import { codeBlock, codeSpan, tableCell } from '../shared/markdown.js'
import { cut, formatDuration, thousands } from '../shared/text.js'
import { partitionOf } from './explain.js'
import { redact } from '../shared/redact.js'

/** The summary's size at most, in bytes: half of GitHub's limit, whatever the files and the service say. */
export const SUMMARY_LIMIT = 512 * 1024
/** The failure's length at most, in characters, in the summary (the log has it whole). */
export const FAILURE_LIMIT = 64 * 1024
const ITEMS_PER_CELL = 50
/** A value's length at most (an S3 URI is at most 1,091 characters), and a message's. */
const VALUE_WIDTH = 1_200
const MESSAGE_WIDTH = 4_000

export interface SummaryJob {
  jobId?: string
  items: string[]
  status: string
  /** Said after the status: "(found after a lost answer)", "cancel requested, not yet confirmed", ... */
  note?: string
  statusMessage?: string
  /** The job's own run time, from the service (creation to completion, or to the last check). */
  runMs?: number
  /** How long this step waited for it. */
  waitedMs?: number
  /** Each item's status, as the last status check returned it. */
  itemStatuses?: { source?: string; jobStatus?: string }[]
}

export interface SummaryData {
  title: string
  storeName?: string
  versionName?: string
  region?: string
  jobs: SummaryJob[]
  runUrl?: string
  dryRun?: boolean
  /** Why the step failed, shown first (input problems, preflight findings, failed calls). */
  failure?: string
  /** Facts worth a line of their own: "2 items skipped", "version created". */
  notes?: string[]
  /** Files the checks warned about: probably fine, imported all the same. */
  fileWarnings?: { file: string; reason: string }[]
  /** bad-files: skip: files that failed the checks and were left out of the import. */
  rejected?: { file: string; reason: string }[]
}

/** The HealthOmics console page of an annotation store, in the region's partition. */
export function storeConsoleUrl(region: string, storeName: string): string {
  const { console } = partitionOf(region)
  return `https://${region}.${console}/omics/home?region=${region}#/annotation-stores/${encodeURIComponent(storeName)}`
}

/** Outside text in a cell: redacted first (escaping would hide a secret from the last pass), then escaped. */
const cell = (value: string, width = VALUE_WIDTH): string => tableCell(redact(cut(value, width)))

/** A link, only to an https URL that can stand in <...>; otherwise its text alone. */
function link(text: string, url: string): string {
  return /^https:\/\/[^\s<>]+$/.test(url) ? `[${cell(text)}](<${url}>)` : cell(text)
}

function factsTable(d: SummaryData): string[] {
  const facts: [string, string][] = []
  // The console link's host is built from the region: only from a valid one.
  const region = d.region && REGION.test(d.region) ? d.region : undefined
  if (d.storeName)
    facts.push([
      'Store',
      region ? link(d.storeName, storeConsoleUrl(region, d.storeName)) : cell(d.storeName)
    ])
  if (d.versionName) facts.push(['Version', cell(d.versionName)])
  if (d.region) facts.push(['Region', cell(d.region)])
  if (d.runUrl) facts.push(['Workflow run', link(d.runUrl.split('/').slice(-1)[0] ?? '', d.runUrl)])
  if (facts.length === 0) return []
  return ['| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${v} |`), '']
}

/** A job's files, one per line in its cell, at most ITEMS_PER_CELL of them. */
function itemsCell(items: readonly string[]): string {
  const shown = items.slice(0, ITEMS_PER_CELL).map(item => cell(item))
  if (items.length > ITEMS_PER_CELL)
    shown.push(`… and ${thousands(items.length - ITEMS_PER_CELL)} more (the items output lists every one)`)
  return shown.join('<br>')
}

function* jobsTable(d: SummaryData): Generator<string> {
  if (d.jobs.length === 0) return
  yield* ['| Job | Status | Run time | Waited | Items |', '|---|---|---|---|---|']
  for (const job of d.jobs) {
    const id = job.jobId ? codeSpan(redact(job.jobId), true) : d.dryRun ? '(dry run: not started)' : '—'
    const status = [job.status, job.note ?? ''].filter(Boolean).join(' ')
    const run = job.runMs !== undefined ? formatDuration(job.runMs) : ''
    const waited = job.waitedMs !== undefined ? formatDuration(job.waitedMs) : ''
    yield `| ${id} | ${cell(status)} | ${run} | ${waited} | ${itemsCell(job.items)} |`
  }
}

function* itemDetails(d: SummaryData): Generator<string> {
  const many = d.jobs.length > 1
  for (const job of d.jobs) {
    const name = job.jobId ? cell(job.jobId) : 'Job'
    if (job.statusMessage) yield* ['', `**${name}**: ${cell(job.statusMessage, MESSAGE_WIDTH)}`]
    const all = job.itemStatuses ?? []
    const listed = many ? all.filter(i => i.jobStatus !== 'COMPLETED') : all
    if (listed.length === 0) continue
    yield* ['', `| Item${many && job.jobId ? ` (job ${cell(job.jobId)})` : ''} | Item status |`, '|---|---|']
    for (const item of listed) yield `| ${cell(item.source ?? '')} | ${cell(item.jobStatus ?? '')} |`
  }
}

function* fileWarningsTable(d: SummaryData): Generator<string> {
  const warned = d.fileWarnings ?? []
  if (warned.length === 0) return
  yield* ['| File | File check warning (imported all the same) |', '|---|---|']
  for (const w of warned) yield `| ${cell(w.file)} | ${cell(w.reason, MESSAGE_WIDTH)} |`
  yield ''
}

/** The failure, whole up to FAILURE_LIMIT characters, in a code block no line of it can end. */
function failureBlock(failure: string): string[] {
  const shown = redact(failure)
  if (shown.length <= FAILURE_LIMIT) return ['**Failed**', '', codeBlock(shown), '']
  return [
    '**Failed**',
    '',
    codeBlock(cut(shown, FAILURE_LIMIT)),
    '',
    `The message is cut at ${thousands(FAILURE_LIMIT)} characters: the step's log has all of it.`,
    ''
  ]
}

function rejectedTable(d: SummaryData): string[] {
  const rejected = d.rejected ?? []
  if (rejected.length === 0) return []
  return [
    '| File left out (bad-files: skip) | Why it failed the file checks |',
    '|---|---|',
    ...rejected.map(r => `| ${cell(r.file)} | ${cell(r.reason, MESSAGE_WIDTH)} |`),
    ''
  ]
}

/**
 * The lines that fit in SUMMARY_LIMIT bytes, then where the rest is: GitHub drops a summary over 1 MiB
 * whole. Lines are made only as they are needed, so 400,000 rows cost no more than the ones shown.
 */
function bounded(lines: Iterable<string>): string[] {
  const kept: string[] = []
  let bytes = 0
  for (const line of lines) {
    bytes += Buffer.byteLength(line) + 1
    if (bytes > SUMMARY_LIMIT) {
      kept.push(
        '',
        `The summary is cut here at ${SUMMARY_LIMIT / 1024} KiB: the step's log and the jobs output have the rest.`
      )
      break
    }
    kept.push(line)
  }
  return kept
}

function* sections(data: SummaryData): Generator<string> {
  yield* [`### ${data.title}`, '', ...factsTable(data)]
  if (data.failure) yield* failureBlock(data.failure)
  // Notes are the action's words, with names and statuses from outside in them: escaped whole.
  for (const note of data.notes ?? []) yield `- ${cell(note, MESSAGE_WIDTH)}`
  if ((data.notes ?? []).length > 0) yield ''
  yield* rejectedTable(data)
  yield* fileWarningsTable(data)
  yield* jobsTable(data)
  yield* itemDetails(data)
}

export function summaryMarkdown(data: SummaryData): string {
  return redact(bounded(sections(data)).join('\n') + '\n')
}
