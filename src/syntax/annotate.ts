import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Lang } from '../doc/index.js'
import { DyadError } from '../errors.js'
import { parseBeam } from './beam.js'
import { type LemmaData, Lemmatizer } from './lemmatizer.js'
import { type Clusters, type WordIds, wordIds } from './lexical.js'
import { decodeIndex, decodeModel, encodeIndex, type ModelFile } from './model-file.js'
import { type MorphModel, predictFeats } from './morph.js'
import { parseInput, parseSentence } from './parser.js'
import { readShared } from './shared-files.js'
import { tagSentence } from './tagger.js'
import type { SyntaxWord } from './types.js'
import type { WeightTable } from './weights.js'

/** A language's trained tagger, lemmatiser and parser. */
export interface SyntaxModel {
  readonly lang: Lang
  readonly meta: SyntaxMeta
  /** Annotates one sentence given as its UD word forms, in order. */
  annotate(forms: readonly string[]): SyntaxWord[]
  /**
   * The first half of `annotate`: tags and FEATS, without lemmas or the parse, which
   * `finish` adds; `finish(tag(forms))` is `annotate(forms)`. Tagging is about a fifth of
   * the work, so a reader that can decide from the tags spares the rest.
   */
  tag(forms: readonly string[]): TaggedSentence
  finish(tagged: TaggedSentence): SyntaxWord[]
}

/** A sentence tagged by `SyntaxModel.tag`: per word its tag and FEATS. */
export interface TaggedSentence {
  readonly forms: readonly string[]
  readonly upos: readonly string[]
  readonly feats: readonly (string | null)[]
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
  /** Whether the greedy parser reads the agreement templates (`ParseInput.extended`). */
  agreement?: boolean
  /** A first-pass tag that led by this much keeps its tag in the second pass unscored. */
  settledMargin?: number
  /** Distributional clusters: `words[i]` is in fine cluster `fine[i]`, which is in `coarse[fine[i]]`. */
  clusters?: { words: string[]; fine: number[]; coarse: number[] }
  /** Accuracy on the held-out split, measured when the model was trained. */
  scores?: Record<string, number>
  /** Only in the beam's file: the width its tables were trained for, and its scores. */
  beam?: { width: number; scores: Record<string, number> }
}

export const MODEL_DIR = fileURLToPath(new URL('../../data/syntax/', import.meta.url))

export const modelPath = (lang: Lang): string => `${MODEL_DIR}${lang}.dysx`

/** The beam parser's tables, a file beside the model's. */
export const beamPath = (dir: string, lang: Lang): string => join(dir, `${lang}.beam.dysx`)

const files = new Map<string, ModelFile<SyntaxMeta>>()
const loaded = new Map<string, SyntaxModel>()

/**
 * Where the build keeps a model file's index (its tables' lookup structures, ready to
 * score from: `encodeIndex`): beside the compiled code, `dist/syntax/index/`. Tests run
 * from the sources have none and build the lookup structures from the model file.
 */
export const INDEX_DIR = fileURLToPath(new URL('./index/', import.meta.url))

export const indexPath = (modelFile: string): string =>
  join(INDEX_DIR, `${basename(modelFile)}.index`)

/** What a model file is now, as an index built from it records it. */
export function modelStamp(path: string): string {
  const { size, mtimeMs } = statSync(path)
  return `${size}:${mtimeMs}`
}

/**
 * A model file's index when the build wrote one for the file as it is now: read, not
 * built, and in a worker of a pool, the one copy all the pool's threads share. Else null.
 */
function readIndex<Meta>(path: string): ModelFile<Meta> | null {
  const index = indexPath(path)
  if (!existsSync(index)) return null
  try {
    const file = decodeIndex<Meta>(readShared(index))
    return file.source === modelStamp(path) ? file : null
  } catch {
    return null
  }
}

function readModel<Meta>(path: string, missing: string): ModelFile<Meta> {
  if (!existsSync(path)) throw new DyadError('E_MODEL', missing)
  try {
    return readIndex<Meta>(path) ?? decodeModel<Meta>(readShared(path))
  } catch (err) {
    throw new DyadError('E_MODEL', `${path}: ${(err as Error).message}`, { cause: err })
  }
}

/** A language's model file, with the beam's tables added when `beam` is set. */
function modelFile(lang: Lang, beam: boolean): ModelFile<SyntaxMeta> {
  const key = beam ? `${lang}:beam` : lang
  let file = files.get(key)
  if (file) return file
  if (beam) {
    const extra = readModel<unknown>(beamPath(MODEL_DIR, lang), noBeam(lang))
    const main = modelFile(lang, false)
    file = { meta: main.meta, tables: new Map([...main.tables, ...extra.tables]) }
  } else {
    file = readModel<SyntaxMeta>(modelPath(lang), noModel(lang))
  }
  files.set(key, file)
  return file
}

/**
 * The model of a language, set up once per beam width asked for. A missing model file is
 * an error at once; the files are read when the model is first used: an article none of
 * whose sentences is parsed does not wait for them (about a quarter of a second in English).
 */
export function loadSyntax(lang: Lang, options: SyntaxOptions = {}): SyntaxModel {
  const key = `${lang}:${options.beam ?? 1}`
  let model = loaded.get(key)
  if (!model) {
    model = lazyModel(lang, options)
    loaded.set(key, model)
  }
  return model
}

