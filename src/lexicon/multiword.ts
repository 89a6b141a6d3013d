import type { z } from 'zod'
import type { multiwordSchema } from './schemas.js'

type MultiwordEntry = z.infer<typeof multiwordSchema>

/** Read from `multiword-tokens.jsonl`: how tokens split into UD words. Forms are lower case, apostrophes `'`. */
export interface MultiwordRules {
  /** Whole tokens ("del", "cannot") and their words. */
  words: ReadonlyMap<string, { words: readonly string[]; name: boolean }>
  /** Endings split off a token ("n't", "'ll"), longest first. */
  suffixes: readonly string[]
  /** Tokens that make one token with the word written right before them ("'s"). */
  joins: ReadonlyMap<string, { after: string | null }>
  /** Enclitic pronouns with their rank, for verbs that carry them ("dárselo"). */
  clitics: ReadonlyMap<string, { rank: number; imperative: boolean }>
  verbEndings: readonly { form: string; min: number; accented: boolean; imperative: boolean }[]
  /** Verb forms too short for the endings' rules ("dar", "di"). */
  verbs: ReadonlySet<string>
  /** Tokens that look like verb + clitic and are one word ("charla"). */
  keep: ReadonlySet<string>
  keepEndings: readonly string[]
}

/** Apostrophe-like characters read as `'` when matching. */
export const apostrophes = (s: string): string => s.replace(/[’‘`´]/g, "'")

export function buildMultiwordRules(entries: readonly MultiwordEntry[]): MultiwordRules {
  const of = (type: MultiwordEntry['type']) => entries.filter((e) => e.type === type)
  const key = (e: MultiwordEntry) => apostrophes(e.form.toLowerCase())
  return {
    words: new Map(of('word').map((e) => [key(e), { words: e.words ?? [], name: !!e.name }])),
    suffixes: of('suffix')
      .map(key)
      .sort((a, b) => b.length - a.length),
    joins: new Map(of('join').map((e) => [key(e), { after: e.after ?? null }])),
    clitics: new Map(
      of('clitic').map((e) => [key(e), { rank: e.rank ?? 0, imperative: !!e.imperative }]),
    ),
    verbEndings: of('verb-ending').map((e) => ({
      form: key(e),
      min: e.min ?? 0,
      accented: !!e.accented,
      imperative: !!e.imperative,
    })),
    verbs: new Set(of('verb').map(key)),
    keep: new Set(
      of('keep')
        .filter((e) => !e.ending)
        .map(key),
    ),
    keepEndings: of('keep')
      .filter((e) => e.ending)
      .map(key),
  }
}
