import { describe, expect, it } from 'vitest'
import { article } from './article.case.js'
import { asParty } from './clause.js'

describe('asParty: a side named as a party of its clause, not as a place or a label', () => {
  it.each([
    // [language, sentence, the words naming a side, a party?]
    ['en', 'The US will press Britain to cut its tariffs.', 'US', true],
    ['en', 'The US will press Britain to cut its tariffs.', 'Britain', true],
    ['en', 'The US government will meet British officials.', 'US', true],
    ['en', 'The US government will meet British officials.', 'British', true],
    ['en', 'The phone will go on sale in the US next month.', 'US', false],
    ['en', 'It will be sold in Britain and the US.', 'US', false],
    ['en', 'US films will be shown at the festival.', 'US', false],
    ['es', 'El Gobierno de México negociará con Washington.', 'Washington', true],
    ['es', 'El disco saldrá a la venta en México el lunes.', 'México', false],
  ] as const)('%s: %s — %s', (lang, text, words, want) => {
    const a = article(text, [], lang)
    const start = text.indexOf(words)
    expect(asParty(a, { start, end: start + words.length })).toBe(want)
  })
})
