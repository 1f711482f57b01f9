// The release workflow's decisions (scripts/release.js): the tag matches package.json, the notes are
// the version's CHANGELOG section, and the major tag only moves forward.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { changelogSection, majorMove, ownerProblem, repositorySlug, tagProblem } from '../scripts/release.js'
import { ACTION_VERSION } from '../src/shared/version.js'
import { ROOT } from './helpers/run-action.js'

const CHANGELOG = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  license: string
}

describe('check-tag: the repository that releases is the one the docs name', () => {
  it('reads owner/name from package.json', () => {
    expect(repositorySlug({ repository: { url: 'git+https://github.com/acme/omics-import.git' } })).toBe(
      'acme/omics-import'
    )
    expect(repositorySlug({ repository: 'github.com/acme/omics-import' })).toBe('acme/omics-import')
    expect(repositorySlug({})).toBeUndefined()
    expect(repositorySlug(pkg as never)).toMatch(/^[\w.-]+\/healthomics-annotation-import-action$/)
  })
  it('refuses a release from another repository than package.json names, saying what to set', () => {
    expect(
      ownerProblem(
        'octo-org/healthomics-annotation-import-action',
        'acme/healthomics-annotation-import-action'
      )
    ).toContain(
      'set "repository" in package.json and the uses: lines of README.md and examples/ to acme/healthomics-annotation-import-action'
    )
    expect(ownerProblem('acme/x', 'ACME/x')).toBeUndefined()
    expect(ownerProblem('acme/x', undefined)).toBeUndefined()
    expect(ownerProblem(undefined, 'acme/x')).toContain('no GitHub "repository"')
  })
})

describe('check-tag', () => {
  it("accepts the tag of package.json's version, which is also the one the action reports", () => {
    expect(tagProblem(`v${pkg.version}`, pkg.version)).toBeUndefined()
    expect(ACTION_VERSION).toBe(pkg.version)
  })
  it('refuses another version, or a tag not of the form vX.Y.Z', () => {
    expect(tagProblem('v9.9.9', '1.0.0')).toContain("does not match package.json's version 1.0.0")
    expect(tagProblem('v1.0', '1.0.0')).toContain('is not of the form vX.Y.Z')
  })
  it('runs as the workflow runs it', () => {
    // stdio piped, not inherited: the refusal's ::error:: line is captured here, never printed into
    // the test output (where GitHub would turn it into an error annotation).
    const run = (...args: string[]) =>
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'release.js'), ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GITHUB_REPOSITORY: repositorySlug(pkg as never) }
      })
    expect(run('check-tag', `v${pkg.version}`)).toContain('matches package.json')
    let stderr = ''
    try {
      run('check-tag', 'v0.0.1')
    } catch (error) {
      stderr = String((error as { stderr?: unknown }).stderr)
    }
    expect(stderr).toMatch(/^::error::.*v0\.0\.1/m)
  })
})

describe('release notes', () => {
  it("are the version's CHANGELOG section, without the link references", () => {
    const notes = changelogSection(CHANGELOG, pkg.version)
    expect(notes).toMatch(/^### Added\n/m)
    expect(notes).not.toContain('## [')
    expect(notes).not.toMatch(/^\[[^\]]+\]: /m)
  })
  it('the CHANGELOG keeps an Unreleased section, and refuses a version it does not have', () => {
    expect(CHANGELOG).toMatch(/^## \[Unreleased\]$/m)
    expect(CHANGELOG.indexOf('## [Unreleased]')).toBeLessThan(CHANGELOG.indexOf(`## [${pkg.version}]`))
    expect(() => changelogSection(CHANGELOG, '9.9.9')).toThrow('CHANGELOG.md has no section "## [9.9.9]"')
  })
})

describe('the major tag', () => {
  it('moves forward, or is created, and never moves backwards', () => {
    expect(majorMove('v1.2.0', undefined)).toMatchObject({ major: 'v1', move: true })
    expect(majorMove('v1.2.0', 'v1.1.9')).toMatchObject({ major: 'v1', move: true })
    expect(majorMove('v1.2.0', 'v1.2.0')).toMatchObject({ move: true })
    expect(majorMove('v1.4.1', 'v1.5.0')).toEqual({
      major: 'v1',
      move: false,
      why: 'v1 points at v1.5.0, newer than v1.4.1: not moving it backwards'
    })
    expect(majorMove('v2.0.0', undefined)).toMatchObject({ major: 'v2', move: true })
  })
})

it('the license file is the one package.json declares', () => {
  expect(pkg.license).toBe('MIT')
  expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/)
})
