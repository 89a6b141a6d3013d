import { f1, f2, f3, f4, hashString } from './hash.js'
import { PAD, type WordIds } from './lexical.js'
import { argmax, type Scorer } from './weights.js'

// A supertag says, before any parsing, which way a word's head lies and by which relation
// ("nsubj>": a subject whose head is to its right), guessed from a window on both sides of
// the word (Ouchi et al. 2014). The greedy parser reads the supertags of the words it
// weighs: it sees the right context that a left-to-right parser has not reached yet.

export const MAX_SUPERTAG_FEATURES = 40

const START = hashString('<start>')

/** The supertag of a word: its relation and the side its head is on ("root" for the root). */
export function supertagOf(deprel: string, head: number, position: number): string {
  if (head === 0) return 'root'
  return `${deprel}${head - 1 < position ? '<' : '>'}`
}

/** What the supertagger reads of a sentence: its word ids, tags and where the verbs are. */
export interface SupertagInput {
  ids: WordIds
  /** Tag index per word (0-based), as the tagger predicted it. */
  tags: Int32Array
  /** Verbs (and auxiliaries) before each word, a prefix sum (length n + 1). */
  verbsBefore: Int32Array
  /** Punctuation marks before each word, a prefix sum (length n + 1). */
  punctBefore: Int32Array
}

/**
 * Features of word i: the word, its tag, suffix and clusters, the tags two words either
 * side and the words beside it, the supertags chosen to its left, and how many verbs and
 * punctuation marks lie on each side (none, one, more);
 * on a second pass, also the supertags an earlier pass gave the words to its right (`right`,
 * empty on the first).
 */
export function supertagFeatures(
  input: SupertagInput,
  i: number,
  left: Int32Array,
  right: Int32Array,
  out: Uint32Array,
): number {
  const { ids, tags, verbsBefore, punctBefore } = input
  const n = ids.n
  const tag = (j: number) => (j >= 0 && j < n ? (tags[j] as number) + 1 : 0)
  const at = (col: Uint32Array, j: number) => (j >= 0 && j < n ? (col[j] as number) : PAD)
  const st = (j: number) => (j >= 0 ? (left[j] as number) + 1 : START)
  const w = ids.word[i] as number
  const t = tag(i)
  const tPrev = tag(i - 1)
  const tNext = tag(i + 1)
  const verbsLeft = Math.min(verbsBefore[i] as number, 2)
  const verbsRight = Math.min((verbsBefore[n] as number) - (verbsBefore[i + 1] as number), 2)
  const punctLeft = Math.min(punctBefore[i] as number, 2)
  const punctRight = Math.min((punctBefore[n] as number) - (punctBefore[i + 1] as number), 2)
  const edge = i === 0 ? 1 : i === n - 1 ? 2 : 0
  let k = 0
  out[k++] = f1(1, 0)
  out[k++] = f1(2, w)
  out[k++] = f1(3, t)
  out[k++] = f2(4, w, t)
  out[k++] = f2(5, t, ids.clusterFine[i] as number)
  out[k++] = f2(6, t, ids.suffix3[i] as number)
  out[k++] = f2(7, tPrev, t)
  out[k++] = f2(8, t, tNext)
  out[k++] = f3(9, tPrev, t, tNext)
  out[k++] = f3(10, tag(i - 2), tPrev, t)
  out[k++] = f3(11, t, tNext, tag(i + 2))
  out[k++] = f2(14, t, at(ids.word, i - 1))
  out[k++] = f2(15, t, at(ids.word, i + 1))
  out[k++] = f2(17, t, at(ids.clusterFine, i - 1))
  out[k++] = f2(18, t, at(ids.clusterFine, i + 1))
  out[k++] = f1(21, st(i - 1))
  out[k++] = f2(22, st(i - 1), st(i - 2))
  out[k++] = f2(23, st(i - 1), t)
  out[k++] = f3(24, st(i - 1), tPrev, t)
  out[k++] = f3(26, t, verbsLeft, verbsRight)
  out[k++] = f4(27, t, tNext, verbsLeft, verbsRight)
  out[k++] = f3(28, t, punctLeft, punctRight)
  out[k++] = f2(29, t, edge)
  out[k++] = f2(31, t, ids.ambiguity[i] as number)
  out[k++] = f3(32, st(i - 1), t, tNext)
  if (right.length === 0) return k
  const next = (j: number) => (j < n ? (right[j] as number) + 1 : START)
  out[k++] = f1(33, next(i + 1))
  out[k++] = f2(34, next(i + 1), next(i + 2))
  out[k++] = f2(35, next(i + 1), t)
  out[k++] = f3(36, st(i - 1), next(i + 1), t)
  out[k++] = f2(37, right[i] as number, t)
  return k
}

const NONE: Int32Array = new Int32Array(0)

/** One left-to-right pass (class indices into the model's supertags); see `supertagFeatures`. */
export function supertagPass(
  input: SupertagInput,
  model: Scorer,
  right: Int32Array = NONE,
): Int32Array {
  const n = input.ids.n
  const out = new Int32Array(n)
  const feats = new Uint32Array(MAX_SUPERTAG_FEATURES)
  const scores = new Float64Array(model.nClasses)
  for (let i = 0; i < n; i++) {
    const k = supertagFeatures(input, i, out, right, feats)
    scores.fill(0)
    model.score(feats, k, scores)
    out[i] = argmax(scores, model.nClasses)
  }
  return out
}

/** Supertags a sentence: each pass after the first reads the one before's to the right. */
export function supertagSentence(input: SupertagInput, passes: readonly Scorer[]): Int32Array {
  let tags = NONE
  for (const model of passes) tags = supertagPass(input, model, tags)
  return tags
}
