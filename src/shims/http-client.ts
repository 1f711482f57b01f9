// Bundled in place of @actions/http-client (see "paths" in tsconfig.bundle.json). @actions/core imports that
// HTTP client, and with it undici (0.9 MB, a third of the bundle), only for getIDToken, which this
// action never calls: compiling it cost every run about 0.05 s (measured with npm run bench). Anything
// that does reach for it fails loudly instead of silently.
const unavailable = (): never => {
  throw new Error(
    '@actions/http-client is not bundled in this action (getIDToken and Octokit calls are not used)'
  )
}

export class HttpClient {
  constructor(..._args: unknown[]) {
    unavailable()
  }
}

export class BearerCredentialHandler {
  constructor(..._args: unknown[]) {
    unavailable()
  }
}

export const HttpCodes = {}
export const MediaTypes = {}
export const Headers = {}
export function getProxyUrl(): string {
  return unavailable()
}
export function isHttps(): boolean {
  return unavailable()
}
