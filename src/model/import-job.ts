// What the action knows of a past import job: its summary from ListAnnotationImportJobs, and its files
// and their statuses from GetAnnotationImportJob.

export interface JobSummary {
  id: string
  status: string
  versionName: string
  roleArn: string
  creationTime?: Date
}

export interface JobDetail extends JobSummary {
  items: { source: string; jobStatus: string }[]
}

/** The model's ResourceId pattern (a job id), for the whole value: an id from an answer is used only if it fits. */
const JOB_ID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/

export function isJobId(value: unknown): value is string {
  return typeof value === 'string' && JOB_ID.test(value)
}
