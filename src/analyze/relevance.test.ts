import { describe, expect, it } from 'vitest'
import { article, type Cast, withEvent, withExpectation, withQuote } from './article.case.js'
import type { NamedSide } from './naming.js'
import {
  eventDirectness,
  expectationDirectness,
  quoteDirectness,
  type Sides,
  standing,
} from './relevance.js'

const usa: NamedSide = { countries: ['USA'], names: [] }
const gbr: NamedSide = { countries: ['GBR'], names: [] }
const sides: Sides = [usa, gbr]

const cast: Cast[] = [
  {
    id: 'e1',
    name: 'Jane Holt',
    kind: 'person',
    country: 'GBR',
    code: 'GBRGOV',
    forms: ['Jane Holt', 'Holt'],
    roles: [{ title: 'Minister', of: 'GBR', from: null, to: null, sector: 'GOV', via: 'text' }],
  },
  {
    id: 'e2',
    name: 'Sam Reyes',
    kind: 'person',
    country: null,
    forms: ['Sam Reyes', 'Reyes'],
    roles: [{ title: 'Analyst', of: null, from: null, to: null, via: 'text' }],
  },
  { id: 'e3', name: 'Daily Courier', kind: 'organization', country: 'GBR', code: 'GBRMED' },
]

describe('expectations: the clause is about the pair', () => {
  it.each([
    // [text, the expectation, its holder, directness]
    [
      'Reyes said the US and Britain would sign the accord in May.',
      'the US and Britain would sign the accord in May',
      'e2',
      3,
    ],
    [
      'Jane Holt said Washington would soon lift the tariffs.',
      'Washington would soon lift the tariffs',
      'e1',
      2,
    ],
    [
      'Talks between Britain and the United States resumed. Reyes said relations could improve soon.',
      'relations could improve soon',
      'e2',
      1,
    ],
    // One sentence naming both sides is not enough when the clause speaks of neither.
    [
      'Jane Holt, on a visit to Washington, said the party would win the next election.',
      'the party would win the next election',
      'e1',
      null,
    ],
    // The holder's nationality alone makes no subject.
    [
      'Jane Holt said the economy would grow by two per cent.',
      'the economy would grow by two per cent',
      'e1',
      null,
    ],
  ] as const)('%s', (text, span, holder, want) => {
    const a = article(text, cast)
    expect(expectationDirectness(a, withExpectation(a, span, holder), sides)).toBe(want)
  })

  it('reads "both countries" as the pair when they are the two the article is about', () => {
    const a = article(
      'Britain and the US have argued over steel for a year. American officials came to London. British exporters lost orders. The dispute dragged on. Reyes said both countries would want a deal before winter.',
      cast,
    )
    const x = withExpectation(a, 'both countries would want a deal before winter', 'e2')
    expect(expectationDirectness(a, x, sides)).toBe(3)
    const elsewhere = article(
      'France and Germany signed a pact. Reyes said both countries would want a deal before winter. The US and Britain watched.',
      cast,
    )
    const y = withExpectation(elsewhere, 'both countries would want a deal before winter', 'e2')
    expect(expectationDirectness(elsewhere, y, sides)).toBeNull()
  })
})

describe('quotes: the speaker speaks of the other side', () => {
  it.each([
    ['"We will talk to Washington," Holt said.', 'We will talk to Washington,', 'e1', 3],
    [
      '"We will talk to them," Holt said after meeting US envoys.',
      'We will talk to them,',
      'e1',
      2,
    ],
    // Her words on a domestic matter stay on her own page.
    [
      'The US embassy issued a statement. "Schools will reopen on Monday," Holt said.',
      'Schools will reopen on Monday,',
      'e1',
      null,
    ],
    // A newspaper of one side is no voice of that side: it must name both.
    [
      'American diplomats flew in, the Daily Courier said.',
      'American diplomats flew in,',
      'e3',
      null,
    ],
  ] as const)('%s', (text, span, speaker, want) => {
    const a = article(text, cast)
    expect(quoteDirectness(a, withQuote(a, span, speaker), sides)).toBe(want)
  })
})

describe('events: each side named by its people, state or name', () => {
  const firms: Cast[] = [
    { id: 'f1', name: 'Northwind', kind: 'organization', country: 'USA', code: 'USABUS' },
    { id: 'f2', name: 'Albion Air', kind: 'organization', country: 'GBR', code: 'GBRBUS' },
    { id: 'g1', name: 'Treasury', kind: 'organization', country: 'GBR', code: 'GBRGOV' },
  ]
  it.each([
    // [text, the event's sentence, directness]
    ['Northwind agreed to buy Albion Air.', 'Northwind agreed to buy Albion Air.', null],
    ['Northwind agreed to pay the Treasury.', 'Northwind agreed to pay the Treasury.', null],
    [
      'The Treasury agreed a deal with Washington.',
      'The Treasury agreed a deal with Washington.',
      2,
    ],
    [
      'Washington and London talked. Northwind agreed to buy Albion Air.',
      'Northwind agreed to buy Albion Air.',
      2,
    ],
  ] as const)('%s', (text, span, want) => {
    const a = article(text, firms)
    expect(eventDirectness(a, withEvent(a, span), sides)).toBe(want)
  })
})

describe('standing', () => {
  it('ranks officials of either side, then analysts, then everyone else', () => {
    const a = article('Jane Holt and Sam Reyes spoke to the Daily Courier.', cast)
    expect(standing(a, 'e1', null, sides)).toBe(2)
    expect(standing(a, 'e2', null, sides)).toBe(1)
    expect(standing(a, null, 'analysts', sides)).toBe(1)
    expect(standing(a, 'e3', null, sides)).toBe(0)
    expect(standing(a, null, null, sides)).toBe(0)
  })
})
