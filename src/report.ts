// What the user sees: error hints, the job summary's text, and redaction of anything secret.
import { classify, errorMessage, errorName, networkCode } from './aws-errors.js'
import { StartError } from './submit.js'
import type { JobState } from './wait.js'

/** A failure already worded for the user: reported as is. */
export class StepError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StepError'
  }
}

export interface ErrorContext {
  /** The call that failed, e.g. StartAnnotationImportJob. */
  operation: string
  region: string
  endpoint: string
  storeName?: string
  roleArn?: string
  jobId?: string
  tries?: number
}

/** Replaces credential values and signatures that might ride along in an error message. */
export function redact(text: string, env: Record<string, string | undefined> = process.env): string {
  let out = text
  for (const name of [
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_SECURITY_TOKEN',
    'AWS_ACCESS_KEY_ID'
  ]) {
    const value = env[name]
    if (value && value.length >= 8) out = out.split(value).join('***')
  }
  return out
    .replace(/(Signature=)[0-9a-f]{16,}/gi, '$1***')
    .replace(/(x-amz-security-token[=:]\s*)[^\s&,;]+/gi, '$1***')
    .replace(/(Credential=)[A-Z0-9]{16,}/g, '$1***')
}

function partitionOf(region: string): { partition: string; console: string } {
  if (region.startsWith('cn-')) return { partition: 'aws-cn', console: 'console.amazonaws.cn' }
  if (region.startsWith('us-gov-'))
    return { partition: 'aws-us-gov', console: 'console.amazonaws-us-gov.com' }
  return { partition: 'aws', console: 'console.aws.amazon.com' }
}

/** The HealthOmics console page of an annotation store, in the region's partition. */
export function storeConsoleUrl(region: string, storeName: string): string {
  const { console } = partitionOf(region)
  return `https://${region}.${console}/omics/home?region=${region}#/annotation-stores/${encodeURIComponent(storeName)}`
}

/** A one-paragraph explanation of a failed AWS call: the service's words, then what to do. */
export function explainError(error: unknown, ctx: ErrorContext): string {
  const tries = error instanceof StartError ? error.tries : ctx.tries
  const cause = error instanceof StartError ? error.last : error
  const name = errorName(cause)
  const message = errorMessage(cause)
  const partition = partitionOf(ctx.region).partition
  const store = ctx.storeName ?? '<store>'
  const kind = classify(cause)
  const fromAws =
    (cause as { $metadata?: unknown } | undefined)?.$metadata !== undefined ||
    networkCode(cause) !== undefined ||
    /credential/i.test(name)
  if (!fromAws)
    return redact(
      `${ctx.operation === 'StartAnnotationImportJob' ? 'The import' : ctx.operation} failed: ${message}`
    )
  const head = `${ctx.operation} failed: ${name}: ${message}`
  let hint: string
  if (name === 'AccessDeniedException') {
    hint =
      ctx.operation === 'StartAnnotationImportJob'
        ? `The credentials need omics:StartAnnotationImportJob on arn:${partition}:omics:${ctx.region}:<account>:annotationStore/${store}, ` +
          `and iam:PassRole on ${ctx.roleArn ?? 'the role-arn role'} with the condition iam:PassedToService = omics.amazonaws.com. ` +
          `The role's trust policy must allow omics.amazonaws.com to assume it.`
        : `The credentials need omics:${ctx.operation} (see the IAM policy in the README).`
  } else if (name === 'ResourceNotFoundException') {
    hint = ctx.jobId
      ? `No annotation import job ${ctx.jobId} in ${ctx.region}: check job-id and region.`
      : `No annotation store named ${store} in ${ctx.region}: check destination-name, version-name and region (stores are regional).`
  } else if (kind === 'quota') {
    hint =
      'The concurrent import jobs quota is used up (by default 5 variant or annotation import jobs per region). ' +
      'Wait for running imports to end, import fewer at once, or ask for a higher quota in Service Quotas (AWS HealthOmics).'
  } else if (name === 'ValidationException') {
    hint =
      'The service rejected the request as sent (its message is above, verbatim); the request JSON is in the log and the request output.'
  } else if (kind === 'throttle') {
    hint = `Still throttled after ${tries ?? 'several'} tries: raise max-attempts, lower max-concurrency, or run when the account is less busy.`
  } else if (
    name === 'CredentialsProviderError' ||
    /credential/i.test(name) ||
    /Could not load credentials/i.test(message)
  ) {
    hint =
      'No AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (with permissions: id-token: write for OIDC).'
  } else if (
    [
      'UnrecognizedClientException',
      'InvalidSignatureException',
      'ExpiredTokenException',
      'InvalidClientTokenId'
    ].includes(name)
  ) {
    hint =
      'The service did not accept the credentials: they may have expired, or belong to another partition. Check the credentials step.'
  } else if (networkCode(cause)) {
    hint =
      `Could not reach ${ctx.endpoint} (${networkCode(cause)}${tries ? ` after ${tries} tries` : ''}). ` +
      "Check endpoint-url and region, the runner's network, and the proxy settings (HTTPS_PROXY, NO_PROXY or the http-proxy input)."
  } else if (kind === 'ambiguous') {
    hint = `The service kept failing${tries ? ` (${tries} tries)` : ''}; try again later.`
  } else {
    hint = ''
  }
  const detail = error instanceof StartError && error.detail ? `\n${error.detail}` : ''
  return redact(`${head}${hint ? `\n${hint}` : ''}${detail}`)
}

