// Job look-ups with the SDK mocked: every page read up to the bound, each job's detail read once,
// decisions per item, and the lost-answer look-up anchored on the service's clock.
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetAnnotationImportJobCommand,
  type JobStatus,
  ListAnnotationImportJobsCommand
} from '@aws-sdk/client-omics'
import { mockClient } from 'aws-sdk-client-mock'
import { importedItems, JobBook, listJobs } from '../src/phases/history.js'
import { findStartedJob } from '../src/phases/start-recovery.js'
import { fakeDeps } from './helpers/fake-deps.js'
import { omicsClient, ROLE_ARN } from './helpers/fixtures.js'

const client = omicsClient()
const omics = mockClient(client)
const summary = (id: string, status: JobStatus, createdMs: number, extra: Record<string, unknown> = {}) => ({
  id,
  destinationName: 's',
  versionName: 'default',
  roleArn: ROLE_ARN,
  status,
  creationTime: new Date(createdMs),
  updateTime: new Date(createdMs),
  ...extra
})

beforeEach(() => void omics.reset())

describe('listJobs', () => {
  it('reads every page, newest first', async () => {
    omics
      .on(ListAnnotationImportJobsCommand)
      .resolvesOnce({ annotationImportJobs: [summary('a', 'COMPLETED', 1)], nextToken: 't1' })
      .resolvesOnce({ annotationImportJobs: [summary('b', 'COMPLETED', 3)], nextToken: 't2' })
      .resolves({ annotationImportJobs: [summary('c', 'FAILED', 2)] })
    const jobs = await listJobs(client, { storeName: 's', maxJobs: 100 }, fakeDeps(client), 'x')
    expect(jobs.map(job => job.id)).toEqual(['b', 'c', 'a'])
    // The SDK's paginator reuses one input object, so only the count and the filter can be checked here.
    const calls = omics.commandCalls(ListAnnotationImportJobsCommand)
    expect(calls).toHaveLength(3)
    for (const call of calls)
      expect(call.args[0].input).toMatchObject({ filter: { storeName: 's' }, maxResults: 100 })
  })

  it('throws, naming the bound and the fix, when the history is longer than maxJobs', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: Array.from({ length: 100 }, (_, n) => summary(`j${n}`, 'COMPLETED', n)),
      nextToken: 'more'
    })
    await expect(
      listJobs(client, { storeName: 's', maxJobs: 250 }, fakeDeps(client), 'skip-imported')
    ).rejects.toThrow(
      'The import history of s is longer than max-history (250 jobs), so skip-imported cannot be answered from all of it'
    )
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)).toHaveLength(3)
  })
})

