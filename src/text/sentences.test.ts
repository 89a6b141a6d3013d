import { describe, expect, it } from 'vitest'
import { docOf, textOf } from '../../test/helpers.js'

const sentences = (text: string, lang: 'en' | 'es' = 'en') => {
  const doc = docOf(text, lang)
  return doc.sentences.map((s) => textOf(doc, s))
}

describe('sentence splitting', () => {
  it.each([
    ['The minister spoke. Then she left.', ['The minister spoke.', 'Then she left.']],
    [
      'Attorney General William P. Barr met Mr. Smith on Monday. Talks went well.',
      ['Attorney General William P. Barr met Mr. Smith on Monday.', 'Talks went well.'],
    ],
    ['He moved to the U.S. in 2001 and stayed.', ['He moved to the U.S. in 2001 and stayed.']],
    ['“We will win,” he said. “Trust us.”', ['“We will win,” he said.', '“Trust us.”']],
    ['Was it fair? Nobody knows!', ['Was it fair?', 'Nobody knows!']],
    [
      'First paragraph without a stop\n\nSecond paragraph.',
      ['First paragraph without a stop', 'Second paragraph.'],
    ],
  ])('splits %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })

  it('keeps Spanish abbreviations inside a sentence', () => {
    expect(sentences('La Sra. Pérez viajó a EE. UU. el lunes. Luego volvió.', 'es')).toEqual([
      'La Sra. Pérez viajó a EE. UU. el lunes.',
      'Luego volvió.',
    ])
  })

  it('keeps numbers with separators whole', () => {
    const doc = docOf('Llegaron 30.000 personas y 1,5 toneladas a las 10:30 horas.', 'es')
    expect(doc.tokens.map((t) => t.text)).toEqual(
      expect.arrayContaining(['30.000', '1,5', '10:30']),
    )
    expect(doc.sentences).toHaveLength(1)
  })

  it('keeps a decimal with a unit after it whole', () => {
    const doc = docOf('Profits rose to $1.13bn (£600m) from $10.9bn. Sales fell 2.5%.')
    expect(doc.tokens.map((t) => t.text)).toEqual(
      expect.arrayContaining(['1.13bn', '10.9bn', '2.5%']),
    )
    expect(doc.sentences).toHaveLength(2)
  })

  it('numbers paragraphs', () => {
    const doc = docOf('One. Two.\n\nThree.')
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1])
  })

  it('gives every token exact offsets', () => {
    const doc = docOf('Bukele’s allies met in San Salvador.')
    for (const t of doc.tokens) expect(textOf(doc, t)).toBe(t.text)
    expect(doc.tokens.map((t) => t.text).slice(0, 3)).toEqual(['Bukele', '’s', 'allies'])
  })
})
