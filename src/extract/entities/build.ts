import type { Doc, Token } from '../../doc/index.js'
import { type Lexicon, nameKey } from '../../lexicon/index.js'
import { type Candidate, findCandidates } from './candidates.js'
import { classify, type Guess, nextIsSpeechCue, speechVerbAfter } from './classify.js'
import type { Draft } from './draft.js'
import { Registry } from './registry.js'

export interface NameMention {
  draft: Draft
  candidate: Candidate
}

/**
 * Turns capitalised runs into entities and name mentions. Full names go first so
 * that later short forms ("Bukele", "Lindo Fuentes") resolve to them; a short form
 * seen nowhere in full is looked up among the office-holders and known people.
 */
export function buildNames(doc: Doc, lex: Lexicon): { registry: Registry; names: NameMention[] } {
  const registry = new Registry(lex)
  const names: NameMention[] = []
  const candidates = findCandidates(doc, lex)
  const guesses = candidates.map((c) => classify(c, doc, lex))
  const deferred: { c: Candidate; g: Guess }[] = []

  candidates.forEach((c, i) => {
    const g = guesses[i] as Guess
    if (g.type === 'demonym') {
      const country = lex.countries.get(g.country)
      if (!country) return
      const d =
        registry.find(country.name, 'country') ??
        registry.create(country.name, 'country', g.country)
      d.confidence = 2
      registry.alias(d, c.text.replace(/^\w+-/, ''))
      registry.mention(
        d,
        c.start + (c.text.length - c.text.replace(/^\w+-/, '').length),
        c.end,
        'demonym',
      )
      return
    }
    if (
      g.type === 'unknown' ||
      (g.kind !== 'country' && g.confidence < 2 && c.last - c.first === 1)
    ) {
      deferred.push({ c, g })
      return
    }
    // "Mendoza said": a one-word place name that is the surname of someone already named is that person.
    const surname =
      c.last - c.first === 1 && g.kind === 'location' ? registry.find(c.text, 'person') : undefined
    if (surname) {
      registry.mention(surname, c.start, c.end, 'alias')
      names.push({ draft: surname, candidate: c })
      return
    }
    const d =
      nationalBody(registry, c, g, lex, doc) ??
      bodyOfCountry(registry, c, g, lex, doc) ??
      ownBody(registry, c, g) ??
      place(registry, c, g, lex, doc)
    names.push({ draft: d, candidate: c })
  })

  for (const { c, g } of deferred) {
    const body = g.type === 'entity' ? nationalBody(registry, c, g, lex, doc) : undefined
    if (body) {
      names.push({ draft: body, candidate: c })
      continue
    }
    const d = resolveShort(registry, c, doc, lex) ?? acronymOf(c, doc, names)
    const guess = g.type === 'entity' ? g : unknownName(c, doc, lex)
    if (!d && guess && !c.sentenceInitial)
      names.push({ draft: place(registry, c, guess, lex, doc), candidate: c })
    else if (d) {
      registry.mention(d, c.start, c.end, nameKey(c.text) === nameKey(d.name) ? 'name' : 'alias')
      if (nameKey(c.text) !== nameKey(d.name)) registry.alias(d, c.text)
      names.push({ draft: d, candidate: c })
    }
  }
  return { registry, names }
}

/**
 * A name nothing else explains, written capitalised inside a sentence, when its place
 * in the sentence says what it is: a place after "in", "at" or "near" ("in Otranto"),
 * or a body that speaks ("daily Népszava noted"). Numbers, titles and short capitals
 * ("GDP") are not names. (A name merely repeated is not enough: Spanish capitalises
 * "Gobierno" and "Estado".)
 */
