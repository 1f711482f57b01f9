// Provenance tags for a store version this action creates: which repository, workflow, run and commit
// made it. From @actions/github's Context (only its context module: the package's entry builds Octokit),
// loaded only when a version is created.
export async function provenanceTags(): Promise<Record<string, string>> {
  const { Context } = await import('@actions/github/context')
  const context = new Context()
  const repository = process.env['GITHUB_REPOSITORY']
    ? `${context.repo.owner}/${context.repo.repo}`
    : undefined
  const tags: Record<string, string | undefined> = {
    'github-repository': repository,
    'github-workflow': context.workflow,
    'github-run':
      repository && context.runId
        ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}`
        : undefined,
    'github-sha': context.sha
  }
  // Tag values are at most 256 characters.
  return Object.fromEntries(
    Object.entries(tags).flatMap(([key, value]) => (value ? [[key, [...value].slice(0, 256).join('')]] : []))
  )
}
