// @ts-check
// Stand-in for the GitHub Actions cache service, v2: what @actions/cache talks to when the runner sets
// ACTIONS_CACHE_SERVICE_V2 (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN). Its Twirp JSON calls
// (POST /twirp/github.actions.results.api.v1.CacheService/<Method>, bodies with proto field names) and
// the signed blob URLs they hand out, served from the same 127.0.0.1 server: an Azure Blob "Put Blob"
// (or Put Block + Put Block List for large archives) to upload, and a plain GET to download.
//
// Entries are immutable (CreateCacheEntry of an existing key and version fails), looked up by the exact
// key first, then by each restore key as a prefix, newest first, within the same version.
//
// Faults: `down` (every connection reset at once: what a closed service looks like to the client),
// `error` (Twirp calls answer 500), `hang` (Twirp calls never answer), `corrupt` (downloads return bytes
// that are no archive). The server is unref'd, so it never holds a test process open.
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'

const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/'

/**
 * @typedef {{ key: string, version: string, blob: string, data?: Buffer, size?: number, finalized: boolean, at: number }} Entry
 * @typedef {{ time: number, method: string, body: any, status: number }} CacheCall
 * @typedef {'down' | 'error' | 'hang' | 'corrupt' | undefined} CacheFault
 */

/** @param {import('node:http').IncomingMessage} req */
async function bodyOf(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/** A runtime token shaped like the runner's (a JWT; the library only sends it as a bearer token). */
function runtimeToken() {
  const part = (/** @type {object} */ value) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return [
    part({ alg: 'RS256', typ: 'JWT' }),
    part({ scp: 'Actions.Results:run:job', ac: '[{"Scope":"refs/heads/main","Permission":3}]' }),
    randomBytes(16).toString('base64url')
  ].join('.')
}

export async function startCacheService() {
  const token = runtimeToken()
  /** @type {Entry[]} */
  const entries = []
  /** @type {CacheCall[]} */
  const calls = []
  /** Uploaded blocks by blob name, before Put Block List. @type {Map<string, Map<string, Buffer>>} */
  const blocks = new Map()
  /** @type {Set<import('node:http').ServerResponse>} */
  const hanging = new Set()

  const state = {
    entries,
    calls,
    token,
    /** @type {CacheFault} */
    fault: undefined,
    /** @param {string} method */
    callsOf(method) {
      return calls.filter(c => c.method === method)
    },
    /** Finalized entries, oldest first. */
    saved() {
      return entries.filter(e => e.finalized)
    },
    reset() {
      entries.length = 0
      calls.length = 0
      blocks.clear()
      state.fault = undefined
      for (const res of hanging) res.destroy()
      hanging.clear()
    }
  }

  /** @param {any} body @returns {[number, object]} */
  function getDownloadUrl(body) {
    const version = String(body.version ?? '')
    const done = entries.filter(e => e.finalized && e.version === version)
    const exact = done.find(e => e.key === body.key)
    const byPrefix = () => {
      for (const prefix of body.restore_keys ?? []) {
        const found = done.filter(e => e.key.startsWith(prefix)).sort((a, b) => b.at - a.at)[0]
        if (found) return found
      }
      return undefined
    }
    const entry = exact ?? byPrefix()
    if (!entry) return [200, { ok: false }]
    return [
      200,
      { ok: true, signed_download_url: `${url}/blob/${entry.blob}?sig=${sig()}`, matched_key: entry.key }
    ]
  }

  /** @param {any} body @returns {[number, object]} */
  function createEntry(body) {
    const key = String(body.key ?? '')
    const version = String(body.version ?? '')
    if (entries.some(e => e.key === key && e.version === version))
      return [
        409,
        { code: 'already_exists', msg: 'cache entry with the same key and version already exists' }
      ]
    const blob = `cache-${entries.length}-${randomBytes(4).toString('hex')}`
    entries.push({ key, version, blob, finalized: false, at: Date.now() })
    return [200, { ok: true, signed_upload_url: `${url}/blob/${blob}?sig=${sig()}` }]
  }

  /** @param {any} body @returns {[number, object]} */
  function finalize(body) {
    const entry = entries.find(e => e.key === body.key && e.version === body.version && !e.finalized)
    if (!entry?.data) return [200, { ok: false, message: 'no upload for this key and version' }]
    entry.finalized = true
    entry.size = Number(body.size_bytes ?? 0)
    entry.at = Date.now()
    return [200, { ok: true, entry_id: String(entries.indexOf(entry) + 1) }]
  }

  const sig = () => randomBytes(8).toString('hex')

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string} method */
  async function twirp(req, res, method) {
    const raw = await bodyOf(req)
    let body = {}
    try {
      body = JSON.parse(raw.toString('utf8') || '{}')
    } catch {
      body = { unparsed: raw.toString('utf8') }
    }
    const answer = (/** @type {number} */ status, /** @type {object} */ value) => {
      calls.push({ time: Date.now(), method, body, status })
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(value))
    }
    if (state.fault === 'hang') {
      calls.push({ time: Date.now(), method, body, status: 0 })
      hanging.add(res)
      return
    }
    if (req.headers['authorization'] !== `Bearer ${token}`)
      return answer(401, { code: 'unauthenticated', msg: 'bad runtime token' })
    if (state.fault === 'error') return answer(500, { code: 'internal', msg: 'the cache service is down' })
    const handlers = /** @type {Record<string, (body: any) => [number, object]>} */ ({
      GetCacheEntryDownloadURL: getDownloadUrl,
      CreateCacheEntry: createEntry,
      FinalizeCacheEntryUpload: finalize
    })
    const handler = handlers[method]
    if (!handler) return answer(404, { code: 'bad_route', msg: `no method ${method}` })
    const [status, value] = handler(body)
    answer(status, value)
  }

  /** Azure Blob: Put Blob, Put Block, Put Block List (upload); Get Blob, Get Blob Properties (download). */
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {URL} where */
  async function blob(req, res, where) {
    const name = where.pathname.split('/')[2] ?? ''
    const entry = entries.find(e => e.blob === name)
    const headers = {
      'x-ms-request-id': randomBytes(8).toString('hex'),
      'x-ms-version': '2025-01-05',
      etag: `"0x${randomBytes(6).toString('hex')}"`,
      'last-modified': new Date().toUTCString()
    }
    if (!entry) {
      res.writeHead(404, { ...headers, 'x-ms-error-code': 'BlobNotFound' })
      return void res.end()
    }
    if (req.method === 'PUT') {
      const data = await bodyOf(req)
      const comp = where.searchParams.get('comp')
      if (comp === 'block') {
        const list = blocks.get(name) ?? new Map()
        list.set(where.searchParams.get('blockid') ?? '', data)
        blocks.set(name, list)
      } else if (comp === 'blocklist') {
        const ids = [...data.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(
          m => m[1]
        )
        const list = blocks.get(name) ?? new Map()
        entry.data = Buffer.concat(ids.map(id => list.get(id ?? '') ?? Buffer.alloc(0)))
      } else {
        entry.data = data
      }
      res.writeHead(201, { ...headers, 'content-length': '0' })
      return void res.end()
    }
    const data =
      state.fault === 'corrupt' ? randomBytes(entry.data?.length ?? 64) : (entry.data ?? Buffer.alloc(0))
    res.writeHead(200, {
      ...headers,
      'content-type': 'application/octet-stream',
      'content-length': String(data.length),
      'x-ms-blob-type': 'BlockBlob'
    })
    res.end(req.method === 'HEAD' ? undefined : data)
  }

  const server = createServer((req, res) => {
    if (state.fault === 'down') return void req.socket.destroy()
    const where = new URL(req.url ?? '/', 'http://127.0.0.1')
    const done = (/** @type {unknown} */ error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    }
    if (req.method === 'POST' && where.pathname.startsWith(TWIRP))
      return void twirp(req, res, where.pathname.slice(TWIRP.length)).catch(done)
    if (where.pathname.startsWith('/blob/')) return void blob(req, res, where).catch(done)
    res.writeHead(404)
    res.end()
    return undefined
  })
  await new Promise(ready => server.listen(0, '127.0.0.1', () => ready(undefined)))
  server.unref()
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  const url = `http://127.0.0.1:${address.port}`

  return {
    url,
    state,
    /** The environment the runner gives a JavaScript action for the cache (v2 service). */
    env() {
      return {
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_RESULTS_URL: `${url}/`,
        ACTIONS_RUNTIME_TOKEN: token
      }
    },
    async close() {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise(done => server.close(() => done(undefined)))
    }
  }
}
