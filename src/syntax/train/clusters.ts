import { normalise } from '../lexical.js'

/**
 * Distributional word clusters from raw text, so that words the treebank never saw get
 * the weights of words used alike: each frequent word is described by the frequent
 * words seen just before and after it (log counts, unit length) and the descriptions
 * are grouped by spherical k-means; the fine clusters are grouped again into coarse ones.
 * Deterministic: the first centroids are the most frequent words.
 */
export interface ClusterOptions {
  fine: number
  coarse: number
  contextWords: number
  minCount: number
  maxWords: number
  iterations: number
}

export const DEFAULT_CLUSTERS: ClusterOptions = {
  fine: 256,
  coarse: 32,
  contextWords: 400,
  minCount: 3,
  maxWords: 40000,
  iterations: 12,
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu

/** Sentences of raw text as normalised words (a rough split is enough for counting). */
export function* rawSentences(text: string): Generator<string[]> {
  for (const line of text.split(/\n+|(?<=[.!?])\s+/)) {
    const words = line.match(WORD)
    if (words && words.length > 1) yield words.map(normalise)
  }
}

interface Sparse {
  idx: Int32Array
  val: Float64Array
}

export function trainClusters(
  sentences: Iterable<string[]>,
  o: ClusterOptions = DEFAULT_CLUSTERS,
): { words: string[]; fine: Int32Array; coarseOfFine: Int32Array } {
  const corpus: string[][] = []
  const freq = new Map<string, number>()
  for (const s of sentences) {
    corpus.push(s)
    for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1)
  }
  const byFreq = [...freq]
    .filter(([, c]) => c >= o.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, o.maxWords)
  const words = byFreq.map(([w]) => w)
  const index = new Map(words.map((w, i) => [w, i]))
  const ctx = o.contextWords
  // Context slots: left neighbour 0..ctx, right neighbour ctx+1..2ctx+1 (ctx = any other word).
  const dims = 2 * (ctx + 1)
  const counts = words.map(() => new Map<number, number>())
  const ctxOf = (w: string | undefined) => {
    const i = w === undefined ? ctx : (index.get(w) ?? ctx)
    return Math.min(i, ctx)
  }
  for (const s of corpus)
    s.forEach((w, i) => {
      const row = index.get(w)
      if (row === undefined) return
      const c = counts[row] as Map<number, number>
      const l = ctxOf(s[i - 1])
      const r = ctx + 1 + ctxOf(s[i + 1])
      c.set(l, (c.get(l) ?? 0) + 1)
      c.set(r, (c.get(r) ?? 0) + 1)
    })
  const vectors: Sparse[] = counts.map((c) => {
    const entries = [...c].sort((a, b) => a[0] - b[0])
    const val = Float64Array.from(entries, ([, v]) => Math.log1p(v))
    const norm = Math.hypot(...val) || 1
    for (let k = 0; k < val.length; k++) val[k] = (val[k] as number) / norm
    return { idx: Int32Array.from(entries, ([k]) => k), val }
  })
  const fine = kmeans(vectors, dims, Math.min(o.fine, words.length), o.iterations)
  const centroidVectors = fine.centroids.map((c) => dense(c))
  const coarse = kmeans(
    centroidVectors,
    dims,
    Math.min(o.coarse, centroidVectors.length),
    o.iterations,
  )
  return { words, fine: fine.assign, coarseOfFine: coarse.assign }
}

function dense(c: Float64Array): Sparse {
  const idx: number[] = []
  const val: number[] = []
  c.forEach((v, k) => {
    if (v !== 0) {
      idx.push(k)
      val.push(v)
    }
  })
  return { idx: Int32Array.from(idx), val: Float64Array.from(val) }
}

function kmeans(
  vectors: readonly Sparse[],
  dims: number,
  k: number,
  iterations: number,
): { assign: Int32Array; centroids: Float64Array[] } {
  const centroids = vectors.slice(0, k).map((v) => {
    const c = new Float64Array(dims)
    v.idx.forEach((d, j) => {
      c[d] = v.val[j] as number
    })
    return c
  })
  const assign = new Int32Array(vectors.length).fill(-1)
  for (let it = 0; it < iterations; it++) {
    let moved = 0
    vectors.forEach((v, i) => {
      let best = 0
      let bestSim = Number.NEGATIVE_INFINITY
      for (let c = 0; c < k; c++) {
        const cen = centroids[c] as Float64Array
        let sim = 0
        for (let j = 0; j < v.idx.length; j++)
          sim += (cen[v.idx[j] as number] as number) * (v.val[j] as number)
        if (sim > bestSim) {
          bestSim = sim
          best = c
        }
      }
      if (assign[i] !== best) moved++
      assign[i] = best
    })
    for (const c of centroids) c.fill(0)
    vectors.forEach((v, i) => {
      const c = centroids[assign[i] as number] as Float64Array
      v.idx.forEach((d, j) => {
        c[d] = (c[d] as number) + (v.val[j] as number)
      })
    })
    for (const c of centroids) {
      const norm = Math.hypot(...c) || 1
      for (let d = 0; d < dims; d++) c[d] = (c[d] as number) / norm
    }
    if (moved === 0) break
  }
  return { assign, centroids }
}
