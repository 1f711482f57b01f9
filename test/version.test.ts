import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from '@jest/globals'
import { ACTION_NAME, ACTION_REPOSITORY, ACTION_VERSION } from '../src/shared/version.js'
import { ROOT } from './helpers/run-action.js'

it('the user agent names the package and its version', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string
    version: string
  }
  expect([ACTION_NAME, ACTION_VERSION]).toEqual([pkg.name, pkg.version])
})

it("the repository named in messages is package.json's", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    repository: { url: string }
  }
  expect(pkg.repository.url).toBe(`git+https://github.com/${ACTION_REPOSITORY}.git`)
})
