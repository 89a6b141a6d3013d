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
import { numberWords } from '../lexicon/number-words.js'
import { parseBeam, parseBeamAll } from './beam.js'
import { combineParses, type WeightedParse } from './combine.js'
import { type LemmaData, Lemmatizer } from './lemmatizer.js'
import { type Clusters, type WordIds, wordIds } from './lexical.js'
import { decodeIndex, decodeModel, encodeIndex, type ModelFile } from './model-file.js'
import { type MorphModel, predictFeats } from './morph.js'
import {
  beamInput,
  type ParseInput,
  type ParserModels,
  parseInput,
  parseSentence,
} from './parser.js'
import { reverseInput, unpermuteParse } from './reverse.js'
import { readShared } from './shared-files.js'
import { type FixedFeats, type FixedLabel, featsShortcuts, labelShortcuts } from './shortcuts.js'
import { supertagSentence } from './supertagger.js'
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
  /**
   * The supertags (relation and the side of the head, see `supertagger.ts`) that the
   * `supertagger1` table (and `supertagger2`, a second pass) choose among, when the greedy
   * parser reads them.
   */
  supertags?: string[]
  /** Arcs whose label the tags and the head's side settle, and forms whose FEATS their tag does (`shortcuts.ts`). */
  fixedLabels?: FixedLabel[]
  fixedFeats?: FixedFeats
  /** A first-pass tag that led by this much keeps its tag in the second pass unscored. */
  settledMargin?: number
  /** Distributional clusters: `words[i]` is in fine cluster `fine[i]`, which is in `coarse[fine[i]]`. */
  clusters?: { words: string[]; fine: number[]; coarse: number[] }
  /** Accuracy on the held-out split, measured when the model was trained. */
  scores?: Record<string, number>
  /**
   * The corpus whose sentences, parsed by the combination of the four parsers, the greedy
   * parser also trained on (uptraining), and how much of it.
   */
  uptrained?: { corpus: string; sentences: number; words: number; treebankTimes?: number }
  /**
   * The hand-annotated news sentences (`data/treebank/`) the greedy parser and its
   * supertagger also learned from, and how many times the parser read each.
   */
  newsTreebank?: { file: string; sentences: number; words: number; weight: number }
  /** Only in the beam's file: the width its tables were trained for, and its scores. */
  beam?: { width: number; scores: Record<string, number> }
  /** Only in a right-to-left parser's file: its beam's width (1: greedy), and its scores. */
  r2l?: { width: number; scores: Record<string, number> }
}

export const MODEL_DIR = fileURLToPath(new URL('../../data/syntax/', import.meta.url))

export const modelPath = (lang: Lang): string => `${MODEL_DIR}${lang}.dysx`

/** The beam parser's tables, a file beside the model's. */
export const beamPath = (dir: string, lang: Lang): string => join(dir, `${lang}.beam.dysx`)

/** The right-to-left parsers' tables (`combine` reads them): greedy, and the beam's. */
export const r2lPath = (dir: string, lang: Lang): string => join(dir, `${lang}.r2l.dysx`)
export const r2lBeamPath = (dir: string, lang: Lang): string => join(dir, `${lang}.r2l.beam.dysx`)

/** The files beside a language's model that hold other parsers' tables. */
type ExtraFile = 'beam' | 'r2l' | 'r2l.beam'

const extraPath = (lang: Lang, extra: ExtraFile): string => join(MODEL_DIR, `${lang}.${extra}.dysx`)

const files = new Map<string, ModelFile<SyntaxMeta>>()
const extraFiles = new Map<string, ModelFile<unknown>>()
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

/** A language's model file, with the tables of the files beside it that `extras` names. */
function modelFile(lang: Lang, extras: readonly ExtraFile[]): ModelFile<SyntaxMeta> {
  const key = [lang, ...extras].join('+')
  let file = files.get(key)
  if (file) return file
  if (extras.length > 0) {
    const main = modelFile(lang, [])
    const tables = new Map(main.tables)
    for (const extra of extras)
      for (const [name, t] of extraFile(lang, extra).tables) tables.set(name, t)
    file = { meta: main.meta, tables }
  } else {
    file = readModel<SyntaxMeta>(modelPath(lang), noModel(lang))
  }
  files.set(key, file)
  return file
}

function extraFile(lang: Lang, extra: ExtraFile): ModelFile<unknown> {
  const key = `${lang}.${extra}`
  let file = extraFiles.get(key)
  if (!file) {
    file = readModel<unknown>(extraPath(lang, extra), noExtra(lang, extra))
    extraFiles.set(key, file)
  }
  return file
}

