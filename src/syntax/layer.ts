import type { Doc, ParsedSentence, ParsedWord, Sentence } from '../doc/index.js'
import type { MultiwordRules } from '../lexicon/index.js'
import { loadSyntax, type SyntaxModel } from './annotate.js'
import type { MultiWordToken } from './types.js'
import { sentenceWords } from './words.js'

/** What the layer needs of a model, so any annotator (or a stand-in) will do. */
export type Annotator = Pick<SyntaxModel, 'annotate'>

/** A sentence of the Doc parsed: its words with their spans and annotation, and its multi-word tokens. */
export interface DocParse extends ParsedSentence {
  tokens: MultiWordToken[]
}

/** Maps one sentence onto UD words and has the model annotate them. */
export function parseDocSentence(
  doc: Doc,
  sentence: Sentence,
  model: Annotator,
  rules?: MultiwordRules,
): DocParse {
  const { words, tokens } = sentenceWords(doc, sentence, rules)
  const annotated = model.annotate(words.map((w) => w.form))
  return {
    start: sentence.start,
    end: sentence.end,
    tokens,
    words: words.map(({ form, start, end }, i): ParsedWord => {
      const a = annotated[i]
      return {
        form,
        start,
        end,
        upos: a?.upos ?? 'X',
        lemma: a?.lemma ?? form,
        feats: a?.feats ?? null,
        head: a?.head ?? 0,
        deprel: a?.deprel ?? 'dep',
      }
    }),
  }
}

interface ParseCache {
  model: Annotator
  rules: MultiwordRules | undefined
  parses: Map<number, DocParse>
}

const caches = new WeakMap<Doc, ParseCache>()

/**
 * `parseDocSentence`, once per sentence of a Doc: the quote and event extractors both
 * read the parse, and a sentence either asks for is parsed only the first time.
 */
export function parsedSentence(
  doc: Doc,
  sentence: Sentence,
  model: Annotator,
  rules?: MultiwordRules,
): DocParse {
  let cache = caches.get(doc)
  if (!cache || cache.model !== model || cache.rules !== rules) {
    cache = { model, rules, parses: new Map() }
    caches.set(doc, cache)
  }
  let parse = cache.parses.get(sentence.index)
  if (!parse) {
    parse = parseDocSentence(doc, sentence, model, rules)
    cache.parses.set(sentence.index, parse)
  }
  return parse
}

/** The analysis document's optional `syntax` layer: one entry per sentence of the Doc. */
export function syntaxLayer(doc: Doc, model: Annotator = loadSyntax(doc.lang)): ParsedSentence[] {
  return doc.sentences.map((s) => {
    const { start, end, words } = parseDocSentence(doc, s, model)
    return { start, end, words }
  })
}
