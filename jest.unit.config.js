// The unit tests alone, for Stryker (npm run mutate): the e2e suite runs the committed bundle, which
// mutants never reach. test/architecture.test.ts is left out: it runs dependency-cruiser on a copy of
// src/ (the import rules, not what the code does), which in Stryker's sandbox is the instrumented code.
// MUTATE_TESTS (names, comma-separated: request,format-options) keeps only those test files: a layer
// measured by its own tests alone (scripts/mutate-layer.js sets it), which is stricter and much faster,
// since each mutant then loads a few test files instead of every file that happens to reach it.
import { unit } from './jest.config.js'

const only = process.env['MUTATE_TESTS']?.split(',').filter(Boolean)

export default {
  ...unit,
  ...(only?.length && { testMatch: only.map(name => `<rootDir>/test/${name}.test.ts`) }),
  // A mutant that leaves a promise pending fails here, in the runner, instead of waiting out Stryker's
  // timeout and a restart of the worker; the slowest unit test takes under 2 s.
  testTimeout: 10000,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/architecture.test.ts']
}
