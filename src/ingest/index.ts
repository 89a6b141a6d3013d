/** Reading articles: files, folders, JSON Lines, HTML pages and stdin become `ArticleInput`s. */
export { type ArticleInput, fromJsonObject } from './article-input.js'
export { decodeUtf8 } from './decode.js'
export { extractHtml, type HtmlArticle } from './html.js'
export { normaliseText } from './normalise.js'
export {
  DEFAULT_MAX_BYTES,
  type InputItem,
  parseContent,
  type ReadOptions,
  readInputs,
} from './read.js'