function unknownName(
  c: Candidate,
  doc: Doc,
  lex: Lexicon,
): Extract<Guess, { type: 'entity' }> | undefined {
  const words = doc.tokens.slice(c.first, c.last)
  if (!words.every((w) => /\p{L}{2}/u.test(w.text)) || /^\p{Lu}{1,3}$/u.test(c.text))
    return undefined
  // A title, or "el Gobierno", which the event coder reads as the country in view.
  if (lex.roles.longestLower(doc.tokens, c.first) || lex.eventWords.is('government', c.text))
    return undefined
  const before = doc.tokens[c.first - 1]
  const located = lex.eventWords.isLower('locative', before?.lower)
  const speaks = speaksNext(c, doc, lex) || namedAfterQuote(c, doc, lex)
  if (lex.regions.has(c.text) || (!located && !speaks)) return undefined
  return {
    type: 'entity',
    kind: located ? 'location' : 'organization',
    name: c.text,
    country: null,
    sector: null,
    lexicon: null,
    confidence: 0,
  }
}

/** An inflected speech verb follows ("noted", "dijo"): a base form may be a noun ("the West African state"). */
function speaksNext(c: Candidate, doc: Doc, lex: Lexicon): boolean {
  const k = speechVerbAfter(c, doc, lex)
  if (k === undefined) return false
  const verb = doc.tokens[k] as Token
  return !!lex.speechCues.longestLower(doc.tokens, k)?.values.some((v) => v.lemma !== verb.lower)
}

/**
 * '«…», justificó la Semovi', '"…", denuncia FACUA': the name right after an inflected
 * speech verb that follows a quotation and its comma (in either order) is who spoke.
 */
