import type { Doc, EntityKind, Token } from '../../doc/index.js'
import type { GazetteerEntry, Lexicon } from '../../lexicon/index.js'
import { type Candidate, isNamey, singular, TIME_PREFIX } from './candidates.js'

export type Guess =
  | {
      type: 'entity'
      kind: EntityKind
      name: string
      country: string | null
      sector: string | null
      lexicon: GazetteerEntry | null
      /** 2 lexicon, 1 strong cue, 0 weak */
      confidence: number
    }
  | { type: 'demonym'; country: string }
  | { type: 'unknown' }

/** What a candidate name most likely is, from the gazetteer, head words and context. */
export function classify(c: Candidate, doc: Doc, lex: Lexicon): Guess {
  const { tokens } = doc
  const length = c.last - c.first
  const gaz = lex.gazetteer.longest(tokens, c.first)
  // "la Guardia Nacional" in 2018 is no body founded in 2019.
  const current = gaz?.values.filter((v) => standing(v, doc.published)) ?? []
  if (gaz && gaz.length === length && current.length) {
    const entry = pickEntry(current, doc, lex)
    return {
      type: 'entity',
      kind: entry.kind,
      name: entry.name,
      country: entry.country,
      sector: entry.sector,
      lexicon: entry,
      confidence: 2,
    }
  }
  // "Donald Trump Jr.": a known person's name plus a generational suffix is the son, not the father.
  if (
    gaz &&
    gaz.length === length - 1 &&
    /^(Jr|Sr|II|III|IV)\.?$/.test((tokens[c.last - 1] as Token).text) &&
    gaz.values.some((v) => v.kind === 'person')
  ) {
    const father = gaz.values.find((v) => v.kind === 'person') as GazetteerEntry
    return {
      type: 'entity',
      kind: 'person',
      name: c.text,
      country: father.country,
      sector: null,
      lexicon: null,
      confidence: 1,
    }
  }
  if (length === 1) {
    const demonym = lex.demonyms.get(c.text.replace(TIME_PREFIX, ''))
    if (demonym) return { type: 'demonym', country: demonym }
  }
  const words = tokens.slice(c.first, c.last)
  const head = orgHead(words, lex)
  if (head)
    return cued(head, c.text.replace(/^(The|El|La|Los|Las) /, ''), countryWithin(c, tokens, lex))
  // "the airline Mahan Air", "el diario El País": a common noun before the name says what it is.
  if (lex.orgDescriptors.has(tokens[c.first - 1]?.lower ?? ''))
    return cued('organization', c.text, null)
  const acronym = length === 1 && /^\p{Lu}[\p{Lu}\d-]+$/u.test(c.text)
  if (!acronym && isPersonContext(c, doc, lex))
    return cued('person', c.text, nationalityBefore(c, doc, lex))
  if (acronym && nextIsSpeechCue(c, doc, lex)) return cued('organization', c.text, null)
  return { type: 'unknown' }
}

/** A guess from a strong cue (a head word, a descriptor, a person's context), not the gazetteer. */
function cued(kind: EntityKind, name: string, country: string | null): Guess {
  return { type: 'entity', kind, name, country, sector: null, lexicon: null, confidence: 1 }
}

/** "Departamento del Tesoro de Estados Unidos", "Banco de España": an institution of the country it names. */
function countryWithin(c: Candidate, tokens: readonly Token[], lex: Lexicon): string | null {
  for (let k = c.first + 1; k < c.last; k++) {
    if (!lex.eventWords.is('genitive', (tokens[k - 1] as Token).text)) continue
    const m = lex.gazetteer.longest(tokens, k)
    const country = m?.values.find((v) => v.kind === 'country')
    if (country && m && k + m.length === c.last) return country.country
  }
  return null
}

/** Whether a gazetteer entry stood for its name on `date` (`YYYY-MM-DD`). */
function standing(v: GazetteerEntry, date: string): boolean {
  return (
    (!v.from || v.from.slice(0, 7) <= date.slice(0, 7)) &&
    (!v.to || date.slice(0, 7) <= v.to.slice(0, 7))
  )
}

function pickEntry(values: readonly GazetteerEntry[], doc: Doc, lex: Lexicon): GazetteerEntry {
  const order = ['country', 'person', 'organization', 'capital', 'place', 'region'] as const
  // "Guadalajara" (Mexico's city, Spain's province): a name two countries share is the one
  // in the country the article names most.
  const named = values.length > 1 ? countriesNamed(doc, lex) : undefined
  const weight = (e: GazetteerEntry) => (e.country && named?.get(e.country)) || 0
  return [...values].sort(
    (a, b) => order.indexOf(a.source) - order.indexOf(b.source) || weight(b) - weight(a),
  )[0] as GazetteerEntry
}

