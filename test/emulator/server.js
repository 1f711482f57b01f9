// @ts-check
// A local stand-in for AWS HealthOmics annotation imports (and S3 ListObjectsV2 for wildcard items).
// It speaks the real wire protocol (restJson1 / restXml over HTTP, SigV4 for services omics and s3),
// enforces the model's constraints on request bodies, keeps a request log the tests can read, and has
// switches to inject faults. It listens on 127.0.0.1 only, on a free port, and stops by itself.
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import { verifySigV4 } from './sigv4.js'
import { validate } from './model.js'
import { createS3 } from './s3.js'

export const TEST_CREDENTIALS = {
  accessKeyId: 'AKIDSTANDIN000000001',
  secretAccessKey: 'stand-in-secret-key-do-not-use'
}

/**
 * @typedef {{ name: string, region?: string, status?: string, statusMessage?: string, storeFormat?: string, versions?: Record<string, string>, storeOptions?: any }} StoreSeed
 * @typedef {{ op?: string, kind: 'throttle' | 'quota' | 'error' | 'reset' | 'delay' | 'error-after-create' | 'reset-after-create' | 'access-denied' | 'not-found' | 'echo-auth' | 'hang' | 'hang-after-create' | 'raw' | 'raw-after-create' | 'expired-token', status?: number, type?: string, message?: string, body?: string, count?: number, delayMs?: number }} Fault
 *   hang: never answer (the connection stays open until the client gives up); hang-after-create: carry the
 *   call out, then never answer; raw / raw-after-create: answer `status` (default 200) with `body` as is
 *   (e.g. '{}' or cut JSON); error: `status`, `type` and `message` as given
 * @typedef {{ time: number, op: string, method: string, path: string, query: Record<string, string>, headers: import('node:http').IncomingHttpHeaders, body: any, status: number, service?: string, region?: string, accessKeyId?: string, proxied?: boolean, bytes?: number }} LoggedRequest
 * @typedef {{ id: string, destinationName: string, versionName: string, roleArn: string, items: { source: string, jobStatus: string }[], status: string, statusMessage: string, creationTime: string, updateTime: string, completionTime?: string, runLeftNormalization: boolean, formatOptions?: any, annotationFields?: any, plan: string[], step: number, lastAdvance: number }} Job
 * @typedef {object} EmulatorOptions
 * @property {Record<string, { secret: string, sessionToken?: string, expiresAt?: number }>} [credentials] access key id -> secret (and session token, when one is required; refused with ExpiredTokenException from expiresAt, epoch ms)
 * @property {StoreSeed[]} [stores]
 * @property {string[]} [jobPlan] statuses a new job moves through after SUBMITTED, one step per status check (default IN_PROGRESS, COMPLETED)
 * @property {number} [advanceEveryMs] also move jobs one step this often, without status checks
 * @property {{ rps: number, burst?: number }} [throttle] answer 429 beyond this rate (token bucket over all omics calls)
 * @property {number} [quota] concurrent SUBMITTED / IN_PROGRESS jobs allowed (402 beyond)
 * @property {Record<string, string[]>} [buckets] bucket -> object keys (strict buckets: only these keys exist; other buckets serve a generated file for any key)
 * @property {number} [s3PageSize] keys per ListObjectsV2 page at most (default 1000)
 * @property {number} [listPageSize] jobs per ListAnnotationImportJobs page at most, whatever maxResults asks (default 100)
 * @property {number} [ttlMs] stop by itself after this long (default 10 minutes)
 * @property {string[]} [versionPlan] statuses a new store version moves through after CREATING, one per status check (default CREATING, ACTIVE)
 * @property {number} [clockSkewMs] the service's clock runs this far ahead of the machine's (negative: behind); creation times and Date headers follow it
 */

