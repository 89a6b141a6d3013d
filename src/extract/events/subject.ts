import type { Sentence, Token } from '../../doc/index.js'
import type { ActorMention } from './actors.js'
import { CLAUSE_PUNCT, type Reader } from './reader.js'

/** A subject, with the other conjunct when it is coordinated ("Guatemala and the United States signed"). */
export type Subject = ActorMention & { partner?: ActorMention }

/** How far back (in tokens) a coordinator may sit before an apposed second conjunct. */
const APPOSITION_REACH = 9

/**
 * The nearest actor to the left that is not the object of a preposition; "X and Y did" gives X
 * with Y, unless the verb is singular ("Vieira, y Milei ha criticado").
 */
export function subjectBefore(
  r: Reader,
  s: Sentence,
  from: number,
  singular = false,
): Subject | undefined {
  const { doc, words, actors } = r
  let phrase = false
  for (let k = from - 1; k >= s.firstToken; k--) {
    const w = (doc.tokens[k] as Token).lower
    // "The United States, which does not recognize Maduro, has warned": past the relative clause.
    if (w === ',') {
      const open = relativeClauseOpening(r, s, k)
      if (open !== undefined) {
        k = open
        continue
      }
    }
    // "acordaron que sus equipos se reunirán": the clause has its own subject, not one we code.
    if (words.isLower('complementizer', w) && phrase) return undefined
    const dated = r.dated[k] || r.dated[k + 1]
    const opens = words.isLower('determiner', w) || words.isLower('possessive', w)
    if (opens && !dated && !words.isLower('preposition', doc.tokens[k - 1]?.lower)) phrase = true
    // "ambos mandatarios acordaron", "the two leaders agreed": the pair named before.
    const pair = words.endingAt('reciprocal', doc.tokens, k, s.firstToken)
    if (pair && !inPhrase(r, k - pair + 1, s)) {
      const both = lastPair(r, k - pair + 1, k)
      if (both) return both
    }
    const a = actors.at(k)
    if (!a) continue
    k = a.first
    if (!canAct(r, a, s)) continue
    if (singular) return a
    const both = coordinated(r, a, s)
    // "habló con Sheinbaum y Carney": the second conjunct shares the first one's preposition.
    if (both === null) continue
    return both ?? a
  }
  return undefined
}

/** "anunció el gobierno mexicano", "se reunieron en Brasilia Lula y Boric": a subject after the verb. */
export function subjectAfter(r: Reader, s: Sentence, from: number): Subject | undefined {
  const { doc, words, actors } = r
  for (let k = from; k < Math.min(s.endToken, from + 8); k++) {
    const w = (doc.tokens[k] as Token).text
    if (CLAUSE_PUNCT.test(w) || w === ',' || words.is('clause-break', w)) return undefined
    const a = actors.at(k)
    if (!a) continue
    if (canAct(r, a, s)) {
      const next = actors.at(a.last + 2)
      const joined = words.is('coordinator', doc.tokens[a.last + 1]?.text) && next
      return joined && next.draft.kind === a.draft.kind ? { ...a, partner: next } : a
    }
    k = a.last
  }
  return undefined
}

/** The subject a sentence opens with: whoever a following clause without one continues with. */
export function openingSubject(r: Reader, s: Sentence, from = s.firstToken): Subject | undefined {
  for (let k = from; k < s.endToken; k++) {
    const a = r.actors.at(k)
    if (!a || a.pending) continue
    if (canAct(r, a, s)) return a
    k = a.last
  }
  return undefined
}

/** How many tokens a relative clause between commas may hold. */
const RELATIVE_CLAUSE_REACH = 30

/** The comma that opens a relative clause closed by the comma at `close`, if one does. */
function relativeClauseOpening(r: Reader, s: Sentence, close: number): number | undefined {
  const floor = Math.max(s.firstToken, close - RELATIVE_CLAUSE_REACH)
  for (let k = close - 1; k > floor; k--) {
    const w = (r.doc.tokens[k] as Token).text
    if (CLAUSE_PUNCT.test(w)) return undefined
    if (w !== ',') continue
    return r.words.isLower('relative', r.doc.tokens[k + 1]?.lower) ? k : undefined
  }
  return undefined
}

function canAct(r: Reader, a: ActorMention, s: Sentence): boolean {
  if (a.place === 'other') return false
  // "his support": a possessive names no one who acts.
  if (r.words.is('possessive', r.doc.text.slice(a.start, a.end))) return false
  if (r.words.is('possessive-marker', r.doc.tokens[a.first - 1]?.text)) return false
  return !inPhrase(r, a.first, s) || governs(r, a.first)
}

