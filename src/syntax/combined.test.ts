import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMBINED, loadSyntax, MAX_BEAM_WORDS } from './annotate.js'
import { evaluate } from './train/evaluate.js'
import { readTreebank } from './train/treebank.js'

const UD = join(import.meta.dirname, '../../../shared/ud')
const haveUd = existsSync(UD)

describe.each(['en', 'es'])('combined parsers (%s)', (lang) => {
  const forms =
    lang === 'en'
      ? ['Foreign', 'Secretary', 'Dominic', 'Raab', 'urged', 'the', 'embassy', 'to', 'act', '.']
      : ['El', 'ministro', 'dijo', 'que', 'las', 'conversaciones', 'seguirán', 'el', 'lunes', '.']
  const combined = loadSyntax(lang, { combine: true })

  it('gives a tree with one root, heads in range, and the greedy tags and lemmas', () => {
    const words = combined.annotate(forms)
    expect(words.filter((w) => w.head === 0)).toHaveLength(1)
    expect(words.find((w) => w.head === 0)?.deprel).toBe('root')
    for (const [i, w] of words.entries()) {
      expect(w.head).toBeGreaterThanOrEqual(0)
      expect(w.head).toBeLessThanOrEqual(forms.length)
      expect(w.head).not.toBe(i + 1)
      expect(w.deprel === 'root').toBe(w.head === 0)
    }
    const greedy = loadSyntax(lang).annotate(forms)
    expect(words.map((w) => [w.upos, w.lemma, w.feats])).toEqual(
      greedy.map((w) => [w.upos, w.lemma, w.feats]),
    )
  })

  it('is set up once, apart from the single parsers', () => {
    expect(loadSyntax(lang, { combine: true })).toBe(combined)
    expect(loadSyntax(lang, { combine: COMBINED })).not.toBe(loadSyntax(lang))
  })

  it('reads a sentence right to left alone when asked', () => {
    const words = loadSyntax(lang, { direction: 'r2l' }).annotate(forms)
    expect(words.filter((w) => w.head === 0)).toHaveLength(1)
    // The closing full stop is read last, as left to right: it goes under the main verb.
    expect(words[forms.length - 1]?.deprel).toBe('punct')
  })

  it('leaves a sentence too long for the beams to the greedy parser', () => {
    const unit = ['officials', 'met', 'the', 'envoy', ',']
    const long = Array.from({ length: 60 }, () => unit).flat()
    expect(long.length).toBeGreaterThan(MAX_BEAM_WORDS)
    expect(combined.annotate(long)).toEqual(loadSyntax(lang).annotate(long))
  })
})

describe.skipIf(!haveUd)('combined parsers: accuracy floors', () => {
  it.each([
    ['en', 'en_ewt/dev.conllu.gz', 600, { uas: 0.86, las: 0.83 }],
    ['es', 'es_gsd/test.conllu.gz', 400, { uas: 0.82, las: 0.77 }],
  ] as const)(
    '%s on %s (the first %i sentences), above the greedy parser',
    (lang, file, count, floors) => {
      const gold = readTreebank(join(UD, file)).slice(0, count)
      const scores = evaluate(loadSyntax(lang, { combine: true }), gold)
      for (const [k, v] of Object.entries(floors)) expect(scores[k]).toBeGreaterThanOrEqual(v)
      const greedy = evaluate(loadSyntax(lang), gold)
      expect(scores.uas).toBeGreaterThan(greedy.uas as number)
      expect(scores.las).toBeGreaterThan(greedy.las as number)
    },
  )
})
