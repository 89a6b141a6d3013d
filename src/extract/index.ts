/** Extractors: each reads the document and earlier layers and adds one layer. */

export { articleId, parseIsoDate } from './article.js'
export { type EntityLayer, extractEntities } from './entities/index.js'
export { extractEvents } from './events/index.js'
export { extractExpectations } from './expectations/index.js'
export { type AnalyzeOptions, analyzeArticle, articleDoc, articleText } from './pipeline.js'
export { AnalyzerPool } from './pool.js'
export { extractQuotes, findQuotedSpans } from './quotes/index.js'
export { extractTimexes } from './timexes/index.js'