function namedAfterQuote(c: Candidate, doc: Doc, lex: Lexicon): boolean {
  let k = c.first - 1
  if (lex.eventWords.isLower('determiner', doc.tokens[k]?.lower)) k--
  const verb = doc.tokens[k]
  if (!verb?.word) return false
  const cue = lex.speechCues.longestLower(doc.tokens, k)
  if (!cue?.values.some((v) => v.type === 'verb' && v.lemma !== verb.lower)) return false
  const marks = [doc.tokens[k - 1]?.text, doc.tokens[k - 2]?.text]
  return marks.includes(',') && marks.some((m) => /^[”"»’']$/.test(m ?? ''))
}

/**
 * "la Cancillería colombiana": a bare organisation word with a demonym after it is
 * that country's body, named "Cancillería de Colombia" (the mention takes the demonym in).
 */
function nationalBody(
  registry: Registry,
  c: Candidate,
  g: Extract<Guess, { type: 'entity' }>,
  lex: Lexicon,
  doc: Doc,
): Draft | undefined {
  const next = doc.tokens[c.last]
  if (g.kind !== 'organization' || g.lexicon || c.last - c.first !== 1 || !next || next.upper)
    return undefined
  const code = lex.demonyms.get(next.text)
  const country = code ? lex.countries.get(code) : undefined
  if (!code || !country) return undefined
  const d = countryBody(registry, `${c.text} de ${country.name}`, code, c, next.end)
  d.confidence = Math.max(d.confidence, g.confidence)
  registry.alias(d, `${c.text} ${next.text}`)
  return d
}

/** A country's body named at `c` (to `end`), found or made; its one word stands for it. */
function countryBody(
  registry: Registry,
  name: string,
  country: string,
  c: Candidate,
  end: number,
): Draft {
  const d = registry.find(name, 'organization') ?? registry.create(name, 'organization', country)
  registry.alias(d, c.text, false)
  registry.mention(d, c.start, end, 'name')
  return d
}

/**
 * "the Congress of the Philippines": one word the gazetteer gives another country's body
 * ("Congress" is the United States'), followed by "of" and a country, is that country's
 * body, and the word alone stands for it from then on.
 */
function bodyOfCountry(
  registry: Registry,
  c: Candidate,
  g: Extract<Guess, { type: 'entity' }>,
  lex: Lexicon,
  doc: Doc,
): Draft | undefined {
  if (g.kind !== 'organization' || !g.lexicon || c.last - c.first !== 1) return undefined
  const { tokens } = doc
  if (!lex.eventWords.is('genitive', tokens[c.last]?.text)) return undefined
  const at = lex.eventWords.is('determiner', tokens[c.last + 1]?.text) ? c.last + 2 : c.last + 1
  const named = lex.gazetteer.longest(tokens, at)
  const country = named?.values.find((v) => v.kind === 'country')?.country
  if (!named || !country || country === g.country) return undefined
  const last = tokens[at + named.length - 1] as Token
  const d = countryBody(registry, doc.text.slice(c.start, last.end), country, c, last.end)
  d.sector ??= g.sector
  d.confidence = Math.max(d.confidence, 1)
  return d
}

/**
 * "Congress" after "the Congress of the Philippines" or "the Philippine Congress": the
 * body the article already named goes before the one the gazetteer gives the word.
 */
function ownBody(
  registry: Registry,
  c: Candidate,
  g: Extract<Guess, { type: 'entity' }>,
): Draft | undefined {
  if (g.kind !== 'organization' || !g.lexicon || c.last - c.first !== 1) return undefined
  const own = registry.find(c.text, 'organization')
  if (!own || own.country === g.country || own.name === g.name) return undefined
  registry.mention(own, c.start, c.end, 'alias')
  return own
}

function place(
  registry: Registry,
  c: Candidate,
  g: Extract<Guess, { type: 'entity' }>,
  lex: Lexicon,
  doc: Doc,
): Draft {
  // A shorter form of a person already seen ("Lindo Fuentes", "Trump Jr").
  // "Mara Salvatrucha 13" after "Mara Salvatrucha": a trailing number makes no new organisation.
  const unnumbered =
    g.kind === 'person' ? undefined : registry.find(g.name.replace(/\s+\d{1,3}$/, ''), g.kind)
  const existing =
    registry.find(g.name, g.kind) ??
    (g.kind === 'person' ? registry.find(c.text, 'person') : unnumbered)
  const d = existing ?? registry.create(g.name, g.kind, g.country)
  d.confidence = Math.max(d.confidence, g.confidence)
  if (g.lexicon?.source === 'person') d.lexiconName = g.lexicon.name
  if (g.sector && !d.sector) d.sector = g.sector
  if (g.country && !d.country) d.country = g.country
  if (g.kind === 'organization') demonymBody(registry, d, c, lex, doc)
  const via = nameKey(c.text) === nameKey(d.name) ? 'name' : 'alias'
  if (via === 'alias') registry.alias(d, c.text)
  registry.mention(d, c.start, c.end, via)
  if (g.kind === 'person' && g.lexicon?.source === 'person') {
    for (const t of lex.officeHolders.termsOf(g.name))
      for (const a of t.aliases) registry.alias(d, a, false)
  }
  void doc
  return d
}

/**
 * "the Philippine Congress": a demonym and a word the gazetteer knows as a national body
 * is that country's body of that kind; the word alone stands for it from then on.
 */
function demonymBody(registry: Registry, d: Draft, c: Candidate, lex: Lexicon, doc: Doc): void {
  const { tokens } = doc
  const first = tokens[c.first] as Token
  const demonym = c.last - c.first === 2 ? lex.demonyms.get(first.text) : undefined
  // "Congress of Peru", "Congreso del Perú": the word before "of" and a country.
  const of = !demonym && lex.eventWords.is('genitive', tokens[c.first + 1]?.text)
  const named = of ? lex.gazetteer.longest(tokens, c.last - 1) : undefined
  const code = demonym ?? named?.values.find((v) => v.kind === 'country')?.country
  if (!code || (of && tokens[c.last - 1]?.end !== c.end)) return
  const word = (tokens[demonym ? c.first + 1 : c.first] as Token).text
  const body = lex.gazetteer.get([word]).find((v) => v.kind === 'organization' && v.country)
  if (!body || body.country === code) return
  d.country ??= code
  d.sector ??= body.sector
  registry.alias(d, word, false)
}

/** "Instituto Guatemalteco de Migración (IGM)": an acronym in brackets right after a name is its short form. */
function acronymOf(c: Candidate, doc: Doc, names: readonly NameMention[]): Draft | undefined {
  const { tokens } = doc
  if (c.last - c.first !== 1 || !/^\p{Lu}[\p{Lu}\d-]+$/u.test(c.text)) return undefined
  if (tokens[c.first - 1]?.text !== '(' || tokens[c.last]?.text !== ')') return undefined
  const before = tokens[c.first - 2]
  const named = names.find((n) => n.candidate.end === before?.end)?.draft
  return named && named.kind !== 'person' ? named : undefined
}

/** A single capitalised word or a short form: an alias of a known entity, or a known person's surname. */
function resolveShort(registry: Registry, c: Candidate, doc: Doc, lex: Lexicon): Draft | undefined {
  const known = registry.find(c.text)
  if (known) return known
  // A first name alone ("Sofía, you were a diplomat"): the one person of the text who has it.
  if (c.last - c.first === 1 && lex.givenNames.has(c.text)) {
    const firstNamed = registry.drafts.filter(
      (d) => d.kind === 'person' && d.name.startsWith(`${c.text} `),
    )
    if (firstNamed.length === 1) return firstNamed[0]
  }
  // A capitalised common word ("May", "Young") is no surname: it is a function word, or the text also uses it in lower case.
  const common =
    c.last - c.first === 1 &&
    (lex.functionWords.has(c.text.toLowerCase()) || usedInLowerCase(doc, c.text))
  const published = doc.published
  // Someone who takes office years after the article is not whom it names by surname.
  const terms = common
    ? []
    : lex.officeHolders.termsOf(c.text).filter((t) => !startsLong(t.from, published))
  if (terms.length) {
    // The holder closest in time to the article, when one surname fits several.
    const best = [...terms].sort((a, b) => distance(a, published) - distance(b, published))[0]
    if (best) {
      const d =
        registry.find(best.name, 'person') ?? registry.create(best.name, 'person', best.country)
      d.lexiconName = best.name
      d.confidence = 2
      d.sector ??= best.sector
      return d
    }
  }
  const words = doc.tokens.slice(c.first, c.last)
  const mid = !c.sentenceInitial
  if (mid && c.role) return registry.create(c.text, 'person', null)
  // "the West African state": a region's adjective before a noun that is also a speech verb.
  if (lex.regions.has(c.text)) return undefined
  if (mid && words.length > 1 && nextIsSpeechCue(c, doc, lex))
    return registry.create(c.text, 'person', null)
  return undefined
}

const lowerWords = new WeakMap<Doc, Set<string>>()

function usedInLowerCase(doc: Doc, word: string): boolean {
  let words = lowerWords.get(doc)
  if (!words) {
    words = new Set(doc.tokens.filter((t) => !t.upper).map((t) => t.text))
    lowerWords.set(doc, words)
  }
  const lower = word.toLowerCase()
  return lower !== word && words.has(lower)
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000

/** A term that begins more than a year after `date`. */
export function startsLong(from: string, date: string): boolean {
  const start = Date.parse(from.length === 7 ? `${from}-01` : from)
  return start - Date.parse(date.slice(0, 10)) > YEAR_MS
}

function distance(term: { from: string; to: string | null }, date: string): number {
  const d = Date.parse(date.slice(0, 10))
  const from = Date.parse(term.from.length === 7 ? `${term.from}-01` : term.from)
  const to = term.to
    ? Date.parse(term.to.length === 7 ? `${term.to}-28` : term.to)
    : Number.POSITIVE_INFINITY
  if (d >= from && d <= to) return 0
  return Math.min(Math.abs(d - from), Math.abs(d - to))
}

export type { Token }
