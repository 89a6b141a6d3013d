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
  const none = new Int32Array(0)
  return trainLeftToRight(examples, nTags, epochs, seed, MAX_TAG_FEATURES, (e, i, left, out) =>
    tagFeatures((examples[e] as TagExample).ids, i, left, right?.[e] ?? none, out),
  )
}

/** Features of word i of example e, given the classes chosen for the words before it. */
export type SequenceFeatures = (e: number, i: number, left: Int32Array, out: Uint32Array) => number

/**
 * An averaged perceptron choosing one class per word, left to right, each word reading the
 * classes chosen before it (the tagger's passes, the supertagger).
 */
export function trainLeftToRight(
  examples: readonly { gold: Int32Array }[],
  nClasses: number,
  epochs: number,
  seed: number,
  maxFeatures: number,
  features: SequenceFeatures,
): Perceptron {
  const model = new Perceptron(nClasses)
  const feats = new Uint32Array(maxFeatures)
  const scores = new Float64Array(nClasses)
  const random = seededRandom(seed)
  const order = examples.map((_, i) => i)
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random)
    for (const e of order) {
      const gold = (examples[e] as { gold: Int32Array }).gold
      const chosen = new Int32Array(gold.length)
      for (let i = 0; i < gold.length; i++) {
        const n = features(e, i, chosen, feats)
        scores.fill(0)
        model.score(feats, n, scores)
        const guess = argmax(scores, nClasses)
        model.update(feats, n, gold[i] as number, guess)
        model.tick()
        // Later words read the class the model chose, as they will when it runs.
        chosen[i] = guess
      }
    }
  }
  return model
}
