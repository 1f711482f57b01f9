/** Where phases write progress: the entry point passes one that redacts and writes to the step's log. */
export interface Log {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** Lines folded under a title in the runner's log. */
  group(title: string, lines: string[]): void
}