const namedByDoc = new WeakMap<Doc, Map<string, number>>()

/** How often the article names each country: by its name, its capital or a demonym. */
function countriesNamed(doc: Doc, lex: Lexicon): Map<string, number> {
  const known = namedByDoc.get(doc)
  if (known) return known
  const counts = new Map<string, number>()
  const add = (code: string) => counts.set(code, (counts.get(code) ?? 0) + 1)
  const { tokens } = doc
  for (let i = 0; i < tokens.length; i++) {
    const demonym = lex.demonyms.get((tokens[i] as Token).text)
    if (demonym) add(demonym)
    const hit = lex.gazetteer.longest(tokens, i)
    const state = hit?.values.find((v) => v.source === 'country' || v.source === 'capital')
    if (!hit || !state?.country) continue
    add(state.country)
    i += hit.length - 1
  }
  namedByDoc.set(doc, counts)
  return counts
}

/** The kind that an organisation or place head word gives ("… University", "Department of …"). */
function orgHead(words: readonly Token[], lex: Lexicon): EntityKind | null {
  const first = words[0]
  const last = words[words.length - 1]
  for (const w of [last, first, ...words]) {
    if (!w) continue
    const exact = lex.orgWords.get(w.text)
    // A plural head word ("Departments") counts, but not after a given name: "Lucía Barrios" is a person.
    const o =
      exact ??
      (lex.givenNames.has(first?.text ?? '') ? undefined : lex.orgWords.get(singular(w.text)))
    if (!o) continue
    if (o.position === 'head' && w !== last && w !== first && words.length > 2) continue
    return o.kind
  }
  return null
}

/** Signals that a capitalised run names a person: a title before it, a given name, a speech verb or an appositive role after it. */
export function isPersonContext(c: Candidate, doc: Doc, lex: Lexicon): boolean {
  const { tokens } = doc
  const firstWord = tokens[c.first] as Token
  // "the West African state of Benin": a region's adjective, whatever follows it.
  if (lex.regions.has(c.text)) return false
  if (c.role?.title?.person !== false && c.role) return true
  if (c.last - c.first > 1 && lex.givenNames.has(firstWord.text)) return true
  if (c.last - c.first > 1 && roleBefore(c, doc, lex)) return true
  if (nextIsSpeechCue(c, doc, lex) && c.last - c.first > 1) return true
  if (appositiveRole(c, doc, lex) !== null) return true
  if (c.last - c.first > 1 && ageAfter(c, doc, lex)) return true
  return surnameRecurs(c, doc, lex)
}

/** "An Australian, Brenton Tarrant, …": a nationality set off before the name is the person's country. */
function nationalityBefore(c: Candidate, doc: Doc, lex: Lexicon): string | null {
  const { tokens } = doc
  const demonym = tokens[c.first - 2]
  if (tokens[c.first - 1]?.text !== ',' || !demonym) return null
  const opener = tokens[c.first - 3]
  const opens =
    !opener ||
    opener.sentence !== demonym.sentence ||
    lex.language.indefiniteDeterminers.includes(opener.lower)
  return opens ? (lex.demonyms.get(demonym.text) ?? null) : null
}

/** "Brenton Tarrant, aged 28,", "Ana Paz, de 45 años,": an age set off after the name is a person's. */
function ageAfter(c: Candidate, doc: Doc, lex: Lexicon): boolean {
  const { tokens } = doc
  const phrase = lex.language.agePhrase
  if (tokens[c.last]?.text !== ',') return false
  let k = c.last + 1
  if (phrase?.before.includes(tokens[k]?.lower ?? '')) k++
  if (!/^\d{1,3}$/.test(tokens[k]?.text ?? '')) return false
  k++
  if (phrase?.after.includes(tokens[k]?.lower ?? '')) k++
  return /^[,.;)]$/.test(tokens[k]?.text ?? '')
}

/**
 * "fronted by Ozzy Osbourne … Osbourne said": two or three capitalised words whose last one
 * the text goes on to use alone as a person's surname, after an honorific or before a
 * speech verb.
 */
function surnameRecurs(c: Candidate, doc: Doc, lex: Lexicon): boolean {
  const length = c.last - c.first
  if (length < 2 || length > 3 || c.sentenceInitial) return false
  const words = doc.tokens.slice(c.first, c.last)
  const plain = (t: Token) =>
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    !lex.functionWords.has(t.lower) &&
    !lex.demonyms.has(t.text) &&
    lex.gazetteer.get([t.text]).length === 0
  if (!words.every(plain)) return false
  return surnamesAlone(doc, lex).has((words[words.length - 1] as Token).text)
}