export const DEFAULT_STORES = /** @type {StoreSeed[]} */ ([
  { name: 'my_vcf_store', storeFormat: 'VCF', versions: { release_1: 'ACTIVE', old_build: 'FAILED' } },
  { name: 'my_tsv_store', storeFormat: 'TSV' },
  {
    name: 'mapped_tsv_store',
    storeFormat: 'TSV',
    storeOptions: {
      tsvStoreOptions: {
        annotationType: 'CHR_START_END_ONE_BASE',
        formatToHeader: { CHR: 'chromosome', START: 'start', END: 'end' },
        schema: [{ chromosome: 'STRING' }, { start: 'LONG' }, { end: 'LONG' }, { gene_name: 'STRING' }]
      }
    }
  },
  { name: 'my_gff_store', storeFormat: 'GFF' },
  { name: 'creating_store', storeFormat: 'VCF', status: 'CREATING', statusMessage: 'Store is being created' },
  { name: 'eu_vcf_store', storeFormat: 'VCF', region: 'eu-west-1' }
])

const TERMINAL = new Set(['COMPLETED', 'COMPLETED_WITH_FAILURES', 'FAILED', 'CANCELLED'])
const ITEM_STATUS = /** @type {Record<string, string>} */ ({
  COMPLETED: 'COMPLETED',
  IN_PROGRESS: 'IN_PROGRESS',
  CANCELLED: 'CANCELLED',
  FAILED: 'FAILED',
  SUBMITTED: 'SUBMITTED'
})

