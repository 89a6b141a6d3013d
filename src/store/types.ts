import type { Analysis, EntityKind } from '../doc/index.js'

/** Where a stored fact comes from: the article and the exact span of its text. */
export interface Evidence {
  article: string
  title: string | null
  url: string | null
  source: string | null
  published: string
  start: number
  end: number
  /** The span's text: the sentence of an event, the content of a quote or expectation. */
  text: string
}

/** One actor across the whole store: the same person in forty articles is one row. */
export interface StoredEntity {
  id: number
  name: string
  kind: EntityKind
  country: string | null
  /** The CAMEO-style code in the most recent article that names the actor. */
  code: string | null
  aliases: string[]
  articles: number
  mentions: number
  firstSeen: string
  lastSeen: string
}

export interface StoredRole {
  title: string
  of: string | null
  from: string | null
  to: string | null
  via: 'text' | 'lexicon'
  article: string
  /** The publication date of the article the role was read from. */
  published: string
  /** Where that article states the role; null for roles known from the lexicon. */
  span: { start: number; end: number } | null
}

export interface StoredEvent {
  evidence: Evidence
  trigger: { start: number; end: number }
  plover: string
  cameo: string
  quadClass: number
  goldstein: number
  source: number | null
  target: number | null
  sourceName: string | null
  targetName: string | null
  sourceCode: string | null
  targetCode: string | null
  sourceCountry: string | null
  targetCountry: string | null
  date: string | null
  negated: boolean
  hypothetical: boolean
  topics: string[]
}

export interface StoredQuote {
  evidence: Evidence
  kind: 'direct' | 'indirect' | 'mixed'
  speaker: number | null
  speakerName: string | null
  cue: string | null
  topics: string[]
  /** Countries the quote is about: its speaker's and those of the actors it names. */
  about: string[]
}

export interface StoredExpectation {
  evidence: Evidence
  holder: number | null
  holderName: string | null
  subjects: string[]
  polarity: 'positive' | 'negative' | 'mixed'
  horizon: 'short' | 'long' | 'unspecified'
  modality: string
  topics: string[]
}

export interface StoredArticle {
  id: string
  title: string | null
  url: string | null
  source: string | null
  published: string
  language: string
  chars: number
}

/** One side of a dyad as the store matches it: actors by id, and whole countries by code. */
export interface Side {
  entities: number[]
  countries: string[]
}

export interface DateRange {
  /** Inclusive `YYYY-MM-DD` bounds on the article's publication date. */
  from?: string | null
  to?: string | null
}

export interface QuoteFilter extends DateRange {
  speaker?: number[]
  /** Quotes naming any of these countries or by their actors. */
  about?: string[]
  topic?: string
  /** Quotes whose content names any of these actors. */
  mentions?: number[]
  limit?: number
}

export interface ArticleFilter extends DateRange {
  /** Only articles that name this actor. */
  entity?: number
  limit?: number
  offset?: number
}

/** An actor as other rows point to it: enough to name and link it. */
export type EntityRef = Pick<StoredEntity, 'id' | 'name' | 'kind' | 'country' | 'code'>

/** How much two actors have to do with each other: their events, and the articles naming both. */
export interface Ties {
  /** Events between the two, either direction, negated and hypothetical ones left out. */
  events: number
  /** Of those, QuadClass 1–2 (cooperation) and 3–4 (conflict). */
  cooperation: number
  conflict: number
  meanGoldstein: number | null
  /** Articles that name both. */
  articles: number
}

/** One of an actor's counterparts, with what ties them. */
export interface Counterpart extends Ties {
  entity: EntityRef
}

/** The ties of one pair of actors, `a < b`: an edge of the network of who deals with whom. */
export interface Interaction extends Ties {
  a: number
  b: number
}

export interface StoreCounts {
  articles: number
  entities: number
  mentions: number
  quotes: number
  events: number
  expectations: number
}

export type AddResult = 'added' | 'exists'

/**
 * The store behind every command that reads more than one article. Methods are async
 * so that a server database can stand behind the same interface; the embedded SQLite
 * store answers synchronously underneath.
 */
export interface Store {
  has(articleId: string): Promise<boolean>
  /** Writes one analysed article and everything found in it, all or nothing. */
  add(analysis: Analysis, origin?: string): Promise<AddResult>
  /** Makes everything added so far durable (`add` commits in batches; `close` flushes). */
  flush(): Promise<void>
  counts(): Promise<StoreCounts>
  /** Actors whose name or alias matches (all of them for an empty query), the most written-about first. */
  findEntities(
    query: string,
    options?: { limit?: number; kind?: EntityKind },
  ): Promise<StoredEntity[]>
  entity(id: number): Promise<StoredEntity | null>
  roles(entity: number): Promise<StoredRole[]>
  /** The country and roles (ordered as `roles` orders them) of each of many actors, in one call. */
  actorRoles(
    entities: readonly number[],
  ): Promise<Map<number, { country: string | null; roles: StoredRole[] }>>
  /** The actors this one has events with or shares articles with, the most events first. */
  counterparts(entity: number, options?: DateRange & { limit?: number }): Promise<Counterpart[]>
  /** The ties among a set of actors, one row per pair that has any. */
  interactions(entities: readonly number[], range?: DateRange): Promise<Interaction[]>
  /** Events between the two sides, either direction, in order of publication. */
  dyadEvents(a: Side, b: Side, range?: DateRange): Promise<StoredEvent[]>
  /** Expectations about either side, in articles that name both, in order of publication. */
  dyadExpectations(a: Side, b: Side, range?: DateRange): Promise<StoredExpectation[]>
  /** Quotes in articles that name both sides, about either of them, in order of publication. */
  dyadQuotes(a: Side, b: Side, range?: DateRange): Promise<StoredQuote[]>
  quotes(filter: QuoteFilter): Promise<StoredQuote[]>
  /** Every stored analysis, in the order the articles were stored. */
  analyses(range?: DateRange): AsyncIterable<Analysis>
  article(id: string): Promise<(StoredArticle & { analysis: Analysis }) | null>
  /**
   * The stored analyses of many articles at once, by id (ids not stored are left out):
   * one query where reading them one by one costs a round trip each on a server database.
   */
  analysesById(ids: readonly string[]): Promise<Map<string, Analysis>>
  /** Stored articles, the latest first. */
  articles(filter?: ArticleFilter): Promise<StoredArticle[]>
  search(
    text: string,
    options?: { limit?: number },
  ): Promise<(StoredArticle & { snippet: string })[]>
  /** A number that changes whenever the stored data may have changed: lets readers cache. */
  revision(): Promise<number>
  close(): Promise<void>
}
