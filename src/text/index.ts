/** Text layer: language identification, tokens and sentences with exact offsets. */
export { datelineEnd } from './dateline.js'
export { detectLanguage, type LanguageGuess } from './language.js'
export { makeDoc } from './make-doc.js'
export { sentenceAt, splitSentences } from './sentences.js'
export { type RawToken, tokenize } from './tokens.js'
