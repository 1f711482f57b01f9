// Bundled in place of @actions/exec (see tsconfig.bundle.json). @actions/core imports it, and with it
// @actions/io (45 KB together), only for core.platform.getDetails(), which this action never calls.
// Anything that does reach for it fails loudly instead of silently.
const unavailable = (): never => {
  throw new Error('@actions/exec is not bundled in this action (core.platform is not used)')
}

export function exec(..._args: unknown[]): Promise<number> {
  return unavailable()
}

export function getExecOutput(..._args: unknown[]): Promise<never> {
  return unavailable()
}
