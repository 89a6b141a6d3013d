import { describe, expect, it } from 'vitest'
import { wordIds } from './lexical.js'
import { parseInput } from './parser.js'
import { backwardOrder, permuteGoldHeads, reverseInput, unpermuteParse } from './reverse.js'

const PUNCT = 2
const VERB = 1

function input(forms: string[], tags: number[], feats: (string | null)[] = forms.map(() => null)) {
  return parseInput(wordIds(forms), Int32Array.from(tags), feats, PUNCT, [VERB], true)
}

describe('reading a sentence backwards', () => {
  it('reads the words backwards and the closing punctuation last', () => {
    expect([
      ...backwardOrder(input(['officials', 'met', 'the', 'envoy', '.'], [0, 1, 0, 0, 2])),
    ]).toEqual([3, 2, 1, 0, 4])
    expect([...backwardOrder(input(['he', 'said', '.', '"'], [0, 1, 2, 2]))]).toEqual([1, 0, 2, 3])
    expect([...backwardOrder(input(['"', 'yes'], [2, 0]))]).toEqual([1, 0])
    expect([...backwardOrder(input(['!', '?'], [2, 2]))]).toEqual([1, 0])
  })

  it('maps heads there and back (0-based in training, the root at n)', () => {
    // "officials met the envoy ." : met is the root.
    const gold = Int32Array.of(1, 5, 3, 1, 1)
    const order = Int32Array.of(3, 2, 1, 0, 4)
    // Read as "envoy the met officials .": met (2) is the root.
    const back = permuteGoldHeads(gold, order)
    expect([...back]).toEqual([2, 0, 5, 2, 2])
    const inverse = Int32Array.of(3, 2, 1, 0, 4)
    expect([...permuteGoldHeads(back, inverse)]).toEqual([...gold])
  })

  it('maps a parse of the words read backwards onto the sentence', () => {
    // Heads 1-based, 0 the root, of "envoy the met officials .".
    const parse = { heads: Int32Array.of(3, 1, 0, 3, 3), labels: Int32Array.of(5, 4, 3, 2, 1) }
    const out = unpermuteParse(parse, Int32Array.of(3, 2, 1, 0, 4))
    expect([...out.heads]).toEqual([2, 0, 4, 2, 2])
    expect([...out.labels]).toEqual([2, 3, 4, 5, 1])
  })

  it('permutes every column the parser reads, and recounts the prefix sums', () => {
    const forms = ['Officials', 'met', ',', 'said', '.']
    const tags = [0, 1, 2, 1, 2]
    const feats = ['Number=Plur', null, null, 'Tense=Past', null]
    const ahead = input(forms, tags, feats)
    const { input: back, order } = reverseInput(ahead)
    expect([...order]).toEqual([3, 2, 1, 0, 4])
    expect([...back.tags]).toEqual([1, 2, 1, 0, 2])
    expect(back.ids.norms).toEqual(['said', ',', 'met', 'officials', '.'])
    expect([...back.ids.word]).toEqual([...order].map((k) => ahead.ids.word[k]))
    expect([...back.fine]).toEqual([...order].map((k) => ahead.fine[k]))
    expect([...back.agreement]).toEqual([...order].map((k) => ahead.agreement[k]))
    // The same counts as building the input from the words in that order.
    const direct = input(
      [...order].map((k) => forms[k] as string),
      [...order].map((k) => tags[k] as number),
      [...order].map((k) => feats[k] ?? null),
    )
    expect([...back.punctBefore]).toEqual([...direct.punctBefore])
    expect([...back.verbsBefore]).toEqual([...direct.verbsBefore])
    expect(back.extended).toBe(true)
  })
})
