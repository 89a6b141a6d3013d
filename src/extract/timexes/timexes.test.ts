import { describe, expect, it } from 'vitest'
import { docOf, textOf } from '../../../test/helpers.js'
import { loadLexicon } from '../../lexicon/index.js'
import { extractTimexes } from './index.js'

const timexes = (text: string, published = '2024-11-13', lang: 'en' | 'es' = 'en') => {
  const doc = docOf(text, lang, published)
  return extractTimexes(doc, loadLexicon(lang)).map((t) => [textOf(doc, t), t.value])
}

describe('timexes (en)', () => {
  it.each([
    [
      'They met on Wednesday, March 5, 2025, in Quito.',
      '2025-06-01',
      [['Wednesday, March 5, 2025', '2025-03-05']],
    ],
    ['In June 2018 the accord was signed.', '2024-11-13', [['June 2018', '2018-06']]],
    ['The talks began in 2021 and stalled.', '2024-11-13', [['2021', '2021']]],
    ['She called him on October 30 to ask.', '2024-11-13', [['October 30', '2024-10-30']]],
    [
      'The vote held in December of last year was close.',
      '2025-03-01',
      [['December of last year', '2024-12']],
    ],
    ['A visit on March 3 surprised everyone.', '2024-11-13', [['March 3', '2024-03-03']]],
    ['He will travel on December 20 to Brasília.', '2024-11-13', [['December 20', '2024-12-20']]],
    ['Yesterday the embassy closed.', '2024-11-13', [['Yesterday', '2024-11-12']]],
    ['The minister resigned on Monday.', '2024-11-13', [['Monday', '2024-11-11']]],
    ['Inflation rose this year.', '2024-11-13', [['this year', '2024']]],
  ])('%s', (text, published, expected) => {
    expect(timexes(text, published)).toEqual(expected)
  })

  it.each([
    'Right now nothing is decided.',
    'He agreed in a second.',
    'Prices rose 12% and 2,000 people marched.',
  ])('finds no date in %j', (text) => {
    expect(timexes(text)).toEqual([])
  })
})

describe('timexes (es)', () => {
  it.each([
    [
      'El miércoles 25 de septiembre de 2019 se reunieron.',
      [['miércoles 25 de septiembre de 2019', '2019-09-25']],
    ],
    ['Bukele habló el 7 de noviembre con Trump.', [['7 de noviembre', '2024-11-07']]],
    ['El acuerdo se firmó en 2019.', [['2019', '2019']]],
    ['Se vieron en septiembre de este año.', [['septiembre de este año', '2024-09']]],
    // "Mar" inside "María" and "Mar-a-Lago", "el mar", "la mañana" are no dates.
    ['María Ruiz viajó a Mar-a-Lago el martes.', [['martes', '2024-11-12']]],
    ['A las 10 de la mañana miró el mar, y mañana se va.', [['mañana', '2024-11-14']]],
  ])('%s', (text, expected) => {
    expect(timexes(text, '2024-11-13', 'es')).toEqual(expected)
  })
})
