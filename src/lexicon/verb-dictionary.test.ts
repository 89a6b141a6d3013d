import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LexiconError } from '../errors.js'
import { DATA_DIR, loadVerbDictionary } from './index.js'
import { readJsonl } from './read-jsonl.js'
import { specificity, type VerbPattern } from './verb-dictionary.js'

describe('verb dictionary (committed files)', () => {
  it.each(['en', 'es'])(
    '%s loads, with patterns most specific first and bare entries last',
    (lang) => {
      const { byLemma, agents } = loadVerbDictionary(lang)
      expect(byLemma.size).toBeGreaterThan(1000)
      expect(agents.size).toBeGreaterThan(2000)
      const isPattern = (id: string) => /\.cameo\.p[12]\./.test(id)
      for (const [lemma, list] of byLemma) {
        const kinds = list.map((p) => isPattern(p.id))
        expect(kinds, lemma).toEqual([...kinds].sort((x, y) => Number(y) - Number(x)))
        const scores = list.filter((p) => isPattern(p.id)).map(specificity)
        expect(scores, lemma).toEqual([...scores].sort((x, y) => y - x))
      }
    },
  )

  it('knows English "ask" with a "for" phrase, and the bare "ask" last', () => {
    const ask = loadVerbDictionary('en').byLemma.get('ask') ?? []
    expect(
      ask.find((p) => p.preps.some((q) => q.prep === 'for' && q.heads.includes('retrial'))),
    ).toMatchObject({
      cameo: '0213',
      src: 'CAMEO.2.0.txt:933',
    })
    expect(ask.at(-1)).toMatchObject({
      id: 'en.cameo.ask.01',
      cameo: '020',
      object: null,
      preps: [],
    })
  })

  it.each([
    ['en', 'police', 'COP'],
    ['en', 'policemen', 'COP'],
    ['en', 'defence ministers', 'GOV'],
    ['en', 'soldier', 'MIL'],
    ['es', 'policía', 'COP'],
    ['es', 'soldados', 'MIL'],
  ])('%s agent "%s" is %s', (lang, words, sector) => {
    expect(loadVerbDictionary(lang).agents.get(words)?.sector).toBe(sector)
  })

  it('knows Spanish verbs from both dictionaries', () => {
    const atacar = loadVerbDictionary('es').byLemma.get('atacar') ?? []
    expect(atacar.some((p) => p.src.startsWith('verbpatterns_es_190128.txt:'))).toBe(true)
    expect(atacar.some((p) => p.src.startsWith('Verbs_ESP_full_20171114.txt:'))).toBe(true)
  })

  it('gives a block’s pattern of a bare preposition only to verbs whose own code agrees', () => {
    // "- * A [181]" closes a block of verbs of going: "ir a", "acompañar a" abduct no one.
    const bare = (lemma: string) =>
      (loadVerbDictionary('es').byLemma.get(lemma) ?? []).filter(
        (p) =>
          !p.object &&
          p.preps.length === 1 &&
          p.preps[0]?.prep === 'a' &&
          !p.preps[0]?.heads.length,
      )
    expect(bare('ir').map((p) => p.cameo)).not.toContain('181')
    expect(bare('acompañar').map((p) => p.cameo)).not.toContain('181')
    // Nor does a pattern written for other verbs of a block override a verb's own code:
    // "criticar" (111) sits in a block of firing and shooting (190).
    const criticar = loadVerbDictionary('es').byLemma.get('criticar') ?? []
    expect(criticar.some((p) => p.cameo?.startsWith('19'))).toBe(false)
    expect(criticar.some((p) => p.cameo === '111')).toBe(true)
  })
})

