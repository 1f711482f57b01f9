// Bundled in place of the `debug` module (see "paths" in tsconfig.bundle.json), which the proxy agents
// use. The real module writes to stderr whenever DEBUG matches, past the action's redaction: with DEBUG=*
// it printed the proxy URL with its password and the x-amz-security-token header. The action's own debug
// lines go through core.debug and the redaction (ACTIONS_STEP_DEBUG); these never print.
interface Debugger {
  (...args: unknown[]): void
  enabled: boolean
  namespace: string
  extend(namespace: string): Debugger
}

function createDebug(namespace: string): Debugger {
  const debug = (() => undefined) as unknown as Debugger
  debug.enabled = false
  debug.namespace = namespace
  debug.extend = (more: string) => createDebug(`${namespace}:${more}`)
  return debug
}

createDebug.enable = (_namespaces: string): void => undefined
createDebug.disable = (): string => ''
createDebug.enabled = (_namespace: string): boolean => false

export default createDebug
