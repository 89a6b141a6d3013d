import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { readConllu } from '../conllu.js'

/** A gold sentence, column by column. */
export interface GoldSentence {
  forms: string[]
  upos: string[]
  lemmas: string[]
  feats: string[]
  /** 1-based heads, 0 for the root. */
  heads: number[]
  deprels: string[]
}

export function readTreebank(path: string): GoldSentence[] {
  const raw = readFileSync(path)
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')
  const out: GoldSentence[] = []
  for (const s of readConllu(text)) {
    out.push({
      forms: s.words.map((w) => w.form),
      upos: s.words.map((w) => w.upos ?? 'X'),
      lemmas: s.words.map((w) => w.lemma ?? w.form),
      feats: s.words.map((w) => w.feats ?? '_'),
      heads: s.words.map((w) => w.head ?? 0),
      deprels: s.words.map((w) => w.deprel ?? 'dep'),
    })
  }
  return out
}
