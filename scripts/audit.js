#!/usr/bin/env node
// @ts-check
// `npm audit --omit=dev`: fails on high or critical advisories in what the action ships. When the
// registry's audit service cannot be reached, says so and does not fail (nothing was learnt).
import { spawnSync } from 'node:child_process'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
let report
try {
  report = JSON.parse(run.stdout)
} catch {
  console.log(`npm audit: no report (${run.stderr.trim().split('\n').pop()}); skipped`)
  process.exit(0)
}
if (report.error) {
  console.log(
    `npm audit: the audit service did not answer (${report.message ?? report.error.summary ?? report.error.code}); skipped`
  )
  process.exit(0)
}
const counts = report.metadata?.vulnerabilities ?? {}
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`)
if ((counts.high ?? 0) + (counts.critical ?? 0) > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    const vuln = /** @type {{ severity: string }} */ (v)
    if (vuln.severity === 'high' || vuln.severity === 'critical') console.log(`  ${vuln.severity}: ${name}`)
  }
  process.exit(1)
}
