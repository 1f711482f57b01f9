// The import rules of .dependency-cruiser.cjs hold for src/ as it is, and they do catch what they are
// for: an import that runs the wrong way, a low-level module importing an entry point, a type-only cycle.
// Each case plants one import in a copy of src/ and runs dependency-cruiser on it, as npm run lint does.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise')

function cruise(plant?: (dir: string) => void): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'))
  try {
    cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true })
    for (const file of ['.dependency-cruiser.cjs', 'tsconfig.json', 'package.json'])
      cpSync(join(ROOT, file), join(dir, file))
    plant?.(dir)
    try {
      const output = execFileSync(DEPCRUISE, ['src', '--config', '.dependency-cruiser.cjs'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') }
      })
      return { ok: true, output }
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string }
      return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('import layers (dependency-cruiser)', () => {
  it('src/ as it is follows the rules', () => {
    const result = cruise()
    expect(result.output).toContain('no dependency violations found')
    expect(result.ok).toBe(true)
  })

  it('fails on a low-level module importing the entry point', () => {
    const result = cruise(dir =>
      appendFileSync(join(dir, 'src/shared/concurrency.ts'), "\nimport '../index.js'\n")
    )
    expect(result.ok).toBe(false)
    expect(result.output).toMatch(/no-entry-from-layers|shared-imports-down-only/)
  })

  it('fails on an import that runs the wrong way between layers', () => {
    const result = cruise(dir =>
      appendFileSync(
        join(dir, 'src/model/job-status.ts'),
        "\nimport type { Deps } from '../phases/runtime.js'\n"
      )
    )
    expect(result.ok).toBe(false)
    expect(result.output).toContain('model-imports-down-only')
  })

  it('fails on a cycle made of type imports only', () => {
    const result = cruise(dir => {
      writeFileSync(join(dir, 'src/shared/a.ts'), "import type { B } from './b.js'\nexport type A = B[]\n")
      writeFileSync(
        join(dir, 'src/shared/b.ts'),
        "import type { A } from './a.js'\nexport type B = A | string\n"
      )
    })
    expect(result.ok).toBe(false)
    expect(result.output).toContain('no-circular')
  })
})
