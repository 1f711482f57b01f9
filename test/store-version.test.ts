// ensureVersion / planVersion with the Omics client mocked: exists, created, created by another run
// (ConflictException), ending FAILED, and the dry run's read-only plan. Clock and sleep are simulated.
import { describe, expect, it, beforeEach } from '@jest/globals'
import { CreateAnnotationStoreVersionCommand, GetAnnotationStoreVersionCommand } from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { ensureVersion, planVersion, VersionError, versionVerdict } from '../src/phases/store-version.js'
import { StepError } from '../src/shared/errors.js'
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

/** The options a call was sent with (send's second argument). */
const optionsOf = (call: { args: unknown[] } | undefined): { abortSignal?: AbortSignal } | undefined =>
  call?.args[1] as { abortSignal?: AbortSignal } | undefined

const createGroup = [
  'group: Create version request (CreateAnnotationStoreVersion)',
  JSON.stringify(request, null, 2)
]

describe('versionVerdict', () => {
  it.each([
    ['ACTIVE', 'success'],
    ['FAILED', 'failure'],
    ['DELETING', 'failure'],
    ['CREATING', 'running'],
    ['UPDATING', 'running'],
    ['', 'running']
  ])('%j -> %s', (status, verdict) => {
    expect(versionVerdict(status)).toBe(verdict)
  })
})

