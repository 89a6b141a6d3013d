import { describe, expect, it } from 'vitest'
import { docOf, textOf } from '../../../test/helpers.js'
import { loadLexicon } from '../../lexicon/index.js'
import { findQuotedSpans } from '../quotes/index.js'
import { extractTimexes } from '../timexes/index.js'
import { extractEntities } from './index.js'

function analyse(text: string, published = '2024-11-13') {
  const doc = docOf(text, 'en', published)
  const lex = loadLexicon('en')
  const layer = extractEntities(doc, lex, findQuotedSpans(text), extractTimexes(doc, lex))
  const byName = (name: string) => layer.entities.find((e) => e.name === name)
  const mentionsOf = (name: string) =>
    layer.mentions.filter((m) => m.entity === byName(name)?.id).map((m) => textOf(doc, m))
  return { ...layer, byName, mentionsOf }
}

describe('entities (en)', () => {
  it('takes a known body only within the dates it stood for its name', () => {
    // The Mexican Guardia Nacional was founded in 2019; earlier, the name was another's.
    const text = 'The Mexican president said the Guardia Nacional would patrol the border.'
    expect(analyse(text, '2021-06-01').byName('Guardia Nacional')?.country).toBe('MEX')
    expect(analyse(text, '2018-04-05').byName('Guardia Nacional')?.country).not.toBe('MEX')
  })

  it('gives an official of a body above countries his country only while a national term lasts', () => {
    const text = 'Javier Solana met Iranian officials in Tehran on Monday.'
    // Spain's foreign minister until 1995 in the office-holder data, then NATO's and the EU's.
    expect(analyse(text, '1994-05-02').byName('Javier Solana')?.code).toBe('ESPGOV')
    const later = analyse(text, '2005-03-01').byName('Javier Solana')
    expect([later?.country, later?.code]).toEqual([null, 'IGO'])
  })

  it('places an envoy in the country he serves, not the one he is sent to', () => {
    const a = analyse('Maria Lopez, the Chilean special envoy for Peru, resigned on Friday.')
    expect(a.byName('Maria Lopez')?.country).toBe('CHL')
  })

  it('splits a court or body from the person its title names ("District Court Judge Ana Ruiz")', () => {
    const a = analyse('On Friday, Federal District Court Judge Ana Ruiz dismissed the lawsuit.')
    expect(a.byName('Federal District Court')?.kind).toBe('organization')
    expect(a.byName('Ana Ruiz')?.kind).toBe('person')
  })

  it('reads a mosque or a shrine as a place, not a person named after it', () => {
    const a = analyse(
      'Hamid bin Yusuf, the emir, died on Monday. Mourners gathered at the Emir Hamid Grand Mosque. Hamid had ruled since 1990.',
    )
    expect(a.byName('Hamid Grand Mosque')?.kind).toBe('location')
    expect(a.mentionsOf('Hamid bin Yusuf')).toContain('Hamid')
  })

  it('takes an unplaced "the new Sultan" for no head of government of another country', () => {
    const a = analyse(
      'Sultan Hamid bin Yusuf died on Monday. British Prime Minister Boris Johnson sent condolences. The new Sultan was sworn in on Tuesday.',
      '2020-01-12',
    )
    expect(a.mentionsOf('Boris Johnson')).not.toContain('The new Sultan')
  })

  it('codes a body above countries by its sector ("World Bank" → IGO)', () => {
    expect(analyse('The World Bank cut its forecast for Peru.').byName('World Bank')?.code).toBe(
      'IGO',
    )
  })

  it('takes "the accused" for the one person of no office the article is about', () => {
    const a = analyse(
      'Marco Diaz, a Chilean, appeared in court in Lima. Police said Marco Diaz was armed. Judge Ana Ruiz ordered the accused remain in custody.',
    )
    expect(a.mentionsOf('Marco Diaz')).toContain('the accused')
  })

  it('reads "Congress" as the body of the country the article names it for', () => {
    const a = analyse(
      'The bill needs a law from the Congress of the Philippines. Congress reconvened on Monday.',
    )
    expect(a.byName('Congress of the Philippines')).toMatchObject({
      country: 'PHL',
      code: 'PHLLEG',
    })
    expect(a.mentionsOf('Congress of the Philippines')).toContain('Congress')
    expect(a.byName('United States Congress')).toBeUndefined()
    const b = analyse('The Peruvian Congress reconvened on Monday. Congress then voted.')
    expect(b.byName('Congress of Peru')).toMatchObject({ country: 'PER', code: 'PERLEG' })
    expect(b.mentionsOf('Congress of Peru')).toContain('Congress')
  })

  it('types people, organisations, countries and places', () => {
    const a = analyse(
      'Economist Rosa Quintanilla, a researcher at the Central American University in San Salvador, spoke to Reuters about Honduras.',
    )
    expect(a.byName('Rosa Quintanilla')?.kind).toBe('person')
    expect(a.byName('Central American University')?.kind).toBe('organization')
    expect(a.byName('San Salvador')?.kind).toBe('location')
    expect(a.byName('Honduras')).toMatchObject({ kind: 'country', country: 'HND', code: 'HND' })
  })

  it('reads a text that ends on a run of one skipped word ("We met in March", no period)', () => {
    expect(analyse('We met in March').entities).toEqual([])
  })

  it('types a name by the common noun before it ("the daily Kurier", "airline Mahan Air")', () => {
    const a = analyse(
      'The daily Vecernji Glasnik reported the sale. Germany banned the airline Zephyr Air on Monday. Vecernji Glasnik said the price was secret.',
    )
    expect(a.byName('Vecernji Glasnik')?.kind).toBe('organization')
    expect(a.byName('Zephyr Air')?.kind).toBe('organization')
  })

  it('keeps "and" inside an organisation\'s name after its "of"', () => {
    const a = analyse(
      'The Committee on Ways and Means asked for the records. The Ministry of Defence and Prime Minister Carla Ortiz disagreed.',
    )
    expect(a.byName('Committee on Ways and Means')?.kind).toBe('organization')
    expect(a.byName('Ministry of Defence')?.kind).toBe('organization')
    expect(a.byName('Carla Ortiz')?.kind).toBe('person')
  })

  it('takes a name with an age set off after it for a person, of the nationality before it', () => {
    const a = analyse('An Australian, Dorin Valcourt, aged 28, appeared in court on Monday.')
    expect(a.byName('Dorin Valcourt')).toMatchObject({ kind: 'person', country: 'AUS' })
  })

  it('reads the country before an appositive role\'s modifiers ("a US peace envoy")', () => {
    const a = analyse('The rebels met with Dorin Valcourt, a US peace envoy, in Doha.')
    expect(a.byName('Dorin Valcourt')).toMatchObject({ kind: 'person', country: 'USA' })
  })

  it('takes "the commission" for the organisation last named with that noun', () => {
    const a = analyse(
      'The Commission on Presidential Debates cancelled the debate. The commission said no debate would be held. The Commission of Inquiry will report in May.',
    )
    expect(a.mentionsOf('Commission on Presidential Debates')).toEqual([
      'Commission on Presidential Debates',
      'The commission',
    ])
  })

  it('takes an unknown capitalised word for a place after "in", or a body when it speaks', () => {
    const a = analyse(
      'The talks were held in Valdoria on Monday. Meanwhile the daily Zentrabla noted that prices rose. Prices rose by 24 percent.',
    )
    expect(a.byName('Valdoria')?.kind).toBe('location')
    expect(a.byName('Zentrabla')?.kind).toBe('organization')
    expect(a.byName('Prices')).toBeUndefined()
    expect(a.byName('24')).toBeUndefined()
  })

  it('splits a country from the person named after it', () => {
    const a = analyse('The talks were led by Deputy Minister of Ecuador Lucía Paredes on Monday.')
    expect(a.byName('Lucía Paredes')?.kind).toBe('person')
    expect(a.byName('Ecuador')?.kind).toBe('country')
  })

  it('splits a region from the person named after it, unless the place is a given name too', () => {
    const a = analyse(
      'First Minister of Scotland Nicola Sturgeon met the Governor of Texas Greg Abbott. Paris Hilton sang.',
    )
    expect(a.byName('Nicola Sturgeon')?.kind).toBe('person')
    expect(a.byName('Greg Abbott')?.kind).toBe('person')
    expect(a.byName('Scotland')?.kind).toBe('location')
    expect(a.byName('Paris')).toBeUndefined()
  })

  it('links short names, titles and pronouns to the person', () => {
    const a = analyse(
      'Historian Tomás Echeverría Vidal studies the region. Echeverría Vidal said the talks were late. The historian added that he expected a deal.',
    )
    expect(a.mentionsOf('Tomás Echeverría Vidal')).toEqual([
      'Tomás Echeverría Vidal',
      'Echeverría Vidal',
      'The historian',
      'he',
    ])
  })

  it('follows a chain of pronouns past the sentences that name the person', () => {
    const a = analyse(
      'Minister Ana Solís spoke in Quito. It rained. The port closed. ' +
        'She said the talks went well. Trade fell. Prices rose. She left on Friday.',
    )
    // The last "She" stands three sentences after the first, six after the name.
    expect(a.mentionsOf('Ana Solís')).toEqual(['Ana Solís', 'She', 'She'])
  })

  it('links a surname after an honorific, with or without its period, to the person', () => {
    const a = analyse(
      'Banker Rupert Halloway spoke first. Mr Halloway said rates would rise. Economist Jane Ferris disagreed, and Ms. Ferris said so twice.',
    )
    expect(a.mentionsOf('Rupert Halloway')).toContain('Halloway')
    expect(a.mentionsOf('Jane Ferris')).toContain('Ferris')
    expect(a.byName('Mr Halloway')).toBeUndefined()
  })

  it('takes a name for a person when the text goes on to use its surname alone', () => {
    const a = analyse(
      'The band once fronted by Dusty Kellaway topped the poll. Later, Kellaway said the old songs still sold. Ruby Tuesday and Iron Lantern came next.',
    )
    expect(a.byName('Dusty Kellaway')?.kind).toBe('person')
    expect(a.mentionsOf('Dusty Kellaway')).toContain('Kellaway')
    expect(a.byName('Iron Lantern')).toBeUndefined()
  })

  it('keeps "and" inside a name when the acronym after it spells both halves', () => {
    const a = analyse(
      'The Institute of Fiscal and Monetary Studies (IFMS) said taxes must rise. According to IFMS, the rule will be broken.',
    )
    expect(a.mentionsOf('Institute of Fiscal and Monetary Studies')).toContain('IFMS')
  })

  it('splits a body ending in a place from the person after it, and joins a title inside a run', () => {
    const a = analyse(
      'The governor of the Central Bank of Peru Julia Armas spoke. "Rates will fall," said UK Chancellor of the Exchequer Edward Hale.',
    )
    expect(a.byName('Julia Armas')?.kind).toBe('person')
    expect(a.byName('Edward Hale')?.roles.map((r) => r.title)).toContain('Finance Minister')
  })

  it('never takes a region adjective for a person ("the West African state")', () => {
    const a = analyse('The firm admitted paying bribes in the West African state of Benin.')
    expect(a.byName('West African')).toBeUndefined()
    expect(a.byName('Benin')?.kind).toBe('country')
  })

  it('reads roles before the name and in an appositive', () => {
    const a = analyse(
      'Senator Laura Pineda, chair of the Foreign Relations Committee, met Mexican Interior Minister Jorge Salas in Monterrey.',
    )
    expect(a.byName('Laura Pineda')?.roles.map((r) => r.title)).toContain('Senator')
    expect(a.byName('Jorge Salas')?.country).toBe('MEX')
  })

  it('reads a title with a joining word before the name ("Secretary of State …")', () => {
    const a = analyse(
      'Secretary of State Elena Márquez flew to Lima. Minister of the Interior Tomás Ibarra stayed home.',
    )
    expect(a.byName('Elena Márquez')?.roles.map((r) => r.title)).toContain('Secretary of State')
    expect(a.byName('Tomás Ibarra')?.kind).toBe('person')
    expect(a.entities.some((e) => e.name.includes('State Elena'))).toBe(false)
  })

  it('reads a title of two words once, not its last word again as a title of its own', () => {
    const a = analyse('Ohio Attorney General Dana Whitfield sued the company on Monday.')
    const roles = a.byName('Dana Whitfield')?.roles ?? []
    expect(roles.map((r) => [r.title, r.sector])).toEqual([['Attorney General', 'GOV']])
  })

  it('gives office-holders their code as of the publication date', () => {
    expect(
      analyse('Bukele spoke with Trump on the phone.', '2019-10-01').byName('Donald Trump')?.code,
    ).toBe('USAGOV')
    expect(
      analyse('Bukele spoke with Trump on the phone.', '2024-11-13').byName('Donald Trump')?.code,
    ).toBe('USAELI')
    expect(
      analyse('Bukele spoke with Trump on the phone.', '2024-11-13').byName('Nayib Bukele')?.code,
    ).toBe('SLVGOV')
  })

  it('resolves a general word to the person holding a role of its sector', () => {
    const a = analyse('Historian Tom Reed spoke first. Later the academic took questions.')
    expect(a.mentionsOf('Tom Reed')).toContain('the academic')
  })

  it('resolves a description to the office-holder of that country', () => {
    const a = analyse('Bukele met Rubio. Later the Salvadoran president flew home.', '2025-04-01')
    expect(a.mentionsOf('Nayib Bukele')).toContain('the Salvadoran president')
  })

  it('turns demonyms into mentions of their country', () => {
    const a = analyse('Guatemalan officials met their Mexican counterparts.')
    expect(a.byName('Guatemala')?.aliases).toContain('Guatemalan')
    expect(a.mentionsOf('Mexico')).toEqual(['Mexican'])
  })

  it('keeps a generational suffix apart from the father', () => {
    const a = analyse(
      'Donald Trump Jr. spoke first. Then Donald Trump spoke. Trump Jr. left early.',
    )
    expect(a.mentionsOf('Donald Trump Jr.')).toEqual(['Donald Trump Jr.', 'Trump Jr.'])
  })

  it('prefers a person already named over a place of the same name', () => {
    const a = analyse(
      'Senator Paloma Valencia criticised the plan. Later, Valencia said it would fail.',
    )
    expect(a.mentionsOf('Paloma Valencia')).toContain('Valencia')
    expect(a.byName('Valencia')).toBeUndefined()
  })

  it('takes an acronym in brackets after a name for its short form', () => {
    const a = analyse(
      'The figures come from the National Fisheries Bureau (NFB). Later the NFB revised them.',
    )
    expect(a.mentionsOf('National Fisheries Bureau')).toEqual([
      'National Fisheries Bureau',
      'NFB',
      'NFB',
    ])
  })

  it('does not take sentence-opening words for names', () => {
    const a = analyse(
      'However, the talks failed. Several ministers left. Meanwhile Congress waited.',
    )
    expect(a.entities.map((e) => e.name)).not.toContain('However')
    expect(a.entities.map((e) => e.name)).not.toContain('Several')
  })
})

