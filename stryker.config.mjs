// Mutation testing (npm run mutate): Stryker changes the sources one small edit at a time and runs the
// unit tests (not the e2e suite) against each change; a change no test notices is a gap in the tests.
// Not part of npm test or CI: run it on the layer you changed, e.g.
//   npm run mutate -- --mutate 'src/shared/**/*.ts'
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.unit.config.js',
    enableFindRelatedTests: false
  },
  // The bundles' thin entry files only wire process and worker events to the code they load; the e2e
  // tests run them. scripts/mutate-layer.js reads these exclusions too.
  mutate: [
    'src/**/*.ts',
    '!src/shims/**',
    '!src/types/**',
    '!src/index.ts',
    '!src/wait-index.ts',
    '!src/history-cache-worker.ts'
  ],
  coverageAnalysis: 'perTest',
  // Mutants of module-level constants run every test; they are 12% of the mutants and 90% of the time.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['reports', 'coverage', '.stryker-tmp', '.bench']
}
