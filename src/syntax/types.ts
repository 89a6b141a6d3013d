/** One syntactic word (a UD word) with its annotation; heads are 1-based in the sentence, 0 for the root. */
export interface SyntaxWord {
  form: string
  upos: string
  lemma: string
  /** CoNLL-U FEATS (`Number=Sing|Person=3`), or null when the word has none. */
  feats: string | null
  head: number
  deprel: string
}

/** A multi-word token: the surface form of words `first` … `last` (1-based, inclusive). */
export interface MultiWordToken {
  first: number
  last: number
  form: string
}
