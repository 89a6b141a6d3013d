import type { Doc, Token } from '../../doc/index.js'
import type { EventWords, Lexicon } from '../../lexicon/index.js'
import type { Draft } from '../entities/index.js'
import type { ActorIndex } from './actors.js'

/** What the event rules read a sentence with: the text, the language's event words, the actors. */
export interface Reader {
  doc: Doc
  lex: Lexicon
  words: EventWords
  actors: ActorIndex
  /** Tokens inside date expressions. */
  dated: Uint8Array
  /** The output id of an entity ('' for a stand-in). */
  entitiesId: (d: Draft) => string
}

/** Punctuation that ends a clause in any language. */
export const CLAUSE_PUNCT = /^[;:—–]$/

export const tok = (r: Reader, k: number): Token | undefined => r.doc.tokens[k]
