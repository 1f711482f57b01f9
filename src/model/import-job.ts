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
