import type { EntityKind, Mention, Role } from '../../doc/index.js'
import { nameKey } from '../../lexicon/index.js'

/** An entity while the document is being read: mutable, with lookup keys. */
export interface Draft {
  index: number
  name: string
  kind: EntityKind
  country: string | null
  /** CAMEO sector known for the actor itself (lexicon or role), e.g. GOV, BUS. */
  sector: string | null
  /** Canonical name in the office-holder or people lexicon, when known there. */
  lexiconName: string | null
  aliases: Set<string>
  keys: Set<string>
  roles: Role[]
  /** Lexicon ids of the roles read from the text, to match later descriptions in any language. */
  roleIds: Set<string>
  mentions: Mention[]
  gender: 'm' | 'f' | 'u'
  /** How sure the typing is: 2 lexicon, 1 strong cue, 0 default guess. */
  confidence: number
}

export function newDraft(
  index: number,
  name: string,
  kind: EntityKind,
  country: string | null,
): Draft {
  return {
    index,
    name,
    kind,
    country,
    sector: null,
    lexiconName: null,
    aliases: new Set(),
    keys: new Set([nameKey(name)]),
    roles: [],
    roleIds: new Set(),
    mentions: [],
    gender: 'u',
    confidence: 0,
  }
}

const GENERATIONAL = /^(jr|sr|ii|iii|iv)\.?$/i

/**
 * The shorter names a person goes by on later mentions: every tail of the full
 * name ("Héctor Lindo Fuentes" → "Lindo Fuentes", "Fuentes"), keeping a
 * generational suffix attached ("Donald Trump Jr." → "Trump Jr.", never "Trump").
 */
export function personNameTails(
  words: readonly string[],
  isParticle: (w: string) => boolean,
): string[] {
  const tails: string[] = []
  const hasSuffix = words.length > 2 && GENERATIONAL.test(words[words.length - 1] ?? '')
  const lastCore = hasSuffix ? words.length - 2 : words.length - 1
  for (let i = 1; i <= lastCore; i++) {
    const w = words[i] as string
    if (isParticle(w) && i < lastCore) continue
    if (/^\p{Lu}\.$/u.test(w)) continue
    const tail = words.slice(i).join(' ')
    if (!isParticle(w) || i === lastCore) tails.push(tail)
  }
  // "de la Cruz" → also "Cruz"; a particle-led tail is kept for Spanish names.
  return tails.filter((t) => /^\p{Lu}/u.test(t) || t.split(' ').length > 1)
}

/**
 * "Enrique Peña Nieto" → "Peña", "Andrés Manuel López Obrador" → "López": after the given
 * names, the first of two surnames alone names the person. None for "Donald Trump Jr."
 * (the father's name) or a name with one surname.
 */
export function firstSurname(
  words: readonly string[],
  isGiven: (w: string) => boolean,
  isParticle: (w: string) => boolean,
): string | undefined {
  if (GENERATIONAL.test(words[words.length - 1] ?? '')) return undefined
  let k = 0
  while (k < words.length && isGiven(words[k] as string)) k++
  if (k === 0 || k >= words.length - 1) return undefined
  const w = words[k] as string
  return isParticle(w) || /^\p{Lu}\.$/u.test(w) ? undefined : w
}

export function addKey(d: Draft, alias: string): void {
  if (alias !== d.name) d.aliases.add(alias)
  d.keys.add(nameKey(alias))
}
