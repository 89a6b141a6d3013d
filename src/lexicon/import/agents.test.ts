import { describe, expect, it } from 'vitest'
import type { AgentEntry } from '../verb-schemas.js'
import { englishPlural, readAgents, withoutActNouns } from './agents.js'
import { Tally } from './source.js'

const EN = `# a comment
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
POLICE {} [~COP]
POLICE!PERSON!  [~COP]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
ARMY_CHIEF_OF_STAFF [~MILGOV]
DEFENCE_MINIST [~GOVMIL]
TRANSPORT_COMPAN [~BUS]
PEACEKEEPING_TROOPS {} [IGO~]
ISLAMIC_EXTREMIST
JUDGE [~JUD]
JUDGE [~LEG]
SECRETARY [~GOV]
`

const ES = `!MINISTA!_=_MINISTRO,_MINISTROS,_MINISTERIO,_MINISTERIOS_
POLICÍA_ [~COP]
POLICIA_ [~COP]
!MINISTA!_PARA_EL_COMERCIO_ [~GOV]
¡CLERO_BUDISTA!_PERSONA!_ [~BUD]
LOS_VERDES_(FRANCIA)_ [~ENV]
GENDARMERÍA_{GENDARMERIE}_ [~COP]
`

const byWords = (agents: readonly AgentEntry[]) =>
  new Map(agents.map((a) => [a.words.join(' '), a]))

describe('agents (en)', () => {
  const tally = new Tally()
  const agents = readAgents('en', 'agents.txt', EN, tally)
  const get = (w: string) => byWords(agents).get(w)

  it.each([
    ['police', { id: 'en.agent.police', sector: 'COP', src: 'agents.txt:4' }],
    ['policeman', { sector: 'COP', plurals: [['policemen']] }],
    ['policeperson', { sector: 'COP' }],
    ['chamber of commerce', { plurals: [['chambers', 'of', 'commerce']], sector: 'BUS' }],
    [
      'army chief of staff',
      { sector: 'MIL', more: 'GOV', plurals: [['army', 'chiefs', 'of', 'staff']] },
    ],
    ['defence minister', { sector: 'GOV', more: 'MIL', plurals: [['defence', 'ministers']] }],
    ['defence ministry', { plurals: [['defence', 'ministries']] }],
    ['peacekeeping troops', { sector: 'IGO', before: true }],
    ['judge', { sector: 'JUD', plurals: [['judges']] }],
    ['secretary', { plurals: [['secretaries']] }],
  ])('reads "%s"', (words, expected) => {
    expect(get(words)).toMatchObject(expected)
  })

  it('gives no plural where the file says none ({})', () => {
    expect(get('police')?.plurals).toBeUndefined()
    expect(get('policeperson')?.plurals).toBeUndefined()
  })

  it('drops and counts stems, lines without a code and duplicates', () => {
    expect(get('transport compan')).toBeUndefined()
    expect(tally.get('skipped: TABARI stem, not a word')).toBe(1)
    expect(tally.get('stem expanded by its substitution set')).toBe(1)
    expect(tally.get('skipped: entry without code')).toBe(1)
    expect(tally.get('skipped: duplicate entry with another code (first kept)')).toBe(1)
  })

  it('writes ids in sorted order', () => {
    const ids = agents.map((a) => a.id)
    expect(ids).toEqual([...ids].sort())
  })

  it.each([
    ['minister', 'ministers'],
    ['ministry', 'ministries'],
    ['boss', 'bosses'],
    ['chairman', 'chairmen'],
    ['human', 'humans'],
    ['forces', null],
  ])('makes the regular plural of "%s"', (word, plural) => {
    expect(englishPlural(word)).toBe(plural)
  })
})

describe('agents (es)', () => {
  const tally = new Tally()
  const agents = readAgents('es', 'agentes.txt', ES, tally)
  const get = (w: string) => byWords(agents).get(w)

  it('keeps accented and unaccented spellings apart, with distinct ids', () => {
    expect(get('policía')).toMatchObject({ sector: 'COP', src: 'agentes.txt:2' })
    expect(get('policia')?.id).toBe('es.agent.policia')
    expect(get('policía')?.id).toBe('es.agent.policia-2')
  })

  it('repairs the underscored substitution set and pairs its plurals', () => {
    expect(get('ministro para el comercio')?.plurals).toEqual([
      ['ministros', 'para', 'el', 'comercio'],
    ])
    expect(get('ministerio para el comercio')?.sector).toBe('GOV')
  })

  it('drops damaged substitutions and parenthesised notes, keeps explicit plurals', () => {
    expect(tally.get('skipped: damaged or unknown substitution set')).toBe(1)
    expect(get('los verdes')?.sector).toBe('ENV')
    expect(get('gendarmería')?.plurals).toEqual([['gendarmerie']])
  })
})

describe('withoutActNouns', () => {
  it('drops a one-word agent that is an event noun, and keeps longer ones', () => {
    const agent = (words: string[], sector: string) => ({
      id: `es.agent.${words.join('-')}`,
      words,
      sector,
      src: 'agentes.txt:1',
    })
    const { kept, dropped } = withoutActNouns(
      [agent(['visita'], 'BUS'), agent(['visitador'], 'GOV'), agent(['visita', 'oficial'], 'GOV')],
      new Set(['visita']),
    )
    expect(dropped).toEqual(['visita'])
    expect(kept.map((a) => a.words.join(' '))).toEqual(['visitador', 'visita oficial'])
  })
})
