// report/summary.ts: the job summary's markdown and its console links.
import { describe, expect, it } from '@jest/globals'
import { storeConsoleUrl, summaryMarkdown } from '../src/report/summary.js'

describe('summaryMarkdown and storeConsoleUrl', () => {
  it('links the store in the console of its partition', () => {
    expect(storeConsoleUrl('us-east-1', 'my_store')).toBe(
      'https://us-east-1.console.aws.amazon.com/omics/home?region=us-east-1#/annotation-stores/my_store'
    )
    expect(storeConsoleUrl('cn-north-1', 's')).toMatch(/^https:\/\/cn-north-1\.console\.amazonaws\.cn\//)
    expect(storeConsoleUrl('us-gov-west-1', 's')).toMatch(
      /^https:\/\/us-gov-west-1\.console\.amazonaws-us-gov\.com\//
    )
  })

  it('shows each job with its items, run time and time waited, escaping table cells', () => {
    const one = summaryMarkdown({
      title: 'Annotation import',
      storeName: 's',
      region: 'us-east-1',
      jobs: [
        {
          jobId: 'j1',
          items: ['s3://b-1/a|b.vcf'],
          status: 'COMPLETED',
          runMs: 3_600_000,
          waitedMs: 75_000,
          itemStatuses: [{ source: 's3://b-1/a|b.vcf', jobStatus: 'COMPLETED' }]
        }
      ]
    })
    expect(one).toContain('| `j1` | COMPLETED | 1h 0m | 1m 15s | s3://b-1/a\\|b.vcf |')
    const batch = summaryMarkdown({
      title: 'Annotation import',
      region: 'us-east-1',
      failure: '1 problem with the inputs',
      jobs: [
        { jobId: 'j1', items: ['s3://b-1/a.vcf'], status: 'SUBMITTED' },
        { items: ['s3://b-1/b.vcf'], status: 'skipped (job j0)' }
      ]
    })
    expect(batch).toContain('| `j1` | SUBMITTED |  |  | s3://b-1/a.vcf |')
    expect(batch).toContain('| — | skipped (job j0) |  |  | s3://b-1/b.vcf |')
    expect(batch).toContain('**Failed**\n\n```\n1 problem with the inputs\n```')
  })
})
