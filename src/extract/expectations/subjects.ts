import {
  countStartingBefore,
  type Doc,
  type Mention,
  type Sentence,
  type Token,
} from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import { datelineEnd } from '../../text/index.js'
import type { EntityLayer } from '../entities/index.js'

/** How close to the holder's name a country describes the holder. */
const NEAR = 30

/**
 * What an expectation is about: the countries its clause names, then those the rest of
 * its sentence names — but not the holder, nor what describes the holder ("French
 * economist Anne Dubois", "Holt, on a visit to Washington,"), nor the dateline. Only a
 * clause about relations ("ties will improve") with fewer than two takes the countries
 * the article names most.
 */
export function subjectsOf(
  doc: Doc,
  entities: EntityLayer,
  s: Sentence,
  clause: { start: number; end: number },
  holder: string | null,
  lex: Lexicon,
  index: SubjectIndex = subjectIndex(doc, entities),
): string[] {
  const { countryOf, dateline } = index
  const inSentence = mentionsWithin(entities.mentions, s)
  const holderAt = inSentence.filter((m) => m.entity === holder)
  // "French economist Anne Dubois", "Holt, on a visit to Washington,": words about the holder.
  const describesHolder = (m: { start: number; end: number }) =>
    holderAt.some((h) => {
      if (h.start >= m.end) {
        // Before the name, only lower-case words between: "French economist Anne Dubois".
        const gap = doc.text.slice(m.end, h.start)
        return gap.length <= NEAR && /^[\s\p{Ll}'-]*$/u.test(gap)
      }
      // After it, in an apposition: "Holt, on a visit to Washington, said".
      const gap = doc.text.slice(h.end, m.start)
      return gap.length <= NEAR && gap.startsWith(',') && !/[.;:]/.test(gap)
    })
  const inClause = new Set<string>()
  const around = new Set<string>()
  for (const m of inSentence) {
    const c = countryOf.get(m.entity)
    if (!c || m.start < dateline) continue
    if (m.entity === holder || describesHolder(m)) continue
    if (m.start >= clause.start && m.end <= clause.end) inClause.add(c)
    else around.add(c)
  }
  const subjects = new Set([...inClause, ...around])
  // Any word of relations in the clause, even inside a longer cue ("a source of friction").
  let relations = false
  for (let i = s.firstToken; i < s.endToken && !relations; i++) {
    const t = doc.tokens[i] as Token
    if (t.start < clause.start || t.start >= clause.end) continue
    relations = !!lex.expectationCues
      .longestLower(doc.tokens, i)
      ?.values.some((c) => c.type === 'about')
  }
  if (relations)
    for (const c of index.mostNamed()) {
      if (subjects.size >= 2) break
      subjects.add(c)
    }
  return [...subjects]
}

/** What `subjectsOf` reads of the whole article, gathered once for all its expectations. */
export interface SubjectIndex {
  readonly countryOf: ReadonlyMap<string, string | null>
  readonly dateline: number
  /** The countries named after the dateline, the most named first. */
  mostNamed(): readonly string[]
}

/** The article-wide part of `subjectsOf`: each entity's country and how often each country is named. */
export function subjectIndex(doc: Doc, entities: EntityLayer): SubjectIndex {
  const countryOf = new Map(entities.entities.map((e) => [e.id, e.country]))
  const dateline = datelineEnd(doc.text)
  let ranked: string[] | null = null
  return {
    countryOf,
    dateline,
    mostNamed() {
      if (ranked) return ranked
      const counts = new Map<string, number>()
      for (const m of entities.mentions) {
        const c = countryOf.get(m.entity)
        if (!c || m.start < dateline) continue
        counts.set(c, (counts.get(c) ?? 0) + 1)
      }
      ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c)
      return ranked
    },
  }
}

/** The mentions inside a sentence, in their order, from mentions sorted by start. */
function mentionsWithin(mentions: readonly Mention[], s: Sentence): Mention[] {
  const out: Mention[] = []
  for (let i = countStartingBefore(mentions, s.start); i < mentions.length; i++) {
    const m = mentions[i] as Mention
    if (m.start > s.end) break
    if (m.end <= s.end) out.push(m)
  }
  return out
}
