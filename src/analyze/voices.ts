import { LANGS, loadLexicon } from '../lexicon/index.js'
import type { StoredExpectation, StoredQuote, StoredRole } from '../store/index.js'
import { roleList } from './roles.js'
import type { Polarity, Voice } from './types.js'

let stanceWords: Map<string, 1 | -1> | undefined

/** Stance words of every language dyad reads: a quote's language is not stored with it. */
function stance(): Map<string, 1 | -1> {
  if (!stanceWords) {
    stanceWords = new Map()
    for (const lang of LANGS) for (const [w, p] of loadLexicon(lang).stance) stanceWords.set(w, p)
  }
  return stanceWords
}

/** Positive minus negative stance words in a text. */
export function stanceScore(text: string): number {
  let score = 0
  for (const w of text.toLowerCase().match(/[\p{L}-]+/gu) ?? []) score += stance().get(w) ?? 0
  return score
}

/** Rows kept by a cache are scored once, however many briefs they serve. */
const scored = new WeakMap<StoredQuote, number>()

function quoteStance(q: StoredQuote): number {
  let s = scored.get(q)
  if (s === undefined) {
    s = stanceScore(q.evidence.text)
    scored.set(q, s)
  }
  return s
}

/**
 * The voices of a relationship: who is quoted about it, in what role, and which way
 * they lean — by the expectations they hold, else by the tone of their words. Voices
 * and their quotes come most salient first (`salience`: how directly, then by whom),
 * then by how often they speak.
 */
export function buildVoices(
  quotes: readonly StoredQuote[],
  expectations: readonly StoredExpectation[],
  rolesOf: ReadonlyMap<number, StoredRole[]>,
  countryOf: ReadonlyMap<number, string | null>,
  salience: ReadonlyMap<StoredQuote | StoredExpectation, number> = new Map(),
): Voice[] {
  const score = (q: StoredQuote) => salience.get(q) ?? 0
  // A speaker is its actor id, else its name.
  const bySpeaker = new Map<number | string, StoredQuote[]>()
  for (const q of quotes) {
    if (!q.speakerName) continue
    const key = q.speaker ?? q.speakerName
    const list = bySpeaker.get(key)
    if (list) list.push(q)
    else bySpeaker.set(key, [q])
  }
  const heldById = new Map<number, StoredExpectation[]>()
  const heldByName = new Map<string, StoredExpectation[]>()
  for (const x of expectations) {
    if (x.holder !== null) push(heldById, x.holder, x)
    if (x.holderName !== null) push(heldByName, x.holderName, x)
  }
  const voices: (Voice & { salience: number })[] = []
  for (const unordered of bySpeaker.values()) {
    const qs = [...unordered].sort((x, y) => score(y) - score(x) || recency(x, y))
    const first = qs[0] as StoredQuote
    const id = first.speaker
    const held =
      (id === null ? heldByName.get(first.speakerName as string) : heldById.get(id)) ?? []
    const { role, affiliation } = describeRoles(id === null ? [] : (rolesOf.get(id) ?? []))
    voices.push({
      name: first.speakerName as string,
      entity: id,
      role,
      affiliation,
      country: id === null ? null : (countryOf.get(id) ?? null),
      stance: leaning(held, qs),
      quotes: qs.map((q) => ({ kind: q.kind, topics: q.topics, evidence: q.evidence })),
      salience: score(first),
    })
  }
  return voices
    .sort(
      (a, b) =>
        b.salience - a.salience ||
        b.quotes.length - a.quotes.length ||
        collator.compare(a.name, b.name),
    )
    .map(({ salience: _s, ...voice }) => voice)
}

/** The later publication first. */
const recency = (x: StoredQuote, y: StoredQuote): number =>
  x.evidence.published < y.evidence.published
    ? 1
    : x.evidence.published > y.evidence.published
      ? -1
      : 0

/** `localeCompare` without its cost per call. */
const collator = new Intl.Collator()

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function leaning(
  held: readonly StoredExpectation[],
  quotes: readonly StoredQuote[],
): Voice['stance'] {
  let pos = held.filter((x) => x.polarity === 'positive').length
  let neg = held.filter((x) => x.polarity === 'negative').length
  if (!pos && !neg) {
    for (const q of quotes) {
      const s = quoteStance(q)
      if (s > 0) pos++
      else if (s < 0) neg++
    }
  }
  if (!pos && !neg) return 'neutral'
  const stance: Polarity = pos && neg ? 'mixed' : pos ? 'positive' : 'negative'
  return stance
}

/**
 * Roles read from the text first ("historian", "professor emeritus" at "Fordham
 * University"), cleaned of words that are not part of the title and deduplicated.
 */
function describeRoles(roles: readonly StoredRole[]): {
  role: string | null
  affiliation: string | null
} {
  const fromText = roles.filter((r) => r.via === 'text')
  const chosen = fromText.length ? fromText : roles.slice(0, 1)
  const titles = roleList(chosen.map((r) => r.title))
  const affiliation = chosen.find((r) => r.of && !/^[A-Z]{3}$/.test(r.of))?.of ?? null
  return { role: titles.length ? titles.join(', ') : null, affiliation }
}
