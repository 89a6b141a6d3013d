import type { Entity } from '../doc/index.js'
import { loadLexicon } from '../lexicon/index.js'
import type { Evidence, StoredEvent, StoredExpectation, StoredQuote } from '../store/index.js'
import { asParty } from './clause.js'
import {
  type ArticleText,
  mentionsIn,
  type NamedSide,
  namesSide,
  type Span,
  STATE_SECTORS,
  sideOf,
  windowOf,
} from './naming.js'

/** The two sides of a pair as the text names them. */
export type Sides = readonly [NamedSide, NamedSide]

/**
 * How directly an item speaks of the pair, from 3 (its own words name both sides) down
 * to 1 (it speaks of "relations" with both sides named around it); null when it is not
 * about the pair at all.
 */
export type Directness = 1 | 2 | 3 | null

/**
 * An expectation is about the pair when its own clause names both sides (3); or names
 * one (a pronoun that stands for it counts) while the other holds the expectation or is
 * named in its sentence (2); or its holder is of one side and its sentence names the
 * other, or it names one, speaks of the relationship ("relations could improve") or
 * refers back ("it could …") while both sides are named in its sentence or the one
 * before (1).
 */
export function expectationDirectness(
  article: ArticleText,
  x: StoredExpectation,
  sides: Sides,
): Directness {
  const span = x.evidence
  const holder = holderSide(article, span, sides)
  // A side the clause names only as a place ("on sale in the US") is not what it is about.
  const own = named(article, span, sides, true, true)
  if (own[0] && own[1]) return 3
  const sentence = named(article, windowOf(article, span), sides, false)
  for (const i of [0, 1] as const) if (own[i] && (holder === 1 - i || sentence[1 - i])) return 2
  // The clause as extracted may stop short of its subject: "told reporters that the
  // United States «is and will remain our main partner»", said by the other side.
  if (holder !== null && named(article, leadIn(article, span), sides, false)[1 - holder]) return 1
  return nearby(article, span, sides, holder, own, x.holderName === null)
}

/**
 * A quote is about the pair when its speaker, on one side, names the other (a speaker on
 * neither side names both) in the quote (3) or in its sentence (2); or when the quote
 * names a side, speaks of the relationship or refers back while both sides are named in
 * its sentence or the one before (1).
 */
export function quoteDirectness(article: ArticleText, q: StoredQuote, sides: Sides): Directness {
  const span = q.evidence
  const speaker = sideOf(article, speakerAt(article, span), sides)
  const want = (hits: readonly [boolean, boolean]) =>
    speaker === null ? hits[0] && hits[1] : hits[1 - speaker]
  const own = named(article, span, sides, true)
  if (want(own)) return 3
  if (want(named(article, windowOf(article, span), sides, false))) return 2
  return nearby(article, span, sides, speaker, own)
}

/** How many sentences before an item may name a side for the weakest tie. */
const AROUND = 1

/**
 * An event between the two sides (the store selects them so) is the pair's when its
 * sentence, or the one before, names each side by a person, a state body or the country:
 * two companies' deal is not the relationship of their countries.
 */
export function eventDirectness(article: ArticleText, e: StoredEvent, sides: Sides): Directness {
  const around = named(article, windowOf(article, e.evidence, 1), sides, false)
  return around[0] && around[1] ? 2 : null
}

/** The weakest tie: the item touches the pair, and both sides are in view around it. */
function nearby(
  article: ArticleText,
  span: Span,
  sides: Sides,
  voice: 0 | 1 | null,
  own: readonly [boolean, boolean],
  articleVoice = false,
): Directness {
  const relationship = speaksOfRelationship(article, span)
  // "it", "they" point back to the pair when what comes before speaks of the two.
  const pointsBack =
    refersBack(article, span) && speaksOfRelationship(article, windowOf(article, span, 1))
  // The article's own asides touch many things; they count only when about relations.
  const touches = articleVoice ? relationship : own[0] || own[1] || relationship || pointsBack
  if (!touches) return null
  const around = named(article, windowOf(article, span, AROUND), sides, false)
  return (around[0] || voice === 0) && (around[1] || voice === 1) ? 1 : null
}

/**
 * Which sides a span names; `coreference` lets pronouns that stand for a side count, and
 * `parties` keeps only the sides it names as parties of its clause (see `asParty`). A
 * word for the two together ("both countries", "los dos gobiernos") names both when they
 * are the two countries the article speaks of most, or are named in the sentences just
 * before it.
 */
function named(
  article: ArticleText,
  span: Span,
  sides: Sides,
  coreference: boolean,
  parties = false,
): [boolean, boolean] {
  const where = parties ? (words: Span) => asParty(article, words) : undefined
  const hit = (side: NamedSide, within: Span) =>
    namesSide(article, within, side, { bodies: true, where }) ||
    (coreference && pronounFor(article, within, side))
  const hits: [boolean, boolean] = [hit(sides[0], span), hit(sides[1], span)]
  if (hits[0] && hits[1]) return hits
  const pair = aboutWord(article, span, 'pair')
  if (!pair) return hits
  const main = mainCountries(article)
  const leading = (side: NamedSide) => side.countries.some((c) => main.includes(c))
  if (leading(sides[0]) && leading(sides[1])) return [true, true]
  const context = { start: windowOf(article, pair, PAIR_REACH).start, end: pair.end }
  const both = (hits[0] || hit(sides[0], context)) && (hits[1] || hit(sides[1], context))
  return both ? [true, true] : hits
}

