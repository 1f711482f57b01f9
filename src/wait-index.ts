import { runWait } from './wait-main.js'

await runWait()
