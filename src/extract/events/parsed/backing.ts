import type { Side, SideContext } from './sides.js'
import { withConjuncts } from './sides.js'
import type { Tree } from './tree.js'

/** Who backs what in a compound of support, and the verb that says how. */
export interface Backing {
  source: Side
  target: Side
  /** The participle's verb ("backed" → back), to be coded as that verb would be. */
  lemmas: string[]
}

/**
 * "a bloodless British-backed coup", "Iran-backed militias", "a state-funded broadcaster": a
 * country (or the state, the article's own) before a participle of support backs what the
 * phrase names, or, where that is an act ("a coup"), whoever owns it.
 */
export function backingAt(
  sides: SideContext,
  t: Tree,
  n: number,
  placeOf: (word: string) => { country: string; sector: string | null } | undefined,
): Backing | undefined {
  const word = t.word(n)
  const dash = word.form.lastIndexOf('-')
  if (dash <= 0) return undefined
  const participle = word.form.slice(dash + 1).toLowerCase()
  if (!sides.words.is('backing', participle)) return undefined
  const backer = word.form.slice(0, dash)
  const state = sides.words.is('backer', backer.toLowerCase())
  const placed = state && sides.home ? { country: sides.home, sector: 'GOV' } : placeOf(backer)
  if (!placed) return undefined
  const head = t.heads[n] as number
  if (head < 0 || !['amod', 'compound'].includes(t.rel(n))) return undefined
  // "Qaboos's overthrow of his father was a British-backed coup": the act's owner, also
  // through the subject a predicate noun describes.
  const subject = t.child(head, 'nsubj')
  const owns = (k: number) =>
    t.word(k).deprel === 'nmod:poss' ||
    t.childrenBy(k, 'case').some((c) => sides.words.is('possessive-marker', t.word(c).form))
  const owners = [head, ...(subject === undefined ? [] : [subject])].flatMap((k) =>
    t.children(k).filter(owns),
  )
  const target = [head, ...owners]
    .map((k) => withConjuncts(sides, t, k, 'target')[0])
    .find((x) => x !== undefined)
  if (!target || (target.country === placed.country && !target.draft)) return undefined
  const { country, sector } = placed
  const source: Side = {
    draft: state ? null : sides.actors.countryDraft(country),
    country,
    sector,
    place: false,
    start: word.start,
    end: word.start + dash,
  }
  return { source, target, lemmas: [participle.slice(0, -1), participle.slice(0, -2)] }
}
