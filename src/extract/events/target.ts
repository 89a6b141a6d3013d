import type { Sentence, Token } from '../../doc/index.js'
import type { EventWordType } from '../../lexicon/index.js'
import type { ActorMention } from './actors.js'
import { CLAUSE_PUNCT, type Reader } from './reader.js'
import type { Trigger } from './triggers.js'

/** How far (in tokens) a target may sit from its trigger. */
const TARGET_WINDOW = 10

/**
 * The target in the slot the pattern names: the direct object, the actor after the fixed
 * words (also for `counterpart`, whose fallback is the article's other country), or after "to".
 */
export function findTarget(r: Reader, s: Sentence, t: Trigger): ActorMention | undefined {
  const mode = t.pattern.target
  if (mode === 'none') return undefined
  if (mode === 'to') return afterWord(r, s, t.targetFrom, 'recipient')
  if (mode === 'object') return directObject(r, s, t.targetFrom)
  const { doc, words, actors } = r
  const end = Math.min(s.endToken, t.targetFrom + TARGET_WINDOW)
  // "se reunió con X": X heads the slot; "rompió relaciones con X": one more phrase may open it.
  const then = t.pattern.then ?? []
  let phrases = words.is('preposition', then[then.length - 1]) ? 0 : 1
  for (let k = t.targetFrom; k < end; k++) {
    const tok = doc.tokens[k] as Token
    if (CLAUSE_PUNCT.test(tok.text) || words.is('clause-break', tok.text)) return undefined
    if (tok.text === ',' && k > t.targetFrom) return undefined
    const a = actors.at(k)
    if (a) return a
    // "llega a una final … desde Los Ángeles": a place in a later phrase is not the slot's.
    if (words.is('preposition', tok.text) && !words.is('genitive', tok.text) && phrases-- <= 0)
      return undefined
  }
  return undefined
}

/**
 * The actor the direct object names: the object itself ("criticó a México"), or its owner
 * ("la política exterior del gobierno brasileño"), past dates and adverbial phrases before it
 * ("agradeció en un comunicado la cooperación de …"), never one inside a phrase that follows
 * it ("the war against gangs in El Salvador").
 */
function directObject(r: Reader, s: Sentence, from: number): ActorMention | undefined {
  const { doc, words, actors } = r
  const end = Math.min(s.endToken, from + TARGET_WINDOW + 4)
  let started = false
  let adjunct = false
  // "met his Moroccan counterpart": the owner stands in only if the phrase names no one else.
  let owner: ActorMention | undefined
  for (let k = from; k < end; k++) {
    const w = (doc.tokens[k] as Token).text
    if (CLAUSE_PUNCT.test(w) || words.is('clause-break', w)) return owner
    if (w === ',' && k > from) return owner
    if (r.dated[k]) continue
    const a = actors.at(k)
    if (a && !adjunct && !owner && words.is('possessive', w)) {
      owner = a
      started = true
      continue
    }
    if (a) return adjunct ? owner : a
    const prev = doc.tokens[k - 1]?.text
    if (words.is('preposition', w)) {
      // Spanish marks a personal direct object with "a": "criticó a México".
      if (words.is('object-marker', w) && !started && !adjunct) continue
      // "la política del gobierno brasileño": the object's owner.
      if (words.is('genitive', w) && started && !adjunct) continue
      if (started) return owner
      adjunct = true
    } else if (words.is('determiner', w) && adjunct && !words.is('preposition', prev)) {
      // "en varias ocasiones | la política": a new noun phrase ends the adverbial one.
      adjunct = false
      started = true
    } else if (!adjunct) started = true
  }
  return owner
}

/** The first actor after a word of `type` ("to", "by") within the target window. */
export function afterWord(
  r: Reader,
  s: Sentence,
  from: number,
  type: EventWordType,
): ActorMention | undefined {
  const { doc, words } = r
  let person: ActorMention | undefined
  for (let k = from; k < Math.min(s.endToken, from + TARGET_WINDOW); k++) {
    const w = (doc.tokens[k] as Token).text
    if (!words.is(type, w)) continue
    const a = headOf(r, s, k + 1, type)
    if (!a) continue
    // "extraditará a Guzmán a Estados Unidos": Spanish "a" marks the person sent, then where to.
    if (type === 'recipient' && a.draft.kind === 'person' && words.is('object-marker', w)) {
      person ??= a
      k = a.last
      continue
    }
    return a
  }
  return person
}

/** The actor that heads the phrase starting at `from`, not one in a phrase inside it. */
function headOf(
  r: Reader,
  s: Sentence,
  from: number,
  type: EventWordType,
): ActorMention | undefined {
  const { doc, words, actors } = r
  for (let j = from; j < Math.min(s.endToken, from + 5); j++) {
    const a = actors.at(j)
    // "asesinados por narcos de Iguala": a place does not act.
    if (a && !(type === 'agent' && a.place === 'other')) return a
    // "por policías en Jalisco": the actor of a phrase inside the phrase is not its head.
    const w = (doc.tokens[j] as Token).text
    if (words.is('preposition', w) && !words.is('genitive', w)) return undefined
  }
  return undefined
}

/**
 * "signed an agreement … in which he committed to Trump": when the pattern's own
 * slot is empty, the first actor after a later "with" or "to" in the clause, before the next act.
 */
export function laterPartner(
  r: Reader,
  s: Sentence,
  t: Trigger,
  limit = s.endToken,
): ActorMention | undefined {
  if (t.pattern.target !== 'none' && t.pattern.target !== 'object') return undefined
  const { doc, words, actors } = r
  const end = Math.min(limit, t.last + 16)
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
  if (t.pattern.target === 'none' || t.pattern.noun || t.pattern.then?.length) return false
  // "le pidió que …": the clitic is the object, the clause what was asked.
  if (t.pattern.before?.some((w) => r.lex.pronouns.get(w)?.case === 'obj')) return false
  const next = r.doc.tokens[t.last + 1]
  return !next || /^[,.;:!?]$/.test(next.text) || r.words.is('complementizer', next.text)
}
