/**
 * Answers the training data gives without asking a model: an arc between two tags whose
 * relation (nearly) never varies ("PUNCT" under a "VERB": `punct`; an "ADP" before a
 * "PROPN": `case`), and a form whose FEATS under a tag (nearly) never vary ("people" as a
 * NOUN: `Number=Plur`). A sixth to two fifths of arcs and a third to half of the words are
 * answered so, which spares their label and FEATS scoring (see `train/shortcuts.ts` for how
 * they are chosen).
 */

/** An arc whose label the tags and the head's side settle. */
export interface FixedLabel {
  dep: string
  head: string
  /** Where the head is in the order the parser reads: `after` the dependent or `before` it. */
  headSide: 'after' | 'before'
  label: string
}

/** Per tag, the normalised forms whose FEATS it settles (`_` for none). */
export type FixedFeats = Record<string, Record<string, string>>

/**
 * The fixed labels as the parser looks them up: `table[(dep * nTags + head) * 2 + side]`
 * is the label's index plus one (0: ask the model), `side` 0 for a head after the
 * dependent (a left arc) and 1 for one before it.
 */
export interface LabelShortcuts {
  readonly table: Int16Array
  readonly nTags: number
}

export function labelShortcuts(
  fixed: readonly FixedLabel[] | undefined,
  tags: readonly string[],
  labels: readonly string[],
): LabelShortcuts | null {
  if (!fixed || fixed.length === 0) return null
  const nTags = tags.length
  const table = new Int16Array(nTags * nTags * 2)
  for (const f of fixed) {
    const dep = tags.indexOf(f.dep)
    const head = tags.indexOf(f.head)
    const label = labels.indexOf(f.label)
    if (dep < 0 || head < 0 || label < 0) continue
    table[(dep * nTags + head) * 2 + (f.headSide === 'after' ? 0 : 1)] = label + 1
  }
  return { table, nTags }
}

/** Per tag, normalised form → the index of its FEATS among the tag's values. */
export function featsShortcuts(
  fixed: FixedFeats | undefined,
  values: readonly string[],
  tag: string,
): ReadonlyMap<string, number> | undefined {
  const forms = fixed?.[tag]
  if (!forms) return undefined
  const out = new Map<string, number>()
  for (const [norm, feats] of Object.entries(forms)) {
    const k = values.indexOf(feats)
    if (k >= 0) out.set(norm, k)
  }
  return out.size > 0 ? out : undefined
}
