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

/** The analysis document's optional `syntax` layer: one entry per sentence of the Doc. */
export function syntaxLayer(doc: Doc, model: Annotator = loadSyntax(doc.lang)): ParsedSentence[] {
  return doc.sentences.map((s) => {
    const { start, end, words } = parseDocSentence(doc, s, model)
    return { start, end, words }
  })
}
