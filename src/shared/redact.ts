// Replaces credential values and signatures that might ride along in a message (a signature-mismatch
// answer quotes the canonical request). Applied to every log line, output, summary and failure.
const SECRET_VARIABLES = [
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_ACCESS_KEY_ID'
]

/** Secrets learnt while the step runs (role-to-assume's OIDC token and credentials): redacted as well. */
const learnt = new Set<string>()

export function addSecret(value: string | undefined): void {
  if (value && value.length >= 8) learnt.add(value)
}

export function redact(text: string, env: Record<string, string | undefined> = process.env): string {
  let out = text
  for (const name of SECRET_VARIABLES) {
    const value = env[name]
    if (value && value.length >= 8) out = out.split(value).join('***')
  }
  for (const value of learnt) out = out.split(value).join('***')
  return out
    .replace(/(Signature=)[0-9a-f]{16,}/gi, '$1***')
    .replace(/(x-amz-security-token[=:]\s*)[^\s&,;]+/gi, '$1***')
    .replace(/(Credential=)[A-Z0-9]{16,}/g, '$1***')
}
