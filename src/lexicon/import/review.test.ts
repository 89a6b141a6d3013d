import { describe, expect, it } from 'vitest'
import type { BareReview, CameoPattern, CameoVerb, EntryReview } from '../verb-schemas.js'
import { applyBareReview, applyEntryReview, StaleReview } from './review.js'

const TABLE = new Set(['040', '042', '050', '060'])

const verb = (id: string, lemma: string, cameo: string | null, particles: string[] = []) =>
  ({
    id,
    lemma,
    particles,
    block: 'p2.x',
    cameo,
    passive: null,
    src: 'v.txt:1',
  }) satisfies CameoVerb

const VERBS: CameoVerb[] = [
  verb('xx.cameo.go.01', 'go', '040'),
  verb('xx.cameo.go-on.01', 'go', '060', ['on']),
  verb('xx.cameo.visit.01', 'visit', null),
  verb('xx.cameo.visit.02', 'visit', '042'),
  verb('xx.cameo.visit.03', 'visit', '042'),
  verb('xx.cameo.back.01', 'back', '050'),
]

const review = (lemma: string, was: (string | null)[], cameo: string | null): BareReview => ({
  id: `xx.bare.${lemma}`,
  lemma,
  was,
  cameo,
  reason: 'test',
})

describe('applyBareReview', () => {
  it('writes the reviewed code into every plain entry of the lemma, and counts', () => {
    const { verbs, counts } = applyBareReview(
      VERBS,
      [review('go', ['040'], null), review('visit', [null, '042'], '042')],
      TABLE,
    )
    expect(verbs.map((v) => [v.id, v.cameo, v.reviewed])).toEqual([
      ['xx.cameo.go.01', null, 'xx.bare.go'],
      ['xx.cameo.go-on.01', '060', undefined],
      ['xx.cameo.visit.01', '042', 'xx.bare.visit'],
      ['xx.cameo.visit.02', '042', 'xx.bare.visit'],
      ['xx.cameo.visit.03', '042', 'xx.bare.visit'],
      ['xx.cameo.back.01', '050', undefined],
    ])
    expect(counts).toEqual({ reviewed: 2, kept: 0, recoded: 1, dropped: 1, entries: 2 })
  })

  it.each([
    ['a lemma the dictionary lacks', review('leave', ['040'], null), /no plain entry for "leave"/],
    ['codes the source no longer has', review('back', ['051'], null), /now codes "back" \["050"\]/],
    ['a code outside the table', review('back', ['050'], '999'), /"999" is not a CAMEO code/],
  ])('refuses %s', (_what, entry, message) => {
    expect(() => applyBareReview(VERBS, [entry], TABLE)).toThrow(StaleReview)
    expect(() => applyBareReview(VERBS, [entry], TABLE)).toThrow(message)
  })
})

describe('applyEntryReview', () => {
  const pattern = (id: string, cameo: string | null): CameoPattern => ({
    id,
    block: 'p2.x',
    particles: [],
    cameo,
    passive: null,
    object: { heads: ['decision'], mods: [] },
    preps: [],
    subject: null,
    src: 'v.txt:2',
  })
  const PATTERNS = [pattern('xx.cameo.p2.x.0001', '100'), pattern('xx.cameo.p2.x.0002', '060')]
  const entry = (
    name: string,
    of: string,
    was: string | null,
    cameo: string | null,
    drop = false,
  ): EntryReview => ({
    id: `xx.entry.${name}`,
    entry: of,
    was,
    cameo,
    ...(drop ? { drop: true as const } : {}),
    reason: 'test',
  })

  it('recodes a pattern, drops a verb entry, and leaves the rest', () => {
    const { verbs, patterns, counts } = applyEntryReview(
      VERBS,
      PATTERNS,
      [
        entry('take-decision', 'xx.cameo.p2.x.0001', '100', null),
        entry('go-on', 'xx.cameo.go-on.01', '060', null, true),
      ],
      TABLE,
    )
    expect(patterns.map((p) => [p.id, p.cameo, p.reviewed])).toEqual([
      ['xx.cameo.p2.x.0001', null, 'xx.entry.take-decision'],
      ['xx.cameo.p2.x.0002', '060', undefined],
    ])
    expect(verbs.map((v) => v.id)).not.toContain('xx.cameo.go-on.01')
    expect(verbs).toHaveLength(VERBS.length - 1)
    expect(counts).toEqual({ recoded: 1, dropped: 1 })
  })

  it('turns an entry round: its code read with the subject acted on', () => {
    const turned = {
      ...entry('appear-in-court', 'xx.cameo.p2.x.0002', '060', null),
      passive: '050',
    }
    const { patterns } = applyEntryReview(VERBS, PATTERNS, [turned], TABLE)
    expect(patterns.map((p) => [p.id, p.cameo, p.passive])).toEqual([
      ['xx.cameo.p2.x.0001', '100', null],
      ['xx.cameo.p2.x.0002', null, '050'],
    ])
    const bad = { ...turned, passive: '999' }
    expect(() => applyEntryReview(VERBS, PATTERNS, [bad], TABLE)).toThrow(/not a CAMEO/)
  })

  it.each([
    ['an entry the dictionary lacks', entry('gone', 'xx.cameo.p2.x.0009', '100', null), /no entry/],
    [
      'a code the entry no longer has',
      entry('old', 'xx.cameo.p2.x.0002', '061', null),
      /now codes/,
    ],
    ['a code outside the table', entry('bad', 'xx.cameo.p2.x.0002', '060', '999'), /not a CAMEO/],
  ])('refuses %s', (_what, e, message) => {
    expect(() => applyEntryReview(VERBS, PATTERNS, [e], TABLE)).toThrow(StaleReview)
    expect(() => applyEntryReview(VERBS, PATTERNS, [e], TABLE)).toThrow(message)
  })
})
