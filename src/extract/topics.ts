import type { Doc, Token } from '../doc/index.js'
import { firstTokenFrom } from '../doc/index.js'
import type { Lexicon } from '../lexicon/index.js'

/** The topics whose words occur in a span of the text, in lexicon order of first appearance. */
export function topicsIn(doc: Doc, lex: Lexicon, start: number, end: number): string[] {
  const found = new Set<string>()
  const { tokens } = doc
  for (
    let i = firstTokenFrom(tokens, start);
    i < tokens.length && (tokens[i] as Token).start < end;
    i++
  ) {
    const m = lex.topics.longestLower(tokens, i)
    if (m) for (const t of m.values) found.add(t)
  }
  return [...found]
}
