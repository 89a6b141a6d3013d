import type { DateRange, Store, StoredRole } from '../store/index.js'
import { outlooks, summarize, topicFindings } from './outlook.js'
import { buildTimeline, monthlySeries } from './timeline.js'
import { type Actor, BRIEF_FORMAT, type Brief } from './types.js'
import { buildVoices } from './voices.js'

/**
 * The relationship brief for two actors: the outlook by horizon, convergences and
 * frictions by topic, the voices, the merged timeline and the monthly series, every
 * item carrying the article and span it rests on.
 */
export async function buildBrief(
  store: Store,
  a: Actor,
  b: Actor,
  range: DateRange = {},
): Promise<Brief> {
  const [events, expectations, quotes] = await Promise.all([
    store.dyadEvents(a.side, b.side, range),
    store.dyadExpectations(a.side, b.side, range),
    store.dyadQuotes(a.side, b.side, range),
  ])
  const timeline = buildTimeline(events)
  const outlook = outlooks(expectations)
  const speakers = [...new Set(quotes.map((q) => q.speaker).filter((s): s is number => s !== null))]
  const rolesOf = new Map<number, StoredRole[]>()
  const countryOf = new Map<number, string | null>()
  for (const id of speakers) {
    rolesOf.set(id, await store.roles(id))
    countryOf.set(id, (await store.entity(id))?.country ?? null)
  }
  const articles = new Set([...events, ...expectations, ...quotes].map((x) => x.evidence.article))
  return {
    format: BRIEF_FORMAT,
    actors: [a, b],
    range: { from: range.from ?? null, to: range.to ?? null },
    articles: articles.size,
    bottomLine: { summary: summarize(outlook), outlook },
    ...topicFindings(timeline, expectations),
    voices: buildVoices(quotes, expectations, rolesOf, countryOf),
    timeline,
    series: monthlySeries(timeline),
  }
}
