import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Lang } from '../doc/index.js'
import { DyadError } from '../errors.js'
import { type LemmaData, Lemmatizer } from './lemmatizer.js'
import { type Clusters, wordIds } from './lexical.js'
import { decodeModel, type ModelFile } from './model-file.js'
import { type MorphModel, predictFeats } from './morph.js'
import { parseInput, parseSentence } from './parser.js'
import { tagSentence } from './tagger.js'
import type { SyntaxWord } from './types.js'
import type { WeightTable } from './weights.js'

/** A language's trained tagger, lemmatiser and parser. */
export interface SyntaxModel {
  readonly lang: Lang
  readonly meta: SyntaxMeta
  /** Annotates one sentence given as its UD word forms, in order. */
  annotate(forms: readonly string[]): SyntaxWord[]
}

/** What a model file says besides its weights. */
export interface SyntaxMeta {
  lang: Lang
  /** Where the model was trained from, for the attribution its licence requires. */
  trainedOn: string
  licence: string
  tags: string[]
  labels: string[]
  /** Normalised forms that always take one tag in training (the tag's index). */
  tagDict: Record<string, number>
  /** Normalised forms seen often enough in training → the tags they took, as a bit mask. */
  ambiguity: Record<string, number>
  /** Per UPOS, the FEATS values it takes (a `morph:UPOS` table chooses when several). */
  morph: Record<string, string[]>
  lemmas: LemmaData
  /** A first-pass tag that led by this much keeps its tag in the second pass unscored. */
  settledMargin?: number
  /** Distributional clusters: `words[i]` is in fine cluster `fine[i]`, which is in `coarse[fine[i]]`. */
  clusters?: { words: string[]; fine: number[]; coarse: number[] }
  /** Accuracy on the held-out split, measured when the model was trained. */
  scores?: Record<string, number>
}

export const MODEL_DIR = fileURLToPath(new URL('../../data/syntax/', import.meta.url))

export const modelPath = (lang: Lang): string => `${MODEL_DIR}${lang}.dysx`

const loaded = new Map<Lang, SyntaxModel>()

/** The model of a language, loaded once. */
export function loadSyntax(lang: Lang): SyntaxModel {
  let model = loaded.get(lang)
  if (!model) {
    const path = modelPath(lang)
    if (!existsSync(path))
      throw new DyadError(
        'E_MODEL',
        `no syntax model for "${lang}" (${path}); models exist for: ${availableSyntaxLangs().join(', ')}`,
      )
    try {
      model = syntaxModel(decodeModel<SyntaxMeta>(readFileSync(path)))
    } catch (err) {
      throw new DyadError('E_MODEL', `${path}: ${(err as Error).message}`, { cause: err })
    }
    loaded.set(lang, model)
  }
  return model
}

export function availableSyntaxLangs(): Lang[] {
  return ['en', 'es'].filter((l) => existsSync(modelPath(l)))
}

function table(file: ModelFile<SyntaxMeta>, name: string): WeightTable {
  const t = file.tables.get(name)
  if (!t)
    throw new DyadError('E_MODEL', `syntax model for "${file.meta.lang}" lacks its ${name} table`)
  return t
}

export function syntaxModel(file: ModelFile<SyntaxMeta>): SyntaxModel {
  const { meta } = file
  const passes = [table(file, 'tagger1'), table(file, 'tagger2')] as const
  const parser = {
    moves: table(file, 'moves'),
    labels: table(file, 'labels'),
    root: meta.labels.indexOf('root'),
  }
  const morph = new Map<string, MorphModel>(
    Object.entries(meta.morph).map(([tag, values]) => [
      tag,
      { values, scorer: file.tables.get(`morph:${tag}`) ?? null },
    ]),
  )
  const tagDict = new Map(Object.entries(meta.tagDict))
  const lemmatizer = new Lemmatizer(meta.lemmas)
  const punct = meta.tags.indexOf('PUNCT')
  const known = {
    clusters: clusterMap(meta.clusters),
    ambiguity: new Map(Object.entries(meta.ambiguity)),
  }
  return {
    lang: meta.lang,
    meta,
    annotate(forms) {
      const n = forms.length
      if (n === 0) return []
      const ids = wordIds(forms, known)
      const tags = tagSentence(
        ids,
        passes,
        (i) => tagDict.get(ids.norms[i] as string) ?? -1,
        meta.settledMargin,
      )
      const feats = predictFeats(ids, tags, meta.tags, morph)
      const { heads, labels } = parseSentence(parseInput(ids, tags, feats, punct), parser)
      return forms.map((form, i) => {
        const upos = meta.tags[tags[i] as number] as string
        return {
          form,
          upos,
          lemma: lemmatizer.lemma(form, upos, feats[i] ?? null),
          feats: feats[i] ?? null,
          head: heads[i] as number,
          deprel: meta.labels[labels[i] as number] ?? 'dep',
        }
      })
    },
  }
}

export function clusterMap(data: SyntaxMeta['clusters']): Clusters | undefined {
  if (!data) return undefined
  const map = new Map<string, { coarse: number; fine: number }>()
  data.words.forEach((w, i) => {
    const fine = data.fine[i] as number
    map.set(w, { fine: fine + 1, coarse: (data.coarse[fine] as number) + 0x10001 })
  })
  return map
}
