import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../pipeline.js'

function subjects(text: string): string[][] {
  const doc = analyzeArticle({ origin: 'test', text }, { published: '2025-05-01', lang: 'en' })
  return doc.expectations.map((x) => [...x.subjects].sort())
}

describe('expectation subjects: what the clause is about', () => {
  it('are the countries the clause names', () => {
    expect(subjects('Analysts said Chile will sign a trade deal with Peru next year.')).toEqual([
      ['CHL', 'PER'],
    ])
  })

  it("leave out the holder's own nationality and the dateline", () => {
    expect(
      subjects('LIMA — French economist Anne Dubois said inflation will fall in the short term.'),
    ).toEqual([[]])
  })

  it('take the two countries the article is about for a clause about relations', () => {
    expect(
      subjects(
        'Chile and Peru met in Lima. Chilean and Peruvian officials spoke of trade. Analysts expect relations to improve in the short term.',
      ).at(-1),
    ).toEqual(['CHL', 'PER'])
  })
})
