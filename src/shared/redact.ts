// Replaces credential values and signatures that might ride along in a message (a signature-mismatch
// answer quotes the canonical request; a service may echo a value URL-encoded, JSON-escaped or in
// base64). Applied to every log line (debug lines included), output, summary and failure.
const SECRET_VARIABLES = [
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_ACCESS_KEY_ID'
]

/** Shorter values are not secrets (and would redact ordinary words); so are shorter forms of them. */
const MIN_LENGTH = 8

/** Secrets learnt while the step runs (role-to-assume's OIDC token and credentials): redacted as well. */
const learnt = new Set<string>()

export function addSecret(value: string | undefined): void {
  if (value && value.length >= MIN_LENGTH) learnt.add(value)
}

/** base64 and base64url of `value` wherever it stands in longer base64 text: the characters only it decides. */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value)
  const forms = [bytes.toString('base64'), bytes.toString('base64url')]
  for (const offset of [0, 1, 2]) {
    const shifted = Buffer.concat([Buffer.alloc(offset), bytes])
    const whole = 4 * Math.floor(shifted.length / 3)
    const inner = shifted.toString('base64').slice(offset === 0 ? 0 : 4, whole)
    forms.push(inner, inner.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return forms
}

/**
 * The forms a credential value can take in a message: as is, URL-encoded (once or twice, either case
 * of hex), JSON-escaped (with `/` as `\/` too), and base64. Registered with the runner's masking too.
 */
export function secretForms(value: string): string[] {
  const url = encodeURIComponent(value)
  const json = JSON.stringify(value).slice(1, -1)
  const forms = [
    value,
    url,
    url.replace(/%[0-9A-F]{2}/g, hex => hex.toLowerCase()),
    encodeURIComponent(url),
    json,
    json.replace(/\//g, '\\/'),
    ...base64Forms(value)
  ]
  return [...new Set(forms)].filter(form => form.length >= MIN_LENGTH)
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** One pattern for every form of every secret, built again only when the secrets change. */
let cached: { key: string; pattern: RegExp | undefined } | undefined

function secretsPattern(env: Record<string, string | undefined>): RegExp | undefined {
  const values = SECRET_VARIABLES.map(name => env[name] ?? '')
  const key = `${values.join('\n')}\n${learnt.size}`
  if (cached?.key === key) return cached.pattern
  const forms = [...values.filter(value => value.length >= MIN_LENGTH), ...learnt].flatMap(secretForms)
  // Longest first: a form that holds another is replaced whole.
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length)
  const pattern = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : undefined
  cached = { key, pattern }
  return pattern
}

// Header and query names in any case, as a header (name: value), a query (name=value, also
// URL-encoded) or JSON ("name": "value").
const TOKEN_FIELD = /(x-amz-security-token\\?"?\s*(?:[=:]|%3D)\s*\\?"?)(?:\\\/|[^\s&,;"\\])+/gi

export function redact(text: string, env: Record<string, string | undefined> = process.env): string {
  const secrets = secretsPattern(env)
  const out = secrets ? text.replace(secrets, '***') : text
  return out
    .replace(/(Signature=)[0-9a-f]{16,}/gi, '$1***')
    .replace(TOKEN_FIELD, '$1***')
    .replace(/(Credential=)[A-Z0-9]{16,}/gi, '$1***')
}