describe('importedItems', () => {
  it('decides per item, reads no FAILED or CANCELLED job, and each job once', async () => {
    const history = [
      summary('cwf', 'COMPLETED_WITH_FAILURES', 5),
      summary('running', 'IN_PROGRESS', 4),
      summary('failed', 'FAILED', 3),
      summary('cancelled', 'CANCELLED', 2),
      summary('done', 'COMPLETED', 1)
    ].map(job => ({ ...job, creationTime: job.creationTime }))
    omics.on(GetAnnotationImportJobCommand, { jobId: 'cwf' }).resolves({
      status: 'COMPLETED_WITH_FAILURES',
      items: [
        { source: 's3://b-1/bad.vcf', jobStatus: 'FAILED' },
        { source: 's3://b-1/good.vcf', jobStatus: 'COMPLETED' }
      ]
    })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: 'running' })
      .resolves({ status: 'IN_PROGRESS', items: [{ source: 's3://b-1/run.vcf', jobStatus: 'IN_PROGRESS' }] })
    omics
      .on(GetAnnotationImportJobCommand, { jobId: 'done' })
      .resolves({ status: 'COMPLETED', items: [{ source: 's3://b-1/good.vcf', jobStatus: 'COMPLETED' }] })
    const book = new JobBook(() => client)
    const uris = ['s3://b-1/bad.vcf', 's3://b-1/good.vcf', 's3://b-1/run.vcf', 's3://b-1/new.vcf']
    const found = await importedItems(
      book,
      history.map(({ destinationName: _d, updateTime: _u, ...job }) => job),
      uris,
      {},
      fakeDeps(client)
    )
    expect([...found]).toEqual([
      ['s3://b-1/good.vcf', 'cwf'],
      ['s3://b-1/run.vcf', 'running']
    ])
    expect(
      omics
        .commandCalls(GetAnnotationImportJobCommand)
        .map(c => c.args[0].input.jobId)
        .sort()
    ).toEqual(['cwf', 'done', 'running'])
    await book.detail({ id: 'cwf', status: 'x', versionName: '', roleArn: '' })
    expect(omics.commandCalls(GetAnnotationImportJobCommand)).toHaveLength(3)
  })

  it('stops reading once every item is settled', async () => {
    const history = Array.from({ length: 50 }, (_, n) => ({
      id: `j${n}`,
      status: 'COMPLETED',
      versionName: 'default',
      roleArn: ROLE_ARN,
      creationTime: new Date(50 - n)
    }))
    omics
      .on(GetAnnotationImportJobCommand)
      .resolves({ status: 'COMPLETED', items: [{ source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' }] })
    const found = await importedItems(
      new JobBook(() => client),
      history,
      ['s3://b-1/a.vcf'],
      {},
      fakeDeps(client)
    )
    expect(found.get('s3://b-1/a.vcf')).toBe('j0')
    expect(omics.commandCalls(GetAnnotationImportJobCommand).length).toBeLessThanOrEqual(5)
  })

  it('with a version, looks only at jobs into that version', async () => {
    const history = [
      { id: 'v1', status: 'COMPLETED', versionName: 'release_1', roleArn: ROLE_ARN },
      { id: 'v2', status: 'COMPLETED', versionName: 'release_2', roleArn: ROLE_ARN }
    ]
    omics
      .on(GetAnnotationImportJobCommand)
      .resolves({ status: 'COMPLETED', items: [{ source: 's3://b-1/a.vcf', jobStatus: 'COMPLETED' }] })
    const found = await importedItems(
      new JobBook(() => client),
      history,
      ['s3://b-1/a.vcf'],
      { versionName: 'release_2' },
      fakeDeps(client)
    )
    expect([...found]).toEqual([['s3://b-1/a.vcf', 'v2']])
    expect(omics.commandCalls(GetAnnotationImportJobCommand).map(c => c.args[0].input.jobId)).toEqual(['v2'])
  })
})

describe('findStartedJob', () => {
  const request = { destinationName: 's', roleArn: ROLE_ARN, items: [{ source: 's3://b-1/a.vcf' }] }
  const detail = {
    status: 'SUBMITTED' as const,
    items: [{ source: 's3://b-1/a.vcf', jobStatus: 'SUBMITTED' as const }]
  }

  it('never adopts a job created before the first try by the service clock; of several after it, the earliest, naming the others', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [
        summary('before', 'COMPLETED', 9_000),
        summary('second', 'SUBMITTED', 10_500),
        summary('first', 'SUBMITTED', 10_200)
      ]
    })
    omics.on(GetAnnotationImportJobCommand).resolves(detail)
    const deps = fakeDeps(client)
    const found = await findStartedJob(
      client,
      new JobBook(() => client),
      { request, claimed: new Set(), maxJobs: 100, notBefore: () => 10_000 },
      deps
    )
    expect(found).toBe('first')
    expect(
      omics
        .commandCalls(GetAnnotationImportJobCommand)
        .map(c => c.args[0].input.jobId)
        .sort()
    ).toEqual(['first', 'second'])
    expect(deps.logs.join('\n')).toContain(
      "2 jobs created since this run's first try import the same files: taking the earliest, first; also found second"
    )
  })

  it('refuses to answer when the service clock is unknown', async () => {
    omics
      .on(ListAnnotationImportJobsCommand)
      .resolves({ annotationImportJobs: [summary('x', 'SUBMITTED', 1)] })
    await expect(
      findStartedJob(
        client,
        new JobBook(() => client),
        { request, claimed: new Set(), maxJobs: 100, notBefore: () => undefined },
        fakeDeps(client)
      )
    ).rejects.toThrow("the service's clock is unknown")
  })
})
