import { join } from 'node:path'
import type { Lang } from '../doc/index.js'
import { DATA_DIR, LANGS } from './langs.js'
import { loadLexicon } from './load.js'
import { readJsonl } from './read-jsonl.js'

const cache = new Map<Lang, ReadonlySet<string>>()
const heads = new Map<Lang, ReadonlySet<string>>()

/**
 * The words that may narrow a role title ("foreign" minister, "migration" researcher,
 * "international relations" expert): every word of the role titles and of the agent
 * nouns of `lang`, without the function words, conjunctions, determiners and prepositions
 * of any language. A word outside it next to a title ("defeats", "proud", "follows") is
 * not part of the role.
 *
 * @example roleWords('en').has('foreign') // true
 */
export function roleWords(lang: Lang): ReadonlySet<string> {
  const known = cache.get(lang)
  if (known) return known
  // Glue words of any language: "y" joins Spanish titles in English text too.
  const glue = (w: string) =>
    LANGS.some((l) => {
      const { functionWords, eventWords } = loadLexicon(l)
      return (
        functionWords.has(w) ||
        eventWords.is('coordinator', w) ||
        eventWords.is('determiner', w) ||
        eventWords.is('preposition', w)
      )
    })
  const words = new Set<string>()
  const add = (phrase: string) => {
    for (const w of phrase.toLowerCase().split(/\s+/)) if (w && !glue(w)) words.add(w)
  }
  for (const r of readJsonl(join(DATA_DIR, lang, 'role-titles.jsonl'), 'roleTitle', DATA_DIR))
    for (const w of r.words) add(w)
  for (const a of readJsonl(join(DATA_DIR, lang, 'agents.jsonl'), 'agent', DATA_DIR))
    add(a.words.join(' '))
  cache.set(lang, words)
  return words
}

/**
 * Nouns for people and bodies that act: the last word of every role title and agent noun
 * of `lang` ("government", "troops", "minister", "gobierno"), singular and plural.
 *
 * @example actorNouns('en').has('government') // true; actorNouns('en').has('film') // false
 */
export function actorNouns(lang: Lang): ReadonlySet<string> {
  const known = heads.get(lang)
  if (known) return known
  const words = new Set<string>()
  const last = (phrase: readonly string[]) => {
    const w = phrase[phrase.length - 1]?.toLowerCase()
    if (w) words.add(w)
  }
  for (const r of readJsonl(join(DATA_DIR, lang, 'role-titles.jsonl'), 'roleTitle', DATA_DIR))
    for (const w of r.words) last(w.split(/\s+/))
  for (const a of readJsonl(join(DATA_DIR, lang, 'agents.jsonl'), 'agent', DATA_DIR)) {
    last(a.words)
    for (const p of a.plurals ?? []) last(p)
  }
  heads.set(lang, words)
  return words
}
