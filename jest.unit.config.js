// The unit tests alone, for Stryker (npm run mutate): the e2e suite runs the committed bundle, which
// mutants never reach.
import { unit } from './jest.config.js'

export default { ...unit, testTimeout: 30000 }
