import type { EntityKind } from '../doc/index.js'
import type { Evidence, Side } from '../store/index.js'

export const BRIEF_FORMAT = 'dyad.brief/1'

/** A side of the relationship as the user named it, and what it was matched to. */
export interface Actor {
  query: string
  name: string
  kind: EntityKind
  country: string | null
  code: string | null
  /** The store's actor id, when the actor is one (a country may be known only by its code). */
  entity: number | null
  side: Side
}

export type Polarity = 'positive' | 'negative' | 'mixed'

/** What the expectations for one horizon add up to. */
export interface Outlook {
  horizon: 'short' | 'long' | 'unspecified'
  /** The prevailing polarity, `mixed` on a tie, null with no expectation at all. */
  polarity: Polarity | null
  counts: Record<Polarity, number>
  holders: string[]
  items: { holder: string | null; polarity: Polarity; modality: string; evidence: Evidence }[]
}

/** One topic on which the two sides converge, or on which they clash. */
export interface TopicFinding {
  topic: string
  /** Distinct pieces of evidence: events, expectations. */
  weight: number
  items: { kind: 'event' | 'expectation'; summary: string; evidence: Evidence }[]
}

export interface Voice {
  name: string
  entity: number | null
  role: string | null
  affiliation: string | null
  country: string | null
  stance: Polarity | 'neutral'
  quotes: { kind: string; topics: string[]; evidence: Evidence }[]
}

/** One event as reported by one or more articles. */
export interface TimelineEvent {
  /** The event's own date when the text gives one, else the first report's date. */
  date: string
  dated: boolean
  plover: string
  cameo: string
  quadClass: number
  goldstein: number
  source: string | null
  target: string | null
  sourceCode: string | null
  targetCode: string | null
  sourceCountry: string | null
  targetCountry: string | null
  topics: string[]
  /** How many distinct articles report it. */
  sources: number
  evidence: Evidence[]
}

export interface MonthPoint {
  month: string
  events: number
  /** Events by QuadClass: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  quadClass: [number, number, number, number]
  meanGoldstein: number
}

export interface Brief {
  format: typeof BRIEF_FORMAT
  actors: [Actor, Actor]
  range: { from: string | null; to: string | null }
  articles: number
  bottomLine: { summary: string; outlook: Outlook[] }
  convergences: TopicFinding[]
  frictions: TopicFinding[]
  voices: Voice[]
  timeline: TimelineEvent[]
  series: MonthPoint[]
}
