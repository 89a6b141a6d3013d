import { describe, expect, it } from 'vitest'
import { docOf, textOf } from '../../test/helpers.js'
import { sentenceWords } from './words.js'

/** A text's words, a multi-word token written `surface=word+word`. */
function split(text: string, lang: 'en' | 'es'): string {
  const doc = docOf(text, lang)
  return doc.sentences
    .flatMap((s) => {
      const { words, tokens } = sentenceWords(doc, s)
      const out: string[] = []
      for (let i = 0; i < words.length; i++) {
        const t = tokens.find((x) => x.first === i + 1)
        if (!t) out.push(words[i]?.form ?? '')
        else {
          out.push(
            `${t.form}=${words
              .slice(t.first - 1, t.last)
              .map((w) => w.form)
              .join('+')}`,
          )
          i = t.last - 1
        }
      }
      return out
    })
    .join(' ')
}

/** The words of a text of one sentence. */
function one(text: string, lang: 'en' | 'es') {
  const doc = docOf(text, lang)
  const [sentence] = doc.sentences
  if (!sentence || doc.sentences.length > 1) throw new Error(`not one sentence: ${text}`)
  return { doc, ...sentenceWords(doc, sentence) }
}

describe('English words (as UD EWT)', () => {
  it.each([
    ["I don't know.", "I don't=do+n't know ."],
    ["They can't and won't.", "They can't=ca+n't and won't=wo+n't ."],
    ["I'm sure it's late.", "I'm=I+'m sure it's=it+'s late ."],
    [
      "We'll go, they've gone, I'd stay.",
      "We'll=We+'ll go , they've=they+'ve gone , I'd=I+'d stay .",
    ],
    ['You’re right and it’s done.', 'You’re=You+’re right and it’s=it+’s done .'],
    [
      "Elena's brother sold the Edwards' farm.",
      "Elena's=Elena+'s brother sold the Edwards'=Edwards+' farm .",
    ],
    ["We're gonna win, we gotta try.", "We're=We+'re gonna=gon+na win , we gotta=got+ta try ."],
    ['You wanna see? She cannot come.', 'You wanna=wan+na see ? She cannot=can+not come .'],
    ["O'Brien met the minister.", "O'Brien met the minister ."],
    ["He called it 'a matter of years' today.", "He called it ' a matter of years ' today ."],
    ["The firm 's plan failed.", "The firm 's plan failed ."],
    ["In the 1980's it grew.", "In the 1980 's it grew ."],
  ])('%s', (text, expected) => {
    expect(split(text, 'en')).toBe(expected)
  })
})

describe('Spanish words (as UD GSD)', () => {
  it.each([
    ['Volvió del viaje al mediodía.', 'Volvió del=de+el viaje al=a+el mediodía .'],
    ['Del resto no habló.', 'Del=De+el resto no habló .'],
    ['Quiso dárselo antes.', 'Quiso dárselo=dar+se+lo antes .'],
    ['Siguió transmitiéndose por radio.', 'Siguió transmitiéndose=transmitiendo+se por radio .'],
    ['Decidió hacerlo y quedarse.', 'Decidió hacerlo=hacer+lo y quedarse=quedar+se .'],
    ['Dígame la verdad y únanse.', 'Dígame=Diga+me la verdad y únanse=unan+se .'],
    ['Al irse, quiso oírlo.', 'Al=A+el irse=ir+se , quiso oírlo=oír+lo .'],
    ['AL FINAL', 'AL=A+EL FINAL'],
  ])('%s', (text, expected) => {
    expect(split(text, 'es')).toBe(expected)
  })

  it.each([
    'Pilar vive en la calle del valle y gana mil dólares.',
    'La charla fue aparte, en los cuarteles, con su intérprete.',
    'Tuvo suerte: es un escándalo que ningún órgano lo pidiera comúnmente.',
    'Habló con Carlos y con Al Gore, como Del Potro.',
  ])('leaves whole the words that only look like verb and clitic: %s', (text) => {
    const { doc, words, tokens } = one(text, 'es')
    expect(tokens.map((t) => t.form).filter((f) => f !== 'del')).toEqual([])
    expect(words.length).toBe(doc.tokens.length + tokens.length)
  })

  it('gives every word of a multi-word token the span of the whole token', () => {
    const { doc, words, tokens } = one('El ministro del Interior prometió dárselo.', 'es')
    expect(tokens).toEqual([
      { first: 3, last: 4, form: 'del' },
      { first: 7, last: 9, form: 'dárselo' },
    ])
    expect(words.slice(2, 4).map((w) => textOf(doc, w))).toEqual(['del', 'del'])
    expect(words.slice(6, 9).map((w) => [w.form, textOf(doc, w)])).toEqual([
      ['dar', 'dárselo'],
      ['se', 'dárselo'],
      ['lo', 'dárselo'],
    ])
    expect(words[4]).toEqual({ form: 'Interior', start: 16, end: 24 })
  })
})
