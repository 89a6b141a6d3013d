import type { Analysis, Article, Lang } from '../doc/index.js'
import { ANALYSIS_FORMAT } from '../doc/index.js'
import { InputError } from '../errors.js'
import type { ArticleInput } from '../ingest/article-input.js'
import { normaliseText } from '../ingest/normalise.js'
import { LANGS, loadLexicon } from '../lexicon/index.js'
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
}

/**
 * One article in, one `dyad.analysis/1` document out. The layers run in order,
 * each reading the ones before it: text → timexes → entities (with coreference) → quotes → events → expectations.
 *
 * @example
 * const doc = analyzeArticle({ origin: 'a.txt', text: 'Bukele met Trump on Monday.' }, { published: '2024-11-13' })
 */
export function analyzeArticle(input: ArticleInput, options: AnalyzeOptions = {}): Analysis {
  const text = normaliseText(input.text)
  if (!text) throw new InputError(input.origin, 'the article has no text')
  const published = publicationDate(input, options)
  const warnings: string[] = []
  const lang = chooseLanguage(input, options, text, warnings)
  const article: Article = {
    id: articleId(input, text),
    title: input.title ?? null,
    url: input.url ?? null,
    source: input.source ?? null,
    published,
    language: lang,
    text,
    ...(input.byline ? { byline: input.byline } : {}),
  }
  const lexicon = loadLexicon(lang)
  const doc = makeDoc(text, lang, published, lexicon)
  const quoted = findQuotedSpans(text, lexicon.speech.dialogueDash)
  const timexes = extractTimexes(doc, lexicon)
  const entities = extractEntities(doc, lexicon, quoted, timexes)
  const quotes = extractQuotes(doc, lexicon, entities, quoted)
  const events = extractEvents(doc, lexicon, entities, timexes, quotes, quoted)
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
    ...(warnings.length ? { warnings } : {}),
  }
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
  options: AnalyzeOptions,
  text: string,
  warnings: string[],
): Lang {
  if (options.lang && options.lang !== 'auto') return options.lang
  const tagged = input.language?.slice(0, 2).toLowerCase()
  if (tagged && LANGS.includes(tagged)) return tagged
  const guess = detectLanguage(text)
  if (guess.warning) warnings.push(guess.warning)
  return guess.lang
}
