import { describe, expect, it } from 'vitest'
import { article } from './article.case.js'
import { namesCountry, namesSide, sideOf, windowOf } from './naming.js'

describe('namesCountry', () => {
  it.each([
    ['The US said no.', 'USA', true],
    ['Talks in Washington ended.', 'USA', true],
    ['Americans voted.', 'USA', true],
    ['Let us go.', 'USA', false],
    ["Britain's budget", 'GBR', true],
    ['Los estadounidenses votaron.', 'USA', true],
    ['Estadounidenses y mexicanos', 'MEX', true],
    ['Londres respondió.', 'GBR', true],
    ['Paris Hilton', 'GBR', false],
  ] as const)('%s → %s %s', (text, code, want) => {
    expect(namesCountry(text, code)).toBe(want)
  })
})

describe('namesSide and sideOf', () => {
  const cast = [
    { id: 'e1', name: 'Ana Vidal', kind: 'person' as const, country: 'ESP' },
    { id: 'e2', name: 'El Diario', kind: 'organization' as const, country: 'ESP', code: 'ESPMED' },
    { id: 'e3', name: 'Cortes', kind: 'organization' as const, country: 'ESP', code: 'ESPLEG' },
    {
      id: 'e4',
      name: 'Spain',
      kind: 'country' as const,
      country: 'ESP',
      forms: [],
      pronouns: ['it'],
    },
  ]
  const spain = { countries: ['ESP'], names: [] }
  const a = article('Ana Vidal spoke. El Diario wrote. The Cortes met. Then it voted.', cast)
  const sentence = (i: number) => {
    const s = a.sentences[i] as { start: number; end: number }
    return { start: s.start, end: s.end }
  }

  it('counts people of the side, never a newspaper, state bodies only when asked', () => {
    expect(namesSide(a, sentence(0), spain)).toBe(true)
    expect(namesSide(a, sentence(1), spain)).toBe(false)
    expect(namesSide(a, sentence(2), spain)).toBe(false)
    expect(namesSide(a, sentence(2), spain, { bodies: true })).toBe(true)
    expect(namesSide(a, sentence(3), spain)).toBe(false)
  })

  it('puts people and state bodies on their side, a newspaper on none', () => {
    const sides = [{ countries: ['FRA'], names: [] }, spain] as const
    expect(sideOf(a, 'e1', sides)).toBe(1)
    expect(sideOf(a, 'e3', sides)).toBe(1)
    expect(sideOf(a, 'e2', sides)).toBeNull()
    expect(sideOf(a, null, sides)).toBeNull()
  })

  it('widens a span to its sentences and the ones before', () => {
    const inThird = { start: sentence(2).start + 4, end: sentence(2).start + 9 }
    expect(windowOf(a, inThird)).toEqual(sentence(2))
    expect(windowOf(a, inThird, 1)).toEqual({ start: sentence(1).start, end: sentence(2).end })
    expect(windowOf(a, { start: 0, end: 3 }, 2)).toEqual(sentence(0))
  })
})

describe('the dateline', () => {
  it('says where the story was filed, not who it is about', () => {
    const usa = { countries: ['USA'], names: [] }
    const filed = article('WASHINGTON (Reuters) — Prices rose again in March.', [])
    expect(namesSide(filed, { start: 0, end: filed.analysis.article.text.length }, usa)).toBe(false)
    const named = article('WASHINGTON — Washington raised its tariffs.', [])
    expect(namesSide(named, { start: 0, end: named.analysis.article.text.length }, usa)).toBe(true)
  })
})