describe('ensureVersion, in detail', () => {
  it('an ACTIVE version: read once under the run signal, said so, nothing created', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'ACTIVE', versionArn: 'arn:v2' })
    await expect(ensureVersion(client, request, settings, deps)).resolves.toStrictEqual({
      versionName: 'v2',
      created: false,
      status: 'ACTIVE',
      arn: 'arn:v2'
    })
    const reads = omics.commandCalls(GetAnnotationStoreVersionCommand)
    expect(reads.map(call => call.args[0].input)).toEqual([{ name: 'my_store', versionName: 'v2' }])
    expect(optionsOf(reads[0])?.abortSignal).toBe(deps.signal)
    expect(deps.logs).toEqual(['info: Version v2 of store my_store exists and is ACTIVE'])
    expect(deps.clock.sleeps).toEqual([])
  })

  it('an ACTIVE version without an ARN: no arn in the outcome', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'ACTIVE' })
    await expect(ensureVersion(client, request, settings, deps)).resolves.toStrictEqual({
      versionName: 'v2',
      created: false,
      status: 'ACTIVE'
    })
  })

  it('a missing version: the request is logged and sent under the run signal, then each status change is logged', async () => {
    omics
      .on(GetAnnotationStoreVersionCommand)
      .rejectsOnce(err('ResourceNotFoundException', 404))
      .resolvesOnce({ status: 'CREATING' })
      .resolvesOnce({ status: 'CREATING' })
      .resolves({ status: 'ACTIVE', versionArn: 'arn:v2' })
    omics.on(CreateAnnotationStoreVersionCommand).resolves({})
    await expect(ensureVersion(client, request, settings, deps)).resolves.toStrictEqual({
      versionName: 'v2',
      created: true,
      status: 'ACTIVE',
      arn: 'arn:v2'
    })
    expect(optionsOf(omics.commandCalls(CreateAnnotationStoreVersionCommand)[0])?.abortSignal).toBe(
      deps.signal
    )
    expect(deps.logs).toEqual([
      ...createGroup,
      'info: Creating version v2 of store my_store',
      'info: Version v2: CREATING after 0s',
      'info: Version v2: ACTIVE after 5s'
    ])
    expect(deps.clock.sleeps).toEqual([2_000, 3_000])
  })

  it('the status checks of the wait end with the run', async () => {
    omics
      .on(GetAnnotationStoreVersionCommand)
      .rejectsOnce(err('ResourceNotFoundException', 404))
      .resolves({ status: 'ACTIVE' })
    omics.on(CreateAnnotationStoreVersionCommand).resolves({})
    await ensureVersion(client, request, settings, deps)
    const check = optionsOf(omics.commandCalls(GetAnnotationStoreVersionCommand)[1])?.abortSignal
    expect(check?.aborted).toBe(false)
    deps.controller.abort()
    expect(check?.aborted).toBe(true)
  })

  it('a version not yet readable after the create is taken as CREATING', async () => {
    omics
      .on(GetAnnotationStoreVersionCommand)
      .rejectsOnce(err('ResourceNotFoundException', 404))
      .rejectsOnce(err('ResourceNotFoundException', 404))
      .resolves({ status: 'ACTIVE', versionArn: 'arn:v2' })
    omics.on(CreateAnnotationStoreVersionCommand).resolves({})
    await expect(ensureVersion(client, request, settings, deps)).resolves.toStrictEqual({
      versionName: 'v2',
      created: true,
      status: 'ACTIVE',
      arn: 'arn:v2'
    })
    expect(deps.logs.slice(-2)).toEqual([
      'info: Version v2: CREATING after 0s',
      'info: Version v2: ACTIVE after 2s'
    ])
  })

  it('a version another run is creating: not created again, waited for, its ARN kept from the first read', async () => {
    omics
      .on(GetAnnotationStoreVersionCommand)
      .resolvesOnce({ status: 'CREATING', versionArn: 'arn:v2' })
      .resolves({ status: 'ACTIVE' })
    await expect(ensureVersion(client, request, settings, deps)).resolves.toStrictEqual({
      versionName: 'v2',
      created: false,
      status: 'ACTIVE',
      arn: 'arn:v2'
    })
    expect(omics.commandCalls(CreateAnnotationStoreVersionCommand)).toHaveLength(0)
    expect(omics.commandCalls(GetAnnotationStoreVersionCommand)).toHaveLength(2)
    expect(deps.logs).toEqual(['info: Version v2: ACTIVE after 0s'])
  })

  it('an existing FAILED version fails at once, with its message and ARN in the outcome', async () => {
    omics
      .on(GetAnnotationStoreVersionCommand)
      .resolves({ status: 'FAILED', statusMessage: 'bad schema', versionArn: 'arn:v2' })
    const failure = await ensureVersion(client, request, settings, deps).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(VersionError)
    expect((failure as VersionError).message).toBe(
      'Version v2 of store my_store is FAILED: bad schema; no job was started. Delete it, or use another version-name.'
    )
    expect((failure as VersionError).version).toStrictEqual({
      versionName: 'v2',
      created: false,
      status: 'FAILED',
      arn: 'arn:v2'
    })
    expect(omics.commandCalls(CreateAnnotationStoreVersionCommand)).toHaveLength(0)
    expect(omics.commandCalls(GetAnnotationStoreVersionCommand)).toHaveLength(1)
  })

  it('an existing DELETING version: the whole message, and an outcome without an ARN', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'DELETING' })
    const failure = await ensureVersion(client, request, settings, deps).catch((e: unknown) => e)
    expect((failure as VersionError).message).toBe(
      'Version v2 of store my_store is DELETING; no job was started. Wait for the deletion to end, then run again to create it anew, or use another version-name.'
    )
    expect((failure as VersionError).version).toStrictEqual({
      versionName: 'v2',
      created: false,
      status: 'DELETING'
    })
  })

  it('a created version ending FAILED: the outcome has its message and ARN', async () => {
    omics
      .on(GetAnnotationStoreVersionCommand)
      .rejectsOnce(err('ResourceNotFoundException', 404))
      .resolves({ status: 'FAILED', statusMessage: 'bad schema', versionArn: 'arn:v2' })
    omics.on(CreateAnnotationStoreVersionCommand).resolves({})
    const failure = await ensureVersion(client, request, settings, deps).catch((e: unknown) => e)
    expect((failure as VersionError).version).toStrictEqual({
      versionName: 'v2',
      created: true,
      status: 'FAILED',
      statusMessage: 'bad schema',
      arn: 'arn:v2'
    })
    expect(deps.logs.slice(-1)).toEqual(['info: Version v2: FAILED after 0s'])
  })

  it('a created version ending FAILED with no message: the message says only the status', async () => {
    omics
      .on(GetAnnotationStoreVersionCommand)
      .rejectsOnce(err('ResourceNotFoundException', 404))
      .resolves({ status: 'FAILED' })
    omics.on(CreateAnnotationStoreVersionCommand).resolves({})
    const failure = await ensureVersion(client, request, settings, deps).catch((e: unknown) => e)
    expect((failure as VersionError).message).toBe(
      'Version v2 of store my_store is FAILED; no job was started. Delete it, or use another version-name.'
    )
    expect((failure as VersionError).version).toStrictEqual({
      versionName: 'v2',
      created: true,
      status: 'FAILED'
    })
  })

  it('still CREATING at wait-timeout: the whole message, and how long was waited', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'CREATING', statusMessage: 'working' })
    const failure = await ensureVersion(
      client,
      request,
      { ...settings, waitTimeoutMs: 30_000, waitTimeoutText: '30s' },
      deps
    ).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(VersionError)
    expect((failure as VersionError).message).toBe(
      'Version v2 of store my_store was still CREATING after waiting 30s (wait-timeout 30s); no job was started. Raise wait-timeout, or run again once it is ACTIVE.'
    )
    expect((failure as VersionError).version).toStrictEqual({
      versionName: 'v2',
      created: false,
      status: 'CREATING',
      statusMessage: 'working'
    })
  })

  it('cancelled while the create was in flight: stopped, no status known', async () => {
    omics.on(GetAnnotationStoreVersionCommand).rejects(err('ResourceNotFoundException', 404))
    omics.on(CreateAnnotationStoreVersionCommand).callsFake(() => {
      deps.controller.abort()
      return {}
    })
    const failure = await ensureVersion(client, request, settings, deps).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(VersionError)
    expect((failure as VersionError).message).toBe(
      'Stopped: the workflow run was cancelled while waiting for version v2; no job was started.'
    )
    expect((failure as VersionError).version).toStrictEqual({
      versionName: 'v2',
      created: true,
      status: 'unknown'
    })
    expect(omics.commandCalls(GetAnnotationStoreVersionCommand)).toHaveLength(1)
  })

  it('a read refused at first is not taken as missing: it fails, and nothing is created', async () => {
    omics.on(GetAnnotationStoreVersionCommand).rejects(err('AccessDeniedException', 403))
    await expect(ensureVersion(client, request, settings, deps)).rejects.toThrow(
      'AccessDeniedException message'
    )
    expect(omics.commandCalls(CreateAnnotationStoreVersionCommand)).toHaveLength(0)
  })

  it('a status check refused during the wait fails the step with that error', async () => {
    omics
      .on(GetAnnotationStoreVersionCommand)
      .resolvesOnce({ status: 'CREATING' })
      .rejects(err('AccessDeniedException', 403))
    const failure = await ensureVersion(client, request, settings, deps).catch((e: unknown) => e)
    expect(failure).not.toBeInstanceOf(VersionError)
    expect(failure).toMatchObject({ name: 'AccessDeniedException' })
  })
})

