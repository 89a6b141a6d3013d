import { describe, expect, it } from 'vitest'
import type { Lang } from '../../doc/index.js'
import { analyzeArticle } from '../pipeline.js'

function expectations(text: string, lang: Lang = 'en') {
  const doc = analyzeArticle({ origin: 'test', text }, { published: '2025-05-01', lang })
  return doc.expectations.map((x) => ({
    text: doc.article.text.slice(x.start, x.end),
    holder: x.holderName,
    polarity: x.polarity,
    horizon: x.horizon,
    modality: x.modality,
    topics: x.topics,
  }))
}

const brief = (xs: ReturnType<typeof expectations>) =>
  xs.map((x) => [x.text, x.polarity, x.horizon] as const)

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

  it('reads a legal fight and a denied idleness by their words', () => {
    const xs = expectations(
      'The ministry intends to appeal the ruling next week. Officials said new orders will not leave idle capacity for years.',
    )
    expect(xs.map((x) => x.polarity)).toEqual(['negative', 'positive'])
  })

  it('stops the words that give polarity at a semicolon', () => {
    const [x] = expectations(
      'Officials said exports will grow strongly next year; critics called the plan a disaster.',
    )
    expect(x?.polarity).toBe('positive')
  })

  it('gives an impersonal forecast to no one, not to the voice before it', () => {
    const xs = expectations(
      'Analysts say trade between the two countries will grow this year. The new bridge is expected to open in June.',
    )
    expect(xs.map((x) => x.holder)).toEqual(['analysts', null])
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

  it('reads a scheduled plan as an outlook dated by its day, and ignores questions', () => {
    expect(
      brief(expectations('The minister will travel to Lima in June. Will the talks resume?')),
    ).toEqual([['The minister will travel to Lima in June', 'positive', 'short']])
    expect(expectations('«¿Nos van a ayudar los vecinos?», preguntó.', 'es')).toEqual([])
  })

  it.each([
    ['Analysts cannot say how large the new zone will be.'],
    ['The report found the ministry may have misled Congress.'],
    ['Officials would like to see more trade with Lima.'],
    ['Prime Minister Theresa May resigned in June.'],
  ])(
    'reads no outlook into an indirect question, a perfect modal, a wish or a name: %s',
    (text) => {
      expect(expectations(text)).toEqual([])
    },
  )

  it('reads "is to" and "plans to" as plans', () => {
    expect(
      brief(expectations('The pipeline is to connect Crete with the mainland by 2027.')),
    ).toEqual([['The pipeline is to connect Crete with the mainland by 2027', 'positive', 'long']])
    expect(expectations('Lima plans to reopen the border crossing.')).toHaveLength(1)
  })

  it('splits a sentence at "but" into clauses with their own horizon and polarity', () => {
    const xs = expectations(
      'Trade with Lima could expand in the short term, but in the long run the accord will likely deepen the debt problems of the region.',
    )
    expect(brief(xs)).toEqual([
      ['Trade with Lima could expand in the short term', 'positive', 'short'],
      [
        'in the long run the accord will likely deepen the debt problems of the region',
        'negative',
        'long',
      ],
    ])
  })

  it.each([
    ['Diplomats in Quito say the truce is unlikely to survive the summer.', 'negative'],
    ['Diplomats in Quito say the talks will not improve relations with Lima.', 'negative'],
    ['Diplomats in Quito say tensions with Lima could grow.', 'negative'],
    ['Diplomats in Quito say the accord could ease tensions with Lima.', 'positive'],
    ['Diplomats in Quito say the accord could undermine cooperation with Lima.', 'negative'],
    [
      'Diplomats in Quito say ties with Lima will remain strained because Lima sees an opportunity.',
      'negative',
    ],
    ['Diplomats in Quito say the two sides are unlikely to reach a deal on tariffs.', 'negative'],
    ['Diplomats in Quito say tensions with Lima could soon ease.', 'positive'],
    ['Diplomats in Quito say a long deterioration could hit exporters.', 'negative'],
  ])('reads the polarity of "%s" as %s', (text, polarity) => {
    expect(expectations(text)[0]?.polarity).toBe(polarity)
  })

  it('gives an expectation to the subject of "expects"', () => {
    const [x] = expectations(
      'Ana Ruiz, an economist in Lima, spoke on Monday. She expects exports to Chile to grow this year.',
    )
    expect(x).toMatchObject({ holder: 'Ana Ruiz', polarity: 'positive', horizon: 'short' })
  })

  it('gives "I do not expect" to the speaker of the quote', () => {
    const [x] = expectations(
      '“I do not expect a quick deal with Havana,” said diplomat Marco Vela.',
    )
    expect(x).toMatchObject({
      holder: 'Marco Vela',
      polarity: 'negative',
      horizon: 'short',
      modality: 'unlikely',
    })
  })

  it('takes the horizon from units of time ahead', () => {
    const xs = analyzeArticle(
      {
        origin: 'test',
        text: 'The minister said more sanctions are likely to be imposed in the coming week. Analysts expect the alliance will weaken over the next two decades.',
      },
      { published: '2024-03-01', lang: 'en' },
    ).expectations
    expect(xs.map((x) => x.horizon)).toEqual(['short', 'long'])
  })

  it('takes the horizon from a bounding date', () => {
    const [x] = expectations('Diplomats in Quito say a new treaty is unlikely before 2026.')
    expect(x).toMatchObject({ polarity: 'negative', horizon: 'short' })
    const [y] = expectations('Diplomats in Quito say relations could improve by 2030.')
    expect(y).toMatchObject({ polarity: 'positive', horizon: 'long' })
  })

  it('dates a plan by a month to come, not by one past', () => {
    expect(brief(expectations('Peru will host the summit in September.'))).toEqual([
      ['Peru will host the summit in September', 'positive', 'short'],
    ])
    expect(brief(expectations('Peru will host the summit it first held in March.'))).toEqual([
      ['Peru will host the summit it first held in March', 'positive', 'unspecified'],
    ])
  })

  it('reads no outlook into a relative clause', () => {
    expect(
      expectations('The ministry signed deals that could help smugglers evade sanctions.'),
    ).toEqual([])
  })

  it('reads past an aside to the subject', () => {
    const [x] = expectations(
      'Ruiz said that the security relationship, by contrast, was likely to deepen.',
    )
    expect(x?.text).toBe('the security relationship, by contrast, was likely to deepen')
  })

  it('cuts a trailing attribution off and gives it the statement', () => {
    const [x] = expectations('The accord is expected to boost gas exports by 2028, officials said.')
    expect(x).toMatchObject({
      text: 'The accord is expected to boost gas exports by 2028',
      holder: 'officials',
      polarity: 'positive',
      horizon: 'long',
    })
  })

  it('carries a voice into the next paragraph only on a connective or a verb of saying', () => {
    const xs = expectations(
      [
        'Economist Ana Ruiz believes relations with Lima could improve soon.',
        'However, tensions over fishing could grow.',
        'The two presidents are not expected to meet this year.',
      ].join('\n\n'),
    )
    expect(xs.map((x) => x.holder)).toEqual(['Ana Ruiz', 'Ana Ruiz', null])
  })

  it('lets a term stand in for a modal', () => {
    const [x] = expectations('For the economist, the new tariff helps exporters in the short term.')
    expect(x).toMatchObject({ polarity: 'positive', horizon: 'short' })
  })

  it('takes the horizon that opens the paragraph and the fronted term into the span', () => {
    const xs = expectations(
      'In the long run, the picture is darker. Economist Ana Ruiz believes that pressure on the peso could grow.',
    )
    expect(xs.map((x) => [x.holder, x.polarity, x.horizon])).toEqual([
      ['Ana Ruiz', 'negative', 'long'],
    ])
    const [y] = expectations(
      '“In the long run, these truces tend to collapse,” said analyst Sara Pinto.',
    )
    expect(y).toMatchObject({
      text: 'In the long run, these truces tend to collapse',
      holder: 'Sara Pinto',
    })
  })
})

