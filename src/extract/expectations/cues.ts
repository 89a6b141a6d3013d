import type { Doc, Sentence, Token } from '../../doc/index.js'
import type { ExpectationCue, Lexicon } from '../../lexicon/index.js'

/** An expectation cue found in the text: its entry and the tokens it covers. */
export interface Found {
  readonly cue: ExpectationCue
  readonly first: number
  readonly length: number
}

/** Every cue of a sentence: the longest phrase at each token, else a word ending ("-rá"). */
export function cuesIn(doc: Doc, lex: Lexicon, s: Sentence): Found[] {
  const out: Found[] = []
  for (let i = s.firstToken; i < s.endToken; i++) {
    const m = lex.expectationCues.longestLower(doc.tokens, i)
    if (m && isNameWord(doc, s, i, m.values)) continue
    if (m) {
      for (const cue of m.values) out.push({ cue, first: i, length: m.length })
      i += m.length - 1
      continue
    }
    const t = doc.tokens[i] as Token
    const suffix = suffixCue(lex, t)
    if (!suffix) continue
    out.push({ cue: suffix, first: i, length: 1 })
    // The word's own meaning: "mejorará" improves as "mejorar" does.
    const base = suffix.strip ? t.lower.slice(0, -suffix.strip.length) : null
    for (const cue of base ? lex.expectationCues.get([base]) : [])
      if (cue.type !== 'modal') out.push({ cue, first: i, length: 1 })
  }
  return out
}

/**
 * A modal written with a capital inside a sentence is a name ("Theresa May",
 * "Will Smith"), and so is one before a number ("May 2019").
 */
function isNameWord(doc: Doc, s: Sentence, i: number, cues: readonly ExpectationCue[]): boolean {
  if (!cues.every((c) => c.type === 'modal')) return false
  const t = doc.tokens[i] as Token
  if (t.text === t.lower) return false
  const next = doc.tokens[i + 1]
  if (next && /^\d/.test(next.text)) return true
  const before = doc.tokens[i - 1]
  return i > s.firstToken && !!before?.word
}

function suffixCue(lex: Lexicon, t: Token): ExpectationCue | undefined {
  if (!t.word) return undefined
  // A stem of two letters at least: the ending alone is no verb.
  return lex.expectationSuffixes.find(
    (c) => t.lower.length >= c.phrase.length + 2 && t.lower.endsWith(c.phrase),
  )
}

export const isType =
  (...types: readonly ExpectationCue['type'][]) =>
  (c: Found): boolean =>
    types.includes(c.cue.type)

/** The cues that start within tokens [from, to). */
export const within = (cues: readonly Found[], from: number, to: number): Found[] =>
  cues.filter((c) => c.first >= from && c.first < to)