const surnames = new WeakMap<Doc, Set<string>>()

/** Capitalised words that stand alone where a surname would: "Mr Osbourne", "Osbourne said". */
function surnamesAlone(doc: Doc, lex: Lexicon): Set<string> {
  let found = surnames.get(doc)
  if (found) return found
  found = new Set()
  const { tokens } = doc
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token
    if (!t.upper || !t.word) continue
    const before = tokens[k - 1] as Token
    const honorific = lex.abbreviations.get(before.text) === 'title'
    if (!honorific && before.upper && before.sentence === t.sentence) continue
    if (honorific || speechVerbAt(tokens, k + 1, lex)) found.add(t.text)
  }
  surnames.set(doc, found)
  return found
}

/** A lower-case role right before the name: "historian Héctor Lindo Fuentes". */
export function roleBefore(
  c: Candidate,
  doc: Doc,
  lex: Lexicon,
): { start: number; end: number; first: number } | null {
  const { tokens } = doc
  const sentence = (tokens[c.first] as Token).sentence
  // "El secretario de Seguridad, Omar García Harfuch, explicó": a role, a comma and the name between commas.
  const comma = tokens[c.first - 1]?.text === ',' && tokens[c.last]?.text === ','
  const end = comma ? c.first - 1 : c.first
  const ends = [end]
  // "la ministra de Inclusión, Elma Saiz,": the role may name its body before the comma.
  if (comma) {
    let b = end
    while (
      b > 0 &&
      (isNamey(tokens[b - 1] as Token) || lex.particles.has(tokens[b - 1]?.text ?? ''))
    )
      b--
    if (b < end && /^(of|de|del)$/i.test(tokens[b]?.text ?? '')) ends.push(b)
  }
  for (const e of ends) {
    for (let k = e - 1; k >= Math.max(0, e - 4); k--) {
      const t = tokens[k] as Token
      if (t.sentence !== sentence || !t.word) break
      const m = lex.roles.longest(tokens, k, (w) => w.toLowerCase().replace(TIME_PREFIX, ''))
      if (m && k + m.length === e)
        return { start: t.start, end: (tokens[end - 1] as Token).end, first: k }
    }
  }
  return null
}

/** ", a specialist in … at …" or ", the Salvadoran president," right after a name. */
export function appositiveRole(
  c: Candidate,
  doc: Doc,
  lex: Lexicon,
): { first: number; length: number; stop: number } | null {
  const { tokens } = doc
  if ((tokens[c.last] as Token | undefined)?.text !== ',') return null
  const sentence = (tokens[c.first] as Token).sentence
  let k = c.last + 1
  const det = (tokens[k] as Token | undefined)?.text.toLowerCase()
  if (det && lex.functionWords.has(det) && /^(a|an|the|un|una|el|la|los|las)$/.test(det)) k++
  for (let n = 0; n < 5 && k + n < tokens.length; n++) {
    const t = tokens[k + n] as Token
    if (t.sentence !== sentence || !t.word) return null
    const m = lex.roles.longestLower(tokens, k + n)
    // "Trump, and according to analysts, …" is no appositive: only modifiers precede the title.
    if (!m && lex.functionWords.has(t.text.toLowerCase())) return null
    if (m) {
      let stop = k + n + m.length
      while (
        stop < tokens.length &&
        (tokens[stop] as Token).sentence === sentence &&
        !/^[,.;:)—–]$/.test((tokens[stop] as Token).text) &&
        // A lost closing comma: ", a Lufthansa spokesman told the BBC" ends at the verb.
        !speechVerbAt(tokens, stop, lex) &&
        stop - k < 18
      )
        stop++
      return { first: k + n, length: m.length, stop }
    }
  }
  return null
}

export function nextIsSpeechCue(c: Candidate, doc: Doc, lex: Lexicon): boolean {
  return speechVerbAfter(c, doc, lex) !== undefined
}

/** The token of the speech verb right after a name, past "also", "has" (none if there is none). */
export function speechVerbAfter(c: Candidate, doc: Doc, lex: Lexicon): number | undefined {
  const { tokens } = doc
  let k = c.last
  // "Campos also explained", "Musk has said"
  while (k < tokens.length && lex.speech.interposed.has((tokens[k] as Token).lower)) k++
  return speechVerbAt(tokens, k, lex) ? k : undefined
}

/** A speech verb (not "according to") starts at token `k`. */
function speechVerbAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  return !!lex.speechCues.longestLower(tokens, k)?.values.some((v) => v.type === 'verb')
}