describe('expectations (es)', () => {
  it('reads a future tense by its ending and the verb by its stem', () => {
    const [x] = expectations(
      'Según la analista Marta Díaz, la relación mejorará en los próximos meses.',
      'es',
    )
    expect(x).toMatchObject({ holder: 'Marta Díaz', polarity: 'positive', horizon: 'short' })
  })

  it('turns a negated future verb round, and ends the statement with its quotation', () => {
    const [x] = expectations(
      '“El acuerdo no resolverá las tensiones con Quito”, afirmó la politóloga Ana Ríos.',
      'es',
    )
    expect(x).toMatchObject({
      text: 'El acuerdo no resolverá las tensiones con Quito',
      holder: 'Ana Ríos',
      polarity: 'negative',
    })
  })

  it('turns "no se debe esperar" round and keeps the condition out of the polarity', () => {
    const [x] = expectations(
      'Según la politóloga Ana Ríos, no se debe esperar que el presidente viaje a Quito mientras no haya una salida a la crisis.',
      'es',
    )
    expect(x).toMatchObject({ holder: 'Ana Ríos', polarity: 'negative', modality: 'unlikely' })
  })

  it('splits at a semicolon and reads "lo más probable es que" with what grows', () => {
    const xs = expectations(
      'Para el economista Luis Vera, a corto plazo el acuerdo podría ayudar a los exportadores; a largo plazo, lo más probable es que las tensiones aumenten.',
      'es',
    )
    expect(xs.map((x) => [x.polarity, x.horizon])).toEqual([
      ['positive', 'short'],
      ['negative', 'long'],
    ])
  })

  it('gives a statement to the source an opening "según" names', () => {
    const [x] = expectations(
      'Según los analistas consultados, la disputa aduanera seguirá siendo un motivo de fricción con Quito.',
      'es',
    )
    expect(x).toMatchObject({ holder: 'analistas', polarity: 'negative' })
  })

  it('gives an interview answer to the interviewee and skips the questions', () => {
    const xs = expectations(
      [
        'Sara Molina: “El comercio es lo primero”',
        'Sara Molina fue embajadora en Lima. Molina repasa la relación con Perú.',
        'P. El gobierno dice que la relación mejorará pronto. ¿Es así?',
        'R. No del todo. A corto plazo, un tratado podría ayudar a los exportadores de café.',
      ].join('\n\n'),
      'es',
    )
    expect(xs.map((x) => [x.holder, x.polarity, x.horizon])).toEqual([
      ['Sara Molina', 'positive', 'short'],
    ])
  })
})

describe('expectations: who holds them (es)', () => {
  it('never takes a name inside a phrase for the subject of a verb of expecting', () => {
    const [x] = expectations(
      'El acuerdo firmado entre Chile y Perú prevé que el comercio crezca este año.',
      'es',
    )
    expect(x?.holder).toBeNull()
  })
})
