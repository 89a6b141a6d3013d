import type { ParseInput } from '../parser.js'
import {
  MAX_SUPERTAG_FEATURES,
  supertagFeatures,
  supertagOf,
  supertagPass,
} from '../supertagger.js'
import type { WeightTable } from '../weights.js'
import { trainLeftToRight } from './tagger.js'
import type { GoldSentence } from './treebank.js'

/** The supertags of the treebank's sentences (sorted names) and each word's index among them. */
export function goldSupertags(train: readonly GoldSentence[]): {
  names: string[]
  gold: Int32Array[]
} {
  const per = train.map((s) => s.deprels.map((d, i) => supertagOf(d, s.heads[i] as number, i)))
  const names = [...new Set(per.flat())].sort()
  const index = new Map(names.map((name, i) => [name, i]))
  return { names, gold: per.map((tags) => Int32Array.from(tags, (t) => index.get(t) as number)) }
}

export interface SupertaggerTraining {
  epochs: number
  seed: number
  folds: number
  prune: number
  log: (msg: string) => void
}

/**
 * Trains the supertagger's passes on every sentence, and supertags each sentence with
 * passes that did not see it (jackknifing, `folds` folds), so the parser trains on
 * supertags as wrong as it will meet. `inputs` carry the tags the parser trains on
 * (themselves jackknifed). A second pass trains on the first's jackknifed supertags.
 */
export function trainSupertagger(
  inputs: readonly ParseInput[],
  gold: readonly Int32Array[],
  nClasses: number,
  passes: 1 | 2,
  o: SupertaggerTraining,
  /** Sentences every supertagger (each fold's too) also learns from: parsed news. */
  extra: readonly { input: ParseInput; gold: Int32Array }[] = [],
): { models: WeightTable[]; jackknifed: Int32Array[] } {
  const none = new Int32Array(0)
  const train = (keep: (i: number) => boolean, seed: number, right?: readonly Int32Array[]) => {
    const chosen = inputs.flatMap((input, i) =>
      keep(i) ? [{ input, gold: gold[i] as Int32Array, right: right?.[i] ?? none }] : [],
    )
    // The first pass alone learns from them: a second would need their first-pass supertags.
    if (!right) for (const ex of extra) chosen.push({ ...ex, right: none })
    return trainLeftToRight(
      chosen,
      nClasses,
      o.epochs,
      seed,
      MAX_SUPERTAG_FEATURES,
      (e, i, left, out) => {
        const ex = chosen[e] as (typeof chosen)[number]
        return supertagFeatures(ex.input, i, left, ex.right, out)
      },
    ).compile(o.prune, 2)
  }
  const jackknife = (pass: number, right?: readonly Int32Array[]) => {
    const out: Int32Array[] = new Array(inputs.length)
    for (let f = 0; f < o.folds; f++) {
      const model = train((i) => i % o.folds !== f, o.seed + f, right)
      inputs.forEach((input, i) => {
        if (i % o.folds === f) out[i] = supertagPass(input, model, right?.[i])
      })
      o.log(`supertagger pass ${pass} fold ${f + 1}/${o.folds}`)
    }
    o.log(
      `supertagger pass ${pass}: ${accuracy(out, gold).toFixed(4)} of jackknifed supertags right`,
    )
    return out
  }
  const first = jackknife(1)
  const models = [train(() => true, o.seed)]
  if (passes === 1) return { models, jackknifed: first }
  models.push(train(() => true, o.seed, first))
  return { models, jackknifed: jackknife(2, first) }
}

function accuracy(predicted: readonly Int32Array[], gold: readonly Int32Array[]): number {
  let right = 0
  let words = 0
  predicted.forEach((tags, i) => {
    tags.forEach((t, k) => {
      words++
      if (t === (gold[i] as Int32Array)[k]) right++
    })
  })
  return right / Math.max(1, words)
}
