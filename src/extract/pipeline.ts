import type { Analysis, Article, Doc, Lang } from '../doc/index.js'
import { ANALYSIS_FORMAT } from '../doc/index.js'
import { InputError } from '../errors.js'
import type { ArticleInput } from '../ingest/article-input.js'
import { normaliseText } from '../ingest/normalise.js'
import { LANGS, type Lexicon, loadLexicon } from '../lexicon/index.js'
import { type Annotator, syntaxLayer, useParser } from '../syntax/layer.js'
import { detectLanguage, makeDoc } from '../text/index.js'
import { articleId, parseIsoDate } from './article.js'
import { extractEntities } from './entities/index.js'
import { extractEvents } from './events/index.js'
import { extractExpectations } from './expectations/index.js'
import { extractQuotes, findQuotedSpans } from './quotes/index.js'
import { extractTimexes } from './timexes/index.js'
import { topicsIn } from './topics.js'

export interface AnalyzeOptions {
  /** Publication date for articles that carry none (`YYYY-MM-DD`). */
  published?: string | null
  /** A language code, or `auto` to use the article's own tag or identify it. */
  lang?: Lang | 'auto'
  /** Add the optional syntax layer: UD words, tags, lemmas and dependency trees per sentence. */
  syntax?: boolean
  /**
   * Code events from surface patterns only, without parsing: about ten times faster, but
   * the dictionaries' verbs, domestic acts and arguments the parse finds are missed.
   */
  fast?: boolean
  /**
   * The parser the quote and event readers (and the syntax layer) use, in place of the
   * language's greedy parser: another of its parsers (`loadSyntax(lang, { beam: 8 })`),
   * or a stand-in such as gold trees. In-process only: a worker pool cannot carry it.
   */
  annotator?: Annotator
}

/**
 * One article in, one `dyad.analysis/1` document out. The layers run in order,
 * each reading the ones before it: text → timexes → entities (with coreference) → quotes → events → expectations;
 * the syntax layer only when asked for.
 *
 * @example
 * const doc = analyzeArticle({ origin: 'a.txt', text: 'Bukele met Trump on Monday.' }, { published: '2024-11-13' })
 */
export function analyzeArticle(input: ArticleInput, options: AnalyzeOptions = {}): Analysis {
  const text = articleText(input)
  const published = publicationDate(input, options)
  const { doc, lexicon, warnings } = articleDoc(input, text, options.lang, published)
  if (options.annotator) useParser(doc, options.annotator)
  const article: Article = {
    id: articleId(input, text),
    title: input.title ?? null,
    url: input.url ?? null,
    source: input.source ?? null,
    published,
    language: doc.lang,
    text,
    ...(input.byline ? { byline: input.byline } : {}),
  }
  const quoted = findQuotedSpans(text, lexicon.speech.dialogueDash)
  const timexes = extractTimexes(doc, lexicon)
  const entities = extractEntities(doc, lexicon, quoted, timexes)
  const quotes = extractQuotes(doc, lexicon, entities, quoted, timexes)
  const events = extractEvents(doc, lexicon, entities, timexes, quotes, quoted, !options.fast)
  const expectations = extractExpectations(doc, lexicon, entities, quotes, timexes)
  for (const q of quotes) q.topics = topicsIn(doc, lexicon, q.start, q.end)
  for (const e of events) e.topics = topicsIn(doc, lexicon, e.sentence.start, e.sentence.end)
  return {
    format: ANALYSIS_FORMAT,
    article,
    entities: entities.entities,
    mentions: entities.mentions,
    quotes,
    timexes,
    events,
    expectations,
    ...(options.syntax ? { syntax: syntaxLayer(doc) } : {}),
    ...(warnings.length ? { warnings } : {}),
  }
}

/** The article's normalised text; an article without any is refused. */
export function articleText(input: ArticleInput): string {
  const text = normaliseText(input.text)
  if (!text) throw new InputError(input.origin, 'the article has no text')
  return text
}

/** The article's language, lexicon and Doc (sentences and tokens), as the extractors read them. */
export function articleDoc(
  input: ArticleInput,
  text: string,
  lang: Lang | 'auto' | undefined,
  published: string,
): { doc: Doc; lexicon: Lexicon; warnings: string[] } {
  const warnings: string[] = []
  const chosen = chooseLanguage(input, lang, text, warnings)
  const lexicon = loadLexicon(chosen)
  return { doc: makeDoc(text, chosen, published, lexicon), lexicon, warnings }
}

function publicationDate(input: ArticleInput, options: AnalyzeOptions): string {
  if (input.published) {
    const own = parseIsoDate(input.published)
    if (own) return own
    if (!options.published)
      throw new InputError(
        input.origin,
        `"published" is not a date like 2024-11-13 (got ${JSON.stringify(input.published)})`,
      )
  }
  const fallback = parseIsoDate(options.published)
  if (fallback) return fallback
  throw new InputError(
    input.origin,
    'has no publication date; pass --published YYYY-MM-DD (relative dates and roles are read against it)',
  )
}

function chooseLanguage(
  input: ArticleInput,
  lang: Lang | 'auto' | undefined,
  text: string,
  warnings: string[],
): Lang {
  if (lang && lang !== 'auto') return lang
  const tagged = input.language?.slice(0, 2).toLowerCase()
  if (tagged && LANGS.includes(tagged)) return tagged
  const guess = detectLanguage(text)
  if (guess.warning) warnings.push(guess.warning)
  return guess.lang
}
