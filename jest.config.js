// Jest in native ESM mode (run with NODE_OPTIONS=--experimental-vm-modules): ts-jest compiles
// TypeScript as ESM; the local stand-in under test/emulator is plain ESM JavaScript, loaded as is.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: { isolatedModules: true } }]
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 30000,
  // e2e suites spawn child processes against servers on 127.0.0.1; two workers fit the 2-core machine.
  maxWorkers: 2
}
