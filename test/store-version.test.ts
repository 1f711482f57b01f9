// ensureVersion / planVersion with the Omics client mocked: exists, created, created by another run
// (ConflictException), ending FAILED, and the dry run's read-only plan. Clock and sleep are simulated.
import { describe, expect, it, beforeEach } from '@jest/globals'
import { CreateAnnotationStoreVersionCommand, GetAnnotationStoreVersionCommand } from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { ensureVersion, planVersion, VersionError } from '../src/phases/store-version.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { awsError, omicsClient } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)
const request = { name: 'my_store', versionName: 'v2' }
const settings = { waitTimeoutMs: 600_000, waitTimeoutText: '10m', pollIntervalMs: 10_000 }
const err = awsError

let deps: ReturnType<typeof fakeDeps>
beforeEach(() => {
  omics.reset()
  deps = fakeDeps(client)
})

describe('ensureVersion', () => {
  it('an ACTIVE version is used as it is, nothing created', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'ACTIVE', versionArn: 'arn:v2' })
    await expect(ensureVersion(client, request, settings, deps)).resolves.toEqual({
      versionName: 'v2',
      created: false,
      status: 'ACTIVE',
      arn: 'arn:v2'
    })
    expect(omics.commandCalls(CreateAnnotationStoreVersionCommand)).toHaveLength(0)
  })

  it('a missing version is created with the request as given, then waited for', async () => {
    omics
      .on(GetAnnotationStoreVersionCommand)
      .rejectsOnce(err('ResourceNotFoundException', 404))
      .resolvesOnce({ status: 'CREATING' })
      .resolves({ status: 'ACTIVE', versionArn: 'arn:v2' })
    omics.on(CreateAnnotationStoreVersionCommand).resolves({})
    const outcome = await ensureVersion(client, request, settings, deps)
    expect(outcome).toEqual({ versionName: 'v2', created: true, status: 'ACTIVE', arn: 'arn:v2' })
    expect(omics.commandCalls(CreateAnnotationStoreVersionCommand)[0]?.args[0].input).toEqual(request)
    expect(deps.logs).toContain('info: Creating version v2 of store my_store')
  })

  it('a ConflictException (another run creating it) waits for the version, and is not a create of ours', async () => {
    omics
      .on(GetAnnotationStoreVersionCommand)
      .rejectsOnce(err('ResourceNotFoundException', 404))
      .resolvesOnce({ status: 'CREATING' })
      .resolvesOnce({ status: 'UPDATING' })
      .resolves({ status: 'ACTIVE' })
    omics.on(CreateAnnotationStoreVersionCommand).rejects(err('ConflictException', 409))
    const outcome = await ensureVersion(client, request, settings, deps)
    expect(outcome).toMatchObject({ created: false, status: 'ACTIVE' })
    expect(omics.commandCalls(GetAnnotationStoreVersionCommand)).toHaveLength(4)
    expect(deps.logs).toContain(
      'info: Version v2 of store my_store is being created by another run (ConflictException); waiting for it'
    )
  })

  it('a ConflictException whose version ends FAILED fails the step', async () => {
    omics
      .on(GetAnnotationStoreVersionCommand)
      .rejectsOnce(err('ResourceNotFoundException', 404))
      .resolves({ status: 'FAILED', statusMessage: 'bad schema' })
    omics.on(CreateAnnotationStoreVersionCommand).rejects(err('ConflictException', 409))
    await expect(ensureVersion(client, request, settings, deps)).rejects.toThrow(VersionError)
  })

  it('a created version ending FAILED fails the step with its message, and the outputs say it was created', async () => {
    omics
      .on(GetAnnotationStoreVersionCommand)
      .rejectsOnce(err('ResourceNotFoundException', 404))
      .resolvesOnce({ status: 'CREATING' })
      .resolves({ status: 'FAILED', statusMessage: 'bad schema' })
    omics.on(CreateAnnotationStoreVersionCommand).resolves({})
    const failure = await ensureVersion(client, request, settings, deps).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(VersionError)
    expect((failure as VersionError).message).toBe(
      'Version v2 of store my_store is FAILED: bad schema; no job was started. Delete it, or use another version-name.'
    )
    expect((failure as VersionError).version).toMatchObject({ created: true, status: 'FAILED' })
  })

  it('an existing DELETING version fails at once, saying to wait for the deletion', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'DELETING' })
    await expect(ensureVersion(client, request, settings, deps)).rejects.toThrow(
      'Version v2 of store my_store is DELETING; no job was started. Wait for the deletion to end'
    )
    expect(omics.commandCalls(CreateAnnotationStoreVersionCommand)).toHaveLength(0)
  })

  it('a version still CREATING at wait-timeout fails naming the timeout', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'CREATING' })
    await expect(
      ensureVersion(client, request, { ...settings, waitTimeoutMs: 30_000, waitTimeoutText: '30s' }, deps)
    ).rejects.toThrow(/was still CREATING after waiting .* \(wait-timeout 30s\); no job was started/)
  })

  it('other create errors are not swallowed', async () => {
    omics.on(GetAnnotationStoreVersionCommand).rejects(err('ResourceNotFoundException', 404))
    omics.on(CreateAnnotationStoreVersionCommand).rejects(err('ValidationException', 400))
    await expect(ensureVersion(client, request, settings, deps)).rejects.toThrow(
      'ValidationException message'
    )
  })
})

describe('planVersion', () => {
  it('says it would create a missing version, and sends no create', async () => {
    omics.on(GetAnnotationStoreVersionCommand).rejects(err('ResourceNotFoundException', 404))
    await expect(planVersion(client, request, deps)).resolves.toBe(
      'would create version v2 of store my_store'
    )
    expect(omics.commandCalls(CreateAnnotationStoreVersionCommand)).toHaveLength(0)
  })

  it('an existing version would not be created; a FAILED one is an error', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'ACTIVE' })
    await expect(planVersion(client, request, deps)).resolves.toBe(
      'version v2 of store my_store exists (ACTIVE); it would not be created'
    )
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'FAILED' })
    await expect(planVersion(client, request, deps)).rejects.toThrow('Version v2 of store my_store is FAILED')
  })
})
