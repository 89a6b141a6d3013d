import type * as ReadabilityModule from '@mozilla/readability'
import type * as Linkedom from 'linkedom'
import { InputError } from '../errors.js'
import { onDemand } from '../on-demand.js'

export interface HtmlArticle {
  title: string | null
  text: string
  published: string | null
  language: string | null
  byline: string | null
  url: string | null
}

/** Fewer words than this is a navigation page or an error page, not an article. */
const MIN_ARTICLE_WORDS = 15

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td'

/**
 * Extracts the article from an HTML page: readability finds the body, and the text
 * is rebuilt paragraph by paragraph from its HTML (its plain text loses paragraph breaks).
 * Scripts, styles, captions and the byline never reach the text.
 */
export function extractHtml(html: string, file: string): HtmlArticle {
  const { parseHTML } = onDemand<typeof Linkedom>('linkedom')
  const { Readability } = onDemand<typeof ReadabilityModule>('@mozilla/readability')
  const { document } = parseHTML(html)
  const lang = document.documentElement?.getAttribute('lang') ?? null
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null
  const metaDate = metaContent(document, ['article:published_time', 'date', 'pubdate', 'dc.date'])
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse()
  if (!parsed?.content) throw new InputError(file, 'no article text found in this HTML page')
  const text = htmlToText(parsed.content, parsed.byline) || (parsed.textContent ?? '').trim()
  const words = text.split(/\s+/).filter(Boolean).length
  if (words < MIN_ARTICLE_WORDS)
    throw new InputError(
      file,
      `no article text found in this HTML page (${words} words outside navigation)`,
    )
  return {
    title: parsed.title?.trim() || null,
    text,
    published: toIsoDate(parsed.publishedTime ?? metaDate),
    language: (parsed.lang ?? lang)?.slice(0, 2).toLowerCase() ?? null,
    byline: parsed.byline?.trim() || null,
    url: canonical,
  }
}

/**
 * An HTML fragment as plain text, one paragraph per block; scripts, styles, captions
 * (and the byline, when given) never reach the text.
 */
export function htmlToText(html: string, byline?: string | null): string {
  const { parseHTML } = onDemand<typeof Linkedom>('linkedom')
  const { document: body } = parseHTML(`<html><body>${html}</body></html>`)
  for (const el of body.querySelectorAll('script, style, noscript, figcaption, figure, template'))
    el.remove()
  const paragraphs: string[] = []
  for (const el of body.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue // a container: its inner blocks come on their own
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (text && text !== byline?.trim()) paragraphs.push(text)
  }
  if (paragraphs.length) return paragraphs.join('\n\n')
  return (body.body?.textContent ?? body.documentElement?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
}

interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null
}

function metaContent(document: MetaDocument, names: string[]): string | null {
  for (const name of names) {
    const el =
      document.querySelector(`meta[property="${name}"]`) ??
      document.querySelector(`meta[name="${name}"]`)
    const value = el?.getAttribute('content')
    if (value) return value
  }
  return null
}

function toIsoDate(value: string | null | undefined): string | null {
  const m = value?.match(/^(\d{4}-\d{2}-\d{2})/)
  return m?.[1] ?? null
}
