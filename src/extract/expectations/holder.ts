import {
  countStartingBefore,
  type Doc,
  type Quote,
  type Sentence,
  type Token,
} from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import type { Found } from './cues.js'
import type { Lookup } from './lookup.js'

/** Who holds an expectation: an entity, a group word ("analysts"), or nobody (the article). */
export interface Holder {
  readonly id: string | null
  readonly name: string | null
}

export const NOBODY: Holder = { id: null, name: null }

/** How many words may stand between a subject and its verb: "She now expects". */
const SUBJECT_GAP = 2

/**
 * The subject of a verb of expecting ("She expects …", "Analysts expect …"), or
 * null when there is none or it is the speaker ("I expect"), whom the quote names.
 */
export function subjectHolder(doc: Doc, lex: Lexicon, look: Lookup, verb: Found): Holder | null {
  for (let k = verb.first - 1; k >= Math.max(0, verb.first - 1 - SUBJECT_GAP); k--) {
    const t = doc.tokens[k] as Token
    if (!t.word) return null
    const m = look.mentionEndingAt(t.end)
    const e = m && look.entity(m.entity)
    // "El plan acordado entre Venezuela y Rusia prevé": a name in a phrase is not the subject.
    if (m && inPhrase(doc, lex, look, m.start)) return null
    if (e && e.kind !== 'location') return { id: e.id, name: e.name }
    if (lex.groupWords.has(t.lower)) return { id: null, name: t.lower }
    if (lex.pronouns.has(t.lower)) return null
  }
  return null
}

/** A preposition governs the name at `start`, maybe through names joined to it ("entre Venezuela y Rusia"). */
function inPhrase(doc: Doc, lex: Lexicon, look: Lookup, start: number): boolean {
  let k = countStartingBefore(doc.tokens, start) - 1
  for (;;) {
    const t = doc.tokens[k]
    if (!t) return false
    if (lex.eventWords.isLower('preposition', t.lower)) return true
    if (!lex.eventWords.isLower('coordinator', t.lower) && t.text !== ',') return false
    const before = doc.tokens[k - 1]
    const joined = before && look.mentionEndingAt(before.end)
    if (!joined) return false
    k = countStartingBefore(doc.tokens, joined.start) - 1
  }
}

/**
 * The speaker of the quote the statement stands in. A quote with no cue goes on
 * with `voice`, the holder met last in the paragraph; an unattributed one with the
 * last speaker of its paragraph or the one before.
 */
export function quoteHolder(
  look: Lookup,
  start: number,
  end: number,
  voice: Holder | null,
): Holder | null {
  const q = look.quotes.first(start + 1, start) ?? look.spoken.first(end - 1, start)
  if (!q) return null
  // A quotation with no cue of its own goes on with the voice of the paragraph.
  if (!q.cue && voice?.name) return voice
  if (q.speakerName) return { id: q.speaker, name: q.speakerName }
  // The last speaker's quote that ends before it, in its paragraph or the one before.
  const paragraph = look.paragraphAt(q.start)
  const spoken = look.spoken.items
  for (let i = countStartingBefore(spoken, q.start + 1) - 1; i >= 0; i--) {
    const x = spoken[i] as Quote
    const p = look.paragraphAt(x.start)
    if (p >= 0 && paragraph - p > 1) break
    if (x.end <= q.start && paragraph - p <= 1) return { id: x.speaker, name: x.speakerName }
  }
  return null
}

/** How far after "according to" its source may stand: "según los analistas consultados". */
const SOURCE_GAP = 3

/**
 * The source an opening "according to" or "según" names before the statement,
 * when the quotes layer has not attributed it: a person, an organisation or a group.
 */
export function sourceHolder(
  doc: Doc,
  lex: Lexicon,
  look: Lookup,
  from: number,
  to: number,
): Holder | null {
  for (let k = from; k < to; k++) {
    const m = lex.speechCues.longestLower(doc.tokens, k)
    if (!m?.values.some((v) => v.type === 'prep')) continue
    for (let j = k + m.length; j < Math.min(to, k + m.length + SOURCE_GAP); j++) {
      const holder = groupOrEntity(lex, look, doc.tokens[j] as Token)
      if (holder) return holder
    }
  }
  return null
}

/** The speaker a quote earlier in the sentence names: "Experts agree that …, but warn that …". */
export function sentenceSpeaker(look: Lookup, s: Sentence, start: number): Holder | null {
  const spoken = look.spoken.items
  const i = countStartingBefore(spoken, start) - 1
  const q = spoken[i]
  return q && q.start >= s.start ? { id: q.speaker, name: q.speakerName } : null
}

/** How long a trailing attribution may be: ", the foreign ministry said in a statement". */
const TRAILER = 8

/**
 * A trailing attribution the quotes layer left out: "…, officials said.",
 * "…, dijo el canciller." — after the sentence's last comma, a verb of saying and
 * a person, organisation or group. `comma` is where the statement ends.
 */
export function trailer(
  doc: Doc,
  lex: Lexicon,
  look: Lookup,
  s: Sentence,
  after: number,
): { comma: number; holder: Holder } | null {
  let comma = -1
  for (let k = s.endToken - 1; k > after && k >= s.endToken - TRAILER - 1; k--)
    if (doc.tokens[k]?.text === ',') {
      comma = k
      break
    }
  if (comma < 0) return null
  let said = false
  let holder: Holder | null = null
  for (let j = comma + 1; j < s.endToken; j++) {
    if (lex.speechCues.longestLower(doc.tokens, j)?.values.some((v) => v.type === 'verb'))
      said = true
    holder ??= groupOrEntity(lex, look, doc.tokens[j] as Token)
  }
  return said && holder ? { comma, holder } : null
}

function groupOrEntity(lex: Lexicon, look: Lookup, t: Token): Holder | null {
  if (lex.groupWords.has(t.lower)) return { id: null, name: t.lower }
  const mention = look.mentionStartingAt(t.start)
  const e = mention && look.entity(mention.entity)
  return e && e.kind !== 'location' && e.kind !== 'country' ? { id: e.id, name: e.name } : null
}

/**
 * A verb of saying in the sentence, besides the modal ("expects" is both): someone
 * speaks whom the quotes layer may not name.
 */
export function speaks(doc: Doc, lex: Lexicon, s: Sentence, cues: readonly Found[]): boolean {
  for (let k = s.firstToken; k < s.endToken; k++) {
    if (cues.some((c) => c.cue.type === 'modal' && c.first <= k && k < c.first + c.length)) continue
    if (lex.speechCues.longestLower(doc.tokens, k)?.values.some((v) => v.type === 'verb'))
      return true
  }
  return false
}
