// The job summary's Markdown with outside text's escapes undone (backslash escapes, &amp; &lt; &gt;,
// the zero-width spaces that break autolinks): what a reader sees in each line, table pipes kept.
export function summaryText(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\u200B/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
