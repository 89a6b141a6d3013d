import type { Doc, Sentence, Token } from '../doc/index.js'
import { apostrophes, loadLexicon, type MultiwordRules } from '../lexicon/index.js'
import { splitToken } from './split.js'
import type { MultiWordToken } from './types.js'

/** A UD word and the span of the token it is written in. */
export interface WordSpan {
  form: string
  start: number
  end: number
}

// After these (or at the start) a capital opens the sentence or a quotation rather than a name.
const OPENERS = new Set(['«', '“', '"', "'", '‘', '¿', '¡', '(', '[', '—', '–', '-', ':'])

/**
 * The sentence's tokens as UD words. A token that holds several words ("del", "don't") becomes
 * a multi-word token, and so does a word with the "'s" or "'" written against it ("Elena's");
 * the words of a multi-word token all carry its span.
 *
 * @example
 * sentenceWords(doc, doc.sentences[0]) // "Al final" → words a, el, final; tokens [{ first: 1, last: 2, form: 'Al' }]
 */
export function sentenceWords(
  doc: Doc,
  sentence: Sentence,
  rules: MultiwordRules = loadLexicon(doc.lang).multiword,
): { words: WordSpan[]; tokens: MultiWordToken[] } {
  const toks = doc.tokens
    .slice(sentence.firstToken, sentence.endToken)
    .filter((t) => !t.text.startsWith('\n'))
  const words: WordSpan[] = []
  const tokens: MultiWordToken[] = []
  let quoted = false
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token
    const prev = toks[i - 1]
    const next = toks[i + 1]
    if (opensQuote(t, prev, next)) quoted = true
    let forms = splitToken(t.text, rules, !prev || OPENERS.has(prev.text)) ?? [t.text]
    let end = t.end
    if (next && next.start === t.end && joins(t, next, rules)) {
      // An apostrophe after a word closes an open quotation rather than marking a possessive.
      if (apostrophes(next.text) === "'" && quoted) quoted = false
      else {
        forms = [...forms, next.text]
        end = next.end
        i++
      }
    }
    if (forms.length > 1)
      tokens.push({
        first: words.length + 1,
        last: words.length + forms.length,
        form: doc.text.slice(t.start, end),
      })
    for (const form of forms) words.push({ form, start: t.start, end })
  }
  return { words, tokens }
}

// After a number the ending makes a plural, one word: "the 1980's".
function joins(word: Token, next: Token, rules: MultiwordRules): boolean {
  const join = rules.joins.get(apostrophes(next.lower))
  if (!join || !/\p{L}$/u.test(word.text)) return false
  return join.after === null || word.lower.endsWith(join.after)
}

/** A single quotation mark before a word, with a space (or nothing) before it. */
function opensQuote(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  return (
    apostrophes(t.text) === "'" && (!prev || prev.end < t.start) && !!next && next.start === t.end
  )
}
