import type { Analysis, Entity, Event } from '../doc/index.js'

/** One event with everything an export row needs: names, codes, countries, evidence. */
export interface EventRow {
  articleId: string
  url: string | null
  published: string
  event: Event
  source: Entity | null
  target: Entity | null
  /** The event's own date, else the article's publication date. */
  date: string
  evidence: string
}

/** Flattens the events of an analysis into rows, in text order. */
export function eventRows(doc: Analysis): EventRow[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]))
  return doc.events.map((event) => ({
    articleId: doc.article.id,
    url: doc.article.url,
    published: doc.article.published,
    event,
    source: event.source ? (byId.get(event.source) ?? null) : null,
    target: event.target ? (byId.get(event.target) ?? null) : null,
    date: event.date ?? doc.article.published,
    evidence: doc.article.text
      .slice(event.sentence.start, event.sentence.end)
      .replace(/\s+/g, ' ')
      .trim(),
  }))
}

export const countryOf = (entity: Entity | null, code: string | null): string =>
  entity?.country ?? code?.slice(0, 3) ?? ''
