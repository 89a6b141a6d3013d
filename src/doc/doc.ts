/** An ISO 639-1 code of a language dyad has lexicon data for (`src/lexicon/data/<code>/`). */
export type Lang = string

/** A half-open range of UTF-16 offsets into the document text. */
export interface Span {
  readonly start: number
  readonly end: number
}

export interface Token extends Span {
  readonly text: string
  /** The text in lower case, for lexicon lookups. */
  readonly lower: string
  /** Index of the sentence that holds the token. */
  readonly sentence: number
  /** The token starts with an upper-case letter. */
  readonly upper: boolean
  /** Letters only, or a word with inner hyphens, apostrophes or periods. */
  readonly word: boolean
}

export interface Sentence extends Span {
  readonly index: number
  readonly paragraph: number
  /** Index of the first token of the sentence in `Doc.tokens`. */
  readonly firstToken: number
  /** Index one past the last token of the sentence. */
  readonly endToken: number
}

/** The text with its sentences and tokens; extractors read it and never change it. */
export interface Doc {
  readonly text: string
  readonly lang: Lang
  /** Publication date, `YYYY-MM-DD`: the anchor for relative dates and for roles. */
  readonly published: string
  readonly sentences: readonly Sentence[]
  readonly tokens: readonly Token[]
}
