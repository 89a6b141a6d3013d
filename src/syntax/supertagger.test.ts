import { describe, expect, it } from 'vitest'
import { wordIds } from './lexical.js'
import { parseInput } from './parser.js'
import {
  MAX_SUPERTAG_FEATURES,
  supertagFeatures,
  supertagOf,
  supertagSentence,
} from './supertagger.js'
import { goldSupertags } from './train/supertagger.js'
import { trainLeftToRight } from './train/tagger.js'

describe('supertags', () => {
  it('name the relation and the side the head is on', () => {
    // "Officials met in Madrid": heads are 1-based, 0 for the root.
    expect(supertagOf('nsubj', 2, 0)).toBe('nsubj>')
    expect(supertagOf('obl', 2, 3)).toBe('obl<')
    expect(supertagOf('root', 0, 1)).toBe('root')
  })

  it('are read off a treebank as sorted names and indices', () => {
    const sentence = {
      forms: ['Officials', 'met', 'in', 'Madrid'],
      upos: ['NOUN', 'VERB', 'ADP', 'PROPN'],
      lemmas: ['official', 'meet', 'in', 'Madrid'],
      feats: ['_', '_', '_', '_'],
      heads: [2, 0, 4, 2],
      deprels: ['nsubj', 'root', 'case', 'obl'],
    }
    const { names, gold } = goldSupertags([sentence])
    expect(names).toEqual(['case>', 'nsubj>', 'obl<', 'root'])
    expect([...(gold[0] as Int32Array)]).toEqual([1, 3, 0, 2])
  })

  it('are learned from a window of tags on both sides', () => {
    // Toy language: a determiner's head is always to its right, a noun's to its left.
    const forms = ['the', 'dog', 'saw', 'a', 'cat']
    const input = parseInput(
      wordIds(forms),
      Int32Array.from([0, 1, 2, 0, 1]),
      forms.map(() => null),
      -1,
      [2],
    )
    const gold = Int32Array.from([0, 1, 2, 0, 3])
    const model = trainLeftToRight([{ gold }], 4, 5, 1, MAX_SUPERTAG_FEATURES, (_, i, left, out) =>
      supertagFeatures(input, i, left, new Int32Array(0), out),
    ).compile(0, 1)
    expect([...supertagSentence(input, [model])]).toEqual([...gold])
  })

  it('write no more features than their buffer holds, at every position', () => {
    const forms = ['one']
    const input = parseInput(wordIds(forms), Int32Array.from([0]), [null], -1)
    const out = new Uint32Array(MAX_SUPERTAG_FEATURES)
    expect(
      supertagFeatures(input, 0, new Int32Array(1), new Int32Array(1), out),
    ).toBeLessThanOrEqual(MAX_SUPERTAG_FEATURES)
  })
})

describe('a second supertagger pass', () => {
  it('reads the first pass’s supertags to the right, and only then', () => {
    const forms = ['officials', 'met', 'today']
    const input = parseInput(
      wordIds(forms),
      Int32Array.from([1, 2, 3]),
      [null, null, null],
      -1,
      [2],
    )
    const first = new Uint32Array(MAX_SUPERTAG_FEATURES)
    const second = new Uint32Array(MAX_SUPERTAG_FEATURES)
    const left = new Int32Array(3)
    const n1 = supertagFeatures(input, 0, left, new Int32Array(0), first)
    const n2 = supertagFeatures(input, 0, left, Int32Array.from([0, 1, 2]), second)
    expect(n2).toBeGreaterThan(n1)
    expect([...second.subarray(0, n1)]).toEqual([...first.subarray(0, n1)])
    const other = new Uint32Array(MAX_SUPERTAG_FEATURES)
    supertagFeatures(input, 0, left, Int32Array.from([0, 2, 2]), other)
    expect([...other.subarray(0, n2)]).not.toEqual([...second.subarray(0, n2)])
  })
})
