#!/usr/bin/env node
// @ts-check
// The release workflow's decisions, kept here so they are tested (test/release.test.ts):
//   node scripts/release.js check-tag v1.2.3     the tag is vX.Y.Z and matches package.json's version, and
//                                                package.json's repository is the one releasing it
//                                                (GITHUB_REPOSITORY): the README's uses: lines name it
//   node scripts/release.js notes 1.2.3          prints that version's CHANGELOG.md section (the release notes)
//   node scripts/release.js major v1.2.3         prints the major tag (v1) when moving it to this release
//                                                goes forward; fails when it would move it backwards
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const ROOT = resolve(import.meta.dirname, '..')

/** @param {string} text @returns {[number, number, number] | undefined} */
export function parseVersion(text) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text.trim())
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined
}

/** @param {[number, number, number]} a @param {[number, number, number]} b */
export function compareVersions(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}

/** Why the tag cannot be released from a package.json of `packageVersion`, or undefined when it can. */
export function tagProblem(/** @type {string} */ tag, /** @type {string} */ packageVersion) {
  if (!/^v\d+\.\d+\.\d+$/.test(tag)) return `the tag ${tag} is not of the form vX.Y.Z`
  if (tag !== `v${packageVersion}`)
    return `the tag ${tag} does not match package.json's version ${packageVersion}: set "version" to ${tag.slice(1)} (and src/version.ts), or tag v${packageVersion}`
  return undefined
}

/** owner/name of the repository package.json names (the one the README's and examples' uses: lines name). */
export function repositorySlug(/** @type {{ repository?: { url?: string } | string }} */ pkg) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '')
  return /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url)?.[1]
}

/** Why a release from `releasing` (GITHUB_REPOSITORY) would publish docs naming another repository. */
export function ownerProblem(
  /** @type {string | undefined} */ named,
  /** @type {string | undefined} */ releasing
) {
  if (!named)
    return 'package.json has no GitHub "repository": the README and examples could not be checked against it'
  if (releasing && releasing.toLowerCase() !== named.toLowerCase())
    return `package.json's repository is ${named}, but this release runs in ${releasing}: set "repository" in package.json and the uses: lines of README.md and examples/ to ${releasing} (npm test checks that they agree)`
  return undefined
}

/** The body of `## [version]` in a Keep a Changelog file; throws when it is missing or empty. */
export function changelogSection(/** @type {string} */ changelog, /** @type {string} */ version) {
  const lines = changelog.split('\n')
  const start = lines.findIndex(line => new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`).test(line))
  if (start < 0) throw new Error(`CHANGELOG.md has no section "## [${version}]": add one before tagging`)
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line))
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter(line => !/^\[[^\]]+\]: /.test(line))
    .join('\n')
    .trim()
  if (body === '') throw new Error(`CHANGELOG.md's section for ${version} is empty`)
  return body
}

/**
 * Whether the major tag may move to `release`: only forward. `current` is the highest vX.Y.Z among the
 * tags on the commit the major tag points at now (undefined when the major tag does not exist yet).
 */
export function majorMove(/** @type {string} */ release, /** @type {string | undefined} */ current) {
  const next = parseVersion(release)
  if (!next) throw new Error(`${release} is not a version`)
  const major = `v${next[0]}`
  if (current === undefined) return { major, move: true, why: `${major} does not exist yet` }
  const now = parseVersion(current)
  if (!now) throw new Error(`${current} is not a version`)
  const order = compareVersions(next, now)
  if (order < 0)
    return {
      major,
      move: false,
      why: `${major} points at ${current}, newer than ${release}: not moving it backwards`
    }
  return {
    major,
    move: true,
    why:
      order === 0 ? `${major} already points at ${release}` : `${major} moves from ${current} to ${release}`
  }
}

function git(/** @type {string[]} */ ...args) {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim()
}

/** The highest vX.Y.Z tag on the commit the major tag points at, or undefined when it does not exist. */
function currentOfMajor(/** @type {string} */ major) {
  let commit
  try {
    commit = git('rev-parse', '--verify', '--quiet', `refs/tags/${major}^{commit}`)
  } catch {
    return undefined
  }
  const versions = git('tag', '--points-at', commit)
    .split('\n')
    .filter(tag => parseVersion(tag))
    .sort((a, b) =>
      compareVersions(/** @type {any} */ (parseVersion(b)), /** @type {any} */ (parseVersion(a)))
    )
  if (versions.length === 0)
    throw new Error(`${major} points at ${commit}, which has no vX.Y.Z tag: move it by hand`)
  return versions[0]
}

function main(/** @type {string[]} */ [command, value = '']) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  if (command === 'check-tag') {
    const problem =
      tagProblem(value, pkg.version) ?? ownerProblem(repositorySlug(pkg), process.env['GITHUB_REPOSITORY'])
    if (problem) throw new Error(problem)
    console.log(`${value} matches package.json`)
  } else if (command === 'notes') {
    console.log(changelogSection(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), value.replace(/^v/, '')))
  } else if (command === 'major') {
    const parsed = parseVersion(value)
    if (!parsed) throw new Error(`${value} is not a version`)
    const decision = majorMove(value, currentOfMajor(`v${parsed[0]}`))
    console.error(decision.why)
    if (!decision.move) process.exit(1)
    console.log(decision.major)
  } else {
    throw new Error('usage: release.js check-tag vX.Y.Z | notes X.Y.Z | major vX.Y.Z')
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main(process.argv.slice(2))
  } catch (error) {
    console.error(`::error::${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
