import { f1, f2, f3, hashString } from './hash.js'
import { PAD, type WordIds } from './lexical.js'
import type { Scorer } from './weights.js'

export const MAX_TAG_FEATURES = 48

const START = hashString('<start>')

/**
 * Features of word i for a left-to-right tagger: the word, its affixes and shape, the
 * words around it, the two tags chosen before it and, on the second pass, the tags the
 * first pass gave the two words after it.
 */
export function tagFeatures(
  ids: WordIds,
  i: number,
  left: Int32Array,
  right: Int32Array,
  out: Uint32Array,
): number {
  const prev1 = tagId(left, i - 1)
  const prev2 = tagId(left, i - 2)
  const next1 = tagId(right, i + 1)
  const next2 = tagId(right, i + 2)
  const { word, suffix3, shape, cluster, clusterFine } = ids
  const at = (col: Uint32Array, j: number) => (j >= 0 && j < ids.n ? (col[j] as number) : PAD)
  const w = word[i] as number
  const wPrev = at(word, i - 1)
  const wNext = at(word, i + 1)
  let n = 0
  out[n++] = f1(1, 0)
  out[n++] = f1(2, w)
  out[n++] = f1(3, ids.suffix1[i] as number)
  out[n++] = f1(4, ids.suffix2[i] as number)
  out[n++] = f1(5, suffix3[i] as number)
  out[n++] = f1(6, ids.suffix4[i] as number)
  out[n++] = f1(7, ids.prefix1[i] as number)
  out[n++] = f1(8, ids.prefix2[i] as number)
  out[n++] = f1(9, shape[i] as number)
  out[n++] = f1(10, wPrev)
  out[n++] = f1(11, wNext)
  out[n++] = f1(12, at(word, i - 2))
  out[n++] = f1(13, at(word, i + 2))
  out[n++] = f1(14, at(suffix3, i - 1))
  out[n++] = f1(15, at(suffix3, i + 1))
  out[n++] = f1(16, prev1)
  out[n++] = f2(17, prev1, prev2)
  out[n++] = f2(18, prev1, w)
  out[n++] = f2(19, w, wNext)
  out[n++] = f2(20, wPrev, w)
  out[n++] = f1(21, at(shape, i - 1))
  out[n++] = f1(22, at(shape, i + 1))
  out[n++] = f2(23, prev1, suffix3[i] as number)
  out[n++] = f2(24, i === 0 ? 1 : 0, shape[i] as number)
  out[n++] = f1(25, cluster[i] as number)
  out[n++] = f1(26, clusterFine[i] as number)
  out[n++] = f1(27, at(cluster, i - 1))
  out[n++] = f1(28, at(cluster, i + 1))
  out[n++] = f2(29, prev1, cluster[i] as number)
  out[n++] = f1(30, next1)
  out[n++] = f2(31, next1, next2)
  out[n++] = f2(32, next1, w)
  out[n++] = f3(33, prev1, next1, w)
  out[n++] = f2(34, prev1, next1)
  const amb = ids.ambiguity[i] as number
  out[n++] = f1(35, amb)
  out[n++] = f2(36, amb, prev1)
  out[n++] = f1(37, at(ids.ambiguity, i + 1))
  out[n++] = f1(38, at(ids.ambiguity, i - 1))
  out[n++] = f2(39, amb, at(ids.ambiguity, i + 1))
  out[n++] = f2(40, amb, next1)
  out[n++] = f1(41, at(clusterFine, i - 1))
  out[n++] = f1(42, at(clusterFine, i + 1))
  out[n++] = f2(43, clusterFine[i] as number, next1)
  out[n++] = f1(44, at(cluster, i + 2))
  out[n++] = f1(45, at(ids.suffix2, i - 1))
  out[n++] = f1(46, at(ids.suffix2, i + 1))
  return n
}

/** Tag ids for the features: the index of the tag, or a boundary marker. */
export const tagId = (tags: Int32Array, j: number): number =>
  j >= 0 && j < tags.length ? (tags[j] as number) + 1 : START

/** One left-to-right pass's tags, and how far each tag's score led the next best. */
export interface PassResult {
  tags: Int32Array
  margins: Float64Array
}

/**
 * One left-to-right pass; `right` holds an earlier pass's tags (empty on the first). A
 * word the earlier pass tagged with a lead of `settled` or more, after the same tags, keeps
 * its tag without scoring: the second pass then costs little on easy words.
 */
export function tagPass(
  ids: WordIds,
  model: Scorer,
  fixed: (i: number) => number,
  right: Int32Array,
  earlier?: PassResult,
  settled = Number.POSITIVE_INFINITY,
): PassResult {
  const nTags = model.nClasses
  const feats = new Uint32Array(MAX_TAG_FEATURES)
  const scores = new Float64Array(nTags)
  const tags = new Int32Array(ids.n)
  const margins = new Float64Array(ids.n)
  for (let i = 0; i < ids.n; i++) {
    const known = fixed(i)
    if (known >= 0) {
      tags[i] = known
      margins[i] = Number.POSITIVE_INFINITY
      continue
    }
    if (
      earlier &&
      (earlier.margins[i] as number) >= settled &&
      (i < 1 || tags[i - 1] === earlier.tags[i - 1]) &&
      (i < 2 || tags[i - 2] === earlier.tags[i - 2])
    ) {
      tags[i] = earlier.tags[i] as number
      continue
    }
    const n = tagFeatures(ids, i, tags, right, feats)
    scores.fill(0)
    model.score(feats, n, scores)
    let best = 0
    let second = 1
    if ((scores[1] as number) > (scores[0] as number)) [best, second] = [1, 0]
    for (let k = 2; k < nTags; k++) {
      const v = scores[k] as number
      if (v > (scores[best] as number)) [best, second] = [k, best]
      else if (v > (scores[second] as number)) second = k
    }
    tags[i] = best
    margins[i] = (scores[best] as number) - (scores[second] as number)
  }
  return { tags, margins }
}

const NO_TAGS = new Int32Array(0)

/**
 * Tags a sentence in two passes: the first reads tags to the left; the second also
 * reads the first pass's tags to the right.
 */
export function tagSentence(
  ids: WordIds,
  passes: readonly [Scorer, Scorer],
  fixed: (i: number) => number,
  settled = Number.POSITIVE_INFINITY,
): Int32Array {
  const first = tagPass(ids, passes[0], fixed, NO_TAGS)
  return tagPass(ids, passes[1], fixed, first.tags, first, settled).tags
}