/**
 * The model of a language, set up once per set of options. A missing model file is an
 * error at once; the files are read when the model is first used: an article none of
 * whose sentences is parsed does not wait for them (about a quarter of a second in English).
 */
export function loadSyntax(lang: Lang, options: SyntaxOptions = {}): SyntaxModel {
  const key = `${lang}:${options.beam ?? 1}:${options.direction ?? 'l2r'}:${JSON.stringify(options.combine ?? false)}`
  let model = loaded.get(key)
  if (!model) {
    model = lazyModel(lang, options)
    loaded.set(key, model)
  }
  return model
}

/**
 * The tag dictionary with the language's written-out numbers that training never saw
 * taken for numbers: a treebank of 37,000 words leaves "catorce" and "dieciocho" unknown,
 * and the tagger read them as verbs or adjectives by their endings.
 */
function withNumberWords(tagDict: Map<string, number>, meta: SyntaxMeta): Map<string, number> {
  const num = meta.tags.indexOf('NUM')
  if (num < 0) return tagDict
  for (const word of numberWords(meta.lang))
    if (!tagDict.has(word) && meta.ambiguity[word] === undefined) tagDict.set(word, num)
  return tagDict
}

/** The files beside the model that the options' parsers read. */
function extrasFor(options: SyntaxOptions): ExtraFile[] {
  const extras = new Set<ExtraFile>()
  for (const v of votersOf(options)) {
    const beam = v.beam > 1
    if (v.direction === 'r2l') extras.add(beam ? 'r2l.beam' : 'r2l')
    else if (beam) extras.add('beam')
  }
  return [...extras].sort()
}

