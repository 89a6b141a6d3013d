/** Adds one to the count of `inner` under `outer`. */
export function countPair<K, V>(counts: Map<K, Map<V, number>>, outer: K, inner: V): void {
  let c = counts.get(outer)
  if (!c) {
    c = new Map()
    counts.set(outer, c)
  }
  c.set(inner, (c.get(inner) ?? 0) + 1)
}
