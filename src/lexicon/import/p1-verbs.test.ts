import { describe, expect, it } from 'vitest'
import { importVerbs } from './verbs.js'
import { langWords } from './words.js'

const TABLE = new Set(['080', '0874', '196', '111', '040', '160', '050', '120', '0231'])

const DICT = `####### SYNONYM SETS #######
&ARTICULO
+EL
+LA
+LOS
&CESEALFUEGO
+TREGUA
+ALTO_EL_FUEGO
&AUXILIAR
+HA
+VA

####### VERB PATTERNS #######
--- ABANDON   [080]  ---
ABANDONAR
QUEJARSE
- * SEDE        [874]        # ABANDON <ab 10 Nov 2005>
- * &CESEALFUEGO        [196]
- * ASESINATO DE +        [111]
- * CONTACTO CON +        [40]
-TRIPULACION * BARCO        [---]
- * + FIESTA        [160]
- &AUXILIAR * LA SEDE        [0874]
- * ACABAR &ARTICULO BLOQUEO        [080]
- * A + PARA EL PAGO DE LA DEUDA EN EL PAIS DE ORIGEN        [0231]
- * NO ASISTIR        [120]
- % * RESOLUCION        [050]
- * SEGUNDO JUICIO        [---]
- * PLAN        [999]
--- DECIDIR [---]---
ACABAR
`

describe('P1 (Spanish) verb dictionary', () => {
  const { verbs, patterns, reports } = importVerbs(
    'es',
    [{ name: 'es.txt', text: DICT, syntax: 'p1', pad: true }],
    { table: TABLE, words: langWords('es') },
  )
  const tally = reports[0]?.tally
  const at = (line: number) => patterns.filter((p) => p.src === `es.txt:${line}`)

  it('keys a pronominal infinitive by its base lemma, with "se"', () => {
    expect(verbs.find((v) => v.id === 'es.cameo.quejar-se.01')).toMatchObject({
      lemma: 'quejar',
      particles: ['se'],
      cameo: '080',
    })
  })

  it.each([
    [17, { object: { heads: ['sede'], mods: [] }, cameo: '0874' }],
    [18, { object: { heads: ['tregua', 'alto el fuego'], mods: [], syn: '&CESEALFUEGO' } }],
    [19, { object: { heads: ['asesinato'], mods: [] }, targetSlot: 'object', preps: [] }],
    [20, { preps: [{ prep: 'con', heads: [], mods: [] }], targetSlot: 'prep:con', cameo: '040' }],
    [22, { object: { heads: ['fiesta'], mods: [] }, targetSlot: 'object' }],
    [28, { object: { heads: ['juicio'], mods: ['segundo'] }, cameo: null }],
  ])('converts the pattern on line %i', (line, expected) => {
    expect(at(line)).toHaveLength(1)
    expect(at(line)[0]).toMatchObject(expected)
  })

  it('pads codes that lost their leading zero', () => {
    expect(tally?.get('code padded with its lost leading zero')).toBe(2)
  })

  it.each([
    [21, 'dropped: clause-like P1 (words before "*")'],
    [24, 'dropped: clause-like (verb after the verb)'],
    [25, 'dropped: clause-like P1 (more than 5 words)'],
    [26, 'dropped: clause-like (negation or clause word)'],
    [27, 'dropped: clause-like P1 (words before "*")'],
    [29, 'dropped: invalid code'],
  ])('drops the clause-like or broken pattern on line %i', (line, reason) => {
    expect(at(line)).toEqual([])
    expect(tally?.get(reason)).toBeGreaterThan(0)
  })

  it('ignores an auxiliary before the verb, so the pattern is a duplicate', () => {
    expect(at(23)).toEqual([])
    expect(tally?.get('auxiliary synset before the verb ignored')).toBe(1)
    expect(tally?.get('dropped: duplicate pattern in block')).toBe(1)
  })
})
