import { describe, expect, it } from 'vitest'
import { combineParses, eisner } from './combine.js'

/** A score function from a table of [head, dep, score] rows (others score 0). */
function scores(rows: [number, number, number][]): (h: number, d: number) => number {
  const m = new Map(rows.map(([h, d, s]) => [`${h}>${d}`, s]))
  return (h, d) => m.get(`${h}>${d}`) ?? 0
}

/** Every projective tree of n words with one root dependent, by brute force: the best score. */
function bestByHand(n: number, score: (h: number, d: number) => number): number {
  let best = Number.NEGATIVE_INFINITY
  const heads = new Array<number>(n).fill(0)
  const walk = (i: number): void => {
    if (i === n) {
      if (heads.filter((h) => h === 0).length !== 1) return
      if (!isTree(heads) || !isProjective(heads)) return
      const s = heads.reduce((sum, h, d) => sum + score(h, d + 1), 0)
      if (s > best) best = s
      return
    }
    for (let h = 0; h <= n; h++) {
      if (h === i + 1) continue
      heads[i] = h
      walk(i + 1)
    }
  }
  walk(0)
  return best
}

function isTree(heads: readonly number[]): boolean {
  return heads.every((_, d) => {
    let h = d + 1
    for (let steps = 0; steps <= heads.length; steps++) {
      h = heads[h - 1] as number
      if (h === 0) return true
    }
    return false
  })
}

function isProjective(heads: readonly number[]): boolean {
  const arcs = heads.map((h, d) => [Math.min(h, d + 1), Math.max(h, d + 1)] as const)
  return arcs.every(([a, b]) => arcs.every(([c, d]) => !(a < c && c < b && b < d)))
}

describe('eisner', () => {
  it('decodes the one tree a table of arcs spells out', () => {
    // "officials met the envoy": met is the root, officials and envoy its dependents.
    const s = scores([
      [0, 2, 5],
      [2, 1, 5],
      [2, 4, 5],
      [4, 3, 5],
    ])
    expect([...eisner(4, s)]).toEqual([2, 0, 4, 2])
  })

  it('keeps one dependent under the root even where two score higher', () => {
    const s = scores([
      [0, 1, 10],
      [0, 2, 10],
      [1, 2, 1],
    ])
    expect([...eisner(2, s)]).toEqual([0, 1])
  })

  it('builds no crossing arcs', () => {
    // 1 → 3 and 2 → 4 would cross; the best projective tree gives up one of them.
    const s = scores([
      [0, 1, 4],
      [1, 3, 4],
      [2, 4, 4],
      [1, 2, 1],
      [3, 4, 1],
    ])
    const heads = [...eisner(4, s)]
    expect(isProjective(heads)).toBe(true)
    expect(isTree(heads)).toBe(true)
  })

  it('finds the best projective tree of small random tables', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    for (let trial = 0; trial < 30; trial++) {
      const n = 1 + (trial % 5)
      const table = new Map<string, number>()
      for (let h = 0; h <= n; h++)
        for (let d = 1; d <= n; d++) table.set(`${h}>${d}`, Math.round(random() * 20))
      const score = (h: number, d: number) => table.get(`${h}>${d}`) ?? 0
      const heads = [...eisner(n, score)]
      expect(isTree(heads) && isProjective(heads)).toBe(true)
      expect(heads.filter((h) => h === 0)).toHaveLength(1)
      const got = heads.reduce((sum, h, d) => sum + score(h, d + 1), 0)
      expect(got).toBe(bestByHand(n, score))
    }
  })

  it('gives nothing for no words', () => {
    expect(eisner(0, () => 0)).toHaveLength(0)
  })
})

describe('combineParses', () => {
  const ROOT = 0
  const DEP = 9
  const tree = (heads: number[], labels: number[], weight: number) => ({
    heads: Int32Array.from(heads),
    labels: Int32Array.from(labels),
    weight,
  })

  it('takes the majority head of each word and the label its voters gave', () => {
    const out = combineParses(
      [tree([2, 0, 2], [1, 0, 2], 1), tree([2, 0, 1], [1, 0, 3], 1), tree([2, 0, 2], [4, 0, 2], 1)],
      ROOT,
      DEP,
    )
    expect([...out.heads]).toEqual([2, 0, 2])
    // Word 1: labels 1, 1, 4 → 1; word 3: head 2 from the first and third, both label 2.
    expect([...out.labels]).toEqual([1, ROOT, 2])
  })

  it('lets the heavier of two parses win, and is its tree', () => {
    const out = combineParses(
      [tree([2, 0, 2], [1, 0, 2], 1), tree([0, 1, 1], [0, 5, 6], 1.5)],
      ROOT,
      DEP,
    )
    expect([...out.heads]).toEqual([0, 1, 1])
    expect([...out.labels]).toEqual([ROOT, 5, 6])
  })

  it('labels an arc no parse made from the heaviest parse, never root', () => {
    // Every parse makes two roots' worth of disagreement: the tree must pick one root.
    const out = combineParses([tree([0, 0], [ROOT, ROOT], 1)], ROOT, DEP)
    expect(out.heads.filter((h) => h === 0)).toHaveLength(1)
    const other = out.heads.findIndex((h) => h !== 0)
    expect(out.labels[other]).toBe(DEP)
  })
})
