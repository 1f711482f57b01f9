// The start action's configuration once checked: the inputs, the request's shared part, the version to
// create. Built by the start action's input checks, read by every phase of the start.
import type { StartInputs } from '../inputs/inputs.js'
import type { ImportRequest } from './request.js'
import type { VersionRequest } from './version-request.js'

type RequestBase = Omit<ImportRequest, 'items'>
export type StartPlan = StartInputs & { base: RequestBase; version?: VersionRequest }
