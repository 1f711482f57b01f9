import { runStep } from './entry.js'
import { waitStep } from './wait-main.js'

await runStep(waitStep)
