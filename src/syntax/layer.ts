import type { Doc, ParsedSentence, ParsedWord, Sentence } from '../doc/index.js'
import type { MultiwordRules } from '../lexicon/index.js'
import { loadSyntax, type SyntaxModel, type TaggedSentence } from './annotate.js'
import type { MultiWordToken, SyntaxWord } from './types.js'
import { sentenceWords, type WordSpan } from './words.js'

/**
 * What the layer needs of a model, so any annotator (or a stand-in) will do; one that can
 * also tag alone (`tag`, `finish`) lets `taggedSentence` spare the parse.
 */
export type Annotator = Pick<SyntaxModel, 'annotate'> & Partial<Pick<SyntaxModel, 'tag' | 'finish'>>

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
  return withAnnotation(sentence, words, tokens, model.annotate(words.map((w) => w.form)))
}

function withAnnotation(
  sentence: Sentence,
  words: readonly WordSpan[],
  tokens: MultiWordToken[],
  annotated: readonly SyntaxWord[],
): DocParse {
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
  /** Sentences tagged and not yet parsed. */
  tagged: Map<number, TaggedDocSentence>
}

/** A sentence of the Doc tagged but not parsed (`taggedSentence`). */
export interface TaggedDocSentence {
  /** Per word: its form, span, tag and FEATS. */
  words: TaggedWord[]
  tokens: MultiWordToken[]
  /** What the model's `finish` parses. */
  tagged: TaggedSentence
}

export type TaggedWord = Pick<ParsedWord, 'form' | 'start' | 'end' | 'upos' | 'feats'>

function cacheOf(doc: Doc, model: Annotator, rules: MultiwordRules | undefined): ParseCache {
  let cache = caches.get(doc)
  if (!cache || cache.model !== model || cache.rules !== rules) {
    cache = { model, rules, parses: new Map(), tagged: new Map() }
    caches.set(doc, cache)
  }
  return cache
}

const caches = new WeakMap<Doc, ParseCache>()

const chosenParsers = new WeakMap<Doc, Annotator>()

/**
 * The annotator a Doc's readers parse with: the one `useParser` gave it, else the
 * language's greedy parser. The extractors ask here rather than load a model themselves,
 * so that a caller can have one article read with another parser (the beam, or gold trees
 * in a check of the extractors).
 */
export function parserOf(doc: Doc): Annotator {
  return chosenParsers.get(doc) ?? loadSyntax(doc.lang)
}

/** Has the Doc's readers parse with `annotator` (see `parserOf`). */
export function useParser(doc: Doc, annotator: Annotator): void {
  chosenParsers.set(doc, annotator)
}

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
  const cache = cacheOf(doc, model, rules)
  let parse = cache.parses.get(sentence.index)
  if (!parse) {
    const tagged = cache.tagged.get(sentence.index)
    parse =
      tagged && model.finish
        ? withAnnotation(sentence, tagged.words, tagged.tokens, model.finish(tagged.tagged))
        : parseDocSentence(doc, sentence, model, rules)
    cache.tagged.delete(sentence.index)
    cache.parses.set(sentence.index, parse)
  }
  return parse
}

/**
 * A sentence's words with their tags and FEATS, from its parse when it has one; else
 * tagged alone (kept, so that a parse asked for later does not tag again). The tags are
 * those the parse gives: the parser reads them and changes none.
 */
export function taggedSentence(
  doc: Doc,
  sentence: Sentence,
  model: Annotator,
  rules?: MultiwordRules,
): { words: readonly TaggedWord[] } {
  const cache = cacheOf(doc, model, rules)
  const parse = cache.parses.get(sentence.index)
  if (parse) return parse
  if (!model.tag) return parsedSentence(doc, sentence, model, rules)
  let tagged = cache.tagged.get(sentence.index)
  if (!tagged) {
    const { words, tokens } = sentenceWords(doc, sentence, rules)
    const t = model.tag(words.map((w) => w.form))
    tagged = {
      words: words.map(({ form, start, end }, i) => ({
        form,
        start,
        end,
        upos: t.upos[i] ?? 'X',
        feats: t.feats[i] ?? null,
      })),
      tokens,
      tagged: t,
    }
    cache.tagged.set(sentence.index, tagged)
  }
  return tagged
}

/** The analysis document's optional `syntax` layer: one entry per sentence of the Doc. */
export function syntaxLayer(doc: Doc, model: Annotator = parserOf(doc)): ParsedSentence[] {
  return doc.sentences.map((s) => {
    const { start, end, words } = parseDocSentence(doc, s, model)
    return { start, end, words }
  })
}
