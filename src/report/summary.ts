// Pure: the job summary as Markdown, so tests read exactly what the user will.
import { formatDuration } from '../shared/text.js'
import { partitionOf } from './explain.js'
import { redact } from '../shared/redact.js'

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

function escapeCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

function factsTable(d: SummaryData): string[] {
  const facts: [string, string][] = []
  if (d.storeName)
    facts.push([
      'Store',
      d.region ? `[${d.storeName}](${storeConsoleUrl(d.region, d.storeName)})` : d.storeName
    ])
  if (d.versionName) facts.push(['Version', d.versionName])
  if (d.region) facts.push(['Region', d.region])
  if (d.runUrl) facts.push(['Workflow run', `[${d.runUrl.split('/').slice(-1)[0]}](${d.runUrl})`])
  if (facts.length === 0) return []
  return ['| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`), '']
}

function jobsTable(d: SummaryData): string[] {
  if (d.jobs.length === 0) return []
  const lines = ['| Job | Status | Run time | Waited | Items |', '|---|---|---|---|---|']
  for (const job of d.jobs) {
    const id = job.jobId ? `\`${job.jobId}\`` : d.dryRun ? '(dry run: not started)' : '—'
    const status = [job.status, job.note ?? ''].filter(Boolean).join(' ')
    const run = job.runMs !== undefined ? formatDuration(job.runMs) : ''
    const waited = job.waitedMs !== undefined ? formatDuration(job.waitedMs) : ''
    lines.push(
      `| ${id} | ${escapeCell(status)} | ${run} | ${waited} | ${escapeCell(job.items.join('<br>'))} |`
    )
  }
  return lines
}

function itemDetails(d: SummaryData): string[] {
  const lines: string[] = []
  const many = d.jobs.length > 1
  for (const job of d.jobs) {
    if (job.statusMessage) lines.push('', `**${job.jobId ?? 'Job'}**: ${escapeCell(job.statusMessage)}`)
    const all = job.itemStatuses ?? []
    const shown = many ? all.filter(i => i.jobStatus !== 'COMPLETED') : all
    if (shown.length === 0) continue
    lines.push('', `| Item${many ? ` (job ${job.jobId ?? ''})` : ''} | Item status |`, '|---|---|')
    for (const item of shown) lines.push(`| ${escapeCell(item.source ?? '')} | ${item.jobStatus ?? ''} |`)
  }
  return lines
}

/** File names and reasons come from outside (S3 keys, file content): HTML and table syntax escaped. */
const escapeText = (value: string): string =>
  escapeCell(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))

function fileWarningsTable(d: SummaryData): string[] {
  const warned = d.fileWarnings ?? []
  if (warned.length === 0) return []
  return [
    '| File | File check warning (imported all the same) |',
    '|---|---|',
    ...warned.map(w => `| ${escapeText(w.file)} | ${escapeText(w.reason)} |`),
    ''
  ]
}

function rejectedTable(d: SummaryData): string[] {
  const rejected = d.rejected ?? []
  if (rejected.length === 0) return []
  return [
    '| File left out (bad-files: skip) | Why it failed the file checks |',
    '|---|---|',
    ...rejected.map(r => `| ${escapeText(r.file)} | ${escapeText(r.reason)} |`),
    ''
  ]
}

export function summaryMarkdown(data: SummaryData): string {
  const lines = [`### ${data.title}`, '', ...factsTable(data)]
  if (data.failure) lines.push('**Failed**', '', '```', data.failure, '```', '')
  for (const note of data.notes ?? []) lines.push(`- ${note}`)
  if ((data.notes ?? []).length > 0) lines.push('')
  lines.push(...rejectedTable(data), ...fileWarningsTable(data), ...jobsTable(data), ...itemDetails(data))
  return redact(lines.join('\n') + '\n')
}
