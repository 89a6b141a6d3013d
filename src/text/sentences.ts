import type { Sentence, Span, Token } from '../doc/index.js'
import type { RawToken } from './tokens.js'

const END = new Set(['.', '!', '?', '…'])
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']'])
const SOFT_BREAKS = new Set([';', ',', ':', '”', '»', ')'])

/**
 * No sentence runs longer than this many tokens: text without sentence ends (a list, a
 * table, junk, an attack) is cut into pieces, at the last comma or semicolon of the
 * second half where there is one. Real sentences are far shorter; the cap bounds every
 * per-sentence scan of the extractors and the parser's work on one sentence.
 */
export const MAX_SENTENCE_TOKENS = 200

export interface SentenceRules {
  /** Abbreviations that may also end a sentence ("U.S.", "etc."). */
  endingAbbreviation: (word: string) => boolean
  /** Capitalised words that start sentences but are never names ("The", "However"). */
  isFunctionWord: (word: string) => boolean
}

/**
 * Groups tokens into sentences. A sentence ends at a newline, or after `. ! ?`
 * (and any closing quotes or brackets) when the next token starts upper-case,
 * with a digit, or with an opening quote.
 */
export function splitSentences(
  raw: readonly RawToken[],
  rules: SentenceRules,
): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = []
  const tokens: Token[] = []
  let first = 0
  let paragraph = 0
  let softBreak = -1
  const close = (endToken: number) => {
    if (endToken <= first) return
    const a = tokens[first]
    const b = tokens[endToken - 1]
    if (a && b)
      sentences.push({
        index: sentences.length,
        paragraph,
        start: a.start,
        end: b.end,
        firstToken: first,
        endToken,
      })
    first = endToken
  }
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as RawToken
    if (t.text.startsWith('\n')) {
      close(tokens.length)
      if (t.text.length > 1 && sentences.length) paragraph++
      continue
    }
    tokens.push(makeToken(t, sentences.length))
    if (SOFT_BREAKS.has(t.text)) softBreak = tokens.length
    if (tokens.length - first >= MAX_SENTENCE_TOKENS) {
      close(softBreak > first + MAX_SENTENCE_TOKENS / 2 ? softBreak : tokens.length)
      continue
    }
    if (!isEnd(t, raw[i - 1], rules)) continue
    // Swallow closing quotes and brackets that belong to this sentence.
    let j = i + 1
    while (
      j < raw.length &&
      CLOSERS.has((raw[j] as RawToken).text) &&
      (raw[j] as RawToken).start === (raw[j - 1] as RawToken).end
    ) {
      tokens.push(makeToken(raw[j] as RawToken, sentences.length))
      j++
    }
    const next = raw[j]
    const abbreviation = t.text.length > 1
    if (
      !next ||
      next.text.startsWith('\n') ||
      (startsSentence(next) && (!abbreviation || rules.isFunctionWord(next.text)))
    ) {
      i = j - 1
      close(tokens.length)
    } else {
      i = j - 1
    }
  }
  close(tokens.length)
  return { sentences, tokens: renumber(tokens, sentences) }
}

function isEnd(t: RawToken, prev: RawToken | undefined, rules: SentenceRules): boolean {
  if (END.has(t.text))
    return !(t.text === '.' && prev && /^\p{Lu}$/u.test(prev.text) && prev.end === t.start)
  return t.text.endsWith('.') && t.text.length > 1 && rules.endingAbbreviation(t.text)
}

const startsSentence = (t: RawToken): boolean => /^[\p{Lu}\p{N}"“'‘«¿¡(—–-]/u.test(t.text)

function makeToken(t: RawToken, sentence: number): Token {
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    lower: t.text.toLowerCase(),
    sentence,
    upper: /^\p{Lu}/u.test(t.text),
    word: /^[\p{L}\p{N}]/u.test(t.text),
  }
}

function renumber(tokens: Token[], sentences: Sentence[]): Token[] {
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i] as Token
      if (t.sentence !== s.index) tokens[i] = { ...t, sentence: s.index }
    }
  }
  return tokens
}

/** The sentence that holds an offset, by binary search. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid] as Sentence
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return s
  }
  return undefined
}

export type { Span }
