// phases/actions-cache.ts, the cache worker's side of the history cache, with @actions/cache replaced by
// a fake that prints what the library prints (its warnings as ::warning:: lines on stdout) and writes or
// reads the entry's file: one answer per request, the library's lines turned into its reason, masks and
// debug lines passed through, the file removed after every call, and stdout given back. No network.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

type Restore = (
  paths: string[],
  key: string,
  restoreKeys?: string[],
  options?: object
) => Promise<string | undefined>
type Save = (paths: string[], key: string) => Promise<number>

/** What the fake library does when called, and every call it got. */
const library: { calls: unknown[][]; restore: Restore; save: Save } = {
  calls: [],
  restore: async () => undefined,
  save: async () => 1
}
jest.unstable_mockModule('@actions/cache', () => ({
  restoreCache: (...args: Parameters<Restore>) => {
    library.calls.push(['restoreCache', ...args])
    return library.restore(...args)
  },
  saveCache: (...args: Parameters<Save>) => {
    library.calls.push(['saveCache', ...args])
    return library.save(...args)
  }
}))
const { answer, entryFile } = await import('../src/phases/actions-cache.js')

/** Prints as @actions/core does: to process.stdout, whatever it is at the time. */
const print = (...lines: string[]): void => void lines.forEach(line => process.stdout.write(`${line}\n`))

let temp: string
/** What reached the real stdout (a recorder standing in for it). */
let out: string[]
let realWrite: typeof process.stdout.write
const savedTemp = process.env['RUNNER_TEMP']

beforeEach(() => {
  library.calls = []
  library.restore = async () => undefined
  library.save = async () => 1
  temp = mkdtempSync(join(tmpdir(), 'actions-cache-test-'))
  process.env['RUNNER_TEMP'] = temp
  out = []
  realWrite = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    out.push(String(chunk))
    const done = rest.find(arg => typeof arg === 'function') as (() => void) | undefined
    done?.()
    return true
  }) as typeof process.stdout.write
})

afterEach(() => {
  process.stdout.write = realWrite
  if (savedTemp === undefined) delete process.env['RUNNER_TEMP']
  else process.env['RUNNER_TEMP'] = savedTemp
  rmSync(temp, { recursive: true, force: true })
})

/** The entry's file under this test's RUNNER_TEMP. */
const file = (): string => join(temp, 'healthomics-import-history', 'history.json')
const writeEntry = (text: string): void => {
  mkdirSync(dirname(file()), { recursive: true })
  writeFileSync(file(), text)
}

describe('entryFile', () => {
  it("is history.json in a folder of its own under RUNNER_TEMP, else the system's temporary folder", () => {
    expect(entryFile({ RUNNER_TEMP: '/runner/tmp' })).toBe(
      '/runner/tmp/healthomics-import-history/history.json'
    )
    expect(entryFile({})).toBe(join(tmpdir(), 'healthomics-import-history', 'history.json'))
    expect(entryFile({ RUNNER_TEMP: '' })).toBe(join(tmpdir(), 'healthomics-import-history', 'history.json'))
    expect(entryFile()).toBe(file())
  })
})

