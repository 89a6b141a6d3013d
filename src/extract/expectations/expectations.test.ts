import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../pipeline.js'

function expectations(text: string) {
  const doc = analyzeArticle({ origin: 'test', text }, { published: '2025-05-01', lang: 'en' })
  return doc.expectations.map((x) => ({
    text: doc.article.text.slice(x.start, x.end),
    holder: x.holderName,
    polarity: x.polarity,
    horizon: x.horizon,
    modality: x.modality,
    topics: x.topics,
  }))
}

describe('expectations (en)', () => {
  it('reads polarity, horizon and holder from an attributed forecast', () => {
    const [x] = expectations(
      'According to economist Irene Salazar, ties between Chile and Peru could improve in the short term.',
    )
    expect(x).toMatchObject({
      holder: 'Irene Salazar',
      polarity: 'positive',
      horizon: 'short',
      modality: 'possible',
    })
  })

  it('keeps the holder across the next sentence of the same voice', () => {
    const xs = expectations(
      'Analysts say trade between the two countries will grow this year. However, the border dispute will remain a source of friction in the long run.',
    )
    expect(xs.map((x) => [x.holder, x.polarity, x.horizon])).toEqual([
      ['analysts', 'positive', 'short'],
      ['analysts', 'negative', 'long'],
    ])
  })

  it('turns an unlikely good outcome negative', () => {
    const [x] = expectations(
      '“A deal favorable to migrants should not be expected,” said lawyer Pablo Arce.',
    )
    expect(x).toMatchObject({ polarity: 'negative', modality: 'unlikely', holder: 'Pablo Arce' })
    expect(x?.topics).toContain('migration')
  })

  it('ignores plain future narration and questions', () => {
    expect(
      expectations('The minister will travel to Lima on Monday. Will the talks resume?'),
    ).toEqual([])
  })
})
