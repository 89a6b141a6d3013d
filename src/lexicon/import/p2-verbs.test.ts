import { describe, expect, it } from 'vitest'
import { InputError } from '../../errors.js'
import { importVerbs } from './verbs.js'
import { langWords, prepositionList } from './words.js'

const TABLE = new Set(['020', '0213', '173', '042', '043', '190', '110', '141'])
const WORDS = langWords('en', prepositionList('before with into'))

const DICT = `####### SYNONYM SETS #######
&CEASEFIRE
+TRUCE
+CEASE_FIRE_
&MILITARY
+ARMY
+TROOPS

####### VERB PATTERNS #######
---  ASK   [---]  ---
+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]
INQUIRE   # a comment
REQUEST  [020]
- * EXPLANATION                   [020]   # ASK
- * (FOR RETRIAL)                 [0213]
- * {JUDICIAL ASSISTANCE}         [0213]
- * (BEFORE COURT)                [:173]
- * &CEASEFIRE                    [042:043]
- &MILITARY * (WITH +)            [190]
- * UP RESISTANCE                 [110]
- * WEBSITE                       [176]
- * (TO/FOR PROTEST)              [141]
- * LEAVE ^ INTO +                [042]
- * EXPLANATION                   [020]
`

const run = (text = DICT) =>
  importVerbs('en', [{ name: 'test.txt', text, syntax: 'p2', pad: false }], {
    table: TABLE,
    words: WORDS,
  })

describe('P2 verb dictionary', () => {
  const { verbs, patterns, reports } = run()
  const at = (line: number) => patterns.filter((p) => p.src === `test.txt:${line}`)

  it('gives every verb a bare entry with its own code or the null default', () => {
    expect(verbs.map((v) => [v.id, v.lemma, v.particles, v.cameo, v.block])).toEqual([
      ['en.cameo.ask-for.01', 'ask', ['for'], '020', 'p2.ask'],
      ['en.cameo.inquire.01', 'inquire', [], null, 'p2.ask'],
      ['en.cameo.request.01', 'request', [], '020', 'p2.ask'],
    ])
    expect(verbs[0]?.src).toBe('test.txt:11')
  })

  it.each([
    [14, { object: { heads: ['explanation'], mods: [] }, cameo: '020' }],
    [15, { preps: [{ prep: 'for', heads: ['retrial'], mods: [] }], cameo: '0213' }],
    [16, { object: { heads: ['assistance'], mods: ['judicial'] } }],
    [17, { cameo: null, passive: '173', preps: [{ prep: 'before', heads: ['court'], mods: [] }] }],
    [
      18,
      { object: { heads: ['truce', 'cease fire'], mods: [], syn: '&CEASEFIRE' }, passive: '043' },
    ],
    [
      19,
      {
        subject: { heads: ['army', 'troops'], mods: [], syn: '&MILITARY' },
        preps: [{ prep: 'with', heads: [], mods: [] }],
        targetSlot: 'prep:with',
      },
    ],
    [20, { particles: ['up'], object: { heads: ['resistance'], mods: [] } }],
  ])('reads the pattern on line %i', (line, expected) => {
    expect(at(line)).toHaveLength(1)
    expect(at(line)[0]).toMatchObject({ block: 'p2.ask', ...expected })
  })

  it('splits alternative prepositions into one pattern each', () => {
    expect(at(22).map((p) => p.preps[0]?.prep)).toEqual(['to', 'for'])
  })

  it('numbers the kept patterns of a block in file order', () => {
    expect(patterns.map((p) => p.id).slice(0, 3)).toEqual([
      'en.cameo.p2.ask.0001',
      'en.cameo.p2.ask.0002',
      'en.cameo.p2.ask.0003',
    ])
  })

  it('drops and counts invalid codes, clause-like strings and duplicates', () => {
    const tally = reports[0]?.tally
    expect(at(21)).toEqual([])
    expect(tally?.get('dropped: invalid code')).toBe(1)
    expect(at(23)).toEqual([])
    expect(tally?.get('dropped: clause-like ("^" skips a phrase)')).toBe(1)
    expect(tally?.get('dropped: duplicate pattern in block')).toBe(1)
  })

  it('names file and line when a verb stands before any block', () => {
    const text = '####### VERB PATTERNS #######\nASK [020]\n'
    expect(() => run(text)).toThrow(InputError)
    expect(() => run(text)).toThrow(/^test\.txt:2: a verb before any/)
  })
})
