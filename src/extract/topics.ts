import type { Doc, Token } from '../doc/index.js'
import type { Lexicon } from '../lexicon/index.js'

/** The topics whose words occur in a span of the text, in lexicon order of first appearance. */
export function topicsIn(doc: Doc, lex: Lexicon, start: number, end: number): string[] {
  const found = new Set<string>()
  const { tokens } = doc
  for (let i = firstAt(tokens, start); i < tokens.length && (tokens[i] as Token).start < end; i++) {
    const m = lex.topics.longestLower(tokens, i)
    if (m) for (const t of m.values) found.add(t)
  }
  return [...found]
}

function firstAt(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((tokens[mid] as Token).start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
