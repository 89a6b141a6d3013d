import { join } from 'node:path'
import type { Lang } from '../doc/index.js'
import { DATA_DIR } from './langs.js'
import { readJsonl } from './read-jsonl.js'

/**
 * A language's cardinal numbers written out ("catorce", "fourteen"), lower case, from
 * `number-words.jsonl`; "one", "uno" and "un", which are also determiners and pronouns, are
 * not among them. The tagger takes those its treebank never showed it for numbers.
 */
export function numberWords(lang: Lang): string[] {
  return readJsonl(join(DATA_DIR, lang, 'number-words.jsonl'), 'word', DATA_DIR).map((w) =>
    w.word.toLowerCase(),
  )
}