export interface SummaryJob {
  jobId?: string
  items: string[]
  status?: string
  statusMessage?: string
  durationMs?: number
  /** Each item's status, as the last status check returned it. */
  itemStatuses?: JobState['items']
  note?: string
}

export interface SummaryData {
  title: string
  storeName?: string
  versionName?: string
  region: string
  jobs: SummaryJob[]
  runUrl?: string
  dryRun?: boolean
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m ${s % 60}s`
  return `${Math.floor(m / 60)}h ${m % 60}m`
}

/** The job summary as Markdown (pure, so tests read exactly what the user will). */
export function summaryMarkdown(d: SummaryData): string {
  const lines = [`### ${d.title}`, '']
  const facts: [string, string][] = []
  if (d.storeName) facts.push(['Store', `[${d.storeName}](${storeConsoleUrl(d.region, d.storeName)})`])
  if (d.versionName) facts.push(['Version', d.versionName])
  facts.push(['Region', d.region])
  if (d.runUrl) facts.push(['Workflow run', `[${d.runUrl.split('/').slice(-1)[0]}](${d.runUrl})`])
  lines.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`), '')
  const many = d.jobs.length > 1
  lines.push(
    many ? '| Item | Job | Status |' : '| Job | Status | Duration | Items |',
    many ? '|---|---|---|' : '|---|---|---|---|'
  )
  for (const job of d.jobs) {
    const id = job.jobId ? `\`${job.jobId}\`` : d.dryRun ? '(dry run: not started)' : '—'
    const status = [job.status ?? '', job.note ?? ''].filter(Boolean).join(' ')
    if (many) {
      lines.push(`| ${escapeCell(job.items.join(', '))} | ${id} | ${escapeCell(status)} |`)
    } else {
      const duration = job.durationMs !== undefined ? formatDuration(job.durationMs) : ''
      lines.push(`| ${id} | ${escapeCell(status)} | ${duration} | ${escapeCell(job.items.join('<br>'))} |`)
    }
  }
  for (const job of d.jobs) {
    if (job.statusMessage) lines.push('', `**${job.jobId ?? 'Job'}**: ${escapeCell(job.statusMessage)}`)
    const failing = (job.itemStatuses ?? []).filter(i => i.jobStatus !== 'COMPLETED')
    if (failing.length > 0 || (!many && (job.itemStatuses ?? []).length > 0)) {
      lines.push('', '| Item | Item status |', '|---|---|')
      for (const item of many ? failing : (job.itemStatuses ?? []))
        lines.push(`| ${escapeCell(item.source ?? '')} | ${item.jobStatus ?? ''} |`)
    }
  }
  return redact(lines.join('\n') + '\n')
}
