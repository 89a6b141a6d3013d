/** Expectations: forward-looking statements about actors and their relationships, with holder, polarity and horizon. */
import type { Doc, Expectation, Quote, Sentence, Token } from '../../doc/index.js'
import type { ExpectationCue, Lexicon } from '../../lexicon/index.js'
import type { EntityLayer } from '../entities/index.js'
import { topicsIn } from '../topics.js'

interface Found {
  cue: ExpectationCue
  first: number
  length: number
}

type Holder = { id: string | null; name: string | null }

/**
 * A sentence holds an expectation when a modal or future cue ("could", "will
 * continue to", "should not be expected") comes with a polarity, horizon or
 * relationship word. The span is the clause of the cue; the holder is the speaker
 * of the quote around it, else the holder of the expectation just before (analysts
 * go on being quoted), else the article itself.
 */
export function extractExpectations(
  doc: Doc,
  lex: Lexicon,
  entities: EntityLayer,
  quotes: readonly Quote[],
): Expectation[] {
  const out: Omit<Expectation, 'id'>[] = []
  const countryOf = new Map(entities.entities.map((e) => [e.id, e.country]))
  let previous: { holder: Holder; paragraph: number } | null = null
  for (const s of doc.sentences) {
    const last = doc.tokens[s.endToken - 1]
    if (last?.text === '?') continue
    const cues = cuesIn(doc, lex, s)
    const modal = cues.find((c) => c.cue.type === 'modal')
    if (!modal) continue
    const start = clauseStart(doc, s, modal.first)
    const end = clauseEnd(doc, lex, s, modal.first)
    // Polarity reads on to the sentence end: what an adjunct adds ("…, possibly much more inhuman") counts.
    const inClause = (c: Found) => (doc.tokens[c.first] as Token).start >= start
    const polar = cues.filter((c) => c.cue.type === 'polarity' && inClause(c))
    const horizons = cues.filter((c) => c.cue.type === 'horizon')
    // The horizon of this clause first: "In the short term X; in the long run Y" holds two.
    const horizon = horizons.find(inClause) ?? horizons[0]
    if (!polar.length && !horizon && !cues.some((c) => c.cue.type === 'about')) continue
    const quote =
      quotes.find((q) => q.start <= start + 1 && start < q.end) ??
      quotes.find((q) => q.start < end && start < q.end && q.speakerName)
    let holder: Holder = quote
      ? { id: quote.speaker, name: quote.speakerName }
      : { id: null, name: null }
    if (!holder.name && previous && s.paragraph - previous.paragraph <= 1) holder = previous.holder
    const modality = /^(if|si)$/i.test(doc.tokens[s.firstToken]?.text ?? '')
      ? 'conditional'
      : (modal.cue.value as Expectation['modality'])
    out.push({
      start,
      end,
      holder: holder.id,
      holderName: holder.name,
      subjects: subjectsOf(doc, entities, countryOf, s),
      polarity: polarityOf(polar, modal),
      horizon: (horizon?.cue.value as Expectation['horizon'] | undefined) ?? 'unspecified',
      modality,
      // The whole sentence: a condition ("if … deportations") tells what the outlook is about.
      topics: topicsIn(doc, lex, s.start, s.end),
    })
    previous = { holder, paragraph: s.paragraph }
  }
  return out.map((x, i) => ({ id: `x${i + 1}`, ...x }))
}

function cuesIn(doc: Doc, lex: Lexicon, s: Sentence): Found[] {
  const out: Found[] = []
  for (let i = s.firstToken; i < s.endToken; i++) {
    const m = lex.expectationCues.longestLower(doc.tokens, i)
    if (!m) continue
    for (const cue of m.values) out.push({ cue, first: i, length: m.length })
    i += m.length - 1
  }
  return out
}

/** Positive and negative words weigh against each other; "not expected" or "unlikely" turns them round. */
function polarityOf(polar: readonly Found[], modal: Found): Expectation['polarity'] {
  const pos = polar.filter((p) => p.cue.value === 'positive').length
  const neg = polar.length - pos
  const flip = modal.cue.value === 'unlikely'
  if (pos && neg) return 'mixed'
  if (pos) return flip ? 'negative' : 'positive'
  if (neg) return flip ? 'positive' : 'negative'
  return modal.cue.value === 'conditional' ? 'mixed' : flip ? 'negative' : 'mixed'
}

const BOUNDARY = /^[,;:“”"«»—]$/

/** Back from the cue to the nearest clause boundary: a comma, colon, quotation mark, or "that". */
function clauseStart(doc: Doc, s: Sentence, from: number): number {
  for (let k = from - 1; k >= s.firstToken; k--) {
    const t = doc.tokens[k] as Token
    if (BOUNDARY.test(t.text) || /^(that|que)$/i.test(t.text)) {
      const next = doc.tokens[k + 1] as Token
      return next.start
    }
  }
  return s.start
}

/** The clause runs to the sentence end, a semicolon, or a comma before an adjunct ("…, including …"). */
function clauseEnd(doc: Doc, lex: Lexicon, s: Sentence, from: number): number {
  for (let k = from; k < s.endToken; k++) {
    const t = doc.tokens[k] as Token
    if (t.text === ';') return (doc.tokens[k - 1] as Token).end
    if (t.text === ',' && lex.contentBreaks.longestLower(doc.tokens, k + 1))
      return (doc.tokens[k - 1] as Token).end
  }
  let k = s.endToken - 1
  while (k > from && /^[.!?”"»]$/.test((doc.tokens[k] as Token).text)) k--
  return (doc.tokens[k] as Token).end
}

/** The countries the sentence names, else the two the article names most. */
function subjectsOf(
  doc: Doc,
  entities: EntityLayer,
  countryOf: Map<string, string | null>,
  s: Sentence,
): string[] {
  const here = new Set<string>()
  const counts = new Map<string, number>()
  for (const m of entities.mentions) {
    const c = countryOf.get(m.entity)
    if (!c) continue
    counts.set(c, (counts.get(c) ?? 0) + 1)
    if (m.start >= s.start && m.end <= s.end) here.add(c)
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c)
  for (const c of top) {
    if (here.size >= 2) break
    here.add(c)
  }
  void doc
  return [...here]
}
