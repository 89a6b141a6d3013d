/**
 * Longest-match lookup of token sequences: gazetteer names, multiword role titles
 * and cue phrases are matched token by token, so offsets stay exact.
 */
export class TokenTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: [] }

  add(tokens: readonly string[], value: V): void {
    if (tokens.length === 0) return
    let node = this.root
    for (const t of tokens) {
      let child = node.next.get(t)
      if (!child) {
        child = { next: new Map(), values: [] }
        node.next.set(t, child)
      }
      node = child
    }
    node.values.push(value)
  }

  /** The longest entry starting at `from`; `key` maps a token to its lookup form. */
  longest(
    tokens: readonly { text: string }[],
    from: number,
    key: (t: string) => string = (t) => t,
  ): { length: number; values: readonly V[] } | undefined {
    let node = this.root
    let best: { length: number; values: readonly V[] } | undefined
    for (let i = from; i < tokens.length; i++) {
      const child = node.next.get(key((tokens[i] as { text: string }).text))
      if (!child) break
      node = child
      if (node.values.length) best = { length: i - from + 1, values: node.values }
    }
    return best
  }

  /** `longest` on lower-cased tokens, using a token's precomputed `lower` form when it has one. */
  longestLower(tokens: readonly { text: string; lower?: string }[], from: number) {
    let node = this.root
    let best: { length: number; values: readonly V[] } | undefined
    for (let i = from; i < tokens.length; i++) {
      const t = tokens[i] as { text: string; lower?: string }
      const child = node.next.get(t.lower ?? t.text.toLowerCase())
      if (!child) break
      node = child
      if (node.values.length) best = { length: i - from + 1, values: node.values }
    }
    return best
  }

  get(tokens: readonly string[]): readonly V[] {
    let node: TrieNode<V> | undefined = this.root
    for (const t of tokens) {
      node = node.next.get(t)
      if (!node) return []
    }
    return node.values
  }
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>
  values: V[]
}