describe('planVersion, in detail', () => {
  it('a missing version: the request that would be sent is logged, under the run signal', async () => {
    omics.on(GetAnnotationStoreVersionCommand).rejects(err('ResourceNotFoundException', 404))
    await planVersion(client, request, deps)
    expect(deps.logs).toEqual(createGroup)
    const reads = omics.commandCalls(GetAnnotationStoreVersionCommand)
    expect(reads.map(call => call.args[0].input)).toEqual([{ name: 'my_store', versionName: 'v2' }])
    expect(optionsOf(reads[0])?.abortSignal).toBe(deps.signal)
  })

  it('an existing version still being created would not be created; nothing logged', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'CREATING' })
    await expect(planVersion(client, request, deps)).resolves.toBe(
      'version v2 of store my_store exists (CREATING); it would not be created'
    )
    expect(deps.logs).toEqual([])
  })

  it('an existing version whose status the answer leaves out says so, not "undefined"', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({})
    await expect(planVersion(client, request, deps)).resolves.toBe(
      'version v2 of store my_store exists (status not given); it would not be created'
    )
  })

  it('a FAILED version is a plain step error with the whole message', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'FAILED', statusMessage: 'bad schema' })
    const failure = await planVersion(client, request, deps).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(StepError)
    expect(failure).not.toBeInstanceOf(VersionError)
    expect((failure as StepError).message).toBe(
      'Version v2 of store my_store is FAILED: bad schema; no job was started. Delete it, or use another version-name.'
    )
  })

  it('a DELETING version says to wait for the deletion', async () => {
    omics.on(GetAnnotationStoreVersionCommand).resolves({ status: 'DELETING' })
    await expect(planVersion(client, request, deps)).rejects.toThrow(
      new StepError(
        'Version v2 of store my_store is DELETING; no job was started. Wait for the deletion to end, then run again to create it anew, or use another version-name.'
      )
    )
  })

  it('a read refused is not taken as missing', async () => {
    omics.on(GetAnnotationStoreVersionCommand).rejects(err('AccessDeniedException', 403))
    await expect(planVersion(client, request, deps)).rejects.toThrow('AccessDeniedException message')
    expect(deps.logs).toEqual([])
  })
})
