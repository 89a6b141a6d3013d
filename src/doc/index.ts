/** The document model: one normalised text and the annotation layers that point into it. */
export type {
  Analysis,
  Article,
  Entity,
  EntityKind,
  Event,
  Expectation,
  Mention,
  ParsedSentence,
  ParsedWord,
  Quote,
  Role,
  Timex,
} from './analysis.js'
export { ANALYSIS_FORMAT, ENTITY_KINDS } from './analysis.js'
export type { Doc, Lang, Sentence, Span, Token } from './doc.js'
export { keepsEvent, type Unrealized } from './realized.js'
export {
  countStartingBefore,
  firstTokenFrom,
  overlaps,
  SpanFinder,
  slice,
  within,
} from './span.js'