/** @param {EmulatorOptions} [options] */
export async function startEmulator(options = {}) {
  const opts = {
    credentials: options.credentials ?? {
      [TEST_CREDENTIALS.accessKeyId]: { secret: TEST_CREDENTIALS.secretAccessKey }
    },
    ...options
  }
  /** @type {LoggedRequest[]} */
  const requests = []
  /** @type {Map<string, Job>} */
  const jobs = new Map()
  /** @type {Fault[]} */
  const faults = []
  const seedStores = () =>
    new Map(
      (options.stores ?? DEFAULT_STORES).map(s => [
        s.name,
        {
          region: 'us-east-1',
          status: 'ACTIVE',
          statusMessage: '',
          storeFormat: 'VCF',
          ...s,
          versions: { ...s.versions }
        }
      ])
    )
  const stores = seedStores()
  /** Versions created through the API: "store/version" -> what Get shows, and the statuses still to come. */
  /** @type {Map<string, { plan: string[], statusMessage: string, description: string, tags: Record<string, string>, versionOptions?: any, creationTime: string }>} */
  const createdVersions = new Map()
  const bucket = { tokens: opts.throttle?.burst ?? opts.throttle?.rps ?? 0, at: Date.now() }

  const state = {
    requests,
    jobs,
    faults,
    stores,
    /** @type {string[]} */
    jobPlan: opts.jobPlan ?? ['IN_PROGRESS', 'COMPLETED'],
    throttle: opts.throttle,
    quota: opts.quota,
    advanceEveryMs: opts.advanceEveryMs,
    /** @type {Record<string, string[]>} a job importing this source follows this plan instead of jobPlan */
    sourcePlans: {},
    /** @type {Record<string, string>} a job importing this source carries this statusMessage (outside text, for tests) */
    sourceMessages: {},
    /** @type {Set<import('node:http').ServerResponse>} answers held open by hang faults */
    hanging: new Set(),
    buckets: Object.fromEntries(
      Object.entries(opts.buckets ?? {}).map(([bucket, keys]) => [bucket, [...keys]])
    ),
    /** @type {Map<string, Buffer>} "bucket/key" -> body, put by tests */
    objects: new Map(),
    /** @type {Set<string>} buckets whose objects answer 403 AccessDenied to HeadObject and GetObject */
    deniedBuckets: new Set(),
    /**
     * How the S3 side misbehaves with ranged GetObject (a custom endpoint that cannot be trusted):
     * ignoreRange answers 200 with a body of ignoreRangeBytes (streamed as the reader takes it);
     * oneByteRanges answers every range with its first byte only (206, Content-Range for that byte).
     * s3BytesSent counts the GetObject body bytes actually written to the socket.
     * @type {{ ignoreRange?: boolean, ignoreRangeBytes?: number, oneByteRanges?: boolean }}
     */
    s3Faults: {},
    s3BytesSent: 0,
    /** @type {Map<string, Date>} "bucket/key" -> LastModified of an object put by tests */
    modified: new Map(),
    /**
     * An object with this body (listed too, in a strict bucket), last modified now (whole seconds, as S3
     * gives it) or at `modifiedAt`: List and HeadObject show it as LastModified.
     * @param {string} bucket @param {string} key @param {Buffer | string} data @param {Date} [modifiedAt]
     */
    putObject(bucket, key, data, modifiedAt) {
      state.objects.set(`${bucket}/${key}`, Buffer.isBuffer(data) ? data : Buffer.from(data))
      state.modified.set(`${bucket}/${key}`, modifiedAt ?? new Date(Math.floor(Date.now() / 1000) * 1000))
      const keys = state.buckets[bucket]
      if (keys && !keys.includes(key)) keys.push(key)
    },
    clockSkewMs: opts.clockSkewMs ?? 0,
    /** @type {string[]} */
    versionPlan: opts.versionPlan ?? ['CREATING', 'ACTIVE'],
    /** @type {Record<string, string>} version name -> status message: creating it ends FAILED */
    failVersions: {},
    /** The service's clock, in ms. */
    now() {
      return Date.now() + state.clockSkewMs
    },
    /** The service's clock as ISO text. */
    iso(offsetMs = 0) {
      return new Date(state.now() + offsetMs).toISOString()
    },
    /** @param {Fault} fault */
    addFault(fault) {
      faults.push({ count: 1, ...fault })
    },
    /** @param {string} op */
    calls(op) {
      return requests.filter(r => r.op === op)
    },
    /** Back to how the stand-in started: no requests, jobs or faults, and the switches as first given. */
    reset() {
      requests.length = 0
      jobs.clear()
      faults.length = 0
      state.sourcePlans = {}
      state.sourceMessages = {}
      for (const res of state.hanging) res.destroy()
      state.hanging.clear()
      state.jobPlan = opts.jobPlan ?? ['IN_PROGRESS', 'COMPLETED']
      state.throttle = opts.throttle
      state.quota = opts.quota
      state.advanceEveryMs = opts.advanceEveryMs
      state.clockSkewMs = opts.clockSkewMs ?? 0
      state.versionPlan = opts.versionPlan ?? ['CREATING', 'ACTIVE']
      state.failVersions = {}
      state.objects.clear()
      state.modified.clear()
      state.deniedBuckets.clear()
      state.s3Faults = {}
      state.s3BytesSent = 0
      state.buckets = Object.fromEntries(
        Object.entries(opts.buckets ?? {}).map(([bucket, keys]) => [bucket, [...keys]])
      )
      createdVersions.clear()
      for (const [name, store] of seedStores()) stores.set(name, store)
    },
    /**
     * A store version created through the API by someone else, moving through `plan` on status checks.
     * @param {string} storeName @param {string} versionName @param {string[]} plan
     */
    addVersion(storeName, versionName, plan) {
      const store = stores.get(storeName)
      if (!store) throw new Error(`no store ${storeName}`)
      ;/** @type {Record<string,string>} */ (store.versions)[versionName] = plan[0] ?? 'CREATING'
      createdVersions.set(`${storeName}/${versionName}`, {
        plan: plan.slice(1),
        statusMessage: '',
        description: '',
        tags: {},
        creationTime: state.iso()
      })
    },
    /**
     * A past job, as if started earlier (for import history): terminal at once unless status says
     * otherwise; itemStatuses give each item's own status. An unfinished job stays in its status unless
     * `plan` gives the statuses it moves through, one per status check (like a started job's).
     * @param {{ sources: string[], status?: string, itemStatuses?: string[], agoMs?: number, storeName?: string, versionName?: string, roleArn?: string, plan?: string[], id?: string }} seed
     */
    addJob(seed) {
      const status = seed.status ?? 'COMPLETED'
      const created = state.iso(-(seed.agoMs ?? 3600_000))
      /** @type {Job} */
      const job = {
        id: seed.id ?? randomUUID(),
        destinationName: seed.storeName ?? 'my_vcf_store',
        versionName: seed.versionName ?? 'default',
        roleArn: seed.roleArn ?? 'arn:aws:iam::123456789012:role/HealthOmicsImport',
        items: seed.sources.map((source, n) => ({
          source,
          jobStatus: seed.itemStatuses?.[n] ?? ITEM_STATUS[status] ?? status
        })),
        status,
        statusMessage: '',
        creationTime: created,
        updateTime: created,
        ...(TERMINAL.has(status) && { completionTime: created }),
        runLeftNormalization: false,
        plan: TERMINAL.has(status) ? [] : (seed.plan ?? Array(10_000).fill(status)),
        step: 0,
        lastAdvance: Date.now()
      }
      jobs.set(job.id, job)
      return job
    }
  }

  /** @param {string} op */
  function takeFault(op) {
    const i = faults.findIndex(f => (f.op ?? '*') === op || f.op === '*' || f.op === undefined)
    if (i < 0) return undefined
    const fault = /** @type {Fault} */ (faults[i])
    fault.count = (fault.count ?? 1) - 1
    if (fault.count <= 0) faults.splice(i, 1)
    return fault
  }

  function throttled() {
    if (!state.throttle) return false
    const { rps, burst = rps } = state.throttle
    const now = Date.now()
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rps)
    bucket.at = now
    if (bucket.tokens < 1) return true
    bucket.tokens -= 1
    return false
  }

  /** @param {Job} job */
  function advance(job) {
    if (TERMINAL.has(job.status) || job.step >= job.plan.length) return
    job.status = /** @type {string} */ (job.plan[job.step++])
    job.lastAdvance = Date.now()
    job.updateTime = state.iso()
    if (job.status === 'COMPLETED') job.items.forEach(i => (i.jobStatus = 'COMPLETED'))
    else if (job.status === 'IN_PROGRESS' || job.status === 'CANCELLED')
      job.items.forEach(i => (i.jobStatus = job.status))
    else if (job.status === 'FAILED') {
      job.items.forEach(i => (i.jobStatus = 'FAILED'))
      job.statusMessage ||= `Failed to read ${job.items[0]?.source}: access denied to the role`
    } else if (job.status === 'COMPLETED_WITH_FAILURES') {
      job.items.forEach((i, n) => (i.jobStatus = n === 0 ? 'FAILED' : 'COMPLETED'))
      job.statusMessage ||= `1 of ${job.items.length} items failed: malformed record in ${job.items[0]?.source}`
    }
    if (TERMINAL.has(job.status)) job.completionTime = state.iso()
  }

  function advanceByTime() {
    const every = state.advanceEveryMs
    if (!every) return
    const now = Date.now()
    for (const job of jobs.values())
      while (!TERMINAL.has(job.status) && job.step < job.plan.length && now - job.lastAdvance >= every)
        advance(job)
  }

  /** @param {Job} job */
  function view(job) {
    const { plan: _plan, step: _step, lastAdvance: _last, ...rest } = job
    return rest
  }

  /**
   * @param {string} op @param {string} region @param {any} body @param {Record<string,string>} query @param {string[]} params
   * @returns {{ status: number, body?: any, error?: string, message?: string, after?: 'error' | 'reset' }}
   */
  function handleOmics(op, region, body, query, params) {
    advanceByTime()
    switch (op) {
      case 'StartAnnotationImportJob': {
        /** @type {string[]} */
        const errors = []
        validate(body, 'StartAnnotationImportRequest', '', errors)
        if (errors.length)
          return {
            status: 400,
            error: 'ValidationException',
            message: `${errors.length} validation error${errors.length > 1 ? 's' : ''} detected: ${errors.join('; ')}`
          }
        const store = stores.get(body.destinationName)
        if (!store || store.region !== region)
          return {
            status: 404,
            error: 'ResourceNotFoundException',
            message: `Annotation store ${body.destinationName} not found`
          }
        if (store.status !== 'ACTIVE')
          return {
            status: 400,
            error: 'ValidationException',
            message: `Annotation store ${body.destinationName} is not active`
          }
        if (body.versionName !== undefined && !(body.versionName in store.versions))
          return {
            status: 404,
            error: 'ResourceNotFoundException',
            message: `Version ${body.versionName} not found`
          }
        const running = [...jobs.values()].filter(j => !TERMINAL.has(j.status)).length
        if (state.quota !== undefined && running >= state.quota)
          return {
            status: 402,
            error: 'ServiceQuotaExceededException',
            message: 'Concurrent annotation import job limit exceeded'
          }
        const now = state.iso()
        /** @type {Job} */
        const job = {
          id: randomUUID(),
          destinationName: body.destinationName,
          versionName: body.versionName ?? 'default',
          roleArn: body.roleArn,
          items: body.items.map((/** @type {{source:string}} */ i) => ({
            source: i.source,
            jobStatus: 'SUBMITTED'
          })),
          status: 'SUBMITTED',
          statusMessage:
            body.items
              .map((/** @type {{source:string}} */ i) => state.sourceMessages[i.source])
              .find(Boolean) ?? '',
          creationTime: now,
          updateTime: now,
          runLeftNormalization: body.runLeftNormalization ?? false,
          ...(body.formatOptions && { formatOptions: body.formatOptions }),
          ...(body.annotationFields && { annotationFields: body.annotationFields }),
          plan: [
            ...(body.items
              .map((/** @type {{source:string}} */ i) => state.sourcePlans[i.source])
              .find(Boolean) ?? state.jobPlan)
          ],
          step: 0,
          lastAdvance: Date.now()
        }
        jobs.set(job.id, job)
        return { status: 200, body: { jobId: job.id } }
      }
      case 'GetAnnotationImportJob': {
        const job = jobs.get(params[0] ?? '')
        // Jobs are regional: another region's stand-in would not know this one.
        if (!job || stores.get(job.destinationName)?.region !== region)
          return {
            status: 404,
            error: 'ResourceNotFoundException',
            message: `Import job ${params[0]} not found`
          }
        const shown = view(job)
        advance(job)
        return { status: 200, body: shown }
      }
      case 'CancelAnnotationImportJob': {
        const job = jobs.get(params[0] ?? '')
        if (!job || stores.get(job.destinationName)?.region !== region)
          return {
            status: 404,
            error: 'ResourceNotFoundException',
            message: `Import job ${params[0]} not found`
          }
        if (TERMINAL.has(job.status))
          return {
            status: 400,
            error: 'ValidationException',
            message: `Import job ${job.id} is already ${job.status}`
          }
        job.status = 'CANCELLED'
        job.items.forEach(i => (i.jobStatus = 'CANCELLED'))
        job.completionTime = job.updateTime = state.iso()
        return { status: 200, body: {} }
      }
      case 'ListAnnotationImportJobs': {
        /** @type {string[]} */
        const errors = []
        validate(body ?? {}, 'ListAnnotationImportJobsRequest', '', errors)
        if (query['maxResults'] !== undefined)
          validate(Number(query['maxResults']), 'MaxResults', 'maxResults', errors)
        if (errors.length) return { status: 400, error: 'ValidationException', message: errors.join('; ') }
        const filter = body?.filter ?? {}
        const all = [...jobs.values()]
          .filter(j => stores.get(j.destinationName)?.region === region)
          .filter(
            j =>
              (!filter.storeName || j.destinationName === filter.storeName) &&
              (!filter.status || j.status === filter.status)
          )
          .filter(j => !body?.ids || body.ids.includes(j.id))
          .reverse()
        // Like the service, a page may hold fewer than maxResults (listPageSize caps it, to test paging).
        const size = Math.min(Number(query['maxResults'] ?? 100), opts.listPageSize ?? 100)
        const start = Number(query['nextToken'] ?? 0)
        // List items are summaries: no sources, no status message, no format options.
        const page = all.slice(start, start + size).map(j => {
          const { items: _items, statusMessage: _message, formatOptions: _format, ...summary } = view(j)
          return summary
        })
        return {
          status: 200,
          body: {
            annotationImportJobs: page,
            ...(start + size < all.length && { nextToken: String(start + size) })
          }
        }
      }
      case 'GetAnnotationStore': {
        const store = stores.get(params[0] ?? '')
        if (!store || store.region !== region)
          return {
            status: 404,
            error: 'ResourceNotFoundException',
            message: `Annotation store ${params[0]} not found`
          }
        const now = new Date().toISOString()
        return {
          status: 200,
          body: {
            id: randomUUID(),
            reference: { referenceArn: `arn:aws:omics:${region}:123456789012:referenceStore/1/reference/1` },
            status: store.status,
            storeArn: `arn:aws:omics:${region}:123456789012:annotationStore/${store.name}`,
            name: store.name,
            description: '',
            sseConfig: { type: 'KMS' },
            creationTime: now,
            updateTime: now,
            tags: {},
            storeFormat: store.storeFormat,
            ...(store.storeOptions && { storeOptions: store.storeOptions }),
            statusMessage: store.statusMessage,
            storeSizeBytes: 0,
            numVersions: Object.keys(store.versions).length
          }
        }
      }
      case 'GetAnnotationStoreVersion': {
        const store = stores.get(params[0] ?? '')
        const versions = /** @type {Record<string,string>} */ (store?.versions ?? {})
        const status = store?.region === region ? versions[params[1] ?? ''] : undefined
        if (!store || !status)
          return {
            status: 404,
            error: 'ResourceNotFoundException',
            message: `Version ${params[1]} of store ${params[0]} not found`
          }
        const created = createdVersions.get(`${store.name}/${params[1]}`)
        const shown = { status, statusMessage: created?.statusMessage ?? '' }
        // Like jobs, a created version moves one status on with every status check.
        const next = created?.plan.shift()
        if (created && next) versions[params[1] ?? ''] = next
        return {
          status: 200,
          body: {
            storeId: randomUUID(),
            id: randomUUID(),
            ...shown,
            versionArn: `arn:aws:omics:${region}:123456789012:annotationStore/${store.name}/version/${params[1]}`,
            name: store.name,
            versionName: params[1],
            description: created?.description ?? '',
            creationTime: created?.creationTime ?? state.iso(),
            updateTime: state.iso(),
            tags: created?.tags ?? {},
            ...(created?.versionOptions && { versionOptions: created.versionOptions }),
            versionSizeBytes: 0
          }
        }
      }
      case 'CreateAnnotationStoreVersion': {
        /** @type {string[]} */
        const errors = []
        validate(body ?? {}, 'CreateAnnotationStoreVersionRequest', '', errors)
        validate(params[0] ?? '', 'StoreName', 'name', errors)
        if (errors.length) return { status: 400, error: 'ValidationException', message: errors.join('; ') }
        const store = stores.get(params[0] ?? '')
        if (!store || store.region !== region)
          return {
            status: 404,
            error: 'ResourceNotFoundException',
            message: `Annotation store ${params[0]} not found`
          }
        const versions = /** @type {Record<string,string>} */ (store.versions)
        if (body.versionName in versions)
          return {
            status: 409,
            error: 'ConflictException',
            message: `Version ${body.versionName} of store ${store.name} already exists (${versions[body.versionName]})`
          }
        const failure = state.failVersions[body.versionName]
        versions[body.versionName] = 'CREATING'
        createdVersions.set(`${store.name}/${body.versionName}`, {
          plan: failure !== undefined ? ['CREATING', 'FAILED'] : [...state.versionPlan],
          statusMessage: failure ?? '',
          description: body.description ?? '',
          tags: body.tags ?? {},
          ...(body.versionOptions && { versionOptions: body.versionOptions }),
          creationTime: state.iso()
        })
        return {
          status: 200,
          body: {
            id: randomUUID(),
            versionName: body.versionName,
            storeId: randomUUID(),
            name: store.name,
            status: 'CREATING',
            creationTime: state.iso(),
            ...(body.versionOptions && { versionOptions: body.versionOptions })
          }
        }
      }
      default:
        return { status: 404, error: 'UnknownOperationException', message: `No route for ${op}` }
    }
  }

  /** @param {string} method @param {string} path @returns {[string, string[]]} */
  function route(method, path) {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
    if (method === 'POST' && path === '/import/annotation') return ['StartAnnotationImportJob', []]
    if (method === 'POST' && path === '/import/annotations') return ['ListAnnotationImportJobs', []]
    if (parts[0] === 'import' && parts[1] === 'annotation' && parts.length === 3) {
      if (method === 'GET') return ['GetAnnotationImportJob', [parts[2] ?? '']]
      if (method === 'DELETE') return ['CancelAnnotationImportJob', [parts[2] ?? '']]
    }
    if (method === 'GET' && parts[0] === 'annotationStore' && parts.length === 2)
      return ['GetAnnotationStore', [parts[1] ?? '']]
    if (method === 'POST' && parts[0] === 'annotationStore' && parts[2] === 'version' && parts.length === 3)
      return ['CreateAnnotationStoreVersion', [parts[1] ?? '']]
    if (method === 'GET' && parts[0] === 'annotationStore' && parts[2] === 'version' && parts.length === 4)
      return ['GetAnnotationStoreVersion', [parts[1] ?? '', parts[3] ?? '']]
    return ['Unknown', []]
  }

  const s3 = createS3(state, opts)

  const server = createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', c => chunks.push(c))
    req.on('end', () => {
      void handle(req, res, Buffer.concat(chunks)).catch(error => {
        res.writeHead(500, {
          'content-type': 'application/json',
          'x-amzn-errortype': 'InternalServerException'
        })
        res.end(
          JSON.stringify({
            message: `stand-in error: ${error instanceof Error ? error.message : String(error)}`
          })
        )
      })
    })
  })

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {Buffer} raw */
  async function handle(req, res, raw) {
    // A forward proxy sends the absolute URL as the request target.
    const proxied = /^https?:\/\//.test(req.url ?? '')
    const target = proxied ? (req.url ?? '').replace(/^https?:\/\/[^/]+/, '') || '/' : (req.url ?? '/')
    const url = new URL(target, 'http://127.0.0.1')
    const query = Object.fromEntries(url.searchParams)
    if (url.pathname.startsWith('/__emulator/')) return control(url.pathname, raw, res)
    const auth = verifySigV4(
      { method: req.method ?? 'GET', url: target, headers: req.headers, body: raw },
      { credentials: opts.credentials }
    )
    const service = auth.ok ? auth.service : undefined
    const isS3 = service === 's3'
    const [op, params] = isS3 ? ['S3', []] : route(req.method ?? 'GET', url.pathname)
    let body
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined
    } catch {
      body = raw.toString('utf8')
    }
    /** @type {LoggedRequest} */
    const entry = {
      time: Date.now(),
      op,
      method: req.method ?? '',
      path: url.pathname,
      query,
      headers: req.headers,
      body,
      status: 0,
      proxied,
      ...(auth.ok && { service: auth.service, region: auth.region, accessKeyId: auth.accessKeyId })
    }
    requests.push(entry)
    /** @param {number} status @param {string} type @param {string} message */
    const sendError = (status, type, message) => {
      entry.status = status
      res.writeHead(status, {
        'content-type': 'application/json',
        date: new Date(state.now()).toUTCString(),
        'x-amzn-errortype': type,
        'x-amzn-requestid': randomUUID()
      })
      res.end(JSON.stringify({ message }))
    }
    if (!auth.ok) return sendError(auth.status, auth.type, auth.message)
    if (isS3) {
      const out = s3.handle(req.method ?? 'GET', url.pathname, query, req.headers, res)
      Object.assign(entry, { op: out.op, status: out.status, bytes: out.bytes })
      return
    }
    if (service !== 'omics')
      return sendError(
        403,
        'InvalidSignatureException',
        `Credential should be scoped to correct service: 'omics'`
      )
    const fault = takeFault(op)
    /** Holds the answer open until the client gives up or the stand-in is reset or closed. */
    const hang = () => {
      state.hanging.add(res)
      res.on('close', () => state.hanging.delete(res))
    }
    /** @param {Fault} f */
    const sendRaw = f => {
      entry.status = f.status ?? 200
      res.writeHead(entry.status, {
        'content-type': 'application/json',
        date: new Date(state.now()).toUTCString(),
        'x-amzn-requestid': randomUUID()
      })
      res.end(f.body ?? '')
    }
    if (fault?.kind === 'hang') return hang()
    if (fault?.kind === 'raw') return sendRaw(fault)
    if (fault?.kind === 'expired-token')
      return sendError(403, 'ExpiredTokenException', 'The security token included in the request is expired')
    if (fault?.kind === 'delay') await new Promise(r => setTimeout(r, fault.delayMs ?? 1000))
    if (fault?.kind === 'reset') return void req.socket.destroy()
    if (fault?.kind === 'throttle') return sendError(429, 'ThrottlingException', 'Rate exceeded')
    if (fault?.kind === 'quota')
      return sendError(
        402,
        'ServiceQuotaExceededException',
        'Concurrent annotation import job limit exceeded'
      )
    if (fault?.kind === 'access-denied')
      return sendError(403, 'AccessDeniedException', `User is not authorized to perform: omics:${op}`)
    if (fault?.kind === 'not-found') return sendError(404, 'ResourceNotFoundException', 'Resource not found')
    // Like AWS's signature-mismatch answers, which quote the canonical request: credentials in an error message.
    if (fault?.kind === 'echo-auth')
      return sendError(
        400,
        'ValidationException',
        `Canonical request: authorization:${req.headers['authorization']} x-amz-security-token:${req.headers['x-amz-security-token'] ?? ''}`
      )
    if (fault?.kind === 'error')
      return sendError(
        fault.status ?? 500,
        fault.type ?? (fault.status === 503 ? 'ServiceUnavailableException' : 'InternalServerException'),
        fault.message ?? 'Internal failure'
      )
    if (throttled()) return sendError(429, 'ThrottlingException', 'Rate exceeded')
    const out = handleOmics(op, auth.region, body, query, params)
    if (out.error) return sendError(out.status, out.error, out.message ?? '')
    if (fault?.kind === 'error-after-create')
      return sendError(fault.status ?? 500, 'InternalServerException', 'Internal failure')
    if (fault?.kind === 'reset-after-create') return void req.socket.destroy()
    if (fault?.kind === 'hang-after-create') return hang()
    if (fault?.kind === 'raw-after-create') return sendRaw(fault)
    entry.status = out.status
    res.writeHead(out.status, {
      'content-type': 'application/json',
      date: new Date(state.now()).toUTCString(),
      'x-amzn-requestid': randomUUID()
    })
    res.end(JSON.stringify(out.body))
  }

  /** Out-of-process control, for the demo and workflow runs: read the log, add faults, reset. @param {string} path @param {Buffer} raw @param {import('node:http').ServerResponse} res */
  function control(path, raw, res) {
    const json = (/** @type {unknown} */ value) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(value))
    }
    if (path === '/__emulator/requests') return json(requests.map(({ headers: _h, ...r }) => r))
    if (path === '/__emulator/jobs') return json([...jobs.values()].map(view))
    if (path === '/__emulator/fault') {
      state.addFault(JSON.parse(raw.toString('utf8')))
      return json({ ok: true })
    }
    if (path === '/__emulator/reset') {
      state.reset()
      return json({ ok: true })
    }
    res.writeHead(404)
    res.end()
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(undefined))
  })
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  const ttl = setTimeout(() => void close(), opts.ttlMs ?? 600_000)
  ttl.unref()
  function close() {
    clearTimeout(ttl)
    for (const res of state.hanging) res.destroy()
    return new Promise(resolve => {
      server.closeAllConnections()
      server.close(() => resolve(undefined))
    })
  }
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close,
    state,
    requests,
    jobs,
    addFault: state.addFault,
    calls: state.calls
  }
}
