// Values several unit tests share: the role ARNs, the connection inputs, clients for aws-sdk-client-mock
// and the errors the SDK throws. New tests take them from here rather than copying them.
import { OmicsClient } from '@aws-sdk/client-omics'
import { S3Client } from '@aws-sdk/client-s3'
import { Readable } from 'node:stream'
import type { ConnectionInputs, StartInputs } from '../../src/inputs/inputs.js'

/** The service role HealthOmics assumes to read the files (role-arn). */
export const ROLE_ARN = 'arn:aws:iam::123456789012:role/HealthOmicsImport'
/** The role the action itself assumes with GitHub's OIDC token (role-to-assume). */
export const ASSUME_ROLE_ARN = 'arn:aws:iam::123456789012:role/import'

export const assumeRole = {
  roleToAssume: ASSUME_ROLE_ARN,
  roleSessionName: 'healthomics-annotation-import',
  audience: 'sts.amazonaws.com'
}

/** Connection inputs pointing at a local address nothing listens on (no test sends through them). */
export function connection(overrides: Partial<ConnectionInputs> = {}): ConnectionInputs {
  return {
    region: 'eu-west-1',
    endpointUrl: 'http://127.0.0.1:9',
    maxAttempts: 7,
    requestTimeoutMs: 4_000,
    ...overrides
  }
}

/** A client to mock with aws-sdk-client-mock (mockClient(omicsClient())). */
export function omicsClient(): OmicsClient {
  return new OmicsClient({ region: 'us-east-1' })
}

/** A client to mock with aws-sdk-client-mock (mockClient(s3Client())). */
export function s3Client(): S3Client {
  return new S3Client({ region: 'us-east-1' })
}

/** An error as the SDK throws a service's answer: its name, HTTP status and fault (5xx: the server's). */
export function awsError(name: string, status: number, message = `${name} message`): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status }
  })
}

/** A network error as Node's sockets throw it (ECONNREFUSED, ECONNRESET...). */
export function netError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code })
}

/** Static credentials for a real client sending to a local server. */
export const STATIC_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG' }

/**
 * What GetObject answers a ranged read of an object holding `content` (for callsFake): 206, the
 * Content-Range of the bytes asked, and a stream of them (as the SDK gives the body on Node).
 */
export const ranged =
  (content: Uint8Array | string) =>
  (input: { Range?: string }): never => {
    const all = Buffer.from(content)
    const [from = 0, to = all.length - 1] = (input.Range ?? '').replace('bytes=', '').split('-').map(Number)
    const end = Math.min(to, all.length - 1)
    return {
      $metadata: { httpStatusCode: 206 },
      ContentRange: `bytes ${from}-${end}/${all.length}`,
      Body: Readable.from([all.subarray(from, end + 1)])
    } as never
  }

/** Start inputs as read with every default (one VCF item, eu-west-1), for tests of what comes after reading. */
export function startSettings(overrides: Partial<StartInputs> = {}): StartInputs {
  return {
    destinationName: 'my_store',
    items: [{ line: 1, uri: 's3://b/a.vcf', where: 'line 1' }],
    roleArn: ROLE_ARN,
    createVersion: false,
    dryRun: 'off',
    wait: false,
    oneJobPerItem: false,
    maxConcurrency: 5,
    skipImported: false,
    reimportChanged: true,
    maxHistory: 20_000,
    historyCache: true,
    preflight: true,
    checkFiles: true,
    ifNoFilesFound: 'error',
    badFiles: 'fail',
    region: 'eu-west-1',
    maxAttempts: 5,
    requestTimeoutMs: 30_000,
    waitTimeoutMs: 3_600_000,
    waitTimeoutText: '1h',
    pollIntervalMs: 30_000,
    allowPartial: false,
    cancelOnTimeout: false,
    ...overrides
  }
}
