import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { MODEL_DIR } from '../annotate.js'
import { readConllu } from '../conllu.js'

// The hand-annotated news sentences the English greedy parser learns from: each must be a
// tree labelled as UD English-EWT labels its trees, or the parser learns their mistakes.
const file = join(MODEL_DIR, '../treebank/news-en.conllu')
const UD = join(import.meta.dirname, '../../../../shared/ud')
const text = readFileSync(file, 'utf8')
const sentences = [...readConllu(text)]
const ewtLabels = new Set(
  [
    ...readConllu(gunzipSync(readFileSync(join(UD, 'en_ewt/train.conllu.gz'))).toString('utf8')),
  ].flatMap((s) => s.words.map((w) => w.deprel)),
)
const UPOS = 'ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X'

describe('the hand-annotated English news treebank', () => {
  it('holds a few hundred sentences with unique ids and their text', () => {
    expect(sentences.length).toBeGreaterThan(150)
    const ids = text.match(/^# sent_id = .+$/gm) ?? []
    expect(ids).toHaveLength(sentences.length)
    expect(new Set(ids).size).toBe(ids.length)
    expect(text.match(/^# text = .+$/gm)).toHaveLength(sentences.length)
  })

  it.each(sentences.map((s, k) => [k + 1, s] as const))('sentence %i is a tree', (_, s) => {
    const heads = s.words.map((w) => w.head ?? -1)
    expect(heads.filter((h) => h === 0)).toHaveLength(1)
    s.words.forEach((w, i) => {
      expect(heads[i]).toBeGreaterThanOrEqual(0)
      expect(heads[i]).toBeLessThanOrEqual(s.words.length)
      expect(heads[i]).not.toBe(i + 1)
      expect(w.deprel === 'root').toBe(heads[i] === 0)
      expect(UPOS.split(' ')).toContain(w.upos)
      // Punctuation has no dependents in UD.
      if (w.upos === 'PUNCT') expect(heads).not.toContain(i + 1)
    })
    // Every word reaches the root.
    for (let i = 1; i <= heads.length; i++) {
      let x = i
      for (let steps = 0; x !== 0 && steps <= heads.length; steps++) x = heads[x - 1] as number
      expect(x).toBe(0)
    }
  })

  it('uses only relations UD English-EWT uses', () => {
    const used = new Set(sentences.flatMap((s) => s.words.map((w) => w.deprel)))
    expect([...used].filter((l) => !ewtLabels.has(l))).toEqual([])
  })
})
