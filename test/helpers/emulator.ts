import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { type EmulatorOptions, startEmulator } from '../emulator/server.js'
import checkDist from './check-dist.js'

export type Emulator = Awaited<ReturnType<typeof startEmulator>>

/**
 * One stand-in for a test file: started before its tests, reset before each test, closed after them.
 * The returned object stands for the running stand-in once it has started.
 */
export function useEmulator(options?: EmulatorOptions): Emulator {
  let running: Emulator | undefined
  beforeAll(async () => {
    // e2e tests run dist/: never let them pass against a bundle older than src/.
    checkDist()
    running = await startEmulator(options)
  })
  afterAll(async () => {
    await running?.close()
  })
  beforeEach(() => running?.state.reset())
  return new Proxy({} as Emulator, {
    get(_target, property) {
      if (!running) throw new Error('the stand-in is used before beforeAll started it')
      return running[property as keyof Emulator]
    }
  })
}
