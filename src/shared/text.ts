// Small text helpers for messages: durations, counts, quoting a value a user gave.

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m ${s % 60}s`
  return `${Math.floor(m / 60)}h ${m % 60}m`
}

/**
 * 2500 -> "2,500". Not toLocaleString: its first call loads ICU's locale data, 10 ms on every run
 * (measured with npm run bench and a CPU profile).
 */
export function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** "1 item", "3 items". */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${thousands(count)} ${count === 1 ? noun : many}`
}

/** Quotes a value a user gave, shortened so a long value cannot flood the log. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  const cut = text.length > 120 ? `${text.slice(0, 117)}...` : text
  return typeof value === 'string' ? `"${cut}"` : `${cut} (${value === null ? 'null' : typeof value})`
}
