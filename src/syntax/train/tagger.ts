import { seededRandom, shuffle } from '../hash.js'
import type { WordIds } from '../lexical.js'
import { MAX_TAG_FEATURES, tagFeatures } from '../tagger.js'
import { argmax, Perceptron } from '../weights.js'
import { countPair } from './counts.js'

/** A training sentence for the tagger: its word ids and gold tag indices. */
export interface TagExample {
  ids: WordIds
  gold: Int32Array
}

/**
 * Normalised forms seen at least `minCount` times that take one tag at least
 * `purity` of the time: the tagger gives them that tag without scoring.
 */
export function buildTagDict(examples: readonly TagExample[], minCount = 20, purity = 0.995) {
  const counts = new Map<string, Map<number, number>>()
  for (const ex of examples)
    ex.ids.norms.forEach((w, i) => {
      countPair(counts, w, ex.gold[i] as number)
    })
  const dict: Record<string, number> = {}
  for (const [w, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0
    let best = -1
    let bestCount = 0
    for (const [t, k] of c) {
      total += k
      if (k > bestCount) [best, bestCount] = [t, k]
    }
    if (total >= minCount && bestCount / total >= purity) dict[w] = best
  }
  return dict
}

/**
 * Trains one pass of the tagger. `right` gives, per example, the tags the first pass
 * predicted (absent when training the first pass itself).
 */
export function trainTagPass(
  examples: readonly TagExample[],
  nTags: number,
  epochs: number,
  seed: number,
  right?: readonly Int32Array[],
): Perceptron {
  const model = new Perceptron(nTags)
  const feats = new Uint32Array(MAX_TAG_FEATURES)
  const scores = new Float64Array(nTags)
  const random = seededRandom(seed)
  const order = examples.map((_, i) => i)
  const none = new Int32Array(0)
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random)
    for (const e of order) {
      const ex = examples[e] as TagExample
      const r = right?.[e] ?? none
      const tags = new Int32Array(ex.ids.n)
      for (let i = 0; i < ex.ids.n; i++) {
        const n = tagFeatures(ex.ids, i, tags, r, feats)
        scores.fill(0)
        model.score(feats, n, scores)
        const guess = argmax(scores, nTags)
        const truth = ex.gold[i] as number
        model.update(feats, n, truth, guess)
        model.tick()
        // Later words read the tag the tagger chose, as they will when it runs.
        tags[i] = guess
      }
    }
  }
  return model
}
