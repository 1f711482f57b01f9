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
/** A job id (the model's pattern) for a name, the same each time: List answers carry ids of that form. */
const names: string[] = []
const id = (name: string): string => {
  if (!names.includes(name)) names.push(name)
  return `00000000-0000-4000-8000-${String(names.indexOf(name)).padStart(12, '0')}`
}
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
      .resolvesOnce({ annotationImportJobs: [summary(id('a'), 'COMPLETED', 1)], nextToken: 't1' })
      .resolvesOnce({ annotationImportJobs: [summary(id('b'), 'COMPLETED', 3)], nextToken: 't2' })
      .resolves({ annotationImportJobs: [summary(id('c'), 'FAILED', 2)] })
    const jobs = await listJobs(client, { storeName: 's', maxJobs: 100 }, fakeDeps(client), 'x')
    expect(jobs.map(job => job.id)).toEqual([id('b'), id('c'), id('a')])
    // The SDK's paginator reuses one input object, so only the count and the filter can be checked here.
    const calls = omics.commandCalls(ListAnnotationImportJobsCommand)
    expect(calls).toHaveLength(3)
    for (const call of calls)
      expect(call.args[0].input).toMatchObject({ filter: { storeName: 's' }, maxResults: 100 })
  })

  it('throws, naming the bound and the fix, when the history is longer than maxJobs', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: Array.from({ length: 100 }, (_, n) => summary(id(`j${n}`), 'COMPLETED', n)),
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
        summary(id('before'), 'COMPLETED', 9_000),
        summary(id('second'), 'SUBMITTED', 10_500),
        summary(id('first'), 'SUBMITTED', 10_200)
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
    expect(found).toBe(id('first'))
    expect(
      omics
        .commandCalls(GetAnnotationImportJobCommand)
        .map(c => c.args[0].input.jobId)
        .sort()
    ).toEqual([id('first'), id('second')].sort())
    expect(deps.logs.join('\n')).toContain(
      `2 jobs created since this run's first try import the same files: taking the earliest, ${id('first')}; also found ${id('second')}`
    )
  })

  it('refuses to answer when the service clock is unknown', async () => {
    omics
      .on(ListAnnotationImportJobsCommand)
      .resolves({ annotationImportJobs: [summary(id('x'), 'SUBMITTED', 1)] })
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

describe('ids the service answers are checked', () => {
  it('List entries whose id is not a job id are left out, with one warning, and never read', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: [
        summary(id('good'), 'COMPLETED', 2),
        summary('$(touch /tmp/x) <img src=x>', 'COMPLETED', 3),
        summary('../annotationStore/s', 'COMPLETED', 4),
        summary('ABCDEF00-0000-4000-8000-000000000001', 'COMPLETED', 5)
      ]
    })
    const deps = fakeDeps(client)
    const jobs = await listJobs(client, { storeName: 's', maxJobs: 100 }, deps, 'skip-imported')
    expect(jobs.map(job => job.id)).toEqual([id('good')])
    const warnings = deps.logs.filter(line => line.includes('not a job id'))
    expect(warnings).toEqual([
      expect.stringContaining(
        "ListAnnotationImportJobs listed 3 jobs of s whose id is not a job id (the model's pattern): they are not trusted, and left out of skip-imported"
      )
    ])
    expect(deps.logs.join('\n')).not.toContain('touch')
  })

  it('pages of bad ids still count towards max-history: an endless listing ends', async () => {
    omics.on(ListAnnotationImportJobsCommand).resolves({
      annotationImportJobs: Array.from({ length: 100 }, (_, n) => summary(`bad-${n}`, 'COMPLETED', n)),
      nextToken: 'more'
    })
    await expect(
      listJobs(client, { storeName: 's', maxJobs: 250 }, fakeDeps(client), 'skip-imported')
    ).rejects.toThrow('longer than max-history (250 jobs)')
    expect(omics.commandCalls(ListAnnotationImportJobsCommand)).toHaveLength(3)
  })
})