describe('reviewed bare codes (bare-code-review.jsonl)', () => {
  const reviewOf = (lang: string) =>
    readJsonl(join(DATA_DIR, lang, 'bare-code-review.jsonl'), 'bareReview', DATA_DIR)
  const plainBare = (lang: string, lemma: string): VerbPattern[] =>
    (loadVerbDictionary(lang).byLemma.get(lemma) ?? []).filter(
      (p) => /\.cameo\.[^.]+\.\d+$/.test(p.id) && p.particles.length === 0,
    )

  it.each(['en', 'es'])(
    '%s: every reviewed lemma is in the dictionary and every plain entry of it has the reviewed code',
    (lang) => {
      const review = reviewOf(lang)
      expect(review.length).toBeGreaterThan(200)
      const verbs = readJsonl(join(DATA_DIR, lang, 'cameo-verbs.jsonl'), 'cameoVerb', DATA_DIR)
      for (const r of review) {
        const entries = verbs.filter((v) => v.lemma === r.lemma && v.particles.length === 0)
        expect(entries.length, r.id).toBeGreaterThan(0)
        for (const v of entries) expect([v.cameo, v.reviewed], v.id).toEqual([r.cameo, r.id])
        expect(
          plainBare(lang, r.lemma).map((p) => p.cameo),
          r.id,
        ).toEqual(entries.map(() => r.cameo))
      }
      // No entry claims a review the file does not hold (a lemma dropped from the review).
      const ids = new Set(review.map((r) => r.id))
      for (const v of verbs)
        if (v.reviewed && !v.reviewed.includes('.entry.'))
          expect(ids.has(v.reviewed), v.id).toBe(true)
    },
  )

  it.each(['en', 'es'])(
    '%s: every reviewed entry (entry-review.jsonl) is in the dictionary with its reviewed codes, or gone',
    (lang) => {
      const review = readJsonl(join(DATA_DIR, lang, 'entry-review.jsonl'), 'entryReview', DATA_DIR)
      const verbs = readJsonl(join(DATA_DIR, lang, 'cameo-verbs.jsonl'), 'cameoVerb', DATA_DIR)
      const patterns = readJsonl(
        join(DATA_DIR, lang, 'cameo-patterns.jsonl'),
        'cameoPattern',
        DATA_DIR,
      )
      const byId = new Map<
        string,
        { cameo: string | null; passive: string | null; reviewed?: string }
      >([...verbs, ...patterns].map((e) => [e.id, e]))
      for (const r of review) {
        const e = byId.get(r.entry)
        if (r.drop) expect(e, r.id).toBeUndefined()
        else expect([e?.cameo, e?.reviewed], r.id).toEqual([r.cameo, r.id])
        if (r.passive !== undefined) expect(e?.passive, r.id).toBe(r.passive)
      }
    },
  )

  it.each([
    ['es', 'recibir', null],
    ['es', 'afectar', null],
    ['es', 'exigir', '100'],
    ['en', 'accord', null],
    ['en', 'agree', '030'],
  ])('%s "%s" codes %s when no pattern fits', (lang, lemma, cameo) => {
    const bare = plainBare(lang, lemma)
    expect(bare.length).toBeGreaterThan(0)
    for (const p of bare) expect(p.cameo).toBe(cameo)
  })
})

describe('verb dictionary errors', () => {
  const root = mkdtempSync(join(tmpdir(), 'dyad-verbs-'))
  mkdirSync(join(root, 'xx'))
  symlinkSync(join(DATA_DIR, 'shared'), join(root, 'shared'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const verb =
    '{"id":"xx.cameo.go.01","lemma":"go","block":"p2.go","cameo":null,"passive":null,"src":"v.txt:2"}\n'
  const pattern = (block: string, code: string) =>
    `{"id":"xx.cameo.${block}.0001","block":"${block}","cameo":"${code}","passive":null,"object":null,"preps":[{"prep":"to","heads":[],"mods":[]}],"subject":null,"src":"v.txt:3"}\n`

  it.each([
    [
      'a pattern whose block has no verb',
      pattern('p2.come', '042'),
      /cameo-patterns\.jsonl:1: block "p2\.come" has no verb/,
    ],
    [
      'an unknown CAMEO code',
      pattern('p2.go', '999'),
      /cameo-patterns\.jsonl:1: unknown CAMEO code "999"/,
    ],
    [
      'a bad slot',
      pattern('p2.go', '042').replace('"heads":[]', '"heads":"x"'),
      /cameo-patterns\.jsonl:1: preps\.0\.heads/,
    ],
  ])('names file and line for %s', (_what, patterns, message) => {
    writeFileSync(join(root, 'xx', 'cameo-verbs.jsonl'), verb)
    writeFileSync(join(root, 'xx', 'cameo-patterns.jsonl'), patterns)
    expect(() => loadVerbDictionary('xx', root)).toThrow(LexiconError)
    expect(() => loadVerbDictionary('xx', root)).toThrow(message)
  })

  it('reads a language without verb files as empty', () => {
    const { byLemma, agents } = loadVerbDictionary('zz', root)
    expect(byLemma.size + agents.size).toBe(0)
  })
})
