import { DyadError } from '../errors.js'
import type {
  DateRange,
  Store,
  StoredEvent,
  StoredExpectation,
  StoredQuote,
  StoredRole,
} from '../store/index.js'
import { aboutPair } from './about-pair.js'
import { countryName } from './actors.js'
import { outlooks, summarize, topicFindings } from './outlook.js'
import { buildTimeline, monthlySeries } from './timeline.js'
import { type Actor, BRIEF_FORMAT, type Brief } from './types.js'
import { buildVoices } from './voices.js'

/** What a brief is built from: the dyad's stored rows, and who its speakers are. */
export interface DyadRows {
  events: StoredEvent[]
  expectations: StoredExpectation[]
  quotes: StoredQuote[]
  /** The country and roles of every speaker quoted. */
  speakers: Map<number, { country: string | null; roles: StoredRole[] }>
  /** How directly (tens) and by whom (units) each expectation and quote speaks of the pair. */
  salience: ReadonlyMap<StoredExpectation | StoredQuote, number>
}

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
  sameSideCheck(a, b)
  return briefFromRows(a, b, range, await dyadRows(store, a, b, range))
}

/**
 * The stored rows of a dyad in a date range that speak of the pair: the store's rows
 * come from articles naming both sides, and each is kept only when its own sentence
 * is about the two (see `about-pair.ts`).
 */
export async function dyadRows(
  store: Store,
  a: Actor,
  b: Actor,
  range: DateRange = {},
): Promise<DyadRows> {
  const [events, expectations, quotes] = await Promise.all([
    store.dyadEvents(a.side, b.side, range),
    store.dyadExpectations(a.side, b.side, range),
    store.dyadQuotes(a.side, b.side, range),
  ])
  const rows = await aboutPair(store, a, b, { events, expectations, quotes })
  const speakers = [
    ...new Set(rows.quotes.map((q) => q.speaker).filter((s): s is number => s !== null)),
  ]
  return { ...rows, speakers: await store.actorRoles(speakers) }
}

/**
 * The rows of a narrower date range, as the store would give them: a brief for a new
 * range needs no new reading. The rows are in order of publication.
 */
export function rowsInRange(rows: DyadRows, range: DateRange): DyadRows {
  if (!range.from && !range.to) return rows
  return {
    events: published(rows.events, range),
    expectations: published(rows.expectations, range),
    quotes: published(rows.quotes, range),
    speakers: rows.speakers,
    salience: rows.salience,
  }
}

/** The run of `rows` (in order of publication) published within `range`. */
function published<T extends { evidence: { published: string } }>(
  rows: readonly T[],
  { from, to }: DateRange,
): T[] {
  // The first row published after `date` (or on it, when `inclusive` is false).
  const after = (date: string, inclusive: boolean) => {
    let lo = 0
    let hi = rows.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const p = (rows[mid] as T).evidence.published
      if (p < date || (inclusive && p === date)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return rows.slice(from ? after(from, false) : 0, to ? after(to, true) : rows.length)
}

/** The brief of a dyad from its rows in `range`. */
export function briefFromRows(a: Actor, b: Actor, range: DateRange, rows: DyadRows): Brief {
  const { events, expectations, quotes } = rows
  const timeline = buildTimeline(events)
  const outlook = outlooks(expectations, rows.salience)
  const rolesOf = new Map<number, StoredRole[]>()
  const countryOf = new Map<number, string | null>()
  for (const q of quotes) {
    if (q.speaker === null || rolesOf.has(q.speaker)) continue
    const speaker = rows.speakers.get(q.speaker)
    rolesOf.set(q.speaker, speaker?.roles ?? [])
    countryOf.set(q.speaker, speaker?.country ?? null)
  }
  const articles = new Set<string>()
  for (const list of [events, expectations, quotes])
    for (const x of list) articles.add(x.evidence.article)
  return {
    format: BRIEF_FORMAT,
    actors: [a, b],
    range: { from: range.from ?? null, to: range.to ?? null },
    articles: articles.size,
    bottomLine: { summary: summarize(outlook), outlook },
    ...topicFindings(timeline, expectations),
    voices: buildVoices(quotes, expectations, rolesOf, countryOf, rows.salience),
    timeline,
    series: monthlySeries(timeline),
  }
}

/**
 * A brief reads the relationship between two countries' sides; a country with itself (or
 * two actors of one country) is domestic politics, which the timeline of either shows.
 */
function sameSideCheck(a: Actor, b: Actor): void {
  if (!a.country || a.country !== b.country) return
  throw new DyadError(
    'E_ACTOR',
    `"${a.query}" and "${b.query}" are both on ${countryName(a.country)}'s side: a country with itself is no relationship (its domestic events are in \`dyad events\` and the dashboard's timeline)`,
  )
}
