// Kept in step with package.json by test/version.test.ts; sent in the user agent.
export const ACTION_NAME = 'healthomics-annotation-import-action'
export const ACTION_VERSION = '2.0.0'
/** owner/name of package.json's repository: named in messages when the runner does not say (a local `uses: ./`). */
export const ACTION_REPOSITORY = 'octo-org/healthomics-annotation-import-action'
