import type { ParsedWord, Sentence } from '../doc/index.js'
import { actorNouns, loadLexicon } from '../lexicon/index.js'
import { availableSyntaxLangs, loadSyntax } from '../syntax/annotate.js'
import { type DocParse, parsedSentence } from '../syntax/layer.js'
import { sentenceAt } from '../text/index.js'
import type { ArticleText, Span } from './naming.js'

/** Relations by which a word only describes the noun it hangs on ("US films", "Britain's economy"). */
const MODIFIER = new Set(['amod', 'compound', 'nmod:poss', 'det'])

/**
 * Whether the words stand in their clause as one of its parties: a subject, an object,
 * an agent, a partner ("with Washington"), or what describes one ("the US government",
 * "Britain's envoy") — and not as a place where something happens ("on sale in the US")
 * or what describes a thing ("US films", "British passport").
 * A side named only as a place is no subject of the statement. Without a syntax model
 * for the language every naming counts.
 */
export function asParty(article: ArticleText, words: Span): boolean {
  if (!availableSyntaxLangs().includes(article.lang)) return true
  const sentence = sentenceAt(article.sentences, words.start)
  if (!sentence) return true
  const parse = parseOf(article, sentence)
  const inside = parse.words.filter((w) => w.start < words.end && w.end > words.start)
  // The head of the words: the one whose head lies outside them.
  const index = (w: ParsedWord) => parse.words.indexOf(w) + 1
  const ids = new Set(inside.map(index))
  const head = inside.find((w) => !ids.has(w.head))
  if (!head) return true
  const up = (w: ParsedWord) => (w.head > 0 ? parse.words[w.head - 1] : undefined)
  const eventWords = loadLexicon(article.lang).eventWords
  const marks = (w: ParsedWord, test: (m: ParsedWord) => boolean) => {
    const id = index(w)
    return parse.words.some((m) => m.head === id && m.deprel === 'case' && test(m))
  }
  const place = (w: ParsedWord) => marks(w, (m) => eventWords.is('locative', m.form.toLowerCase()))
  // "US objections", "British shows": a side that only describes a thing is no party;
  // "the US government", "British troops" stand for it.
  let at: ParsedWord | undefined = head
  if (MODIFIER.has(head.deprel)) {
    at = up(head)
    if (!at || !actorNoun(article, at)) return false
  }
  // A word stands where its phrase stands: "in the UK, the US and Canada" are all places.
  for (let climb = 0; at && climb < 4; climb++) {
    if (place(at)) return false
    const base = at.deprel.split(':')[0]
    const joined =
      base === 'conj' || base === 'appos' || (base === 'nmod' && !marks(at, () => true))
    if (!joined) break
    at = up(at)
  }
  return true
}

/** A noun for people or bodies that act: "government", "troops", "officials", "gobierno". */
function actorNoun(article: ArticleText, w: ParsedWord): boolean {
  const words = actorNouns(article.lang)
  return words.has(w.lemma.toLowerCase()) || words.has(w.form.toLowerCase())
}

const parses = new WeakMap<ArticleText, Map<number, DocParse>>()

function parseOf(article: ArticleText, sentence: Sentence): DocParse {
  let cache = parses.get(article)
  if (!cache) {
    cache = new Map()
    parses.set(article, cache)
  }
  let parse = cache.get(sentence.index)
  if (!parse) {
    const lex = loadLexicon(article.lang)
    parse = parsedSentence(article.doc, sentence, loadSyntax(article.lang), lex.multiword)
    cache.set(sentence.index, parse)
  }
  return parse
}
