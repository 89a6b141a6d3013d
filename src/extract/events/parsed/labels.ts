import type { EventWords, Lexicon } from '../../../lexicon/index.js'
import { isNegated } from './roles.js'
import { ownerOf, type Side, type SideContext, sideOf, withConjuncts } from './sides.js'
import type { Tree } from './tree.js'

/**
 * A labelling verb and the label it gives: "called the deal “lousy”", "branded Peru a
 * disgrace", "described the government as a threat", "tachó al régimen de «brutal»",
 * "calificó de ilegal la decisión". Quoted or not, a label that blames is criticism (CAMEO
 * 111) of what it labels, one that praises is praise (051).
 */
export interface Label {
  polarity: 1 | -1
  /** What is labelled: the verb's object, when the parse gives one. */
  labelled: number | undefined
  /** The head of the label's phrase. */
  phrase: number
  /** The first word of the label that praises or blames. */
  word: number
  /** Said of someone in a reported clause ("dijo que Schiff era culpable de traición"). */
  reported?: boolean
}

export function labelOf(lex: Lexicon, t: Tree, v: number, lemma: string): Label | undefined {
  const words = lex.eventWords
  if (!words.is('label-verb', t.word(v).form.toLowerCase()) && !words.is('label-verb', lemma))
    return undefined
  const marked = (k: number) => words.is('label-mark', t.caseOf(k) ?? markOf(t, k))
  const predicates = t
    .children(v)
    .filter((k) => t.rel(k) === 'xcomp' || (LABEL_RELS.has(t.rel(k)) && marked(k)))
  const labelled =
    t.child(v, 'obj', 'iobj') ??
    t.childrenBy(v, 'obl').find((k) => !predicates.includes(k) && !marked(k))
  // "tachó al régimen de «brutal»", "called the notion a “waste”", "called Ortega's deal
  // “lousy”": the parse may hang the label on what it labels, or on a word of its phrase.
  const hung = (head: number, depth: number): number[] =>
    t
      .children(head)
      .filter((k) => k > head && (HUNG_RELS.has(t.rel(k)) || (t.rel(k) === 'nmod' && marked(k))))
      .flatMap((k) => (depth > 1 ? [k, ...hung(k, depth - 1)] : [k]))
  if (labelled !== undefined) predicates.push(...hung(labelled, 2))
  for (const p of predicates) {
    // "called on Turkey to halt its illegal drilling": a clause is what is asked, no label.
    if (t.word(p).upos === 'VERB' || t.word(p).upos === 'AUX') continue
    const tone = toneOf(lex, t, p)
    if (tone) return { ...tone, labelled, phrase: p }
  }
  return undefined
}

/**
 * "señaló que el representante Schiff era culpable de traición", "said he was a victim of
 * persecution": a verb of saying whose clause gives someone a label that blames labels
 * that one, its subject; being a victim of something blamed is blame with no one named on
 * the other side.
 */
export function reportedLabel(lex: Lexicon, t: Tree, v: number): Label | undefined {
  for (const c of reportedClauses(lex.eventWords, t, v)) {
    if (t.child(c, 'cop') === undefined || t.word(c).upos === 'VERB') continue
    // Praise said of someone is mostly a player's or a colleague's; blame is the act.
    const tone = toneOf(lex, t, c)
    if (!tone || tone.polarity > 0 || isNegated(t, c, lex.eventWords)) continue
    const subject = t.child(c, 'nsubj')
    if (lex.eventWords.is('victim', t.word(c).form.toLowerCase()))
      return { polarity: -1, labelled: undefined, phrase: c, word: tone.word, reported: true }
    if (subject !== undefined) return { ...tone, labelled: subject, phrase: c, reported: true }
  }
  return undefined
}

/**
 * The clauses a verb of saying reports: its complements, and a clause a complementizer
 * ("que", "that") opens that the parse hung on the verb's prepositional phrase, as a
 * relative clause or a complement of the noun ("señaló por Twitter que era víctima de
 * abuso", "aseguró a los periodistas que …"; not "criticised by campaigners for putting …").
 */
export function reportedClauses(words: EventWords, t: Tree, v: number): number[] {
  const out = t.childrenBy(v, 'ccomp')
  for (const phrase of t.childrenBy(v, 'obl')) {
    if (t.child(phrase, 'case') === undefined) continue
    for (const c of t.childrenBy(phrase, 'acl', 'ccomp')) {
      const mark = t.child(c, 'mark')
      if (mark === undefined || t.word(mark).upos !== 'SCONJ') continue
      if (!words.is('complementizer', t.word(mark).form.toLowerCase())) continue
      // The complementizer opens the clause: nothing of it stands before.
      if (t.children(c).some((k) => k < mark)) continue
      if (t.children(c).some((k) => t.feat(k, 'PronType') === 'Rel')) continue
      out.push(c)
    }
  }
  return out
}

/** The sides a label falls on: what it labels, or whose that is ("May's deal"). */
export function labelTargets(sides: SideContext, t: Tree, v: number, label: Label): Side[] {
  const labelled = label.labelled === undefined ? undefined : antecedent(t, v, label.labelled)
  if (labelled !== undefined) {
    const named = withConjuncts(sides, t, labelled, 'target')
    // "dijo que la situación es grave": a reported label on no one is no act.
    if (label.reported) return named
    // A label is words: the verb's phrases say where and when they were said, not whose the thing is.
    return named.length ? named : ownerOf(sides, t, labelled, false)
  }
  if (label.reported) return []
  // A parse that found no object: the first side between the verb and its label.
  for (let k = v + 1; k < label.word; k++) {
    const side = sideOf(sides, t, k, 'target')
    if (side) return [side]
  }
  return []
}

/** Relations under which the parse hangs a label on what it labels. */
const HUNG_RELS = new Set(['appos', 'xcomp', 'list', 'discourse', 'dep'])

/** Relations under which a marked phrase may be the label ("as a threat", "de ilegal"). */
const LABEL_RELS = new Set(['obl', 'advcl', 'xcomp', 'nmod'])

function markOf(t: Tree, k: number): string | undefined {
  const mark = t.child(k, 'mark')
  return mark === undefined ? undefined : t.word(mark).form.toLowerCase()
}

/** Praise or blame in the label's words ("“null and void” and “ridiculous”"): the sum of their stance, by its sign. */
function toneOf(
  lex: Lexicon,
  t: Tree,
  head: number,
): { polarity: 1 | -1; word: number } | undefined {
  let total = 0
  let word = Number.POSITIVE_INFINITY
  for (const part of [head, ...t.childrenBy(head, 'conj')])
    for (const k of t.phrase(part)) {
      const stance = lex.stance.get(t.word(k).form.toLowerCase())
      if (!stance) continue
      total += stance
      word = Math.min(word, k)
    }
  return total ? { polarity: total > 0 ? 1 : -1, word } : undefined
}

/**
 * "commented on the agreement, calling it “null and void”": a pronoun labelled by a gerund
 * takes up what the clause it is adjoined to is about.
 */
function antecedent(t: Tree, v: number, labelled: number): number {
  if (t.word(labelled).upos !== 'PRON' || t.rel(v) !== 'advcl') return labelled
  const head = t.heads[v] as number
  return t.child(head, 'obj') ?? t.childrenBy(head, 'obl').find((k) => k < v) ?? labelled
}
