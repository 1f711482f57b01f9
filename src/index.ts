import { runStep } from './run-step.js'
import { startStep } from './start-action.js'

await runStep(startStep)
