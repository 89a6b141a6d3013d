import type { Doc, Sentence } from '../../../doc/index.js'
import type { MultiwordRules } from '../../../lexicon/index.js'
import { type Annotator, parsedSentence } from '../../../syntax/layer.js'
import { ownerOf, type Side, type SideContext } from './sides.js'
import { Tree } from './tree.js'

/** What reading back through an article needs: its text and the parser. */
export interface Discourse {
  doc: Doc
  parser: Annotator
  multiword: MultiwordRules | undefined
}

/** How many sentences back a definite decision, plan or deal may find its first mention. */
const REACH = 12

/**
 * "He also commented on the Turkish-Libyan border agreement … he denounced the border
 * agreement again": a definite noun whose own sentence names no owner takes up the
 * nearest earlier mention of the same noun that does. Only sentences holding the word
 * are parsed, so the look back costs little.
 */
export function earlierOwner(
  d: Discourse,
  sides: SideContext,
  t: Tree,
  s: Sentence,
  noun: number,
): Side[] {
  if (!definite(t, noun)) return []
  const lemma = t.lemma(noun).toLowerCase()
  const form = t.word(noun).form.toLowerCase()
  const stop = Math.max(0, s.index - REACH)
  for (let i = s.index - 1; i >= stop; i--) {
    const before = d.doc.sentences[i] as Sentence
    if (!mentions(d.doc, before, form, lemma)) continue
    const earlier = new Tree(d.doc, parsedSentence(d.doc, before, d.parser, d.multiword))
    for (let w = earlier.words.length - 1; w >= 0; w--) {
      if (earlier.word(w).upos !== 'NOUN' || earlier.lemma(w).toLowerCase() !== lemma) continue
      const owners = ownerOf(sides, earlier, w)
      if (owners.length)
        return owners.map((o) => ({ ...o, start: t.word(noun).start, end: t.word(noun).end }))
    }
  }
  return []
}

/** "the agreement", "this plan": a noun with a definite or demonstrative determiner. */
const definite = (t: Tree, noun: number): boolean =>
  t
    .childrenBy(noun, 'det')
    .some((k) => t.feat(k, 'Definite') === 'Def' || t.feat(k, 'PronType') === 'Dem')

function mentions(doc: Doc, s: Sentence, form: string, lemma: string): boolean {
  for (let k = s.firstToken; k < s.endToken; k++) {
    const lower = doc.tokens[k]?.lower
    if (lower === form || lower === lemma) return true
  }
  return false
}
