/**
 * Reparsing (Sagae & Lavie 2006): several parsers' trees vote for each word's head, and the
 * projective tree with the most votes is decoded by Eisner's algorithm (Eisner 1996), with
 * one dependent of the root, as UD has. Each arc's label is the one the parsers that made
 * the arc gave it most weight.
 */

/** One parser's tree of a sentence: heads 1-based (0 the root), label indices, its vote. */
export interface WeightedParse {
  heads: Int32Array
  labels: Int32Array
  weight: number
}

const NEG = Number.NEGATIVE_INFINITY

/**
 * The highest-scoring projective tree with exactly one word under the root. `score(h, d)`
 * is the arc from head h (0 the root, else 1-based) to word d (1-based); returns the heads
 * of words 1 … n, 1-based (0 the root). Ties go to the split found first, so the result is
 * the same on every run.
 */
export function eisner(n: number, score: (head: number, dep: number) => number): Int32Array {
  const heads = new Int32Array(n)
  if (n === 0) return heads
  const w = n + 1
  // Spans over words 1 … n: [s][t] at s * w + t. Complete spans headed at s (right) or
  // t (left), incomplete ones (the arc between s and t made), and where each was split.
  const cr = new Float64Array(w * w)
  const cl = new Float64Array(w * w)
  const ir = new Float64Array(w * w)
  const il = new Float64Array(w * w)
  const crAt = new Int32Array(w * w)
  const clAt = new Int32Array(w * w)
  const iAt = new Int32Array(w * w)
  for (let len = 1; len < n; len++) {
    for (let s = 1; s + len <= n; s++) {
      const t = s + len
      const st = s * w + t
      let best = NEG
      let at = s
      for (let r = s; r < t; r++) {
        const v = (cr[s * w + r] as number) + (cl[(r + 1) * w + t] as number)
        if (v > best) {
          best = v
          at = r
        }
      }
      ir[st] = best + score(s, t)
      il[st] = best + score(t, s)
      iAt[st] = at
      best = NEG
      at = s
      for (let r = s; r < t; r++) {
        const v = (cl[s * w + r] as number) + (il[r * w + t] as number)
        if (v > best) {
          best = v
          at = r
        }
      }
      cl[st] = best
      clAt[st] = at
      best = NEG
      at = t
      for (let r = s + 1; r <= t; r++) {
        const v = (ir[s * w + r] as number) + (cr[r * w + t] as number)
        if (v > best) {
          best = v
          at = r
        }
      }
      cr[st] = best
      crAt[st] = at
    }
  }
  let root = 1
  let best = NEG
  for (let r = 1; r <= n; r++) {
    const v = (cl[1 * w + r] as number) + (cr[r * w + n] as number) + score(0, r)
    if (v > best) {
      best = v
      root = r
    }
  }
  heads[root - 1] = 0
  // Unwinds the spans: [kind, s, t], kind 0 complete right, 1 complete left, 2 incomplete
  // right, 3 incomplete left.
  const todo: number[] = [1, 1, root, 0, root, n]
  while (todo.length > 0) {
    const t = todo.pop() as number
    const s = todo.pop() as number
    const kind = todo.pop() as number
    if (s === t) continue
    const st = s * w + t
    if (kind === 0) {
      const r = crAt[st] as number
      todo.push(2, s, r, 0, r, t)
    } else if (kind === 1) {
      const r = clAt[st] as number
      todo.push(1, s, r, 3, r, t)
    } else {
      const r = iAt[st] as number
      if (kind === 2) heads[t - 1] = s
      else heads[s - 1] = t
      todo.push(0, s, r, 1, r + 1, t)
    }
  }
  return heads
}

/**
 * The tree the parses vote for, and each arc's label by the weighted vote of the parses
 * that made it (the first of equal votes wins). An arc no parse made (the tree can need
 * one) takes the label the heaviest parse gave its word, unless that is `root`'s: then
 * `fallback`.
 */
export function combineParses(
  parses: readonly WeightedParse[],
  root: number,
  fallback: number,
): { heads: Int32Array; labels: Int32Array } {
  const first = parses[0]
  if (!first) throw new Error('combineParses: no parses')
  const n = first.heads.length
  const w = n + 1
  const votes = new Float64Array(w * w)
  for (const p of parses)
    for (let d = 1; d <= n; d++) {
      const k = (p.heads[d - 1] as number) * w + d
      votes[k] = (votes[k] as number) + p.weight
    }
  const heads = eisner(n, (h, d) => votes[h * w + d] as number)
  const labels = new Int32Array(n)
  let heaviest = first
  for (const p of parses) if (p.weight > heaviest.weight) heaviest = p
  const tally = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    const h = heads[i] as number
    if (h === 0) {
      labels[i] = root
      continue
    }
    tally.clear()
    let label = -1
    let most = 0
    for (const p of parses) {
      if (p.heads[i] !== h) continue
      const l = p.labels[i] as number
      if (l === root) continue
      const v = (tally.get(l) ?? 0) + p.weight
      tally.set(l, v)
      if (v > most) {
        most = v
        label = l
      }
    }
    if (label < 0) {
      const l = heaviest.labels[i] as number
      label = l === root ? fallback : l
    }
    labels[i] = label
  }
  return { heads, labels }
}
