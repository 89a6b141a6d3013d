import type { Doc, Lang } from '../doc/index.js'
import type { Lexicon } from '../lexicon/index.js'
import { splitSentences } from './sentences.js'

/** Tokens and sentences of a normalised text, with the rules of its language. */
export function makeDoc(text: string, lang: Lang, published: string, lexicon: Lexicon): Doc {
  const { sentences, tokens } = splitSentences(lexicon.tokenize(text), {
    endingAbbreviation: (w) => lexicon.abbreviations.get(w) === 'other',
    isFunctionWord: (w) => lexicon.functionWords.has(w.toLowerCase()),
  })
  return { text, lang, published, sentences, tokens }
}
