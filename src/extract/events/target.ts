import type { Sentence, Token } from '../../doc/index.js'
import type { EventWordType } from '../../lexicon/index.js'
import type { ActorMention } from './actors.js'
import { CLAUSE_PUNCT, type Reader } from './reader.js'
import type { Trigger } from './triggers.js'

/** How far (in tokens) a target may sit from its trigger. */
const TARGET_WINDOW = 10

/** The target in the slot the pattern names: the direct object, the actor after the fixed words, or after "to". */
export function findTarget(r: Reader, s: Sentence, t: Trigger): ActorMention | undefined {
  const mode = t.pattern.target
  if (mode === 'none') return undefined
  if (mode === 'to') return afterWord(r, s, t.targetFrom, 'recipient')
  const { doc, words, actors } = r
  const end = Math.min(s.endToken, t.targetFrom + TARGET_WINDOW)
  for (let k = t.targetFrom; k < end; k++) {
    const tok = doc.tokens[k] as Token
    if (CLAUSE_PUNCT.test(tok.text) || words.is('clause-break', tok.text)) return undefined
    if (tok.text === ',' && k > t.targetFrom) return undefined
    const a = actors.at(k)
    if (!a) continue
    // The direct object comes before any preposition: "the war against gangs in El Salvador" has none.
    if (mode === 'object' && hasPrepositionBetween(r, t.targetFrom, a.first)) return undefined
    return a
  }
  return undefined
}

function hasPrepositionBetween(r: Reader, from: number, to: number): boolean {
  const { doc, words } = r
  for (let k = from; k < to; k++) {
    const w = (doc.tokens[k] as Token).text
    if (!words.is('preposition', w)) continue
    // "the government of Mexico" still names Mexico.
    if (words.is('genitive', w) && words.is('governing-head', doc.tokens[k - 1]?.text)) continue
    // Spanish marks a personal direct object with "a": "criticó a México".
    if (words.is('object-marker', w) && k === from) continue
    return true
  }
  return false
}

/** The first actor after a word of `type` ("to", "by") within the target window. */
export function afterWord(
  r: Reader,
  s: Sentence,
  from: number,
  type: EventWordType,
): ActorMention | undefined {
  const { doc, words, actors } = r
  for (let k = from; k < Math.min(s.endToken, from + TARGET_WINDOW); k++) {
    if (!words.is(type, (doc.tokens[k] as Token).text)) continue
    for (let j = k + 1; j < Math.min(s.endToken, k + 6); j++) {
      const a = actors.at(j)
      if (a) return a
    }
  }
  return undefined
}

/**
 * "signed an agreement … in which he committed to Trump": when the pattern's own
 * slot is empty, the first actor after a later "with" or "to" in the clause.
 */
export function laterPartner(r: Reader, s: Sentence, t: Trigger): ActorMention | undefined {
  if (t.pattern.target !== 'none' && t.pattern.target !== 'object') return undefined
  const { doc, words, actors } = r
  const end = Math.min(s.endToken, t.last + 16)
  for (let k = t.last + 1; k < end; k++) {
    const w = (doc.tokens[k] as Token).text
    if (/^[;:.]$/.test(w)) return undefined
    if (!words.is('partner', w)) continue
    const a = actors.at(k + 1) ?? actors.at(k + 2)
    if (a && a.place !== 'other') return a
  }
  return undefined
}

/** "warned that …", "agreed," : a reporting verb, not an act on someone. */
export function hasNoObject(r: Reader, t: Trigger): boolean {
  if (t.pattern.target === 'none' || t.pattern.noun) return false
  const next = r.doc.tokens[t.last + 1]
  return !next || /^[,.;:!?]$/.test(next.text) || r.words.is('complementizer', next.text)
}
