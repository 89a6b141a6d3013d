import { describe, expect, it } from 'vitest'
import { docOf, textOf } from '../../../test/helpers.js'
import { loadLexicon } from '../../lexicon/index.js'
import { extractEntities } from '../entities/index.js'
import { extractTimexes } from '../timexes/index.js'
import { extractQuotes, findQuotedSpans } from './index.js'

function quotes(text: string, lang: 'en' | 'es' = 'en') {
  const doc = docOf(text, lang)
  const lex = loadLexicon(lang)
  const quoted = findQuotedSpans(text)
  const layer = extractEntities(doc, lex, quoted, extractTimexes(doc, lex))
  return extractQuotes(doc, lex, layer, quoted).map((q) => ({
    text: textOf(doc, q),
    kind: q.kind,
    speaker: layer.entities.find((e) => e.id === q.speaker)?.name ?? q.speakerName,
    cue: q.cue?.lemma ?? null,
  }))
}

describe('direct quotes (en)', () => {
  it.each([
    [
      '“We will not accept it,” said Foreign Minister Carla Ortiz.',
      'We will not accept it,',
      'Carla Ortiz',
    ],
    [
      '“The deal is done,” Economist Pablo Reyes told reporters.',
      'The deal is done,',
      'Pablo Reyes',
    ],
    [
      'Minister Carla Ortiz said: “Nothing has been signed yet.”',
      'Nothing has been signed yet.',
      'Carla Ortiz',
    ],
    [
      'Analyst Pablo Reyes met the envoy. "It went badly," he said.',
      'It went badly,',
      'Pablo Reyes',
    ],
  ])('%s', (text, said, speaker) => {
    expect(quotes(text)).toContainEqual(
      expect.objectContaining({ text: said, kind: 'direct', speaker }),
    )
  })

  it('gives the second half of a split quote to the same speaker', () => {
    const q = quotes(
      '“We talked for an hour,” said Senator Ana Beltrán. “It was a frank conversation about the border.”',
    )
    expect(q.map((x) => x.speaker)).toEqual(['Ana Beltrán', 'Ana Beltrán'])
  })

  it('leaves scare quotes alone', () => {
    expect(quotes('The minister called the plan “reckless” and left.')).toEqual([])
  })

  it('reads transcript turns', () => {
    const q = quotes(
      'The host is Elena Vidal. Her guest is Marcos Paz, an economist.\n\nVIDAL: What changed this year?\n\nPAZ: Prices rose and exports fell, so farmers are angry.',
    )
    expect(q).toContainEqual(
      expect.objectContaining({
        text: 'Prices rose and exports fell, so farmers are angry.',
        speaker: 'Marcos Paz',
      }),
    )
  })
})

describe('indirect speech (en)', () => {
  it.each([
    [
      'Economist Pablo Reyes said that the tariffs would hurt exporters in both countries.',
      'the tariffs would hurt exporters in both countries',
      'Pablo Reyes',
      'say',
    ],
    [
      'According to historian Marta Solís, the alliance will not survive the next election.',
      'the alliance will not survive the next election',
      'Marta Solís',
      'according to',
    ],
    [
      'The embargo will hurt farmers first, according to analysts.',
      'The embargo will hurt farmers first',
      'analysts',
      'according to',
    ],
    [
      'For sociologist Iván Mora, the protests show a deep distrust of the courts.',
      'the protests show a deep distrust of the courts',
      'Iván Mora',
      'for',
    ],
    [
      'In the long run, analyst Pablo Reyes warned, the dispute will poison trade talks.',
      'the dispute will poison trade talks',
      'Pablo Reyes',
      'warn',
    ],
    [
      'Historian Marta Solís believes that the treaty was signed too quickly by both sides.',
      'the treaty was signed too quickly by both sides',
      'Marta Solís',
      'believe',
    ],
  ])('%s', (text, said, speaker, cue) => {
    expect(quotes(text)).toContainEqual({ text: said, kind: 'indirect', speaker, cue })
  })

  it('stops the content before an adjunct', () => {
    const [q] = quotes(
      'President Lucía Ferrer said that she spoke with the prime minister, not only to thank him but also to plan a visit.',
    )
    expect(q?.text).toBe('she spoke with the prime minister')
  })

  it('makes reported speech with a quoted fragment mixed', () => {
    const [q] = quotes(
      'Analyst Pablo Reyes said that the accord was “a necessary first step” toward peace.',
    )
    expect(q).toMatchObject({ kind: 'mixed', speaker: 'Pablo Reyes' })
  })

  it('needs "that" after a verb whose object is the listener', () => {
    expect(quotes('Minister Carla Ortiz told the committee about the budget.')).toEqual([])
  })
})

describe('quotes (es)', () => {
  const text =
    'Según el historiador Tomás Echeverría, profesor de la Universidad de Panamá, el acuerdo podría fracasar a largo plazo. “Nadie nos consultó”, dijo el historiador a la prensa. El mandatario panameño Omar Rosales aseguró que su gobierno no firmará nada. «Es una decisión soberana», afirmó la ministra Ana Quirós.'
  const q = quotes(text, 'es')

  it.each([
    ['el acuerdo podría fracasar a largo plazo', 'indirect', 'Tomás Echeverría'],
    ['Nadie nos consultó', 'direct', 'Tomás Echeverría'],
    ['su gobierno no firmará nada', 'indirect', 'Omar Rosales'],
    ['Es una decisión soberana', 'direct', 'Ana Quirós'],
  ])('%s → %s by %s', (said, kind, speaker) => {
    expect(q).toContainEqual(expect.objectContaining({ text: said, kind, speaker }))
  })
})
