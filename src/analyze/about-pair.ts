import type { Store, StoredEvent, StoredExpectation, StoredQuote } from '../store/index.js'
import { type ArticleText, articleText, namedSide } from './naming.js'
import {
  type Directness,
  eventDirectness,
  expectationDirectness,
  holderAt,
  quoteDirectness,
  type Sides,
  speakerOf,
  standing,
} from './relevance.js'
import type { Actor } from './types.js'

/** The rows of a dyad that speak of the pair, each with its salience. */
export interface PairRows {
  events: StoredEvent[]
  expectations: StoredExpectation[]
  quotes: StoredQuote[]
  /** How directly (tens) and by whom (units) each expectation and quote speaks of the pair. */
  salience: Map<StoredExpectation | StoredQuote, number>
}

/** Articles read for relevance, by id: an article's text never changes under its id. */
const cache = new Map<string, ArticleText | null>()
const CACHE_SIZE = 400

/** Articles read ahead in one call: a round trip per article is what a server database costs. */
const READ_AHEAD = 200

/**
 * The article of `rows[i]`; on a miss, it and the articles of the rows after it are read
 * in one call, as many as the cache keeps while they are used.
 */
async function readArticle(
  store: Store,
  rows: readonly { evidence: { article: string } }[],
  i: number,
): Promise<ArticleText | null> {
  const id = (rows[i] as { evidence: { article: string } }).evidence.article
  const hit = cache.get(id)
  if (hit !== undefined) {
    cache.delete(id)
    cache.set(id, hit)
    return hit
  }
  const ahead = new Set<string>([id])
  for (let j = i + 1; j < rows.length && ahead.size < READ_AHEAD; j++) {
    const next = (rows[j] as { evidence: { article: string } }).evidence.article
    if (!cache.has(next)) ahead.add(next)
  }
  const read = await store.analysesById([...ahead])
  for (const a of ahead) {
    const analysis = read.get(a)
    cache.set(a, analysis ? articleText(analysis) : null)
  }
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return cache.get(id) ?? null
}

/** The two sides of a pair, named as the text names them. */
export function pairSides(a: Actor, b: Actor): Sides {
  return [namedSide(a.side, a), namedSide(b.side, b)]
}

/**
 * Keeps what speaks of the pair: events between the two sides whose sentence names each
 * by its people, state or name, expectations whose clause is about the pair, and quotes
 * in which a speaker speaks of the other side. Co-occurrence in an article is not enough.
 */
export async function aboutPair(
  store: Store,
  a: Actor,
  b: Actor,
  rows: { events: StoredEvent[]; expectations: StoredExpectation[]; quotes: StoredQuote[] },
): Promise<PairRows> {
  const sides = pairSides(a, b)
  const salience = new Map<StoredExpectation | StoredQuote, number>()
  const keep = async <T extends StoredExpectation | StoredQuote>(
    list: readonly T[],
    judge: (article: ArticleText, row: T) => Directness,
    who: (article: ArticleText, row: T) => number,
  ): Promise<T[]> => {
    const out: T[] = []
    const seen = new Set<string>()
    for (const [i, row] of list.entries()) {
      // One statement stored twice (two holders read for one span), or the same words of
      // the same voice in two copies of a story, is one item.
      const voice = 'holderName' in row ? row.holderName : row.speakerName
      const keys = [
        `${row.evidence.article}|${row.evidence.start}|${row.evidence.end}`,
        `${voice}|${row.evidence.text}`,
      ]
      if (keys.some((k) => seen.has(k))) continue
      const article = await readArticle(store, list, i)
      if (!article) continue
      const direct = judge(article, row)
      if (direct === null) continue
      for (const k of keys) seen.add(k)
      salience.set(row, direct * 10 + who(article, row))
      out.push(row)
    }
    return out
  }
  const expectations = await keep(
    rows.expectations,
    (article, x) => expectationDirectness(article, x, sides),
    (article, x) => standing(article, holderAt(article, x.evidence), x.holderName, sides),
  )
  const quotes = await keep(
    rows.quotes,
    (article, q) => quoteDirectness(article, q, sides),
    (article, q) => standing(article, speakerOf(article, q.evidence), q.speakerName, sides),
  )
  const events: StoredEvent[] = []
  for (const [i, e] of rows.events.entries()) {
    const article = await readArticle(store, rows.events, i)
    if (article && eventDirectness(article, e, sides) !== null) events.push(e)
  }
  return { events, expectations, quotes, salience }
}