/** How many sentences before "both countries" may name the two. */
const PAIR_REACH = 3

const leaders = new WeakMap<ArticleText, string[]>()

/** The two countries whose people, bodies and names an article mentions most. */
function mainCountries(article: ArticleText): string[] {
  let main = leaders.get(article)
  if (main) return main
  const counts = new Map<string, number>()
  for (const m of article.analysis.mentions) {
    const e = article.entities.get(m.entity)
    if (m.via === 'pronoun' || !e?.country) continue
    if (e.kind === 'location' && !loadLexicon(article.lang).seats.has(e.name)) continue
    counts.set(e.country, (counts.get(e.country) ?? 0) + 1)
  }
  main = [...counts]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 2)
    .map(([c]) => c)
  leaders.set(article, main)
  return main
}

/**
 * The words between the last speech verb of the sentence before the span and the span:
 * where the subject of a reported clause stands when the clause was cut after it.
 */
function leadIn(article: ArticleText, span: Span): Span {
  const sentence = windowOf(article, span)
  const cues = loadLexicon(article.lang).speechCues
  const { tokens } = article
  let start = span.start
  for (let i = firstToken(article, sentence.start); i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || t.start >= span.start) break
    const m = cues.longestLower(tokens, i)
    if (m) start = (tokens[i + m.length - 1] ?? t).end
  }
  return { start: Math.min(start, span.start), end: span.start }
}

/** Whether the span's subject is a neuter pronoun ("it", "they") that points back. */
function refersBack(article: ArticleText, span: Span): boolean {
  const pronouns = loadLexicon(article.lang).pronouns
  const { tokens } = article
  for (let i = firstToken(article, span.start); i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || t.start >= span.end) break
    const p = pronouns.get(t.lower)
    if (p && p.gender === 'n' && p.case === 'subj') return true
  }
  return false
}

function pronounFor(article: ArticleText, span: Span, side: NamedSide): boolean {
  for (const m of mentionsIn(article, span)) {
    if (m.via !== 'pronoun') continue
    const e = article.entities.get(m.entity)
    if (e?.kind === 'country' && e.country && side.countries.includes(e.country)) return true
  }
  return false
}

/** The side of the expectation's holder at this span in the article, if any. */
function holderSide(article: ArticleText, span: Span, sides: Sides): 0 | 1 | null {
  const x = article.analysis.expectations.find((e) => e.start === span.start && e.end === span.end)
  return sideOf(article, x?.holder ?? null, sides)
}

function speakerAt(article: ArticleText, span: Span): string | null {
  return (
    article.analysis.quotes.find((q) => q.start === span.start && q.end === span.end)?.speaker ??
    null
  )
}

/** Whether the span holds a relationship word of its language ("relations", "ties", "alianza", "both countries"). */
export function speaksOfRelationship(article: ArticleText, span: Span): boolean {
  return (
    aboutWord(article, span, 'relationship') !== null || aboutWord(article, span, 'pair') !== null
  )
}

/** The first word in the span that speaks of the relationship, or of the two together. */
function aboutWord(article: ArticleText, span: Span, value: 'relationship' | 'pair'): Span | null {
  const cues = loadLexicon(article.lang).expectationCues
  const { tokens } = article
  for (let i = firstToken(article, span.start); i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || t.start >= span.end) break
    const m = cues.longestLower(tokens, i)
    if (m?.values.some((c) => c.type === 'about' && c.value === value)) {
      const last = tokens[i + m.length - 1] ?? t
      if (last.end <= span.end) return { start: t.start, end: last.end }
    }
  }
  return null
}

function firstToken(article: ArticleText, offset: number): number {
  const { tokens } = article
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((tokens[mid] as { end: number }).end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The standing of whoever holds an expectation or speaks a quote: 2 for an official of
 * either side (or the side itself: a government, a ministry), 1 for an analyst or
 * expert, 0 for anyone else or the article's own voice.
 */
export function standing(
  article: ArticleText,
  entity: string | null,
  groupName: string | null,
  sides: Sides,
): 0 | 1 | 2 {
  const e = entity ? article.entities.get(entity) : undefined
  if (e) {
    const side = sideOf(article, e.id, sides)
    if (side !== null && (e.kind !== 'person' || e.roles.some((r) => official(r.sector)))) return 2
    if (e.roles.some((r) => isExpert(article, r.title))) return 1
    return 0
  }
  return groupName && isExpert(article, groupName) ? 1 : 0
}

const official = (sector: string | undefined): boolean => !!sector && STATE_SECTORS.has(sector)

function isExpert(article: ArticleText, title: string): boolean {
  const roles = loadLexicon(article.lang).roles
  const words = title.toLowerCase().split(/\s+/)
  for (let i = 0; i < words.length; i++)
    if (roles.get(words.slice(i)).some((r) => r.expert)) return true
  return false
}

/** The holder of the stored expectation at this span, as the article names it. */
export function holderAt(article: ArticleText, evidence: Evidence): Entity['id'] | null {
  return (
    article.analysis.expectations.find((e) => e.start === evidence.start && e.end === evidence.end)
      ?.holder ?? null
  )
}

/** The speaker of the stored quote at this span, as the article names it. */
export function speakerOf(article: ArticleText, evidence: Evidence): Entity['id'] | null {
  return speakerAt(article, evidence)
}