function analyseEs(text: string) {
  const doc = docOf(text, 'es')
  const lex = loadLexicon('es')
  const layer = extractEntities(doc, lex, [], extractTimexes(doc, lex))
  const byName = (name: string) => layer.entities.find((e) => e.name === name)
  const mentionsOf = (name: string) =>
    layer.mentions.filter((m) => m.entity === byName(name)?.id).map((m) => textOf(doc, m))
  return { ...layer, byName, mentionsOf }
}

describe('entities (es)', () => {
  it('places a name two countries share in the country the article names', () => {
    const inMexico = analyseEs(
      'El gobernador de Guanajuato inauguró un hospital en León. La obra costó a México dos millones.',
    )
    expect(inMexico.byName('León')?.country).toBe('MEX')
    const inSpain = analyseEs('La Junta abrió un museo en León, el tercero de España este año.')
    expect(inSpain.byName('León')?.country).toBe('ESP')
  })

  it('names a person by the first of two surnames, never by a later office-holder', () => {
    const a = analyseEs(
      'El senador Jorge Quesada Ibarra llegó tarde. Después, Quesada pidió la palabra.',
    )
    expect(a.mentionsOf('Jorge Quesada Ibarra')).toContain('Quesada')
    // Santiago Peña took office in Paraguay in 2023: a 2018 "Peña" is someone else.
    const old = extractEntities(
      docOf('La candidata pide a Peña que actúe pronto.', 'es', '2018-06-01'),
      loadLexicon('es'),
      [],
      [],
    )
    expect(old.entities.map((e) => e.name)).not.toContain('Santiago Peña')
  })

  it('leaves a bare "el Gobierno" to the discourse, even before a speech verb', () => {
    const a = analyseEs('En Ciudad de Guatemala, el Gobierno ha pedido a Washington más apoyo.')
    expect(a.byName('Gobierno')).toBeUndefined()
  })

  it('reads the words between a title’s "de" and a given name as the title’s body', () => {
    const a = analyseEs(
      'Lo dijo el ministro de Gobierno Eduardo del Castillo. Lo confirmó el gobernador de Chiapas Rutilio Escandón.',
    )
    expect(a.byName('Eduardo del Castillo')?.kind).toBe('person')
    expect(a.byName('Rutilio Escandón')?.kind).toBe('person')
    expect(a.byName('Chiapas')?.kind).toBe('location')
  })

  it('takes an unknown name right after a speech verb that follows a quotation for a body', () => {
    const a = analyseEs(
      '«Se pretende ajustar sólo lo necesario», explicó la Semovi en un comunicado.',
    )
    expect(a.byName('Semovi')?.kind).toBe('organization')
  })

  it('leaves a title’s own words out of the name with no given name after them', () => {
    const a = analyseEs('El ministro de Defensa Padrino López señaló que el plan avanza.')
    expect(a.byName('Padrino López')?.kind).toBe('person')
    expect(a.byName('Defensa Padrino López')).toBeUndefined()
  })

  it('splits a known body from the person named right after it', () => {
    const a = analyseEs(
      'La vocera de la Casa Blanca Lucía Ferrán dijo que no había cambios. El capo, conocido como el Jefe de Jefes, huyó.',
    )
    expect(a.byName('Lucía Ferrán')?.kind).toBe('person')
    expect(a.byName('White House')?.kind).toBe('location')
    expect(a.entities.map((e) => e.name)).not.toContain('de Jefes')
  })

  it('keeps a given name that is also a month at the start of a name', () => {
    const a = analyseEs('Según el agrónomo Julio César Alvarado, la cosecha se perdió.')
    expect(a.byName('Julio César Alvarado')?.kind).toBe('person')
  })

  it.each([
    [
      'El politólogo Andrés Quiroga habló primero. Después, el académico pidió calma.',
      'Andrés Quiroga',
      'el académico',
    ],
    [
      'La hermana Inés Lobo dirige el albergue. Para la religiosa, faltan camas.',
      'Inés Lobo',
      'la religiosa',
    ],
    [
      'La ministra de Cultura, Irene Valdés, visitó el museo. Luego la funcionaria se fue.',
      'Irene Valdés',
      'la funcionaria',
    ],
    [
      'La ministra de Salud, Carmen Ledesma, visitó el hospital. Luego la funcionaria se fue.',
      'Carmen Ledesma',
      'la funcionaria',
    ],
  ])('resolves a general description: %s', (text, name, description) => {
    expect(analyseEs(text).mentionsOf(name)).toContain(description)
  })

  it('leaves a plural general word alone', () => {
    const a = analyseEs('El politólogo Andrés Quiroga habló primero. Los académicos callaron.')
    expect(a.mentionsOf('Andrés Quiroga')).not.toContain('Los académicos')
  })

  it('names a bare body with a demonym after it by its country', () => {
    const a = analyseEs(
      'Según la Cancillería peruana, el viaje sigue en pie. La Cancillería no dio fechas.',
    )
    expect(a.byName('Cancillería de Perú')).toMatchObject({ country: 'PER' })
    expect(a.mentionsOf('Cancillería de Perú')).toEqual(['Cancillería peruana', 'Cancillería'])
  })
})

describe('names before a date', () => {
  it('ends a name at a date after a joining word ("the White House on Monday")', () => {
    const doc = docOf('Bukele visited the White House on Monday.')
    const { entities } = extractEntities(doc, loadLexicon('en'), [], [])
    expect(entities.map((e) => e.name)).toContain('White House')
  })
})
