import { describe, expect, it } from 'vitest'
import type { BareReview, CameoVerb } from '../verb-schemas.js'
import { applyBareReview, StaleReview } from './review.js'

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
