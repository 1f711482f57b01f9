// Dependencies for phase tests without processes or HTTP: a simulated clock, a recording log, clients
// the test mocks with aws-sdk-client-mock, and an abort signal the test controls.
import { OmicsClient } from '@aws-sdk/client-omics'
import { ServiceClock } from '../../src/aws/call-context.js'
import type { Clients } from '../../src/aws/client.js'
import type { Deps } from '../../src/phases/runtime.js'
import { FakeClock } from './fake-clock.js'

export interface FakeDeps extends Deps {
  clock: FakeClock
  logs: string[]
  early: Record<string, string>
  controller: AbortController
  /** Aborts the clean-up signal (the cancel budget running out). */
  cleanup: AbortController
}

export function fakeDeps(omics = new OmicsClient({ region: 'us-east-1' }), starter = omics): FakeDeps {
  const clock = new FakeClock()
  const logs: string[] = []
  const early: Record<string, string> = {}
  const controller = new AbortController()
  const cleanup = new AbortController()
  const serviceClock = new ServiceClock(clock.now)
  // The mocked clients run no middleware, so no Date header is seen: say the service's clock is ours.
  serviceClock.observe(new Date(0).toUTCString(), 0)
  const clients: Clients = {
    omics,
    starter,
    endpointLabel: 'http://127.0.0.1:9',
    proxied: false,
    destroy: () => undefined
  }
  return {
    clock,
    logs,
    early,
    controller,
    cleanup,
    clients,
    serviceClock,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    signal: controller.signal,
    cleanupSignal: () => cleanup.signal,
    log: {
      info: message => void logs.push(`info: ${message}`),
      warning: message => void logs.push(`warning: ${message}`),
      debug: () => undefined,
      group: (title, lines) => void logs.push(`group: ${title}`, ...lines)
    },
    earlyOutput: (name, value) => void (early[name] = value),
    s3: () => Promise.reject(new Error('no S3 client in this test'))
  }
}
