import { describe, expect, it } from 'vitest'
import { detectLanguage } from './language.js'

describe('language identification', () => {
  it('knows plain English and Spanish by their most frequent words', () => {
    expect(
      detectLanguage(
        'The minister said on Monday that the talks with the delegation of Peru would resume in the spring, and that the border was open.',
      ),
    ).toEqual({ lang: 'en', warning: null })
    expect(
      detectLanguage(
        'La ministra dijo el lunes que las conversaciones con la delegación del Perú se reanudarán en la primavera, y que la frontera de los dos países está abierta.',
      ),
    ).toEqual({ lang: 'es', warning: null })
  })

  it('leaves another language to the n-gram identifier, which says so', () => {
    const guess = detectLanguage(
      'Le ministre a déclaré lundi que les négociations avec la délégation du Pérou reprendraient au printemps, et que la frontière entre les deux pays restait ouverte.',
    )
    expect(guess.warning).toMatch(/"fr"/)
  })
})
