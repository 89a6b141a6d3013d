import type { Span } from '../doc/index.js'

export interface RawToken extends Span {
  text: string
}

// One pass, in order of preference: a number a corpus masked (*NUMBER*), dotted acronyms (U.S., a.m.), words with inner
// hyphens or apostrophes (MS-13, O'Brien, don't) but not a possessive 's, numbers
// with separators and any unit after them (30.000, 1,500, 10:30, $1.13bn: before words, which would split them), a possessive 's, newlines (kept to mark paragraphs), any other symbol.
const TOKEN =
  /\*NUMBER\*|\p{L}{1,3}(?:\.\p{L}{1,3})+\.?|\d+(?:[.,:]\d+)+(?:%|\p{L}+)?(?![\p{L}\d])|[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+|['’](?![sS]\b)\p{L}+)*|\d+(?:[.,:]\d+)*%?|['’][sS]\b|\n+|[^\s\p{L}\p{N}]/gu

/**
 * Splits text into tokens with exact offsets. A period stays on the word before it
 * when `keepsPeriod` says that word is an abbreviation or an initial.
 */
export function tokenize(text: string, keepsPeriod: (word: string) => boolean): RawToken[] {
  const out: RawToken[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0]
    const start = m.index
    let end = start + word.length
    if (text.charCodeAt(end) === 46 /* . */ && !word.endsWith('.') && keepsPeriod(`${word}.`)) end++
    out.push({ text: text.slice(start, end), start, end })
    TOKEN.lastIndex = end
  }
  return out
}
