import type { Doc, Lang } from '../src/doc/index.js'
import { loadLexicon } from '../src/lexicon/index.js'
import { makeDoc } from '../src/text/index.js'

/** A tokenised, sentence-split document for extractor tests. */
export function docOf(text: string, lang: Lang = 'en', published = '2024-11-13'): Doc {
  return makeDoc(text, lang, published, loadLexicon(lang))
}

/** The text of a span, so assertions read as words rather than offsets. */
export const textOf = (doc: { text: string }, span: { start: number; end: number }): string =>
  doc.text.slice(span.start, span.end)