/** Whether a preposition governs the noun phrase that starts at `first` ("con la República…"). */
function inPhrase(r: Reader, first: number, s: Sentence): boolean {
  const k = beforeDeterminers(r, first)
  if (k < s.firstToken || k >= first) return false
  return r.words.is('preposition', r.doc.tokens[k]?.text)
}

/** The token before `first` and any determiners or numbers in front of it. */
function beforeDeterminers(r: Reader, first: number): number {
  let k = first - 1
  while (k >= 0) {
    const t = r.doc.tokens[k] as Token
    if (
      !r.words.isLower('determiner', t.lower) &&
      !r.words.isLower('quantity', t.lower) &&
      !/^\d/.test(t.text)
    )
      break
    k--
  }
  return k
}

/** "the government of Ecuador" / "el gobierno de Ecuador": the actor at `first` speaks for its country. */
export function governs(r: Reader, first: number): boolean {
  const k = beforeDeterminers(r, first)
  const prev = r.doc.tokens[k] as Token | undefined
  const head = r.doc.tokens[k - 1] as Token | undefined
  return r.words.is('genitive', prev?.text) && r.words.is('governing-head', head?.text)
}

/**
 * "Trump and Barr created" → Trump, with Barr; so too with appositions:
 * "el presidente de Chile, Gabriel Boric, y su homóloga de Perú, Dina Boluarte, firmaron".
 */
function coordinated(r: Reader, a: ActorMention, s: Sentence): Subject | null | undefined {
  const { doc, words, actors } = r
  let c = beforeDeterminers(r, a.first)
  if (doc.tokens[c]?.text === ',') {
    const floor = Math.max(s.firstToken, a.first - APPOSITION_REACH)
    for (c = a.first - 2; c > floor; c--) {
      const w = (doc.tokens[c] as Token).text
      if (words.is('coordinator', w)) break
      if (CLAUSE_PUNCT.test(w) || words.is('clause-break', w)) return undefined
      const other = actors.at(c)
      if (other && other !== a && canAct(r, other, s)) return undefined
    }
  }
  if (!words.is('coordinator', doc.tokens[c]?.text)) return undefined
  const before = doc.tokens[c - 1]?.text === ',' ? c - 2 : c - 1
  let left = actors.at(before)
  if (!left || left.pending) return undefined
  if (!canAct(r, left, s)) return null
  if (left.draft.kind !== a.draft.kind) return undefined
  // "Cyprus, Greece and Israel met": a list leads with its first, the second its partner.
  let partner = a
  for (;;) {
    const comma = beforeDeterminers(r, left.first)
    const earlier = doc.tokens[comma]?.text === ',' ? actors.at(comma - 1) : undefined
    if (!earlier || earlier.pending || earlier.draft.kind !== a.draft.kind) break
    // "El presidente de El Salvador, Nayib Bukele, y …": an apposition names the same one.
    if (earlier.draft === left.draft || earlier.draft === a.draft) break
    if (!canAct(r, earlier, s)) break
    partner = left
    left = earlier
  }
  return { ...left, partner }
}

/**
 * The last two countries whose actors were named before `at` (this sentence and the three
 * before), the one named first leading; places named as where something happened don't count.
 */
function lastPair(r: Reader, at: number, end: number): Subject | undefined {
  const { tokens, sentences } = r.doc
  const here = (tokens[at] as Token).sentence
  const floor = sentences[Math.max(0, here - 3)]?.firstToken ?? 0
  const seen: ActorMention[] = []
  for (let k = at - 1; k >= floor; k--) {
    const a = r.actors.at(k)
    if (!a) continue
    k = a.first
    if (a.pending || !a.draft.country || a.place === 'other') continue
    const s = sentences[(tokens[k] as Token).sentence] as Sentence
    if (a.place && inPhrase(r, a.first, s)) continue
    // "Bukele y Trump se reunieron … los dos gobiernos": the pair as it was named.
    const both = !seen.length ? coordinated(r, a, s) : undefined
    if (both?.partner && both.draft.country !== both.partner.draft.country)
      return pairAt(r, both, both.partner, at, end)
    const other = seen.find((x) => x.draft.country === a.draft.country)
    if (other) seen[seen.indexOf(other)] = a
    else if (seen.length < 2) seen.push(a)
    else break
  }
  const [second, first] = seen
  if (!first || !second) return undefined
  return first.start < second.start
    ? pairAt(r, first, second, at, end)
    : pairAt(r, second, first, at, end)
}

/** The pair acts where "ambos" stands, not where its members were named. */
function pairAt(
  r: Reader,
  lead: ActorMention,
  other: ActorMention,
  at: number,
  end: number,
): Subject {
  const span = {
    start: (r.doc.tokens[at] as Token).start,
    end: (r.doc.tokens[end] as Token).end,
    first: at,
    last: end,
  }
  return { ...lead, ...span, partner: { ...other, ...span } }
}
