/** Stored rows as the store interface gives them: shared by the SQLite and PostgreSQL stores. */
import type {
  Counterpart,
  Evidence,
  StoredArticle,
  StoredEvent,
  StoredExpectation,
  StoredQuote,
  StoredRole,
} from './types.js'

export type Row = Record<string, unknown>

/** A JSON list column: text in SQLite, already parsed (jsonb) in PostgreSQL. */
const list = (value: unknown): string[] =>
  (typeof value === 'string' ? JSON.parse(value) : value) as string[]

/** A set that forgets everything when it grows past its bound, so memory stays flat. */
export class BoundedSet {
  readonly #items = new Set<string>()
  constructor(readonly bound: number) {}

  /** Adds the item; true when it was not there. */
  add(item: string): boolean {
    if (this.#items.has(item)) return false
    if (this.#items.size >= this.bound) this.#items.clear()
    this.#items.add(item)
    return true
  }

  clear(): void {
    this.#items.clear()
  }
}

/** Roles read from the text first, then the latest; the key breaks ties. */
export const ROLE_ORDER =
  "r.via = 'text' DESC, a.published DESC, r.title, r.of, r.from_date, r.to_date"

export function roleRow(r: Row): StoredRole {
  return {
    title: r.title as string,
    of: (r.of as string) || null,
    from: (r.from_date as string) || null,
    to: (r.to_date as string) || null,
    via: r.via as 'text' | 'lexicon',
    article: r.article_id as string,
    published: r.published as string,
    span: typeof r.start === 'number' ? { start: r.start, end: r.end as number } : null,
  }
}

export const ARTICLE_COLUMNS =
  'ar.id AS article_id, ar.title AS article_title, ar.url AS article_url, ar.source AS article_source, ar.published AS article_published'

export const EVENT_SELECT = `SELECT v.*, ${ARTICLE_COLUMNS}, s.name AS source_name, t.name AS target_name
  FROM events v JOIN articles ar ON ar.seq = v.article
  LEFT JOIN entities s ON s.id = v.source LEFT JOIN entities t ON t.id = v.target`

export function evidence(r: Row, start: number, end: number): Evidence {
  return {
    article: r.article_id as string,
    title: (r.article_title as string | null) ?? null,
    url: (r.article_url as string | null) ?? null,
    source: (r.article_source as string | null) ?? null,
    published: r.article_published as string,
    start,
    end,
    text: r.text as string,
  }
}

export function eventRow(r: Row): StoredEvent {
  return {
    evidence: evidence(r, r.sentence_start as number, r.sentence_end as number),
    trigger: { start: r.trigger_start as number, end: r.trigger_end as number },
    plover: r.plover as string,
    cameo: r.cameo as string,
    quadClass: r.quad_class as number,
    goldstein: r.goldstein as number,
    source: (r.source as number | null) ?? null,
    target: (r.target as number | null) ?? null,
    sourceName: (r.source_name as string | null) ?? null,
    targetName: (r.target_name as string | null) ?? null,
    sourceCode: (r.source_code as string | null) ?? null,
    targetCode: (r.target_code as string | null) ?? null,
    sourceCountry: (r.source_country as string | null) ?? null,
    targetCountry: (r.target_country as string | null) ?? null,
    date: (r.date as string | null) ?? null,
    negated: r.negated === 1 || r.negated === true,
    hypothetical: r.hypothetical === 1 || r.hypothetical === true,
    topics: list(r.topics),
  }
}

export function quoteRow(r: Row): StoredQuote {
  return {
    evidence: evidence(r, r.start as number, r.end as number),
    kind: r.kind as StoredQuote['kind'],
    speaker: (r.speaker as number | null) ?? null,
    speakerName: (r.speaker_name as string | null) ?? null,
    cue: (r.cue as string | null) ?? null,
    topics: list(r.topics),
    about: list(r.about),
  }
}

export function expectationRow(r: Row): StoredExpectation {
  return {
    evidence: evidence(r, r.start as number, r.end as number),
    holder: (r.holder as number | null) ?? null,
    holderName: (r.holder_name as string | null) ?? null,
    subjects: list(r.subjects),
    polarity: r.polarity as StoredExpectation['polarity'],
    horizon: r.horizon as StoredExpectation['horizon'],
    modality: r.modality as string,
    topics: list(r.topics),
  }
}

export function articleRow(r: Row): StoredArticle {
  return {
    id: r.id as string,
    title: (r.title as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    source: (r.source as string | null) ?? null,
    published: r.published as string,
    language: r.language as string,
    chars: typeof r.chars === 'number' ? r.chars : (r.text as string).length,
  }
}

export const NO_EVENTS = { events: 0, cooperation: 0, conflict: 0, meanGoldstein: null }

export function tiesRow(r: Row): Omit<Counterpart, 'entity' | 'articles'> {
  return {
    events: r.events as number,
    cooperation: r.cooperation as number,
    conflict: r.conflict as number,
    meanGoldstein: r.goldstein === null ? null : Math.round((r.goldstein as number) * 100) / 100,
  }
}

export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`)

export const isString = (v: unknown): v is string => typeof v === 'string'
