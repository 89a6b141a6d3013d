import { f1, f2 } from './hash.js'
import { PAD, type WordIds } from './lexical.js'
import { tagId } from './tagger.js'
import { argmax, type Scorer } from './weights.js'

export const MAX_MORPH_FEATURES = 16

/** Features for choosing a word's FEATS among those its tag takes. */
export function morphFeatures(ids: WordIds, tags: Int32Array, i: number, out: Uint32Array): number {
  const at = (col: Uint32Array, j: number) => (j >= 0 && j < ids.n ? (col[j] as number) : PAD)
  let n = 0
  out[n++] = f1(201, 0)
  out[n++] = f1(202, ids.word[i] as number)
  out[n++] = f1(203, ids.suffix1[i] as number)
  out[n++] = f1(204, ids.suffix2[i] as number)
  out[n++] = f1(205, ids.suffix3[i] as number)
  out[n++] = f1(206, ids.suffix4[i] as number)
  out[n++] = f1(207, ids.shape[i] as number)
  out[n++] = f1(208, tagId(tags, i - 1))
  out[n++] = f1(209, tagId(tags, i + 1))
  out[n++] = f2(210, tagId(tags, i - 1), at(ids.word, i - 1))
  out[n++] = f2(211, tagId(tags, i + 1), at(ids.word, i + 1))
  out[n++] = f1(212, at(ids.word, i - 1))
  out[n++] = f2(213, tagId(tags, i - 2), tagId(tags, i - 1))
  out[n++] = f1(214, ids.prefix2[i] as number)
  return n
}

/** Per tag: the FEATS values it takes in training and the model choosing among them. */
export interface MorphModel {
  values: readonly string[]
  scorer: Scorer | null
  /** Normalised forms whose value training settles (its index), unscored (`shortcuts.ts`). */
  fixed?: ReadonlyMap<string, number> | undefined
}

/** FEATS per word, or null when the word has none. */
export function predictFeats(
  ids: WordIds,
  tags: Int32Array,
  tagNames: readonly string[],
  models: ReadonlyMap<string, MorphModel>,
): (string | null)[] {
  const feats = new Uint32Array(MAX_MORPH_FEATURES)
  const scores = new Float64Array(256)
  const out: (string | null)[] = []
  for (let i = 0; i < ids.n; i++) {
    const model = models.get(tagNames[tags[i] as number] as string)
    if (!model || model.values.length === 0) {
      out.push(null)
      continue
    }
    let k = model.fixed?.get(ids.norms[i] as string) ?? -1
    if (k < 0 && model.scorer) {
      scores.fill(0, 0, model.values.length)
      model.scorer.score(feats, morphFeatures(ids, tags, i, feats), scores)
      k = argmax(scores, model.values.length)
    }
    const v = model.values[Math.max(k, 0)] as string
    out.push(v === '_' ? null : v)
  }
  return out
}
