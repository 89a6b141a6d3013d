import type * as Linkedom from 'linkedom'
import { InputError } from '../errors.js'
import { onDemand } from '../on-demand.js'
import type { ArticleInput } from './article-input.js'
import { htmlToText } from './html.js'

/** An RSS 2.0 or Atom document, told by its root element. */
export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 2000)
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
  return /^\s*(<!DOCTYPE[^>]*>\s*)?<(rss|feed|rdf:RDF)\b/i.test(head)
}

interface XmlElement {
  tagName: string
  textContent: string | null
  children: ArrayLike<XmlElement>
  getAttribute(name: string): string | null
}

/**
 * The items of an RSS or Atom export, each an article: its body from `content:encoded`,
 * `content` or `description` (HTML made plain text), its title, link and date.
 * Items without a body are skipped; a feed with none is an error.
 */
export function feedArticles(xml: string, file: string): ArticleInput[] {
  const { DOMParser } = onDemand<typeof Linkedom>('linkedom')
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as {
    documentElement: XmlElement | null
  }
  const root = doc.documentElement
  if (!root) throw new InputError(file, 'is not a readable RSS or Atom feed')
  const items = descendants(root, (t) => t === 'item' || t === 'entry')
  const out: ArticleInput[] = []
  items.forEach((item, i) => {
    const body =
      child(item, 'content:encoded') ?? child(item, 'content') ?? child(item, 'description')
    const text = body ? htmlToText(body.textContent ?? '') : ''
    if (!text.trim()) return
    const link = child(item, 'link')
    out.push({
      origin: `${file}#${i + 1}`,
      text,
      title: clean(child(item, 'title')?.textContent),
      url: clean(link?.getAttribute('href') ?? link?.textContent),
      id: clean(child(item, 'guid')?.textContent ?? child(item, 'id')?.textContent),
      published: feedDate(
        child(item, 'pubDate')?.textContent ??
          child(item, 'published')?.textContent ??
          child(item, 'updated')?.textContent ??
          child(item, 'dc:date')?.textContent,
      ),
      language: clean(child(root, 'channel') ? languageOf(root) : root.getAttribute('xml:lang')),
    })
  })
  if (!out.length) throw new InputError(file, 'is a feed without any item that has a text')
  return out
}

function descendants(el: XmlElement, want: (tag: string) => boolean): XmlElement[] {
  const out: XmlElement[] = []
  const walk = (e: XmlElement) => {
    for (const c of Array.from(e.children)) {
      if (want(c.tagName.toLowerCase())) out.push(c)
      else walk(c)
    }
  }
  walk(el)
  return out
}

function child(el: XmlElement, tag: string): XmlElement | undefined {
  return Array.from(el.children).find((c) => c.tagName.toLowerCase() === tag.toLowerCase())
}

function languageOf(rss: XmlElement): string | null {
  const channel = child(rss, 'channel')
  return channel ? (child(channel, 'language')?.textContent ?? null) : null
}

function clean(value: string | null | undefined): string | null {
  const v = value?.trim()
  return v ? v : null
}

/** RSS dates are RFC 822 ("Mon, 03 Feb 2025 10:00:00 GMT"), Atom's ISO 8601. */
function feedDate(value: string | null | undefined): string | null {
  const v = value?.trim()
  if (!v) return null
  const iso = v.match(/^\d{4}-\d{2}-\d{2}/)
  if (iso) return iso[0]
  const t = Date.parse(v)
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10)
}
