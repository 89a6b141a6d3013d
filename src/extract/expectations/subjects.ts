import type { Doc, Sentence, Token } from '../../doc/index.js'
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
): string[] {
  const countryOf = new Map(entities.entities.map((e) => [e.id, e.country]))
  const holderAt = entities.mentions.filter(
    (m) => m.entity === holder && m.start >= s.start && m.end <= s.end,
  )
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
  const dateline = datelineEnd(doc.text)
  const inClause = new Set<string>()
  const around = new Set<string>()
  const counts = new Map<string, number>()
  for (const m of entities.mentions) {
    const c = countryOf.get(m.entity)
    if (!c || m.start < dateline) continue
    counts.set(c, (counts.get(c) ?? 0) + 1)
    if (m.start < s.start || m.end > s.end) continue
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
    for (const [c] of [...counts].sort((a, b) => b[1] - a[1])) {
      if (subjects.size >= 2) break
      subjects.add(c)
    }
  return [...subjects]
}
