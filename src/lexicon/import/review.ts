import type { BareReview, CameoPattern, CameoVerb, EntryReview } from '../verb-schemas.js'

/** How a review changed the code the parse coder reads (a lemma's first plain entry). */
export interface ReviewCounts {
  reviewed: number
  /** The reviewed code is the one the coder read. */
  kept: number
  /** Another code (or a code where the coder read none). */
  recoded: number
  /** No code where the coder read one. */
  dropped: number
  /** Plain entries whose code the review changed. */
  entries: number
}

/** A review entry that no longer fits the dictionary: its lemma is gone or its source codes changed. */
export class StaleReview extends Error {}

/** The distinct codes of a lemma's entries, in source order. */
const codesOf = (entries: readonly CameoVerb[]): (string | null)[] => [
  ...new Set(entries.map((e) => e.cameo)),
]

/**
 * Writes reviewed bare codes into the converted verbs: each review entry's `cameo` goes
 * to every plain entry (no particles) of its lemma, which is marked `reviewed` with the
 * entry's id. Throws `StaleReview` when a lemma has no plain entry or its source codes are
 * no longer the ones the review saw (`was`), and when a code is not in the CAMEO table.
 */
export function applyBareReview(
  verbs: readonly CameoVerb[],
  review: readonly BareReview[],
  table: ReadonlySet<string>,
): { verbs: CameoVerb[]; counts: ReviewCounts } {
  const plain = new Map<string, CameoVerb[]>()
  for (const v of verbs) {
    if (v.particles.length) continue
    const list = plain.get(v.lemma)
    if (list) list.push(v)
    else plain.set(v.lemma, [v])
  }
  const counts: ReviewCounts = { reviewed: 0, kept: 0, recoded: 0, dropped: 0, entries: 0 }
  const byLemma = new Map<string, BareReview>()
  for (const r of review) {
    const entries = plain.get(r.lemma)
    if (!entries) throw new StaleReview(`${r.id}: no plain entry for "${r.lemma}"`)
    const was = codesOf(entries)
    if (JSON.stringify(was) !== JSON.stringify(r.was))
      throw new StaleReview(
        `${r.id}: the source now codes "${r.lemma}" ${JSON.stringify(was)}, reviewed as ${JSON.stringify(r.was)}`,
      )
    if (r.cameo !== null && !table.has(r.cameo))
      throw new StaleReview(`${r.id}: "${r.cameo}" is not a CAMEO code`)
    if (byLemma.has(r.lemma)) throw new StaleReview(`${r.id}: "${r.lemma}" is reviewed twice`)
    byLemma.set(r.lemma, r)
    counts.reviewed++
    const read = r.was[0] ?? null
    if (r.cameo === read) counts.kept++
    else if (r.cameo === null) counts.dropped++
    else counts.recoded++
  }
  const out = verbs.map((v) => {
    const r = v.particles.length ? undefined : byLemma.get(v.lemma)
    if (!r) return v
    if (v.cameo !== r.cameo) counts.entries++
    // The review says what the bare verb codes, in either voice.
    return { ...v, cameo: r.cameo, passive: null, reviewed: r.id }
  })
  return { verbs: out, counts }
}

/**
 * Writes reviewed entries into the converted verbs and patterns: each review's `cameo`
 * replaces its entry's code, and its `passive` the code with the roles turned round (the
 * entry is marked `reviewed`), or `drop` removes the entry.
 * Throws `StaleReview` when an entry is missing, reviewed twice, or no longer has the
 * code the review saw (`was`), and when a code is not in the CAMEO table.
 */
export function applyEntryReview(
  verbs: readonly CameoVerb[],
  patterns: readonly CameoPattern[],
  review: readonly EntryReview[],
  table: ReadonlySet<string>,
): { verbs: CameoVerb[]; patterns: CameoPattern[]; counts: { recoded: number; dropped: number } } {
  const byEntry = new Map<string, EntryReview>()
  for (const r of review) {
    if (byEntry.has(r.entry)) throw new StaleReview(`${r.id}: "${r.entry}" is reviewed twice`)
    for (const c of [r.cameo, r.passive])
      if (c != null && !table.has(c)) throw new StaleReview(`${r.id}: "${c}" is not a CAMEO code`)
    byEntry.set(r.entry, r)
  }
  const seen = new Set<string>()
  const counts = { recoded: 0, dropped: 0 }
  const apply = <T extends CameoVerb | CameoPattern>(entries: readonly T[]): T[] =>
    entries.flatMap((e) => {
      const r = byEntry.get(e.id)
      if (!r) return [e]
      seen.add(e.id)
      if (e.cameo !== r.was)
        throw new StaleReview(
          `${r.id}: the source now codes "${e.id}" ${JSON.stringify(e.cameo)}, reviewed as ${JSON.stringify(r.was)}`,
        )
      if (r.drop) {
        counts.dropped++
        return []
      }
      counts.recoded++
      const passive = r.passive === undefined ? {} : { passive: r.passive }
      return [{ ...e, cameo: r.cameo, ...passive, reviewed: r.id }]
    })
  const out = { verbs: apply(verbs), patterns: apply(patterns), counts }
  for (const r of review)
    if (!seen.has(r.entry)) throw new StaleReview(`${r.id}: no entry "${r.entry}"`)
  return out
}
