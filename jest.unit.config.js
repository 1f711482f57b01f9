// The unit tests alone, for Stryker (npm run mutate): the e2e suite runs the committed bundle, which
// mutants never reach. test/architecture.test.ts is left out: it runs dependency-cruiser on a copy of
// src/ (the import rules, not what the code does), which in Stryker's sandbox is the instrumented code.
import { unit } from './jest.config.js'

export default {
  ...unit,
  testTimeout: 30000,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/architecture.test.ts']
}
