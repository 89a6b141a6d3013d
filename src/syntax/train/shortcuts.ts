import type { FixedFeats, FixedLabel } from '../shortcuts.js'
import type { GoldSentence } from './treebank.js'

/**
 * How settled an answer must be to skip the model: seen this often in training, and
 * taking at least this share of its cases. Looser settings spared little more time and
 * began to cost accuracy (see the README).
 */
export const LABEL_MIN_ARCS = 50
export const LABEL_MIN_SHARE = 0.99
export const FEATS_MIN_WORDS = 10
export const FEATS_MIN_SHARE = 0.995

/** Tallies of answers per context. */
class Tally {
  private readonly counts = new Map<string, Map<string, number>>()

  add(context: string, answer: string): void {
    let answers = this.counts.get(context)
    if (!answers) {
      answers = new Map()
      this.counts.set(context, answers)
    }
    answers.set(answer, (answers.get(answer) ?? 0) + 1)
  }

  /** Contexts seen `min` times or more whose commonest answer takes `share` of them, sorted. */
  settled(min: number, share: number): [string, string][] {
    const out: [string, string][] = []
    for (const [context, answers] of this.counts) {
      let total = 0
      let best = ''
      let most = 0
      for (const [answer, n] of answers) {
        total += n
        if (n > most || (n === most && answer < best)) {
          best = answer
          most = n
        }
      }
      if (total >= min && most >= share * total) out.push([context, best])
    }
    return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  }
}

/**
 * The arcs whose label the two words' tags and the head's side settle, counted over the
 * treebank's arcs with the tags the parser trains on (jackknifed: as wrong as at run time),
 * so a context that predicted tags blur does not qualify.
 */
export function findFixedLabels(
  train: readonly GoldSentence[],
  parserTags: readonly Int32Array[],
  tagNames: readonly string[],
  min = LABEL_MIN_ARCS,
  share = LABEL_MIN_SHARE,
): FixedLabel[] {
  const tally = new Tally()
  train.forEach((s, i) => {
    const tags = parserTags[i] as Int32Array
    s.heads.forEach((head, d) => {
      if (head === 0) return
      const side = head - 1 > d ? 'after' : 'before'
      const context = `${tagNames[tags[d] as number]} ${tagNames[tags[head - 1] as number]} ${side}`
      // The whole relation, subtype and all: a shortcut must give what the model would.
      tally.add(context, s.deprels[d] as string)
    })
  })
  return tally.settled(min, share).map(([context, label]) => {
    const [dep, head, side] = context.split(' ') as [string, string, FixedLabel['headSide']]
    return { dep, head, headSide: side, label }
  })
}

/**
 * The forms whose FEATS their (jackknifed) tag settles, among the values the tag's model
 * chooses from; `norms` are the sentences' normalised forms, as the model looks them up.
 */
export function findFixedFeats(
  train: readonly GoldSentence[],
  norms: readonly (readonly string[])[],
  parserTags: readonly Int32Array[],
  tagNames: readonly string[],
  values: Readonly<Record<string, readonly string[]>>,
  min = FEATS_MIN_WORDS,
  share = FEATS_MIN_SHARE,
): FixedFeats {
  const tally = new Tally()
  train.forEach((s, i) => {
    const tags = parserTags[i] as Int32Array
    s.feats.forEach((feats, w) => {
      tally.add(`${tagNames[tags[w] as number]} ${norms[i]?.[w]}`, feats)
    })
  })
  const out: FixedFeats = {}
  for (const [context, feats] of tally.settled(min, share)) {
    const space = context.indexOf(' ')
    const tag = context.slice(0, space)
    // A tag with one value, or none, is never scored: nothing to spare.
    const taken = values[tag]
    if (!taken || taken.length < 2 || !taken.includes(feats)) continue
    out[tag] ??= {}
    out[tag][context.slice(space + 1)] = feats
  }
  return out
}
