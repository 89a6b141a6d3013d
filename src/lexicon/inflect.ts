import type { EventPattern, VerbInflection } from './schemas.js'

/** A verb form made from a listed one, with its mood and whether a clitic is glued to it. */
export interface Inflected {
  form: string
  mood: string | null
  /** The pattern's clitic is part of the word ("felicitarlo"), so it needs no separate "lo". */
  enclitic: boolean
}

/**
 * The forms a pattern's listed forms imply under the language's inflection rules: in each
 * rule group the longest matching ending is rewritten ("reunirá" → "reuniría", "enviaron" →
 * "enviara"). Clitic rules glue the pattern's single `before` clitic to infinitives and gerunds.
 *
 * @example
 * inflect({ verb: 'reunirse', forms: ['reunirá'], before: ['se'], … }, rules)
 * // [{ form: 'reunirá', mood: 'future' }, { form: 'reuniría', mood: 'conditional' }, …]
 */
export function inflect(p: EventPattern, rules: readonly VerbInflection[]): Inflected[] {
  const out: Inflected[] = []
  const groups = groupRules(rules)
  const clitic = p.before?.length === 1 ? p.before[0] : undefined
  for (const form of p.forms ?? []) {
    for (const group of groups) {
      const rule = longestMatch(group, form, p.verb ?? '')
      if (!rule || (rule.clitic && !clitic)) continue
      const stem = form.slice(0, form.length - rule.from.length)
      for (const ending of rule.to) {
        const word = rule.clitic ? `${stem}${ending}${clitic}` : `${stem}${ending}`
        out.push({ form: word, mood: rule.mood ?? null, enclitic: !!rule.clitic })
      }
    }
  }
  return out
}

const grouped = new WeakMap<readonly VerbInflection[], VerbInflection[][]>()

function groupRules(rules: readonly VerbInflection[]): VerbInflection[][] {
  let groups = grouped.get(rules)
  if (!groups) {
    const byName = new Map<string, VerbInflection[]>()
    for (const r of rules) byName.set(r.group, [...(byName.get(r.group) ?? []), r])
    groups = [...byName.values()]
    grouped.set(rules, groups)
  }
  return groups
}

function longestMatch(
  group: readonly VerbInflection[],
  form: string,
  lemma: string,
): VerbInflection | undefined {
  let best: VerbInflection | undefined
  for (const r of group) {
    if (!form.endsWith(r.from) || form.length <= r.from.length) continue
    if (r.lemma && !r.lemma.some((l) => lemma.endsWith(l))) continue
    if (!best || r.from.length > best.from.length) best = r
  }
  return best
}
