/** Extractors: each reads the document and earlier layers and adds one layer. */
export { type EntityLayer, extractEntities } from './entities/index.js'
export { extractEvents } from './events/index.js'
export { extractExpectations } from './expectations/index.js'
export { type AnalyzeOptions, analyzeArticle, parseIsoDate } from './pipeline.js'
export { extractQuotes, findQuotedSpans } from './quotes/index.js'
export { extractTimexes } from './timexes/index.js'
