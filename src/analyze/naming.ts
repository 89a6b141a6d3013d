import type { Analysis, Doc, Entity, Lang, Mention, Sentence, Token } from '../doc/index.js'
import { LANGS, loadLexicon } from '../lexicon/index.js'
import type { Side } from '../store/index.js'
import { datelineEnd, makeDoc } from '../text/index.js'

/** One side of a pair as the text may name it: its countries, and the actor's own names. */
export interface NamedSide {
  countries: readonly string[]
  /** The actor's name and aliases, for an actor that is not a country. */
  names: readonly string[]
}

/** An article ready to be read sentence by sentence: its analysis and its sentences. */
export interface ArticleText {
  analysis: Analysis
  lang: Lang
  /** The text split as the extractors split it: what the parse reads. */
  doc: Doc
  sentences: readonly Sentence[]
  tokens: readonly Token[]
  /** Where the dateline ends ("WASHINGTON (AP) —"), 0 without one: it says where, not who. */
  dateline: number
  /** The article's mentions in order of their start. */
  mentions: readonly Mention[]
  /** The article's entities by id. */
  entities: ReadonlyMap<string, Entity>
}

export interface Span {
  start: number
  end: number
}

/** The sentences of a stored analysis, split as the extractors split them. */
export function articleText(analysis: Analysis): ArticleText {
  const { text, language, published } = analysis.article
  const lang = (LANGS as readonly string[]).includes(language) ? (language as Lang) : 'en'
  const doc = makeDoc(text, lang, published, loadLexicon(lang))
  const { sentences, tokens } = doc
  const entities = new Map(analysis.entities.map((e) => [e.id, e]))
  const mentions = [...analysis.mentions].sort((a, b) => a.start - b.start)
  const dateline = datelineEnd(text)
  return { analysis, lang, doc, sentences, tokens, mentions, entities, dateline }
}

/**
 * The sentences a span stands in and the `before` sentences before them: the window
 * in which a statement names who it is about.
 */
export function windowOf(article: ArticleText, span: Span, before = 0): Span {
  const { sentences } = article
  let first = -1
  let last = -1
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence
    if (s.end <= span.start) continue
    if (s.start >= Math.max(span.end, span.start + 1)) break
    if (first < 0) first = i
    last = i
  }
  if (first < 0) return span
  const from = Math.max(0, first - before)
  return { start: (sentences[from] as Sentence).start, end: (sentences[last] as Sentence).end }
}

/** The mentions that lie wholly inside a span, found by binary search. */
export function* mentionsIn(article: ArticleText, span: Span): Generator<Mention> {
  const { mentions } = article
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((mentions[mid] as Mention).start < span.start) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < mentions.length; i++) {
    const m = mentions[i] as Mention
    if (m.start >= span.end) return
    if (m.end <= span.end) yield m
  }
}

interface Terms {
  /** Names and capitals as written ("US", "Washington"). */
  exact: RegExp | null
  /** Lower-case words (Spanish demonyms) in any case, with plural endings. */
  folded: RegExp | null
}

const termCache = new Map<string, Terms>()

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const bounded = (alternatives: string[], flags: string): RegExp | null =>
  alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags)
    : null

/** The words that name a country in any language dyad reads: names, demonyms, capitals. */
function countryTerms(code: string): Terms {
  let terms = termCache.get(code)
  if (terms) return terms
  const exact = new Set<string>()
  const folded = new Set<string>()
  for (const lang of LANGS) {
    const c = loadLexicon(lang).countries.get(code)
    if (!c) continue
    for (const n of [...c.names, ...c.capitals]) if (n.length > 1) exact.add(n)
    for (const d of c.demonyms) (d === d.toLowerCase() ? folded : exact).add(d)
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => b.length - a.length).map(escapeRegExp)
  terms = {
    exact: bounded(
      sorted(exact).map((t) => `${t}(?:s|es)?`),
      'gu',
    ),
    folded: bounded(
      sorted(folded).map((t) => `${t}(?:s|es)?`),
      'giu',
    ),
  }
  termCache.set(code, terms)
  return terms
}

/** Whether `text` names the country by name, demonym or capital. */
export function namesCountry(text: string, code: string): boolean {
  for (const _ of countryWords(text, code)) return true
  return false
}

/** Where `text` names the country by name, demonym or capital, as offsets into it. */
function* countryWords(text: string, code: string): Generator<Span> {
  const { exact, folded } = countryTerms(code)
  for (const re of [exact, folded])
    if (re) for (const m of text.matchAll(re)) yield { start: m.index, end: m.index + m[0].length }
}

/** A side as the text names it: a country stands for itself; a person also by name. */
export function namedSide(
  side: Side,
  actor: { name: string; kind: string; aliases?: readonly string[] },
): NamedSide {
  const names = actor.kind === 'country' ? [] : [actor.name, ...(actor.aliases ?? [])]
  return { countries: side.countries, names }
}

/**
 * Whether the window names the side: its country by name, demonym or capital, or a
 * person of that side (any mention but a pronoun), or the actor itself by name. With
 * `bodies`, a state body or seat of the side counts too ("the White House"); with
 * `where`, only the words it accepts.
 */
export function namesSide(
  article: ArticleText,
  window: Span,
  side: NamedSide,
  options: { bodies?: boolean; where?: (words: Span) => boolean } = {},
): boolean {
  const { dateline } = article
  const where = (words: Span) => words.start >= dateline && (options.where?.(words) ?? true)
  const text = article.analysis.article.text.slice(window.start, window.end)
  for (const code of side.countries)
    for (const w of countryWords(text, code))
      if (where({ start: window.start + w.start, end: window.start + w.end })) return true
  for (const m of mentionsIn(article, window)) {
    if (m.via === 'pronoun') continue
    const e = article.entities.get(m.entity)
    if (!e) continue
    const forSide =
      (e.country && side.countries.includes(e.country) && speaksFor(article, e, options.bodies)) ||
      side.names.includes(e.name)
    if (forSide && where(m)) return true
  }
  return false
}

/**
 * Sectors of actor codes whose bodies act for their state: government, parliament, army,
 * courts, intelligence, police. Parties are domestic politics, not a side abroad.
 */
export const STATE_SECTORS: ReadonlySet<string> = new Set([
  'GOV',
  'LEG',
  'MIL',
  'JUD',
  'SPY',
  'COP',
])

/**
 * A person or the country speaks for its side; with `bodies`, so do its state bodies
 * and its seats of government ("the White House", "el Kremlin").
 */
function speaksFor(article: ArticleText, e: Entity, bodies = false): boolean {
  if (e.kind === 'person' || e.kind === 'country') return true
  if (!bodies) return false
  if (e.kind === 'location') return loadLexicon(article.lang).seats.has(e.name)
  return !!e.code && STATE_SECTORS.has(e.code.slice(3, 6))
}

/**
 * The side an article entity stands on: 0 for `a`, 1 for `b`, null for neither. Only
 * those who speak for a side stand on it: its people, the country, its state bodies
 * (a newspaper or a company of the country stands on no side).
 */
export function sideOf(
  article: ArticleText,
  entity: string | null,
  sides: readonly [NamedSide, NamedSide],
): 0 | 1 | null {
  const e = entity ? article.entities.get(entity) : undefined
  if (!e) return null
  for (const i of [0, 1] as const) {
    const s = sides[i]
    if (s.names.includes(e.name)) return i
    if (e.country && s.countries.includes(e.country) && speaksFor(article, e, true)) return i
  }
  return null
}
