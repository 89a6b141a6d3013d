import type { Doc } from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import type { EntityLayer } from '../entities/index.js'
import type { Holder } from './holder.js'

export type Turn = 'answer' | 'question'

/** An interview's turns by paragraph ("R." answers, "P." asks) and the interviewee who answers. */
export interface Interview {
  readonly turns: ReadonlyMap<number, Turn>
  readonly interviewee: Holder | null
}

/**
 * The turns of an interview, and its interviewee: the person the introduction,
 * before the first answer, names most often. Plain prose has no turns.
 */
export function interviewOf(doc: Doc, lex: Lexicon, entities: EntityLayer): Interview {
  const turns = new Map<number, Turn>()
  let intro = doc.text.length
  let paragraph = -1
  for (const s of doc.sentences) {
    if (s.paragraph === paragraph) continue
    paragraph = s.paragraph
    const m = lex.expectationCues.longestLower(doc.tokens, s.firstToken)
    const turn = m?.values.find((c) => c.type === 'turn')?.value as Turn | undefined
    if (!turn) continue
    turns.set(s.paragraph, turn)
    if (turn === 'answer') intro = Math.min(intro, s.start)
  }
  if (![...turns.values()].includes('answer')) return { turns, interviewee: null }
  return { turns, interviewee: mostNamedBefore(entities, intro) }
}

function mostNamedBefore(entities: EntityLayer, offset: number): Holder | null {
  const counts = new Map<string, number>()
  for (const x of entities.mentions)
    if (x.start < offset) counts.set(x.entity, (counts.get(x.entity) ?? 0) + 1)
  const people = entities.entities.filter((e) => e.kind === 'person' && counts.has(e.id))
  const top = people.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))[0]
  return top ? { id: top.id, name: top.name } : null
}
