import { join } from 'node:path'
import type { Lang } from '../doc/index.js'
import { DATA_DIR, LANGS } from './langs.js'
import { readJsonl } from './read-jsonl.js'

let markers: ReadonlyMap<string, Lang> | undefined

/**
 * Every language's marker words (`language.jsonl`), by word: the language that writes it.
 * A word two languages share marks neither. Read once; a few dozen words in all.
 */
export function markerWords(): ReadonlyMap<string, Lang> {
  if (markers) return markers
  const found = new Map<string, Lang | null>()
  for (const lang of LANGS) {
    const [language] = readJsonl(join(DATA_DIR, lang, 'language.jsonl'), 'language', DATA_DIR)
    for (const word of language?.markers ?? [])
      found.set(word, found.has(word) && found.get(word) !== lang ? null : lang)
  }
  markers = new Map([...found].filter((e): e is [string, Lang] => e[1] !== null))
  return markers
}
