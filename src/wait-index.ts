import { runStep } from './run-step.js'
import { waitStep } from './wait-action.js'

await runStep(waitStep)
