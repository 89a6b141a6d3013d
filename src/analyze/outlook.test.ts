import { describe, expect, it } from 'vitest'
import type { StoredExpectation } from '../store/index.js'
import { outlooks, summarize } from './outlook.js'

const expectation = (
  holder: string | null,
  polarity: StoredExpectation['polarity'],
  published: string,
): StoredExpectation => ({
  evidence: {
    article: published,
    title: null,
    url: null,
    source: null,
    published,
    start: 0,
    end: 1,
    text: 'x',
  },
  holder: null,
  holderName: holder,
  subjects: [],
  polarity,
  horizon: 'long',
  modality: 'likely',
  topics: [],
})

describe('the bottom line', () => {
  it('says so when nothing forward-looking is about the pair', () => {
    expect(summarize(outlooks([]))).toBe('No forward-looking statements about this relationship.')
  })

  it('reads a tie as its parts', () => {
    const tie = [
      expectation('A', 'positive', '2020-01-01'),
      expectation('B', 'negative', '2020-02-01'),
    ]
    expect(summarize(outlooks(tie))).toBe(
      'Long term: mixed (1 positive, 1 negative of 2 expectations; B, A)',
    )
  })

  it('puts the most salient first, then the latest', () => {
    const [old, recent, direct] = [
      expectation('old', 'positive', '2020-01-01'),
      expectation('recent', 'positive', '2021-01-01'),
      expectation('direct', 'negative', '2019-01-01'),
    ]
    const salience = new Map([
      [old, 10],
      [recent, 10],
      [direct, 30],
    ])
    const long = outlooks([old, recent, direct], salience).find((o) => o.horizon === 'long')
    expect(long?.items.map((i) => i.holder)).toEqual(['direct', 'recent', 'old'])
  })
})
