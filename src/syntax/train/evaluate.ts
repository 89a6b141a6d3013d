import type { SyntaxModel } from '../annotate.js'
import type { Lemmatizer } from '../lemmatizer.js'
import type { GoldSentence } from './treebank.js'

/** Accuracy over words against gold annotation, as score-ud.mjs counts it. */
export function evaluate(
  model: SyntaxModel,
  gold: readonly GoldSentence[],
): Record<string, number> {
  let words = 0
  let upos = 0
  let lemma = 0
  let feats = 0
  let uas = 0
  let las = 0
  const t0 = performance.now()
  for (const s of gold) {
    const out = model.annotate(s.forms)
    out.forEach((w, i) => {
      words++
      if (w.upos === s.upos[i]) upos++
      if (s.lemmas[i] === '_' || w.lemma.toLowerCase() === s.lemmas[i]?.toLowerCase()) lemma++
      if ((w.feats ?? '_') === s.feats[i]) feats++
      if (w.head === s.heads[i]) {
        uas++
        if (w.deprel.split(':')[0] === s.deprels[i]?.split(':')[0]) las++
      }
    })
  }
  const seconds = (performance.now() - t0) / 1000
  const r = (x: number) => Math.round((x / words) * 10000) / 10000
  return {
    words,
    upos: r(upos),
    lemma: r(lemma),
    feats: r(feats),
    uas: r(uas),
    las: r(las),
    wordsPerSecond: Math.round(words / seconds),
  }
}

/** Lemma accuracy with the gold tags and FEATS: the lemmatiser's own errors. */
export function lemmaAccuracy(lemmatizer: Lemmatizer, gold: readonly GoldSentence[]): number {
  let words = 0
  let right = 0
  for (const s of gold)
    s.forms.forEach((form, i) => {
      const want = s.lemmas[i] as string
      const feats = s.feats[i] === '_' ? null : (s.feats[i] as string)
      const got = lemmatizer.lemma(form, s.upos[i] as string, feats)
      words++
      if (want === '_' || got.toLowerCase() === want.toLowerCase()) right++
    })
  return Math.round((right / words) * 10000) / 10000
}

export const formatScores = (s: Record<string, number>): string =>
  Object.entries(s)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')
