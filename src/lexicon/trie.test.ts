import { describe, expect, it } from 'vitest'
import { TokenTrie } from './trie.js'

const toks = (s: string) => s.split(' ').map((text) => ({ text }))

describe('TokenTrie (built lazily)', () => {
  it('finds the longest entry, values in the order added', () => {
    const trie = new TokenTrie<number>()
    trie.add(['new', 'york'], 1)
    trie.add(['new'], 2)
    trie.add(['new', 'york', 'times'], 3)
    trie.add(['new', 'york'], 4)
    trie.add([], 5)
    expect(trie.longest(toks('the new york times said'), 1)).toEqual({ length: 3, values: [3] })
    expect(trie.longest(toks('new york city'), 0)).toEqual({ length: 2, values: [1, 4] })
    expect(trie.longest(toks('newer'), 0)).toBeUndefined()
    expect(trie.get(['new'])).toEqual([2])
    expect(trie.get([])).toEqual([])
  })

  it('keeps the order when entries are added after lookups have built part of it', () => {
    const trie = new TokenTrie<string>()
    trie.add(['a', 'b'], 'first')
    trie.add(['a', 'c', 'd'], 'deep')
    expect(trie.get(['a', 'b'])).toEqual(['first'])
    // The root and "a" are built now, "a c" is not.
    trie.add(['a', 'b'], 'second')
    trie.add(['a', 'c', 'd'], 'deeper')
    trie.add(['a', 'c'], 'mid')
    trie.add(['x'], 'new branch')
    expect(trie.get(['a', 'b'])).toEqual(['first', 'second'])
    expect(trie.get(['a', 'c', 'd'])).toEqual(['deep', 'deeper'])
    expect(trie.get(['a', 'c'])).toEqual(['mid'])
    expect(trie.get(['x'])).toEqual(['new branch'])
    expect(trie.longestLower([{ text: 'A' }, { text: 'C', lower: 'c' }, { text: 'd' }], 0)).toEqual(
      { length: 3, values: ['deep', 'deeper'] },
    )
  })

  it('gives what an eagerly built trie gives, whatever the order of adds and lookups', () => {
    const words = ['a', 'b', 'c']
    let seed = 7
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const trie = new TokenTrie<number>()
    const eager = new Map<string, number[]>()
    for (let step = 0; step < 400; step++) {
      const len = 1 + next(4)
      const entry = Array.from({ length: len }, () => words[next(3)] as string)
      if (next(2) === 0) {
        trie.add(entry, step)
        const key = entry.join(' ')
        eager.set(key, [...(eager.get(key) ?? []), step])
      } else expect(trie.get(entry)).toEqual(eager.get(entry.join(' ')) ?? [])
    }
    for (const [key, values] of eager) expect(trie.get(key.split(' '))).toEqual(values)
  })
})
