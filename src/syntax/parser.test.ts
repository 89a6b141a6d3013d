import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { modelPath } from './annotate.js'
import { seededRandom } from './hash.js'
import { wordIds } from './lexical.js'
import { decodeModel } from './model-file.js'
import {
  agreementOf,
  chooseLabel,
  MAX_LABEL_FEATURES,
  MAX_PARSE_FEATURES,
  N_MOVES,
  type ParseInput,
  type ParserModels,
  ParseState,
  parseInput,
  parseSentence,
  SHIFT,
} from './parser.js'
import { argmax, type WeightTable } from './weights.js'

// The greedy parser scores move features by group and keeps the sums of the groups that
// have not changed; it must choose exactly what scoring all the features at every move does.
function plainParse(input: ParseInput, models: ParserModels) {
  const state = new ParseState(input)
  const feats = new Uint32Array(MAX_PARSE_FEATURES)
  const labelFeats = new Uint32Array(MAX_LABEL_FEATURES)
  const scores = new Float64Array(N_MOVES)
  const labelScores = new Float64Array(models.labels.nClasses)
  while (!state.done) {
    scores.fill(0)
    models.moves.score(feats, state.features(feats), scores)
    const move = argmax(scores, N_MOVES, (m) => state.valid(m))
    state.apply(
      move,
      move === SHIFT ? -1 : chooseLabel(state, move, models, labelFeats, labelScores),
    )
  }
  return state
}

describe.each([
  ['en', false],
  ['es', true],
] as const)('greedy parser (%s, agreement %s)', (lang, agreement) => {
  const file = decodeModel<{ labels: string[]; agreement?: boolean; supertags?: string[] }>(
    readFileSync(modelPath(lang)),
  )
  const supertags = file.meta.supertags?.length ?? 0
  const models: ParserModels = {
    moves: file.tables.get('moves') as WeightTable,
    labels: file.tables.get('labels') as WeightTable,
    root: file.meta.labels.indexOf('root'),
  }
  const words = 'the minister said on monday that talks with mexico would resume , and he left'
    .split(' ')
    .concat(['Reuters', '"', '2024', 'U.S.', '(', ')', 'of', 'to', 'is', 'was', 'la', 'los'])
  const featValues = [null, 'Number=Sing', 'Gender=Fem|Number=Plur', 'Number=Sing|Person=3']

  it('is trained with the agreement templates exactly when its header says so', () => {
    expect(file.meta.agreement === true).toBe(agreement)
  })

  it('has a supertagger exactly when its header names supertags', () => {
    expect(file.tables.has('supertagger1')).toBe(supertags > 0)
  })

  it('scores by groups exactly as it scores every feature', () => {
    const random = seededRandom(7)
    for (let s = 0; s < 200; s++) {
      const n = 1 + Math.floor(random() * 40)
      const forms = Array.from({ length: n }, () => words[Math.floor(random() * words.length)])
      const tags = Int32Array.from({ length: n }, () => Math.floor(random() * 17))
      const feats = forms.map(() => featValues[Math.floor(random() * featValues.length)] ?? null)
      const input = parseInput(wordIds(forms as string[]), tags, feats, 12, [15, 16], agreement)
      if (supertags > 0)
        input.supertags = Int32Array.from({ length: n }, () => Math.floor(random() * supertags))
      const plain = plainParse(input, models)
      const { heads, labels } = parseSentence(input, models)
      expect([...heads]).toEqual([...plain.heads].map((h) => (h === n ? 0 : h + 1)))
      expect([...labels]).toEqual([...plain.labels])
    }
  })
})

describe('agreement', () => {
  it('packs number, gender and person from FEATS, ignoring the rest', () => {
    const fem = agreementOf('Definite=Def|Gender=Fem|Number=Sing|PronType=Art')
    expect(fem).toBe(agreementOf('Gender=Fem|Number=Sing'))
    expect(fem).not.toBe(agreementOf('Gender=Masc|Number=Sing'))
    expect(agreementOf('Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin')).toBe(
      agreementOf('Number=Plur|Person=3'),
    )
    expect(agreementOf('Degree=Pos')).toBe(0)
  })
})
