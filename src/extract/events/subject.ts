import type { Sentence, Token } from '../../doc/index.js'
import type { ActorMention } from './actors.js'
import type { Reader } from './reader.js'

/** A subject, with the other conjunct when it is coordinated ("Guatemala and the United States signed"). */
export type Subject = ActorMention & { partner?: ActorMention }

/** The nearest actor to the left that is not the object of a preposition; "X and Y did" gives X. */
export function subjectBefore(r: Reader, s: Sentence, from: number): Subject | undefined {
  const { doc, words, actors } = r
  for (let k = from - 1; k >= s.firstToken; k--) {
    const a = actors.at(k)
    if (!a) continue
    k = a.first
    if (a.place === 'other') continue
    // "his support": a possessive names no one who acts.
    if (words.is('possessive', doc.text.slice(a.start, a.end))) continue
    const prev = doc.tokens[a.first - 1]
    if (
      prev &&
      a.first > s.firstToken &&
      words.is('preposition', prev.text) &&
      !governs(r, a.first)
    )
      continue
    if (words.is('possessive-marker', prev?.text)) continue
    // Coordination: "Trump and Barr created" → the first conjunct leads.
    if (prev && words.is('coordinator', prev.text)) {
      const left = actors.at(a.first - 2)
      if (left && left.draft.kind === a.draft.kind) return { ...left, partner: a }
    }
    return a
  }
  return undefined
}

/** "the government of Ecuador" / "el gobierno de Ecuador": the actor at `first` speaks for its country. */
export function governs(r: Reader, first: number): boolean {
  const prev = r.doc.tokens[first - 1] as Token | undefined
  const head = r.doc.tokens[first - 2] as Token | undefined
  return r.words.is('genitive', prev?.text) && r.words.is('governing-head', head?.text)
}
