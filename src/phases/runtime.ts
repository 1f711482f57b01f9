// What phases need from the outside world, built once at the edge (entry.ts) and passed in, so that
// every phase can be tested with a fake clock, a mocked client and a recording log.
import type { S3Client } from '@aws-sdk/client-s3'
import type { Clock, Sleep } from '../shared/backoff.js'
import type { ServiceClock } from '../aws/call-context.js'
import type { Clients } from '../aws/client.js'
import type { Log } from '../shared/log.js'

export interface Runtime {
  now: Clock
  sleep: Sleep
  random: () => number
  log: Log
  /** Aborted when the workflow run is cancelled (SIGINT/SIGTERM). */
  signal: AbortSignal
  /**
   * A signal for clean-up calls made after a cancel or a timeout (cancelling jobs, looking for a job whose
   * Start was in flight): it aborts after the cancel budget, and never later than the runner's grace after
   * its cancel signal allows, so the step's outputs, summary and exit are written before the runner kills it.
   */
  cleanupSignal(): AbortSignal
}

export interface Deps extends Runtime {
  clients: Clients
  serviceClock: ServiceClock
  /** The S3 client, built on first use (only wildcard items need it). */
  s3(): Promise<S3Client>
  /** Writes one output at once (job-id as soon as the service answers), before the step's result. */
  earlyOutput(name: string, value: string): void
}