function lazyModel(lang: Lang, options: SyntaxOptions): SyntaxModel {
  const beam = (options.beam ?? 1) > 1
  if (!files.has(lang)) missingModel(modelPath(lang), noModel(lang))
  if (beam && !files.has(`${lang}:beam`)) missingModel(beamPath(MODEL_DIR, lang), noBeam(lang))
  let model: SyntaxModel | undefined
  const get = (): SyntaxModel => {
    model ??= syntaxModel(modelFile(lang, beam), options)
    return model
  }
  return {
    lang,
    get meta() {
      return get().meta
    },
    annotate: (forms) => get().annotate(forms),
    tag: (forms) => get().tag(forms),
    finish: (tagged) => get().finish(tagged),
  }
}

function missingModel(path: string, message: string): void {
  if (!existsSync(path)) throw new DyadError('E_MODEL', message)
}

const noModel = (lang: Lang): string =>
  `no syntax model for "${lang}" (${modelPath(lang)}); models exist for: ${availableSyntaxLangs().join(', ')}`
const noBeam = (lang: Lang): string =>
  `no beam parser for "${lang}" (${beamPath(MODEL_DIR, lang)}); run npm run train:syntax`

export function availableSyntaxLangs(): Lang[] {
  return ['en', 'es'].filter((l) => existsSync(modelPath(l)))
}

function table(file: ModelFile<SyntaxMeta>, name: string): WeightTable {
  const t = file.tables.get(name)
  if (!t)
    throw new DyadError('E_MODEL', `syntax model for "${file.meta.lang}" lacks its ${name} table`)
  return t
}

/**
 * Longer sentences are parsed greedily even when a beam is asked for: the beam copies its
 * configurations at every move, which costs time quadratic in the sentence's length.
 */
export const MAX_BEAM_WORDS = 250

export interface SyntaxOptions {
  /** Parse with a beam this wide (1, the default, parses greedily): slower, more accurate. */
  beam?: number
}

export function syntaxModel(file: ModelFile<SyntaxMeta>, options: SyntaxOptions = {}): SyntaxModel {
  const beam = options.beam ?? 1
  const { meta } = file
  const passes = [table(file, 'tagger1'), table(file, 'tagger2')] as const
  // A greedy parser's scores do not rank whole derivations: the beam has its own tables.
  const suffix = beam > 1 ? ':beam' : ''
  const parser = {
    moves: table(file, `moves${suffix}`),
    labels: table(file, `labels${suffix}`),
    root: meta.labels.indexOf('root'),
  }
  const morph = new Map<string, MorphModel>(
    Object.entries(meta.morph).map(([tag, values]) => [
      tag,
      { values, scorer: file.tables.get(`morph:${tag}`) ?? null },
    ]),
  )
  const lemmatizer = new Lemmatizer(meta.lemmas)
  const punct = meta.tags.indexOf('PUNCT')
  const verbs = [meta.tags.indexOf('VERB'), meta.tags.indexOf('AUX')]
  const agreement = meta.agreement === true
  const known = {
    clusters: clusterMap(meta.clusters),
    ambiguity: new Map(Object.entries(meta.ambiguity)),
    tagDict: new Map(Object.entries(meta.tagDict)),
  }
  const tag = (forms: readonly string[]): Tagged => {
    const ids = wordIds(forms, known)
    const tags =
      forms.length === 0
        ? new Int32Array(0)
        : tagSentence(ids, passes, (i) => ids.fixedTag[i] as number, meta.settledMargin)
    const feats = predictFeats(ids, tags, meta.tags, morph)
    const upos = Array.from(tags, (t) => meta.tags[t] as string)
    return { forms, upos, feats, ids, tags }
  }
  const finish = (tagged: TaggedSentence): SyntaxWord[] => {
    const { forms, upos, feats, ids, tags } = tagged as Tagged
    const n = forms.length
    if (n === 0) return []
    // The beams' tables were trained without the agreement templates.
    const input = parseInput(ids, tags, feats, punct, verbs, agreement && beam === 1)
    const { heads, labels } =
      beam > 1 && n <= MAX_BEAM_WORDS
        ? parseBeam(input, parser, beam)
        : parseSentence(input, parser)
    return forms.map((form, i) => {
      const tag = upos[i] as string
      return {
        form,
        upos: tag,
        lemma: lemmatizer.lemma(form, tag, feats[i] ?? null),
        feats: feats[i] ?? null,
        head: heads[i] as number,
        deprel: meta.labels[labels[i] as number] ?? 'dep',
      }
    })
  }
  return {
    lang: meta.lang,
    meta,
    annotate: (forms) => (forms.length === 0 ? [] : finish(tag(forms))),
    tag,
    finish,
  }
}

/** A tagged sentence with what the parse reads of it besides. */
interface Tagged extends TaggedSentence {
  readonly ids: WordIds
  readonly tags: Int32Array
}

export function clusterMap(data: SyntaxMeta['clusters']): Clusters | undefined {
  if (!data) return undefined
  const map = new Map<string, number>()
  const { words, fine, coarse } = data
  for (let i = 0; i < words.length; i++) {
    const f = fine[i] as number
    map.set(words[i] as string, f | ((coarse[f] as number) << 16))
  }
  return map
}

/**
 * Writes the index of every model file (`npm run build`), replacing whatever was there;
 * returns the number of files and bytes written.
 */
export function writeModelIndexes(dir: string = INDEX_DIR): { files: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  const models = existsSync(MODEL_DIR)
    ? readdirSync(MODEL_DIR).filter((f) => f.endsWith('.dysx'))
    : []
  for (const name of models) {
    const path = join(MODEL_DIR, name)
    const index = encodeIndex(decodeModel(readFileSync(path)), modelStamp(path))
    writeFileSync(join(dir, `${name}.index`), index)
    bytes += index.length
  }
  return { files: models.length, bytes }
}