describe('restore', () => {
  it('asks for the newest entry under the prefix, with bounded downloads; none found is a miss', async () => {
    library.restore = async () => {
      print('Cache not found for input keys: p-')
      return undefined
    }
    await expect(answer({ op: 'restore', prefix: 'p-' })).resolves.toEqual({ kind: 'miss' })
    expect(library.calls).toEqual([
      ['restoreCache', [file()], 'p-', ['p-'], { timeoutInMs: 30_000, segmentTimeoutInMs: 60_000 }]
    ])
    expect(out).toEqual([])
  })

  it("an entry found is the file's text, and the file is removed afterwards", async () => {
    library.restore = async ([path]) => {
      print('Cache hit for: p-run-1')
      writeEntry(`{"read from":"${path}"}`)
      return 'p-run-1'
    }
    await expect(answer({ op: 'restore', prefix: 'p-' })).resolves.toEqual({
      kind: 'hit',
      key: 'p-run-1',
      text: `{"read from":"${file()}"}`
    })
    expect(existsSync(file())).toBe(false)
  })

  it('an entry that holds no file is unreadable: a file left by an earlier call is not taken for it', async () => {
    writeEntry('{"stale":true}')
    library.restore = async () => 'p-run-1'
    await expect(answer({ op: 'restore', prefix: 'p-' })).resolves.toEqual({
      kind: 'unreadable',
      reason: 'entry p-run-1 holds no history file'
    })
    expect(existsSync(file())).toBe(false)
  })

  it('a warning with no entry found is a failure of the service, its text the reason', async () => {
    library.restore = async () => {
      print('::warning::Failed to restore: Cache service responded with 503')
      return undefined
    }
    await expect(answer({ op: 'restore', prefix: 'p-' })).resolves.toEqual({
      kind: 'failed',
      reason: 'Failed to restore: Cache service responded with 503'
    })
  })

  it('a warning after an entry was found is an unreadable entry', async () => {
    library.restore = async () => {
      print(
        'Cache hit for restore-key: p-run-1',
        '::warning::Failed to restore: tar exited with code 2%0Aline two'
      )
      return undefined
    }
    await expect(answer({ op: 'restore', prefix: 'p-' })).resolves.toEqual({
      kind: 'unreadable',
      reason: 'Failed to restore: tar exited with code 2\nline two'
    })
  })

  it('takes the library\'s warnings, errors and "Failed to" lines, unescaped, in order; masks and debug lines go out', async () => {
    library.restore = async () => {
      process.stdout.write('::add-mask::s3cr3t\n::debug::Resolved Keys: ["p-"]\n')
      print(
        '::error::first%25%0D%0Asecond a%250Ab',
        '::warning file=cache.js,line=1,col=2::with properties',
        '::notice::a notice is no trouble',
        'note ::warning::not at the start of the line',
        'Failed to download: an info line',
        'Failed to reach ::error::the service',
        ''
      )
      process.stdout.write('::warning::one\r\n::warning::two\n')
      process.stdout.write(Buffer.from('::error::from a buffer\n'))
      return undefined
    }
    await expect(answer({ op: 'restore', prefix: 'p-' })).resolves.toEqual({
      kind: 'failed',
      reason: [
        'first%\r\nsecond a%0Ab',
        'with properties',
        'Failed to download: an info line',
        'Failed to reach ::error::the service',
        'one',
        'two',
        'from a buffer'
      ].join('; ')
    })
    expect(out).toEqual(['::add-mask::s3cr3t\n', '::debug::Resolved Keys: ["p-"]\n'])
  })

  it('answers each write as stdout would: true, and its callback called, with or without an encoding', async () => {
    const answered: unknown[] = []
    library.restore = async () => {
      answered.push(process.stdout.write('a\n'))
      answered.push(process.stdout.write('b\n', () => answered.push('callback')))
      answered.push(process.stdout.write('c\n', 'utf8', () => answered.push('callback with encoding')))
      return undefined
    }
    await expect(answer({ op: 'restore', prefix: 'p-' })).resolves.toEqual({ kind: 'miss' })
    expect(answered).toEqual([true, 'callback', true, 'callback with encoding', true])
  })

  it('gives stdout back after the call, also when the library throws', async () => {
    await answer({ op: 'restore', prefix: 'p-' })
    process.stdout.write('after a miss\n')
    library.restore = async () => {
      throw new Error('boom')
    }
    await answer({ op: 'restore', prefix: 'p-' })
    process.stdout.write('after a throw\n')
    expect(out).toEqual(['after a miss\n', 'after a throw\n'])
  })

  it.each([
    ['an error', new Error('Cache Service Url not found'), 'Cache Service Url not found'],
    ['anything else', 'a string', 'a string']
  ])('%s thrown is a failure with its message', async (_name, thrown, reason) => {
    library.restore = () => Promise.reject(thrown)
    await expect(answer({ op: 'restore', prefix: 'p-' })).resolves.toEqual({ kind: 'failed', reason })
  })
})

describe('save', () => {
  it.each([1, 42])(
    'writes the text to the entry file, saves it under the key (id %i), and removes the file',
    async id => {
      const seen: string[] = []
      library.save = async ([path]) => {
        seen.push(readFileSync(path as string, 'utf8'))
        return id
      }
      await expect(answer({ op: 'save', key: 'k-1', text: '{"format":1}' })).resolves.toEqual({
        kind: 'saved'
      })
      expect(library.calls).toEqual([['saveCache', [file()], 'k-1']])
      expect(seen).toEqual(['{"format":1}'])
      expect(existsSync(file())).toBe(false)
    }
  )

  it('creates the folders the entry file needs', async () => {
    process.env['RUNNER_TEMP'] = join(temp, 'not', 'yet')
    await expect(answer({ op: 'save', key: 'k-1', text: '{}' })).resolves.toEqual({ kind: 'saved' })
    expect(existsSync(join(temp, 'not', 'yet', 'healthomics-import-history'))).toBe(true)
  })

  it('an entry id with warnings printed is still saved', async () => {
    library.save = async () => {
      print('::warning::slow upload')
      return 7
    }
    await expect(answer({ op: 'save', key: 'k-1', text: '{}' })).resolves.toEqual({ kind: 'saved' })
  })

  it('a save the library skipped on purpose is not saved, with its line as the reason', async () => {
    library.save = async () => {
      print('::warning::ignored', 'Cache save skipped: the cache-mode does not permit writes')
      return -1
    }
    await expect(answer({ op: 'save', key: 'k-1', text: '{}' })).resolves.toEqual({
      kind: 'not-saved',
      reason: 'Cache save skipped: the cache-mode does not permit writes'
    })
  })

  it("a save that failed is a failure with the library's lines, or a plain reason when it printed none", async () => {
    library.save = async () => {
      print('::warning::Failed to save: Unable to reserve cache%0Aretry', '::error::Failed to upload')
      return -1
    }
    await expect(answer({ op: 'save', key: 'k-1', text: '{}' })).resolves.toEqual({
      kind: 'failed',
      reason: 'Failed to save: Unable to reserve cache\nretry; Failed to upload'
    })
    library.save = async () => -1
    await expect(answer({ op: 'save', key: 'k-1', text: '{}' })).resolves.toEqual({
      kind: 'failed',
      reason: 'the cache service did not take the entry'
    })
  })

  it('a save that throws is a failure, and the file is removed all the same', async () => {
    library.save = () => Promise.reject(new Error('ECONNRESET'))
    await expect(answer({ op: 'save', key: 'k-1', text: '{}' })).resolves.toEqual({
      kind: 'failed',
      reason: 'ECONNRESET'
    })
    expect(existsSync(file())).toBe(false)
    process.stdout.write('after\n')
    expect(out).toEqual(['after\n'])
  })
})
