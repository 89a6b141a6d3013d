import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { modelPath, type SyntaxMeta } from './annotate.js'
import { wordIds } from './lexical.js'
import { decodeModel } from './model-file.js'
import { predictFeats } from './morph.js'
import {
  chooseLabel,
  LEFT,
  MAX_LABEL_FEATURES,
  type ParserModels,
  ParseState,
  parseInput,
  RIGHT,
  SHIFT,
} from './parser.js'
import { featsShortcuts, labelShortcuts } from './shortcuts.js'
import { findFixedFeats, findFixedLabels } from './train/shortcuts.js'
import type { GoldSentence } from './train/treebank.js'
import type { Scorer } from './weights.js'

const TAGS = ['ADP', 'DET', 'NOUN', 'PUNCT', 'VERB']
const tagIds = (tags: string[]) => Int32Array.from(tags, (t) => TAGS.indexOf(t))

/** A sentence of the toy treebank: "the cat sleeps ." with the determiner's label given. */
function sentence(det: string, punct = 'punct'): GoldSentence {
  return {
    forms: ['the', 'cats', 'sleep', '.'],
    upos: ['DET', 'NOUN', 'VERB', 'PUNCT'],
    lemmas: ['the', 'cat', 'sleep', '.'],
    feats: ['Definite=Def', 'Number=Plur', 'Mood=Ind', '_'],
    heads: [2, 3, 0, 3],
    deprels: [det, 'nsubj', 'root', punct],
  }
}

/** A scorer that must not be asked, and says how often it was. */
function countingScorer(nClasses: number): Scorer & { calls: number } {
  return {
    nClasses,
    calls: 0,
    score(_features, _n, out) {
      this.calls++
      out[0] = 1
    },
  }
}

describe('finding what training settles', () => {
  const tags = (n: number) => Array.from({ length: n }, () => tagIds(sentence('det').upos))

  it('takes a context seen often enough whose one label nearly always holds', () => {
    const train = [...Array.from({ length: 60 }, () => sentence('det')), sentence('nmod')]
    const fixed = findFixedLabels(train, tags(61), TAGS, 50, 0.98)
    expect(fixed).toContainEqual({ dep: 'DET', head: 'NOUN', headSide: 'after', label: 'det' })
    expect(fixed).toContainEqual({
      dep: 'PUNCT',
      head: 'VERB',
      headSide: 'before',
      label: 'punct',
    })
    // The root's arc is never looked up: the parser labels it `root` anyway.
    expect(fixed.some((f) => f.label === 'root')).toBe(false)
  })

  it('leaves a context whose label varies, or that was seen too seldom', () => {
    const mixed = [...Array.from({ length: 55 }, () => sentence('det')), sentence('nmod')]
    expect(findFixedLabels(mixed, tags(56), TAGS, 50, 0.995).map((f) => f.dep)).not.toContain('DET')
    const few = Array.from({ length: 10 }, () => sentence('det'))
    expect(findFixedLabels(few, tags(10), TAGS, 50, 0.995)).toEqual([])
  })

  it('counts contexts by the tags the parser trains on, not the gold ones', () => {
    // The jackknifed tagger called the determiner a NOUN every time.
    const wrong = Array.from({ length: 60 }, () => tagIds(['NOUN', 'NOUN', 'VERB', 'PUNCT']))
    const fixed = findFixedLabels(
      Array.from({ length: 60 }, () => sentence('det')),
      wrong,
      TAGS,
      50,
    )
    expect(fixed).toContainEqual({ dep: 'NOUN', head: 'NOUN', headSide: 'after', label: 'det' })
  })

  it('takes forms whose FEATS their tag settles, among the values the tag chooses from', () => {
    const train = Array.from({ length: 12 }, () => sentence('det'))
    const norms = train.map((s) => wordIds(s.forms).norms)
    const values = {
      DET: ['Definite=Def', 'Definite=Ind'],
      NOUN: ['Number=Plur', 'Number=Sing'],
      // One value: the tag's model is never asked, so nothing is spared.
      VERB: ['Mood=Ind'],
    }
    expect(findFixedFeats(train, norms, tags(12), TAGS, values)).toEqual({
      DET: { the: 'Definite=Def' },
      NOUN: { cats: 'Number=Plur' },
    })
    expect(findFixedFeats(train.slice(0, 5), norms, tags(5), TAGS, values)).toEqual({})
  })
})