function lazyModel(lang: Lang, options: SyntaxOptions): SyntaxModel {
  const extras = extrasFor(options)
  if (!files.has(lang)) missingModel(modelPath(lang), noModel(lang))
  for (const extra of extras)
    if (!extraFiles.has(`${lang}.${extra}`))
      missingModel(extraPath(lang, extra), noExtra(lang, extra))
  let model: SyntaxModel | undefined
  const get = (): SyntaxModel => {
    model ??= syntaxModel(modelFile(lang, extras), options)
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
const EXTRA_NAMES: Record<ExtraFile, string> = {
  beam: 'beam parser',
  r2l: 'right-to-left parser',
  'r2l.beam': 'right-to-left beam parser',
}
const noExtra = (lang: Lang, extra: ExtraFile): string =>
  `no ${EXTRA_NAMES[extra]} for "${lang}" (${extraPath(lang, extra)}); run npm run train:syntax`

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

/** One parser whose tree votes in a combined parse (see `combineParses`). */
export interface Voter {
  direction: 'l2r' | 'r2l'
  /** The beam's width (1: greedy). */
  beam: number
  weight: number
  /**
   * A beam's other parses at the end vote too, the k-th best (from 0) with `weight` times
   * `rest` to the k (0 or none: the best alone).
   */
  rest?: number
}

/**
 * What `combine: true` parses with: the greedy and beam parsers of both directions. The
 * weights were chosen on EWT dev (see the README).
 */
export const COMBINED: readonly Voter[] = [
  { direction: 'l2r', beam: 8, weight: 1.2, rest: 0.5 },
  { direction: 'r2l', beam: 8, weight: 1.2, rest: 0.5 },
  { direction: 'l2r', beam: 1, weight: 1 },
  { direction: 'r2l', beam: 1, weight: 0.8 },
]

export interface SyntaxOptions {
  /** Parse with a beam this wide (1, the default, parses greedily): slower, more accurate. */
  beam?: number
  /**
   * Read the sentence from right to left (`<lang>.r2l.dysx`, or `<lang>.r2l.beam.dysx` with a
   * beam) rather than left to right: less accurate alone, a second opinion for `combine`.
   */
  direction?: 'l2r' | 'r2l'
  /**
   * Parse with several parsers and decode the tree their arcs vote for (`true`: `COMBINED`,
   * or the voters given): the most accurate, and the slowest. `beam` and `direction` are
   * then not read.
   */
  combine?: boolean | readonly Voter[]
}

function votersOf(options: SyntaxOptions): readonly Voter[] {
  const { combine } = options
  if (combine) return combine === true ? COMBINED : combine
  return [{ direction: options.direction ?? 'l2r', beam: options.beam ?? 1, weight: 1 }]
}

interface Parser extends ParserModels {
  readonly beam: number
  readonly r2l: boolean
  readonly weight: number
  readonly rest: number
}

export function syntaxModel(file: ModelFile<SyntaxMeta>, options: SyntaxOptions = {}): SyntaxModel {
  const { meta } = file
  const passes = [table(file, 'tagger1'), table(file, 'tagger2')] as const
  const root = meta.labels.indexOf('root')
  const fixedLabels = labelShortcuts(meta.fixedLabels, meta.tags, meta.labels)
  // A greedy parser's scores do not rank whole derivations: the beam has its own tables.
  const parsers: Parser[] = votersOf(options).map((v) => {
    const suffix = `${v.direction === 'r2l' ? ':r2l' : ''}${v.beam > 1 ? ':beam' : ''}`
    return {
      moves: table(file, `moves${suffix}`),
      labels: table(file, `labels${suffix}`),
      root,
      // Their sides are counted in the order a left-to-right parser reads.
      fixedLabels: v.direction === 'r2l' ? null : fixedLabels,
      beam: v.beam,
      r2l: v.direction === 'r2l',
      weight: v.weight,
      rest: v.rest ?? 0,
    }
  })
  const single = parsers.length === 1 ? (parsers[0] as Parser) : null
  const fallback = Math.max(0, meta.labels.indexOf('dep'))
  const morph = new Map<string, MorphModel>(
    Object.entries(meta.morph).map(([tag, values]) => [
      tag,
      {
        values,
        scorer: file.tables.get(`morph:${tag}`) ?? null,
        fixed: featsShortcuts(meta.fixedFeats, values, tag),
      },
    ]),
  )
  const lemmatizer = new Lemmatizer(meta.lemmas)
  const punct = meta.tags.indexOf('PUNCT')
  const verbs = [meta.tags.indexOf('VERB'), meta.tags.indexOf('AUX')]
  const agreement = meta.agreement === true
  // Only the greedy left-to-right parser was trained reading supertags.
  const supertagger =
    meta.supertags && parsers.some((p) => p.beam === 1 && !p.r2l)
      ? [
          table(file, 'supertagger1'),
          ...(file.tables.has('supertagger2') ? [table(file, 'supertagger2')] : []),
        ]
      : null
  const known = {
    clusters: clusterMap(meta.clusters),
    ambiguity: new Map(Object.entries(meta.ambiguity)),
    tagDict: withNumberWords(new Map(Object.entries(meta.tagDict)), meta),
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
  type Backwards = ReturnType<typeof reverseInput>
  /** One parser's tree; `input` read left to right, `backwards()` right to left. */
  const parseWith = (p: Parser, input: ParseInput, backwards: () => Backwards) => {
    const n = input.tags.length
    const back = p.r2l ? backwards() : null
    const read = back ? back.input : input
    const own = p.beam > 1 ? beamInput(read) : read
    const out =
      p.beam > 1 && n <= MAX_BEAM_WORDS ? parseBeam(own, p, p.beam) : parseSentence(own, p)
    return back ? unpermuteParse(out, back.order) : out
  }
  const parse = (input: ParseInput): { heads: Int32Array; labels: Int32Array } => {
    if (single) return parseWith(single, input, () => reverseInput(input))
    // Long sentences go to the first greedy parser left to right alone (see `MAX_BEAM_WORDS`).
    if (input.tags.length > MAX_BEAM_WORDS) {
      const greedy = parsers.find((p) => p.beam === 1 && !p.r2l) ?? (parsers[0] as Parser)
      return parseWith(greedy, input, () => reverseInput(input))
    }
    let back: Backwards | undefined
    const backwards = () => {
      back ??= reverseInput(input)
      return back
    }
    const trees: WeightedParse[] = []
    for (const p of parsers) {
      if (p.beam === 1 || p.rest <= 0) {
        trees.push({ ...parseWith(p, input, backwards), weight: p.weight })
        continue
      }
      // A beam's parses at the end, best first, each a vote worth `rest` times the one before.
      const turned = p.r2l ? backwards() : null
      const read = beamInput(turned ? turned.input : input)
      parseBeamAll(read, p, p.beam).forEach((tree, k) => {
        const weight = p.weight * p.rest ** k
        trees.push({ ...(turned ? unpermuteParse(tree, turned.order) : tree), weight })
      })
    }
    return combineParses(trees, root, fallback)
  }
  const finish = (tagged: TaggedSentence): SyntaxWord[] => {
    const { forms, upos, feats, ids, tags } = tagged as Tagged
    const n = forms.length
    if (n === 0) return []
    const input = parseInput(ids, tags, feats, punct, verbs, agreement)
    if (supertagger) input.supertags = supertagSentence(input, supertagger)
    const { heads, labels } = parse(input)
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
