import { describe, expect, it } from 'vitest'
import { loadSyntax, MAX_BEAM_WORDS } from './annotate.js'

describe.each(['en', 'es'])('beam parser (%s)', (lang) => {
  const forms =
    lang === 'en'
      ? ['Foreign', 'Secretary', 'Dominic', 'Raab', 'urged', 'the', 'embassy', 'to', 'act', '.']
      : ['El', 'ministro', 'dijo', 'que', 'las', 'conversaciones', 'seguirán', 'el', 'lunes', '.']

  it('gives a tree with one root, heads in range', () => {
    const words = loadSyntax(lang, { beam: 4 }).annotate(forms)
    expect(words.filter((w) => w.head === 0)).toHaveLength(1)
    expect(words.find((w) => w.head === 0)?.deprel).toBe('root')
    for (const w of words) expect(w.head).toBeGreaterThanOrEqual(0)
    for (const w of words) expect(w.head).toBeLessThanOrEqual(forms.length)
    for (const [i, w] of words.entries()) expect(w.head).not.toBe(i + 1)
  })

  it('is set up once per width, beside the greedy parser', () => {
    expect(loadSyntax(lang, { beam: 4 })).toBe(loadSyntax(lang, { beam: 4 }))
    expect(loadSyntax(lang)).not.toBe(loadSyntax(lang, { beam: 4 }))
    expect(
      loadSyntax(lang)
        .annotate(forms)
        .map((w) => w.upos),
    ).toEqual(
      loadSyntax(lang, { beam: 4 })
        .annotate(forms)
        .map((w) => w.upos),
    )
  })
})

describe('beam parser on a very long sentence', () => {
  it('falls back to the greedy parser past MAX_BEAM_WORDS', () => {
    const unit = ['officials', 'met', 'the', 'envoy', ',']
    const long = Array.from({ length: 4000 }, () => unit).flat()
    const t0 = performance.now()
    const words = loadSyntax('en', { beam: 8 }).annotate(long)
    expect(words).toHaveLength(long.length)
    expect(performance.now() - t0).toBeLessThan(5000)
    expect(long.length).toBeGreaterThan(MAX_BEAM_WORDS)
  })
})
