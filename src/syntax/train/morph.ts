import { seededRandom, shuffle } from '../hash.js'
import type { WordIds } from '../lexical.js'
import { MAX_MORPH_FEATURES, morphFeatures } from '../morph.js'
import { argmax, Perceptron } from '../weights.js'
import { countPair } from './counts.js'

export interface MorphExample {
  ids: WordIds
  tags: Int32Array
  feats: string[]
}

/** FEATS values per tag (most frequent first), and a model for each tag with several. */
export function trainMorph(
  examples: readonly MorphExample[],
  tagNames: readonly string[],
  epochs: number,
  seed: number,
): { values: Record<string, string[]>; models: Map<string, Perceptron> } {
  const counts = new Map<string, Map<string, number>>()
  for (const ex of examples)
    ex.feats.forEach((f, i) => {
      countPair(counts, tagNames[ex.tags[i] as number] as string, f)
    })
  const values: Record<string, string[]> = {}
  for (const tag of [...counts.keys()].sort()) {
    // Values seen once are mostly annotation noise; the cap keeps class ids in a byte.
    const c = counts.get(tag) as Map<string, number>
    values[tag] = [...c]
      .filter(([, k]) => k > 1)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 255)
      .map(([v]) => v)
  }
  const models = new Map<string, Perceptron>()
  const feats = new Uint32Array(MAX_MORPH_FEATURES)
  const random = seededRandom(seed)
  for (const [tag, vals] of Object.entries(values)) {
    if (vals.length < 2) continue
    const index = new Map(vals.map((v, k) => [v, k]))
    const tagIndex = tagNames.indexOf(tag)
    const items: [MorphExample, number][] = []
    for (const ex of examples)
      for (let i = 0; i < ex.ids.n; i++) if (ex.tags[i] === tagIndex) items.push([ex, i])
    const model = new Perceptron(vals.length)
    const scores = new Float64Array(vals.length)
    for (let epoch = 0; epoch < epochs; epoch++) {
      shuffle(items, random)
      for (const [ex, i] of items) {
        const truth = index.get(ex.feats[i] as string)
        if (truth === undefined) continue
        const n = morphFeatures(ex.ids, ex.tags, i, feats)
        scores.fill(0)
        model.score(feats, n, scores)
        model.update(feats, n, truth, argmax(scores, vals.length))
        model.tick()
      }
    }
    models.set(tag, model)
  }
  return { values, models }
}
