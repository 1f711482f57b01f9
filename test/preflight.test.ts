// checkStore with the Omics client mocked: a store that cannot be read is a warning, never a stop.
import { describe, expect, it, beforeEach } from '@jest/globals'
import { GetAnnotationStoreCommand, OmicsClient } from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { checkStore } from '../src/phases/preflight.js'
import { fakeDeps } from './helpers/fake-deps.js'

const client = new OmicsClient({ region: 'us-east-1' })
const omics = mockClient(client)
const request = {
  destinationName: 'my_store',
  roleArn: 'arn:aws:iam::123456789012:role/R',
  items: [{ source: 's3://b/a.vcf' }]
}
const err = (name: string, status: number) =>
  Object.assign(new Error(`${name} message`), {
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status }
  })

beforeEach(() => {
  omics.reset()
})

describe('checkStore', () => {
  it('credentials that may not read the store: a warning naming the permission, and the import goes ahead', async () => {
    const deps = fakeDeps(client)
    omics.on(GetAnnotationStoreCommand).rejects(err('AccessDeniedException', 403))
    await expect(checkStore(client, request, ['s3://b/a.vcf'], 'us-east-1', deps)).resolves.toBeUndefined()
    expect(deps.logs).toEqual([
      expect.stringMatching(
        /^warning: Preflight could not read .*the credentials lack omics:GetAnnotationStore/
      )
    ])
  })
})
