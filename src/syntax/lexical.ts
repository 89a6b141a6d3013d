import { hashString } from './hash.js'

/** Per-word ids the tagger and parser build their features from, one column each. */
export interface WordIds {
  readonly n: number
  /** The normalised forms: lower case, digits as 0. */
  readonly norms: readonly string[]
  /** The normalised form's id. */
  readonly word: Uint32Array
  readonly shape: Uint32Array
  readonly prefix1: Uint32Array
  readonly prefix2: Uint32Array
  readonly suffix1: Uint32Array
  readonly suffix2: Uint32Array
  readonly suffix3: Uint32Array
  readonly suffix4: Uint32Array
  /** Distributional cluster of the word (0 when it has none), coarse and fine. */
  readonly cluster: Uint32Array
  readonly clusterFine: Uint32Array
  /** The tags the word took in training, as a bit mask (0 for a word seen too rarely). */
  readonly ambiguity: Uint32Array
  /** The one tag (its index) a form always took in training, or -1 (`WordKnowledge.tagDict`). */
  readonly fixedTag: Int32Array
}

/**
 * Word → its clusters, packed as `fine | coarse << 16` (cluster numbers from 0); absent
 * when no clusters were trained. Numbers rather than objects: the English map holds
 * 40,000 words, built at every start.
 */
export interface Clusters {
  get(word: string): number | undefined
}

/** What a model knows of words beyond their letters, keyed by normalised form. */
export interface WordKnowledge {
  clusters?: Clusters
  ambiguity?: ReadonlyMap<string, number>
  /** Normalised forms that always take one tag → the tag's index. */
  tagDict?: ReadonlyMap<string, number>
}

const DIGITS = /\d/g

/** Lower case with every digit as 0, so that numbers share their shapes' weights. */
export function normalise(form: string): string {
  return form.toLowerCase().replace(DIGITS, '0')
}

/** "Xxxx", "xx-xx", "dd.d", "XX": character classes with runs cut at two. */
export function shapeOf(form: string): string {
  let out = ''
  let last = ''
  let run = 0
  for (const ch of form) {
    let c: string
    if (/\p{Lu}/u.test(ch)) c = 'X'
    else if (/\p{L}/u.test(ch)) c = 'x'
    else if (/\d/.test(ch)) c = 'd'
    else c = ch
    if (c === last) {
      run++
      if (run > 2) continue
    } else run = 1
    last = c
    out += c
    if (out.length > 8) break
  }
  return out
}

// Boundary words the templates may point at before the first or after the last word.
export const PAD = hashString('<pad>')

/** One form's ids, as `wordIds` puts them in its columns. */
interface FormIds {
  norm: string
  word: number
  shape: number
  prefix1: number
  prefix2: number
  suffix1: number
  suffix2: number
  suffix3: number
  suffix4: number
  cluster: number
  clusterFine: number
  ambiguity: number
  fixedTag: number
}

/** A number a corpus masked ("*NUMBER*") is read as the number it stood for. */
const MASKED_NUMBER = '*NUMBER*'

function formIds(written: string, known: WordKnowledge): FormIds {
  const form = written === MASKED_NUMBER ? '00' : written
  const norm = normalise(form)
  const c = known.clusters?.get(norm)
  return {
    norm,
    word: hashString(norm),
    shape: hashString(shapeOf(form)),
    prefix1: hashString(norm.slice(0, 1)),
    prefix2: hashString(norm.slice(0, 2)),
    suffix1: hashString(norm.slice(-1)),
    suffix2: hashString(norm.slice(-2)),
    suffix3: hashString(norm.slice(-3)),
    suffix4: hashString(norm.slice(-4)),
    // Fine and coarse ids kept apart: 1 … 65,536 and from 65,537.
    cluster: c === undefined ? 0 : (c >>> 16) + 0x10001,
    clusterFine: c === undefined ? 0 : (c & 0xffff) + 1,
    ambiguity: known.ambiguity?.get(norm) ?? 0,
    fixedTag: known.tagDict?.get(norm) ?? -1,
  }
}

/** Forms remembered per knowledge at most: the memo starts over when full. */
const MEMO_SIZE = 50_000
// News repeats its words: a form's ids are worked out once.
const memos = new WeakMap<WordKnowledge, Map<string, FormIds>>()

export function wordIds(forms: readonly string[], known: WordKnowledge = {}): WordIds {
  const n = forms.length
  const cols = () => new Uint32Array(n)
  let memo = memos.get(known)
  if (!memo) {
    memo = new Map()
    memos.set(known, memo)
  }
  const ids = {
    n,
    norms: new Array<string>(n),
    word: cols(),
    shape: cols(),
    prefix1: cols(),
    prefix2: cols(),
    suffix1: cols(),
    suffix2: cols(),
    suffix3: cols(),
    suffix4: cols(),
    cluster: cols(),
    clusterFine: cols(),
    ambiguity: cols(),
    fixedTag: new Int32Array(n),
  }
  for (let i = 0; i < n; i++) {
    const form = forms[i] as string
    let f = memo.get(form)
    if (!f) {
      if (memo.size >= MEMO_SIZE) memo.clear()
      f = formIds(form, known)
      memo.set(form, f)
    }
    ids.norms[i] = f.norm
    ids.word[i] = f.word
    ids.shape[i] = f.shape
    ids.prefix1[i] = f.prefix1
    ids.prefix2[i] = f.prefix2
    ids.suffix1[i] = f.suffix1
    ids.suffix2[i] = f.suffix2
    ids.suffix3[i] = f.suffix3
    ids.suffix4[i] = f.suffix4
    ids.cluster[i] = f.cluster
    ids.clusterFine[i] = f.clusterFine
    ids.ambiguity[i] = f.ambiguity
    ids.fixedTag[i] = f.fixedTag
  }
  return ids
}