describe('answering from the shortcuts', () => {
  const labels = ['det', 'nsubj', 'punct', 'root']
  const shortcuts = labelShortcuts(
    [
      { dep: 'DET', head: 'NOUN', headSide: 'after', label: 'det' },
      { dep: 'PUNCT', head: 'VERB', headSide: 'before', label: 'punct' },
      { dep: 'X', head: 'NOUN', headSide: 'after', label: 'det' },
    ],
    TAGS,
    labels,
  )
  const input = parseInput(
    wordIds(['the', 'cats', 'sleep', '.']),
    tagIds(['DET', 'NOUN', 'VERB', 'PUNCT']),
    [null, null, null, null],
    TAGS.indexOf('PUNCT'),
    [TAGS.indexOf('VERB')],
  )
  const label = (state: ParseState, move: number, models: ParserModels) =>
    chooseLabel(
      state,
      move,
      models,
      new Uint32Array(MAX_LABEL_FEATURES),
      new Float64Array(labels.length),
    )

  it('labels a settled arc unscored, and asks the model for the rest', () => {
    const scorer = countingScorer(labels.length)
    const models: ParserModels = {
      moves: countingScorer(3),
      labels: scorer,
      root: 3,
      fixedLabels: shortcuts,
    }
    const state = new ParseState(input)
    state.apply(SHIFT, -1)
    // "the" ← "cats": DET under a NOUN that follows it.
    expect(label(state, LEFT, models)).toBe(labels.indexOf('det'))
    expect(scorer.calls).toBe(0)
    state.apply(LEFT, 0)
    state.apply(SHIFT, -1)
    // "cats" ← "sleep" is not settled: the model answers (its first class).
    expect(label(state, LEFT, models)).toBe(0)
    expect(scorer.calls).toBe(1)
    state.apply(LEFT, 1)
    state.apply(SHIFT, -1)
    state.apply(SHIFT, -1)
    // "sleep" → ".": PUNCT under a VERB before it.
    expect(label(state, RIGHT, models)).toBe(labels.indexOf('punct'))
    expect(scorer.calls).toBe(1)
  })

  it('has no table when the model has no fixed labels', () => {
    expect(labelShortcuts(undefined, TAGS, labels)).toBeNull()
    expect(labelShortcuts([], TAGS, labels)).toBeNull()
  })

  it('gives a settled form its FEATS unscored', () => {
    const values = ['_', 'Number=Plur', 'Number=Sing']
    const fixed = featsShortcuts(
      { NOUN: { cats: 'Number=Plur', dog: 'Gender=Masc' } },
      values,
      'NOUN',
    )
    // A value the tag does not take is dropped.
    expect(fixed).toEqual(new Map([['cats', 1]]))
    const scorer = countingScorer(values.length)
    const ids = wordIds(['cats', 'dogs'])
    const feats = predictFeats(
      ids,
      tagIds(['NOUN', 'NOUN']),
      TAGS,
      new Map([['NOUN', { values, scorer, fixed }]]),
    )
    expect(feats[0]).toBe('Number=Plur')
    // "dogs" is scored: the stub's first class, no FEATS.
    expect(feats[1]).toBeNull()
    expect(scorer.calls).toBe(1)
  })
})

describe.each(['en', 'es'] as const)('the %s model', (lang) => {
  const { meta } = decodeModel<SyntaxMeta>(readFileSync(modelPath(lang)))

  it('carries the labels and FEATS its training settles', () => {
    expect(meta.fixedLabels?.length).toBeGreaterThan(10)
    expect(meta.fixedLabels).toContainEqual({
      dep: 'PUNCT',
      head: 'VERB',
      headSide: 'before',
      label: 'punct',
    })
    const forms = Object.values(meta.fixedFeats ?? {}).reduce(
      (n, f) => n + Object.keys(f).length,
      0,
    )
    expect(forms).toBeGreaterThan(100)
    for (const [tag, byForm] of Object.entries(meta.fixedFeats ?? {}))
      for (const feats of Object.values(byForm)) expect(meta.morph[tag]).toContain(feats)
  })
})
