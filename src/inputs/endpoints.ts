// Where the action's requests may go, checked before anything is sent. Endpoints (endpoint-url and the
// SDK's AWS_ENDPOINT_URL* variables) receive signed requests, which carry the access key id and the session
// token: https:// only, except to loopback; never a link-local or cloud metadata address; no user-info (the
// SDK never sends it, so it could only leak). Proxies (http-proxy, HTTP(S)_PROXY, ALL_PROXY) are http:// or
// https:// only: the action carries no PAC, SOCKS or FTP code, and never fetches a proxy script.
import { shown } from '../shared/text.js'

/**
 * A URL as it may be printed: everything between the scheme's `//` (or the start) and the last `@` is
 * replaced by `***`, so a password is never shown, whatever characters it holds (`/`, `#`, `@`, `%`, `:`
 * make a URL parser end the user-info early, or fail).
 */
export function withoutUserInfo(value: string): string {
  const at = value.lastIndexOf('@')
  if (at < 0) return value
  const slashes = value.indexOf('//')
  const start = slashes >= 0 && slashes < at ? slashes + 2 : 0
  return `${value.slice(0, start)}***${value.slice(at)}`
}

export type HostKind = 'loopback' | 'metadata' | 'aws' | 'other'

/** Names that resolve to a cloud's instance metadata service. */
const METADATA_NAMES = new Set([
  'instance-data',
  'instance-data.ec2.internal',
  'metadata',
  'metadata.google.internal',
  'metadata.azure.internal'
])
const AWS_SUFFIXES = ['.amazonaws.com', '.amazonaws.com.cn', '.api.aws']

/** An IPv4-mapped IPv6 literal as dotted IPv4 (`[::ffff:a9fe:a9fe]` -> `169.254.169.254`), else as is. */
function unmapped(host: string): string {
  const mapped = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(host)
  if (!mapped) return host
  const [high, low] = [parseInt(mapped[1] ?? '0', 16), parseInt(mapped[2] ?? '0', 16)]
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/**
 * What a URL's hostname (as `new URL` gives it: IPv4 normalised to dotted decimal, IPv6 in brackets and
 * compressed) points at. Loopback: 127.0.0.0/8, ::1, localhost. Metadata: link-local 169.254.0.0/16
 * (169.254.169.254, ECS's 169.254.170.2) and fe80::/10, AWS's fd00:ec2::/32 (fd00:ec2::254), Alibaba's
 * 100.100.100.200, and the metadata host names. A name that merely resolves to such an address is not
 * caught here; https:// (required for every host that is not loopback) fails on them instead.
 */
export function hostKind(hostname: string): HostKind {
  const host = unmapped(hostname.toLowerCase().replace(/\.$/, ''))
  if (/^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]' || host === 'localhost') return 'loopback'
  if (/^169\.254\.\d+\.\d+$/.test(host) || host === '100.100.100.200') return 'metadata'
  if (/^\[fe[89ab][0-9a-f]:/.test(host) || /^\[fd00:ec2:/.test(host)) return 'metadata'
  if (METADATA_NAMES.has(host)) return 'metadata'
  if (AWS_SUFFIXES.some(suffix => host.endsWith(suffix))) return 'aws'
  return 'other'
}

function parsed(value: string): URL | undefined {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : undefined
  } catch {
    return undefined
  }
}

/**
 * What is wrong with an endpoint URL (undefined: nothing), worded after "<name>: ". `example` is shown
 * when the value is not an http(s) URL at all.
 */
export function endpointProblem(value: string, example: string): string | undefined {
  const safe = shown(withoutUserInfo(value))
  const url = parsed(value)
  if (!url) return `expected an http:// or https:// URL such as ${example}, got ${safe}`
  if (url.username !== '' || url.password !== '' || value.includes('@'))
    return `must not carry a user name or password (user@ or user:password@): the SDK never sends them, requests are signed with the AWS credentials; got ${safe}`
  const kind = hostKind(url.hostname)
  if (kind === 'metadata')
    return `is a link-local or cloud metadata address (${url.hostname}): signed requests, which carry the access key id and session token, are never sent there; got ${safe}`
  if (url.protocol === 'http:' && kind !== 'loopback')
    return `must be https:// (plain http:// only to loopback: 127.0.0.1, ::1, localhost), as signed requests carry the access key id and session token; got ${safe}`
  return undefined
}

/** The one-line notice for a custom endpoint that is neither an AWS host nor loopback, else undefined. */
export function endpointNotice(value: string, name: string): string | undefined {
  const url = parsed(value)
  if (!url || hostKind(url.hostname) !== 'other') return undefined
  return `${name} sends this step's signed AWS requests to ${url.host}, which is not an AWS host (*.amazonaws.com, *.amazonaws.com.cn, *.api.aws)`
}

/** The notices for the custom endpoints in use: endpoint-url, and the SDK's endpoint variables. */
export function endpointNotices(
  endpointUrl: string | undefined,
  env: Record<string, string | undefined>
): string[] {
  const given: [string, string | undefined][] = [
    ['endpoint-url', endpointUrl],
    ...ENDPOINT_VARIABLES.map((name): [string, string | undefined] => [name, env[name]?.trim()])
  ]
  return given.flatMap(([name, value]) => {
    const notice = value ? endpointNotice(value, name) : undefined
    return notice ? [notice] : []
  })
}

/** What is wrong with a proxy URL (undefined: nothing). User-info is allowed (proxy authentication), never shown. */
export function proxyProblem(value: string, example: string): string | undefined {
  if (parsed(value)) return undefined
  return `expected an http:// or https:// URL such as ${example}, got ${shown(withoutUserInfo(value))}`
}

/** The environment variables the SDK reads for endpoints, besides endpoint-url. */
export const ENDPOINT_VARIABLES = [
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_OMICS',
  'AWS_ENDPOINT_URL_S3',
  'AWS_ENDPOINT_URL_STS'
]

/**
 * The proxy variables proxy-from-env reads, as it reads them: per scheme, the lower-case name first, and
 * a value without `://` taken as `<scheme>://value`. Returns [name, value as used] of each one set.
 */
export function proxyVariables(env: Record<string, string | undefined>): [string, string][] {
  return ['http', 'https', 'all'].flatMap(scheme => {
    const lower = `${scheme}_proxy`
    const upper = lower.toUpperCase()
    const name = env[lower] ? lower : env[upper] ? upper : undefined
    const value = name === undefined ? undefined : (env[name] ?? '')
    if (name === undefined || value === undefined) return []
    return [[name, value.includes('://') ? value : `${scheme === 'all' ? 'http' : scheme}://${value}`]]
  })
}
