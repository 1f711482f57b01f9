import { runStep } from './entry.js'
import { startStep } from './main.js'

await runStep(startStep)
