/** Reading articles: files, folders, JSON Lines, HTML pages and stdin become `ArticleInput`s. */
export { type ArticleInput, fromJsonObject } from './article-input.js'
export { decodeUtf8 } from './decode.js'
export { feedArticles, looksLikeFeed } from './feed.js'
export { describeFsError, readStdin } from './files.js'
export { extractHtml, type HtmlArticle, htmlToText } from './html.js'
export { normaliseText } from './normalise.js'
export {
  countInputs,
  DEFAULT_MAX_BYTES,
  type InputItem,
  parseContent,
  type ReadOptions,
  readInputs,
} from './read.js'
