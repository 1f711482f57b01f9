// Small text helpers for messages: durations, counts, quoting a value a user gave, and making text from
// outside safe to print in the runner's log.

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

// Makes text the action did not write (service messages, S3 keys, file header excerpts, echoed input)
// safe to print to the step's log. The runner reads any stdout line that starts, after whitespace,
// with `::` as a workflow command, parses the legacy `##[cmd]` form anywhere in a line, and splits lines
// on LF, CR and CRLF; a terminal also obeys escape sequences. Markers are broken with a zero-width space
// (U+200B) between the two characters: the text reads the same in the log, and copying it out still
// shows where it came from, while no line can start with `::` or contain `##[`.

const ZWSP = '\u200B'

// CRLF, CR, LF, NEL (U+0085) and the Unicode line and paragraph separators all end a line.
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g
// CSI (ESC [ or the one-byte C1 CSI) with its parameters, OSC (ESC ] or C1 OSC) up to BEL or ST, and
// any other ESC sequence (ECMA-48: intermediates, then one final character); a lone ESC left over
// goes with the controls below.
const ESCAPES =
  // eslint-disable-next-line no-control-regex -- matching controls is the point
  /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]|(?:\u001B\]|\u009D)[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[ -/]*[0-~]/g
// C0 and C1 controls and DEL, except TAB and LF.
// eslint-disable-next-line no-control-regex -- matching controls is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g
const COMMAND_START = /^(\s*):(?=:)/gm
const LEGACY_COMMAND = /#(?=#\[)/g

// Line breaks JSON.stringify leaves as they are.
const UNICODE_BREAKS = /[\u0085\u2028\u2029]/g

/**
 * A value quoted on one line, as `shown` does, with its line breaks and C0 controls written as escapes
 * (`\n`, `\r`, `\u2028`) and every `::` broken: the reader sees where each break is, and nothing after
 * an escaped break reads as a workflow command.
 */
export function shownOnOneLine(text: string): string {
  const escaped = JSON.stringify(text)
    .slice(1, -1)
    .replace(UNICODE_BREAKS, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return shown(escaped.replace(/::/g, `:${ZWSP}:`))
}

/** `text` with line breaks as LF, and no escape sequences or control characters (TAB and LF kept). */
export function plainText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(ESCAPES, '').replace(CONTROLS, '')
}

/** `text` with line breaks as LF, no escape sequences or control characters, and no workflow command. */
export function neutralise(text: string): string {
  return plainText(text).replace(COMMAND_START, `$1:${ZWSP}`).replace(LEGACY_COMMAND, `#${ZWSP}`)
}

/**
 * At most `max` values drawn from outside (a file's INFO IDs, its header cells), each cut to `width`
 * characters, then how many more: "AC, AF, … and 399,998 more". A file cannot make a message long.
 */
export function listed(values: readonly string[], max = 10, width = 80): string {
  const shownValues = values.slice(0, max).map(value => cut(value, width))
  if (values.length <= max) return shownValues.join(', ')
  return `${shownValues.join(', ')}, … and ${thousands(values.length - max)} more`
}

/** `text` cut to at most `max` characters, ending in "…" when cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text
  // Never half a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1
  return `${text.slice(0, end)}…`
}
