// @ts-check
// Server-side AWS Signature Version 4 verification, written from the published algorithm, so the
// stand-in rejects what AWS would reject: unknown keys, wrong secret, wrong service, tampered requests.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/** @param {string | Buffer} data */
const sha256 = data => createHash('sha256').update(data).digest('hex')
/** @param {Buffer | string} key @param {string} data */
const hmac = (key, data) => createHmac('sha256', key).update(data, 'utf8').digest()

/** RFC 3986 encoding as SigV4 wants it. @param {string} s */
function encode(s) {
  return encodeURIComponent(s).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * @param {string} rawPath the path as sent (still percent-encoded)
 * @param {boolean} doubleEncode every service but S3 encodes path segments a second time
 */
function canonicalPath(rawPath, doubleEncode) {
  if (!doubleEncode) return rawPath || '/'
  const segments = rawPath.split('/').map(seg => encode(decodeURIComponent(seg)))
  return segments.join('/') || '/'
}

/** @param {string} rawQuery */
function canonicalQuery(rawQuery) {
  if (!rawQuery) return ''
  return rawQuery
    .split('&')
    .filter(Boolean)
    .map(pair => {
      const i = pair.indexOf('=')
      const k = decodeURIComponent((i < 0 ? pair : pair.slice(0, i)).replace(/\+/g, '%20'))
      const v = i < 0 ? '' : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, '%20'))
      return /** @type {[string, string]} */ ([encode(k), encode(v)])
    })
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
}

/**
 * Verifies the Authorization header of a request.
 * @param {{ method: string, url: string, headers: import('node:http').IncomingHttpHeaders, body: Buffer }} req
 * @param {{ credentials: Record<string, { secret: string, sessionToken?: string, expiresAt?: number }>, now?: number }} opts
 * @returns {{ ok: true, accessKeyId: string, region: string, service: string } | { ok: false, status: number, type: string, message: string }}
 */
export function verifySigV4(req, opts) {
  const auth = String(req.headers['authorization'] ?? '')
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      auth
    )
  if (!m)
    return {
      ok: false,
      status: 403,
      type: 'MissingAuthenticationTokenException',
      message: 'Missing or malformed Authorization header'
    }
  const [, accessKeyId = '', day = '', region = '', service = '', signedHeaderList = '', signature = ''] = m
  const known = opts.credentials[accessKeyId]
  if (!known)
    return {
      ok: false,
      status: 403,
      type: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.'
    }
  const amzDate = String(req.headers['x-amz-date'] ?? '')
  if (!/^\d{8}T\d{6}Z$/.test(amzDate) || amzDate.slice(0, 8) !== day) {
    return {
      ok: false,
      status: 403,
      type: 'InvalidSignatureException',
      message: 'X-Amz-Date missing or not matching the credential scope'
    }
  }
  const signedAt = Date.parse(
    `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`
  )
  if (Math.abs((opts.now ?? Date.now()) - signedAt) > 15 * 60_000) {
    return {
      ok: false,
      status: 403,
      type: 'InvalidSignatureException',
      message: 'Signature expired: the request time is more than 15 minutes from the server time'
    }
  }
  const signedHeaders = signedHeaderList.split(';')
  if (!signedHeaders.includes('host'))
    return {
      ok: false,
      status: 403,
      type: 'InvalidSignatureException',
      message: 'host must be a signed header'
    }
  const token = req.headers['x-amz-security-token']
  if (
    known.sessionToken !== undefined &&
    (token !== known.sessionToken || !signedHeaders.includes('x-amz-security-token'))
  ) {
    return {
      ok: false,
      status: 403,
      type: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.'
    }
  }
  // Temporary credentials (the STS stand-in's) are refused once they expire, as AWS does.
  if (known.expiresAt !== undefined && (opts.now ?? Date.now()) >= known.expiresAt)
    return {
      ok: false,
      status: 403,
      type: 'ExpiredTokenException',
      message: 'The security token included in the request is expired'
    }
  const rawPath = req.url.split('?')[0] ?? '/'
  const rawQuery = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : ''
  const canonicalHeaders = signedHeaders
    .map(name => {
      const value = req.headers[name]
      const text = Array.isArray(value) ? value.join(',') : String(value ?? '')
      return `${name}:${text.trim().replace(/\s+/g, ' ')}\n`
    })
    .join('')
  const payloadHash = String(req.headers['x-amz-content-sha256'] ?? sha256(req.body))
  if (
    req.headers['x-amz-content-sha256'] &&
    payloadHash !== 'UNSIGNED-PAYLOAD' &&
    payloadHash !== sha256(req.body)
  ) {
    return {
      ok: false,
      status: 400,
      type: 'XAmzContentSHA256Mismatch',
      message: 'The provided x-amz-content-sha256 header does not match the body'
    }
  }
  const canonicalRequest = [
    req.method,
    canonicalPath(rawPath, service !== 's3'),
    canonicalQuery(rawQuery),
    canonicalHeaders,
    signedHeaderList,
    payloadHash
  ].join('\n')
  const scope = `${day}/${region}/${service}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n')
  const kDate = hmac(`AWS4${known.secret}`, day)
  const kSigning = hmac(hmac(hmac(kDate, region), service), 'aws4_request')
  const expected = createHmac('sha256', kSigning).update(stringToSign, 'utf8').digest()
  const given = Buffer.from(signature, 'hex')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      ok: false,
      status: 403,
      type: 'InvalidSignatureException',
      message: 'The request signature we calculated does not match the signature you provided.'
    }
  }
  return { ok: true, accessKeyId, region, service }
}
