// A recording stand-in for @actions/core, for modules that write to the runner (report/emit.ts,
// run-step.ts). Use before importing the module under test:
//   const core = fakeCore(); jest.unstable_mockModule('@actions/core', () => core.module)
//   const { emit } = await import('../src/report/emit.js')

export interface FakeCore {
  /** Every call in order, as "info: text", "warning: text", "output name=value", "failed: text"... */
  lines: string[]
  outputs: Record<string, string>
  summaries: string[]
  /** Makes the next summary write fail with this error. */
  failSummaryWith?: Error
  inputs: Record<string, string>
  module: Record<string, unknown>
  reset(): void
}

export function fakeCore(): FakeCore {
  const fake: FakeCore = {
    lines: [],
    outputs: {},
    summaries: [],
    inputs: {},
    module: {},
    reset() {
      fake.lines.length = 0
      fake.summaries.length = 0
      for (const name of Object.keys(fake.outputs)) delete fake.outputs[name]
      for (const name of Object.keys(fake.inputs)) delete fake.inputs[name]
      delete fake.failSummaryWith
    }
  }
  let pending = ''
  const summary = {
    addRaw(text: string) {
      pending += text
      return summary
    },
    async write() {
      const text = pending
      pending = ''
      if (fake.failSummaryWith) throw fake.failSummaryWith
      fake.summaries.push(text)
      return summary
    }
  }
  const record = (kind: string) => (message: unknown) =>
    void fake.lines.push(`${kind}: ${message instanceof Error ? message.message : String(message)}`)
  fake.module = {
    info: record('info'),
    warning: record('warning'),
    debug: record('debug'),
    error: record('error'),
    notice: record('notice'),
    startGroup: record('group'),
    endGroup: () => void fake.lines.push('endgroup'),
    setSecret: record('secret'),
    setFailed: record('failed'),
    setOutput: (name: string, value: string) => {
      fake.outputs[name] = value
      fake.lines.push(`output ${name}=${value}`)
    },
    getInput: (name: string) => fake.inputs[name] ?? '',
    summary
  }
  return fake
}
