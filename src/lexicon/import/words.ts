import type { Lang } from '../../doc/index.js'

/**
 * The closed-class words the pattern converters need to tell a head noun from a
 * preposition, an article or a verb particle. The English prepositions come from the
 * dictionaries' own `Phoenix.prepositions.txt` (see `withPrepositions`).
 */
export interface LangWords {
  lang: Lang
  prepositions: ReadonlySet<string>
  /** Prepositions of several words, longest first ("a lo largo de", "because of"). */
  complexPrepositions: readonly (readonly string[])[]
  /** Contractions of a preposition and an article ("al" → "a"). */
  contractions: ReadonlyMap<string, string>
  /** Articles and other determiners that say nothing about the head. */
  articles: ReadonlySet<string>
  /** The preposition that continues a noun phrase ("plan de paz", "abduction of"). */
  genitive: string
  /** Adverbial particles of phrasal verbs ("set up", "put off"); English only. */
  particles: ReadonlySet<string>
  /** Adjectives that stand before their noun in a head-first language ("nuevas sanciones"). */
  prenominal: ReadonlySet<string>
  /** The head of a noun phrase is its first content word (Spanish) or its last (English). */
  headFirst: boolean
  /** Words that open a clause or negate one: a pattern holding them is no noun slot. */
  clauseWords: ReadonlySet<string>
}

const set = (words: string) => new Set(words.trim().split(/\s+/))

const EN: LangWords = {
  lang: 'en',
  prepositions: set('about against at by for from in into of on to toward towards with'),
  complexPrepositions: [
    'on behalf of',
    'in front of',
    'in favor of',
    'in favour of',
    'because of',
    'instead of',
    'ahead of',
    'out of',
    'away from',
    'according to',
    'due to',
  ].map((p) => p.split(' ')),
  contractions: new Map(),
  articles: set('the a an'),
  genitive: 'of',
  particles: set('up down out off away back aside apart forward together'),
  prenominal: new Set(),
  headFirst: false,
  clauseWords: set('not that when if whether'),
}

const ES: LangWords = {
  lang: 'es',
  prepositions: set(`a ante bajo con contra de desde durante en entre hacia hasta mediante para
    por según segun sin sobre tras como`),
  complexPrepositions: [
    'a lo largo de',
    'a través de',
    'a traves de',
    'en contra de',
    // Without its noun ("se movilizaron en contra"): a phrase of its own, never a bare "en".
    'en contra',
    'en busca de',
    'en búsqueda de',
    'en busqueda de',
    'a favor de',
    'en favor de',
    'por parte de',
    'con respecto a',
    'respecto a',
    'de acuerdo con',
    'en nombre de',
    'fuera de',
    'dentro de',
    'antes de',
    'después de',
    'despues de',
    'cerca de',
    'detrás de',
    'detras de',
    'delante de',
    'encima de',
    'debajo de',
    'en torno a',
    'a causa de',
    'lejos de',
    'junto a',
    'frente a',
    'acerca de',
    'alrededor de',
    'además de',
  ]
    .map((p) => p.split(' '))
    .sort((a, b) => b.length - a.length),
  contractions: new Map([
    ['al', 'a'],
    ['del', 'de'],
  ]),
  articles: set(`el la los las lo un una unos unas su sus este esta estos estas ese esa esos esas
    ningún ninguna ninguno cualquier todo toda todos todas cada algún alguna algunos algunas`),
  genitive: 'de',
  particles: new Set(),
  prenominal: set(`nuevo nueva nuevos nuevas segundo segunda primer primero primera gran grande
    grandes mayor mayores alto alta altos altas último última últimos últimas ultimo ultima
    otro otra otros otras posible posibles futuro futura supuesto supuesta presunto presunta
    mismo misma mucho mucha muchos muchas varios varias nuevamente buen buena mal mala`),
  headFirst: true,
  clauseWords: set('no que cuando si mientras porque donde ni'),
}

/** The word classes of a language; English takes its prepositions from the source list. */
export function langWords(lang: Lang, extraPrepositions: Iterable<string> = []): LangWords {
  const base = lang === 'en' ? EN : ES
  const prepositions = new Set(base.prepositions)
  for (const p of extraPrepositions) if (!base.articles.has(p)) prepositions.add(p)
  return { ...base, prepositions }
}

/**
 * The English prepositions of `Phoenix.prepositions.txt`, less the words English verb
 * patterns use as particles or conjunctions rather than as prepositions.
 */
export function prepositionList(text: string): string[] {
  const skip = set('an but up down out off than times plus minus pro like')
  return text
    .split(/\s+/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w && !skip.has(w))
}

/** Lower case, `_` as a space, TABARI's trailing "whole word" `_` dropped. */
export function normaliseWord(raw: string): string {
  return raw.replace(/_+$/, '').replace(/_+/g, ' ').trim().toLowerCase()
}

/** Lower-case ASCII with hyphens, for ids: "Policía Federal" → "policia-federal". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
