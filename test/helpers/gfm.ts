// Renders Markdown as GitHub does a job summary: GFM (tables, autolinks, strikethrough, task lists),
// raw HTML passed through (GitHub's sanitiser then keeps img, a href, headings and tables), with
// micromark, a CommonMark and GFM reference implementation. Tests look at which elements come out.
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()]
  })
}

/** Every element that opens in the HTML, in order, with its attributes: ['p', 'a href="…"', ...]. */
export function elements(html: string): string[] {
  return Array.from(html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)((?:\s[^>]*)?)>/g), m =>
    `${m[1]?.toLowerCase() ?? ''}${m[2] ?? ''}`.trim()
  )
}

/** The text a reader sees in an HTML fragment: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
}
