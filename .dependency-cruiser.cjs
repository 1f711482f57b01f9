// The layers of src/ and the one direction imports may point, checked by `npm run lint`
// (dependency-cruiser). Imports point entry -> report -> phases -> aws -> model -> inputs -> shared; type-only
// imports count too (tsPreCompilationDeps), so a cycle cannot hide behind `import type`.
//
//   src/*.ts          entry points and the step runner: may import anything below
//   src/report/       pure: results, outputs, summary, explanations; emit writes them
//   src/phases/       one module per phase of a run, and the runtime they are given
//   src/aws/          clients, call context, error kinds, byte reads
//   src/model/        pure: the request and version request checked against the service model, format
//                     options, file formats and verdicts, what each job status means
//   src/inputs/       raw inputs -> typed settings, and the problems found in them
//   src/shared/       small helpers that import nothing of ours: errors, text, backoff, concurrency, log
const layer = name => `^src/${name}/`
const below = {
  report: ['phases', 'aws', 'model', 'inputs', 'shared'],
  phases: ['aws', 'model', 'inputs', 'shared'],
  aws: ['model', 'inputs', 'shared'],
  model: ['inputs', 'shared'],
  inputs: ['shared'],
  shared: []
}
const LAYERS = Object.keys(below)

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules of src/ import each other one way only (type imports included).',
      from: { path: '^src/' },
      to: { circular: true }
    },
    {
      name: 'no-entry-from-layers',
      severity: 'error',
      comment: 'Nothing in a layer folder imports an entry point or the step runner (src/*.ts).',
      from: { path: `^src/(${LAYERS.join('|')})/` },
      to: { path: '^src/[^/]+\\.ts$' }
    },
    ...LAYERS.map(name => ({
      name: `${name}-imports-down-only`,
      severity: 'error',
      comment: `src/${name}/ may import only ${below[name].length ? below[name].map(l => `src/${l}/`).join(', ') : 'nothing of ours'} (and itself).`,
      from: { path: layer(name) },
      to: { path: `^src/(${LAYERS.filter(l => l !== name && !below[name].includes(l)).join('|')})/` }
    }))
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|wait/dist|node_modules|test|scripts)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default']
    },
    moduleSystems: ['es6', 'cjs']
  }
}
