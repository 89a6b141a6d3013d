/**
 * `npm run train:syntax`: trains the tagger, lemmatiser, morphology and parser of each
 * language from the UD treebanks in ../shared/ud and writes data/syntax/<lang>.dysx (and the
 * opt-in beam parser's tables, <lang>.beam.dysx, and the right-to-left parsers' that
 * `combine` reads, <lang>.r2l.dysx and <lang>.r2l.beam.dysx).
 * Deterministic: fixed seeds, sorted tables.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { Lang } from '../../doc/index.js'
import {
  beamPath,
  COMBINED,
  clusterMap,
  MODEL_DIR,
  r2lBeamPath,
  r2lPath,
  type SyntaxMeta,
  syntaxModel,
} from '../annotate.js'
import type { Annotator } from '../layer.js'
import { Lemmatizer } from '../lemmatizer.js'
import { normalise, type WordIds, type WordKnowledge, wordIds } from '../lexical.js'
import { decodeModel, encodeModel, type ModelFile } from '../model-file.js'
import { predictFeats } from '../morph.js'
import { beamInput, type ParseInput, parseInput } from '../parser.js'
import { permuteGoldHeads, reverseInput } from '../reverse.js'
import { supertagSentence } from '../supertagger.js'
import { tagPass, tagSentence } from '../tagger.js'
import type { WeightTable } from '../weights.js'
import { trainBeamParser } from './beam.js'
import { rawSentences, trainClusters } from './clusters.js'
import { evaluate, formatScores, lemmaAccuracy } from './evaluate.js'
import { childRunner, languageJobs, runJobs } from './jobs.js'
import { trainLemmas } from './lemmas.js'
import { trainMorph } from './morph.js'
import { type ParseExample, type ParserTraining, trainParser } from './parser.js'
import { findFixedFeats, findFixedLabels } from './shortcuts.js'
import { goldSupertags, trainSupertagger } from './supertagger.js'
import { buildTagDict, type TagExample, trainTagPass } from './tagger.js'
import { type GoldSentence, readTreebank } from './treebank.js'
import { cachedTeacherParses } from './uptrain.js'

interface Recipe {
  lang: string
  train: string
  heldOut: string
  trainedOn: string
  /** Raw news text for word clusters, a JSON Lines file in ../shared/corpora. */
  corpus: string
  /**
   * Whether the greedy parser reads the agreement templates (`ParseInput.extended`): they
   * helped in Spanish (GSD test and, trained the other way round, GSD dev) and not in
   * English (EWT dev and test together).
   */
  agreement: boolean
  /**
   * Greedy parsers trained in different orders whose weights are averaged, and the updates
   * (summed over them) a move feature needs to be kept. Two in Spanish, keeping features
   * updated ten times: +0.1 UAS on GSD test and +0.2 trained the other way round, for a
   * file a tenth larger and the same speed; in English, +0.3 UAS on EWT dev but -0.1 on test.
   */
  parsers: number
  minUpdates: number
  /**
   * Words of the corpus that the four parsers' combination parses for the greedy parser to
   * train on beside the treebank (uptraining; 0: none). Spanish, whose treebank is small:
   * +0.9 UAS and +0.6 LAS on GSD test. English (400,000 words of BBC news, the treebank read
   * twice): EWT, whose web text the BBC's news does not resemble, unchanged; dyad's news
   * sentences +1.7 UAS.
   */
  uptrain: number
  /**
   * Times the uptrained parser reads the treebank beside the corpus's parses: more keeps it
   * nearer the treebank's genre (English: once lost 0.4 UAS on EWT test, three times lost
   * what the news gave).
   */
  uptrainTreebank: number
  /**
   * The updates a move feature of the uptrained parser needs to be kept (`minUpdates` holds
   * for the others). English: 10 rather than 5 keeps the file at 12.7 MB rather than 18.3
   * and the parse as fast as the treebank's parser, for 0.4 UAS on the news sentences.
   */
  uptrainMinUpdates: number
  /**
   * The supertagger's passes whose supertags the greedy parser reads (0: none; see
   * `supertagger.ts`). Spanish: +0.5 UAS on GSD test, and closer to the other parsers on news.
   * English (with `supertagNews` 400,000): +0.8 UAS on EWT test, +1.7 on its blogs and +1.2 on
   * dyad's news sentences, but two fewer of `dev-wide/en`'s events right and a syntax layer a
   * quarter slower, so not yet.
   */
  supertags: 0 | 1 | 2
  /**
   * Words of the corpus that the other three parsers' combination parses for the supertagger
   * to learn from beside the treebank (0: none). In English, supertags learned from EWT's web
   * text alone helped EWT and hurt news; Spanish news reaches the parser by uptraining.
   */
  supertagNews: number
  /**
   * Hand-annotated news sentences written for dyad (`data/treebank/`), which the greedy
   * left-to-right parser and its supertagger can learn from beside the treebank, and how
   * many times the parser reads each (0: not at all). The treebanks' web and encyclopedia
   * text has few of the sentences news is made of. Spanish reads them 5 times: +1.2 UAS and
   * +2.4 LAS on the news check, +0.3 and +0.5 on GSD test. English reads them 0 times for
   * now: trained on them, the treebank-only parser parsed the check 4 points of UAS better
   * and the uptrained one 0.5, but the analyzer coded fewer of `dev-wide/en`'s events right
   * (see the README).
   */
  newsTreebank: string | null
  newsWeight: number
  /**
   * Hand-annotated news sentences no parser learns from (`data/treebank/`, a quarter of
   * those written: every fourth): training reports the greedy parser's score on them.
   */
  newsCheck: string
}

const RECIPES: Recipe[] = [
  {
    lang: 'en',
    train: 'en_ewt/train.conllu.gz',
    heldOut: 'en_ewt/dev.conllu.gz',
    trainedOn: 'UD English-EWT 2.16, train split',
    corpus: 'en-bbc-2004.jsonl',
    agreement: false,
    parsers: 1,
    minUpdates: 5,
    uptrain: 400_000,
    uptrainTreebank: 2,
    uptrainMinUpdates: 10,
    supertags: 0,
    supertagNews: 0,
    newsTreebank: 'news-en.conllu',
    newsWeight: 0,
    newsCheck: 'news-en-check.conllu',
  },
  {
    lang: 'es',
    // The GSD train split is not available here: the dev split trains, test measures.
    train: 'es_gsd/dev.conllu.gz',
    heldOut: 'es_gsd/test.conllu.gz',
    trainedOn: 'UD Spanish-GSD 2.16, dev split (the train split was not available)',
    corpus: 'es-news-2018.jsonl',
    agreement: true,
    parsers: 2,
    minUpdates: 10,
    uptrain: 500_000,
    uptrainTreebank: 1,
    uptrainMinUpdates: 10,
    supertags: 1,
    supertagNews: 0,
    newsTreebank: 'news-es.conllu',
    newsWeight: 5,
    newsCheck: 'news-es-check.conllu',
  },
]

const LICENCE = 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)'
const FOLDS = 5
// Measured on the held-out splits: as accurate as always rescoring, and faster.
const SETTLED = 10000
// With the corpus beside the treebank one parser is enough: in Spanish a second one averaged
// in gave +0.14 UAS on GSD test for a file 60 % larger and a parse 14 % slower.
const STUDENT_PARSERS = 1
// Training processes run at once by default (`--jobs`): each holds a treebank's examples and
// its models, a few GB at most.
const MAX_JOBS = 4
// The beam's move features kept: those updated five times or more (and `--beam-rows` at most).
const BEAM_MIN_UPDATES = 5

function log(msg: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`)
}

const sortedSet = (xs: Iterable<string>) => [...new Set(xs)].sort()

/** The taggers, morphology and lemmas, and the jackknifed tags and FEATS the parser trains on. */
interface Prepared {
  meta: SyntaxMeta
  tables: Map<string, WeightTable>
  parserTags: Int32Array[]
  jackFeats: (string | null)[][]
}

function prepare(
  recipe: Recipe,
  ud: string,
  train: readonly GoldSentence[],
  heldOut: readonly GoldSentence[],
  o: Options,
): Prepared {
  const tags = sortedSet(train.flatMap((s) => s.upos))
  const labels = sortedSet(['root', ...train.flatMap((s) => s.deprels)])
  const tagIndex = new Map(tags.map((t, i) => [t, i]))
  const clusterData = o.clusters ? buildClusters(recipe, ud, train) : undefined
  const ambiguity = ambiguityClasses(train, tagIndex)
  const known = { clusters: clusterMap(clusterData), ambiguity: new Map(Object.entries(ambiguity)) }
  const examples: TagExample[] = train.map((s) => ({
    ids: wordIds(s.forms, known),
    gold: Int32Array.from(s.upos, (t) => tagIndex.get(t) as number),
  }))
  const tagDict = buildTagDict(examples)
  const fixedFor = (ex: TagExample) => (i: number) => tagDict[ex.ids.norms[i] as string] ?? -1

  // Tags the parser and the second tagger pass train on come from first-pass taggers
  // that did not see the sentence (jackknifing), so they are as wrong as at run time.
  const jack: Int32Array[] = new Array(examples.length)
  const firstPasses: WeightTable[] = []
  for (let f = 0; f < FOLDS; f++) {
    const rest = examples.filter((_, i) => i % FOLDS !== f)
    const model = trainTagPass(rest, tags.length, o.tagEpochs, o.seed + f).compile(o.prune, 2)
    firstPasses.push(model)
    examples.forEach((ex, i) => {
      if (i % FOLDS === f) jack[i] = tagPass(ex.ids, model, fixedFor(ex), new Int32Array(0)).tags
    })
    log(`${recipe.lang}: tagger fold ${f + 1}/${FOLDS}`)
  }
  const tagger1 = trainTagPass(examples, tags.length, o.tagEpochs, o.seed).compile(o.prune, 2)
  const tagger2 = trainTagPass(examples, tags.length, o.tagEpochs, o.seed, jack).compile(o.prune, 2)
  log(`${recipe.lang}: tagger trained`)
  // The parser reads the tags of both passes, as at run time: each fold's second pass too.
  const parserTags = o.jackPasses < 2 ? jack : jack.slice()
  if (o.jackPasses >= 2)
    for (let f = 0; f < FOLDS; f++) {
      const trainsOn = (i: number) => i % FOLDS !== f
      const second = trainTagPass(
        examples.filter((_, i) => trainsOn(i)),
        tags.length,
        o.tagEpochs,
        o.seed + f,
        jack.filter((_, i) => trainsOn(i)),
      ).compile(o.prune, 2)
      const passes = [firstPasses[f] as WeightTable, second] as const
      examples.forEach((ex, i) => {
        if (!trainsOn(i)) parserTags[i] = tagSentence(ex.ids, passes, fixedFor(ex), SETTLED)
      })
      log(`${recipe.lang}: second-pass tagger fold ${f + 1}/${FOLDS}`)
    }

  const morphExamples = train.map((s, i) => ({
    ids: (examples[i] as TagExample).ids,
    tags: (examples[i] as TagExample).gold,
    feats: s.feats,
  }))
  const morph = trainMorph(morphExamples, tags, o.morphEpochs, o.seed)
  // The parser reads FEATS as predicted, jackknifed like the tags.
  const jackFeats: (string | null)[][] = new Array(examples.length)
  for (let f = 0; f < FOLDS; f++) {
    const fold = trainMorph(
      morphExamples.filter((_, i) => i % FOLDS !== f),
      tags,
      o.morphEpochs,
      o.seed + f,
    )
    const models = new Map(
      Object.entries(fold.values).map(([tag, values]) => [
        tag,
        { values, scorer: fold.models.get(tag) ?? null },
      ]),
    )
    examples.forEach((ex, i) => {
      if (i % FOLDS === f)
        jackFeats[i] = predictFeats(ex.ids, parserTags[i] as Int32Array, tags, models)
    })
  }
  log(`${recipe.lang}: morphology trained`)
  const lemmas = trainLemmas(
    train.flatMap((s) =>
      s.forms.map((form, i) => ({
        form,
        upos: s.upos[i] as string,
        feats: s.feats[i] === '_' ? null : (s.feats[i] as string),
        lemma: s.lemmas[i] as string,
      })),
    ),
  )
  log(
    `${recipe.lang}: ${lemmas.rules.length} lemma rules, ${Object.keys(lemmas.exceptions).length} exceptions, lemma with gold tags on ${recipe.heldOut} ${lemmaAccuracy(new Lemmatizer(lemmas), heldOut)}`,
  )

  const tables = new Map<string, WeightTable>([
    ['tagger1', tagger1],
    ['tagger2', tagger2],
  ])
  for (const [tag, model] of [...morph.models].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    tables.set(`morph:${tag}`, model.compile(o.prune))
  const meta: SyntaxMeta = {
    lang: recipe.lang,
    trainedOn: recipe.trainedOn,
    licence: LICENCE,
    tags,
    labels,
    tagDict,
    ambiguity,
    morph: morph.values,
    lemmas,
    settledMargin: SETTLED,
    ...(clusterData ? { clusters: clusterData } : {}),
  }
  return { meta, tables, parserTags, jackFeats }
}

// `--cache DIR`: the taggers, morphology and jackknifed tags kept between runs, so that
// parser experiments skip the minutes their training takes (it is deterministic).
function writePrepared(path: string, p: Prepared): void {
  const meta = { ...p.meta, parserTags: p.parserTags.map((t) => [...t]), jackFeats: p.jackFeats }
  writeFileSync(path, encodeModel({ meta, tables: p.tables }))
  log(`cached ${path}`)
}

function readPrepared(path: string): Prepared {
  type Cached = SyntaxMeta & { parserTags: number[][]; jackFeats: (string | null)[][] }
  const { meta, tables } = decodeModel<Cached>(readFileSync(path))
  const { parserTags, jackFeats, ...rest } = meta
  log(`read ${path}`)
  return { meta: rest, tables, parserTags: parserTags.map((t) => Int32Array.from(t)), jackFeats }
}

function trainLanguage(recipe: Recipe, ud: string, out: string, o: Options): void {
  const train = readTreebank(join(ud, recipe.train))
  const heldOut = readTreebank(join(ud, recipe.heldOut))
  log(`${recipe.lang}: ${train.length} training sentences, ${heldOut.length} held out`)
  const cachePath = o.cache ? join(o.cache, `${recipe.lang}.prep.dysx`) : null
  const prep =
    cachePath && existsSync(cachePath)
      ? readPrepared(cachePath)
      : prepare(recipe, ud, train, heldOut, o)
  if (cachePath && !existsSync(cachePath)) {
    mkdirSync(o.cache as string, { recursive: true })
    writePrepared(cachePath, prep)
  }
  const { meta, tables, parserTags, jackFeats } = prep
  // Only a model that reads them says so: the others' files stay as they were.
  if (recipe.agreement) meta.agreement = true
  const { tags, labels } = meta
  const parsers = o.parsers ?? recipe.parsers
  const minUpdates = o.minUpdates ?? recipe.minUpdates
  const tagIndex = new Map(tags.map((t, i) => [t, i]))
  const labelIndex = new Map(labels.map((l, i) => [l, i]))
  const known = {
    clusters: clusterMap(meta.clusters),
    ambiguity: new Map(Object.entries(meta.ambiguity)),
  }
  const ids = train.map((s) => wordIds(s.forms, known))
  const punct = tagIndex.get('PUNCT') ?? -1
  const verbs = [tagIndex.get('VERB') ?? -1, tagIndex.get('AUX') ?? -1]
  const parseExamples: ParseExample[] = train.map((s, i) =>
    parseExample(
      s,
      parseInput(
        ids[i] as WordIds,
        parserTags[i] as Int32Array,
        jackFeats[i] ?? [],
        punct,
        verbs,
        recipe.agreement,
      ),
      labelIndex,
    ),
  )
  // The hand-annotated news sentences, tagged as at run time by the taggers above (which did
  // not see them); the greedy parser and its supertagger learn from them (see `Recipe`).
  const newsWeight = o.newsWeight ?? recipe.newsWeight
  const newsFile =
    o.newsTreebank ??
    (recipe.newsTreebank ? join(MODEL_DIR, '../treebank', recipe.newsTreebank) : null)
  const newsTrees = newsWeight > 0 && newsFile ? readNewsTreebank(newsFile) : []
  const tagNews = runTimeTagger(prep, known)
  const newsExamples = newsTrees.map((s) => {
    const t = tagNews(s.forms)
    const input = parseInput(t.ids, t.tags, t.feats, punct, verbs, recipe.agreement)
    return parseExample(s, input, labelIndex)
  })
  if (newsTrees.length > 0) {
    const words = newsTrees.reduce((n, s) => n + s.forms.length, 0)
    meta.newsTreebank = {
      file: basename(newsFile as string),
      sentences: newsTrees.length,
      words,
      weight: newsWeight,
    }
    log(
      `${recipe.lang}: ${newsTrees.length} news sentences (${words} words), read ${newsWeight} times`,
    )
  }
  const newsCopies = Array.from({ length: newsWeight }, () => newsExamples).flat()
  const root = labelIndex.get('root') as number
  // The greedy parser's tables are `moves` and `labels`; the beam's, `moves:beam` and
  // `labels:beam`; the right-to-left parsers' `moves:r2l`, `moves:r2l:beam` and so on.
  const suffixOf = (beam: number, r2l: boolean) => `${r2l ? ':r2l' : ''}${beam > 1 ? ':beam' : ''}`
  const withParser = (p: ParserTraining, beam = 1, r2l = false, greedyKept = minUpdates) => {
    const suffix = suffixOf(beam, r2l)
    const rows = beam > 1 ? o.beamRows : Number.POSITIVE_INFINITY
    const kept = beam > 1 ? BEAM_MIN_UPDATES : greedyKept
    tables.set(`moves${suffix}`, p.moves.compile(o.prune, kept, rows))
    tables.set(`labels${suffix}`, p.labels.compile(o.prune, 2))
    return syntaxModel({ meta, tables }, { beam, ...(r2l ? { direction: 'r2l' as const } : {}) })
  }
  const curve =
    (name: string, epochs: number, beam: number, r2l: boolean, kept = minUpdates) =>
    (e: number, p: ParserTraining) => {
      const scores = o.curve
        ? `: ${formatScores(evaluate(withParser(p, beam, r2l, kept), heldOut))}`
        : ''
      log(`${recipe.lang}: ${name} epoch ${e + 1}/${epochs}${scores}`)
    }
  // The parsers' files do not depend on each other: `--no-greedy`, `--beam 1` and
  // `--direction` train them in several processes at once, which write the files one
  // process writes. Each file holds its parser's tables (the greedy one's, the rest too).
  const pick = (suffix: string) =>
    new Map(
      [...tables].filter(([name]) =>
        suffix === ''
          ? !name.endsWith(':beam') && !name.includes(':r2l')
          : name.endsWith(suffix) && name.split(':').length === suffix.split(':').length,
      ),
    )
  const trainGreedy = (
    examples: readonly ParseExample[],
    r2l: boolean,
    name = 'parser',
    count = parsers,
    kept = minUpdates,
  ) => {
    const way = r2l ? 'right-to-left ' : ''
    const parser = trainParser(
      examples,
      labels.length,
      root,
      o.parseEpochs,
      o.seed,
      curve(`${way}${name}`, o.parseEpochs, 1, r2l, kept),
    )
    for (let k = 2; k <= count; k++) {
      const other = trainParser(examples, labels.length, root, o.parseEpochs, o.seed + 100 * k)
      parser.moves.absorb(other.moves, 1 / k)
      parser.labels.absorb(other.labels, 1 / k)
      log(`${recipe.lang}: ${way}${name} ${k}/${count} averaged in`)
    }
    const { wordsPerSecond, ...scores } = evaluate(withParser(parser, 1, r2l, kept), heldOut)
    log(
      `${recipe.lang}: ${way}${name} on ${recipe.heldOut}: ${formatScores(scores)}, ${wordsPerSecond} words/s`,
    )
    return scores
  }
  // The shortcuts come last, so the parsers train and teach as without them; the file's
  // scores are those with them. Only the figures that do not depend on the machine go in
  // the file, so it is reproducible.
  const writeGreedy = () => {
    meta.fixedLabels = findFixedLabels(train, parserTags, tags)
    meta.fixedFeats = findFixedFeats(
      train,
      ids.map((x) => x.norms),
      parserTags,
      tags,
      meta.morph,
    )
    const { wordsPerSecond, ...scores } = evaluate(syntaxModel({ meta, tables }), heldOut)
    const forms = Object.values(meta.fixedFeats).reduce((n, f) => n + Object.keys(f).length, 0)
    log(
      `${recipe.lang}: with ${meta.fixedLabels.length} fixed labels and ${forms} fixed FEATS on ${recipe.heldOut}: ${formatScores(scores)}, ${wordsPerSecond} words/s`,
    )
    meta.scores = scores
    writeModel(join(out, `${recipe.lang}.dysx`), { meta, tables: pick('') })
    // The sentences carry no FEATS to score.
    const check = join(MODEL_DIR, '../treebank', recipe.newsCheck)
    if (existsSync(check)) {
      const news = evaluate(syntaxModel({ meta, tables }), readNewsTreebank(check))
      log(
        `${recipe.lang}: on the news check (held out): upos ${news.upos}, lemma ${news.lemma}, uas ${news.uas}, las ${news.las}`,
      )
    }
  }
  // The greedy parser trained on the treebank alone is one of the teachers; the student
  // trained beside them on their parses of the corpus takes its place in `<lang>.dysx`.
  const uptrain = o.uptrain ?? recipe.uptrain
  const uptraining = uptrain > 0 && o.greedy && o.direction !== 'r2l'
  mkdirSync(out, { recursive: true })
  for (const r2l of [false, true]) {
    if (r2l ? o.direction === 'l2r' : o.direction === 'r2l') continue
    const way = r2l ? 'right-to-left ' : ''
    // Right to left: the same parser reads the sentence backwards (see `reverse.ts`).
    const examples = r2l
      ? parseExamples.map((ex) => {
          const { input, order } = reverseInput(ex.input)
          const labels = Int32Array.from(order, (k) => ex.labels[k] as number)
          return { input, gold: permuteGoldHeads(ex.gold, order), labels }
        })
      : parseExamples
    // The greedy left-to-right parser trains last (below): its supertagger may learn from
    // the other parsers' parses of the corpus.
    if (o.greedy && r2l) {
      const scores = trainGreedy(examples, r2l)
      const { lang, trainedOn, licence } = meta
      writeModel(r2lPath(out, recipe.lang), {
        meta: { lang, trainedOn, licence, r2l: { width: 1, scores } },
        tables: pick(':r2l'),
      })
    }
    // The beam's tables go in a file of their own, read only when a beam is asked for.
    if (o.beam > 1) {
      const beamExamples = examples.map((ex) => ({ ...ex, input: beamInput(ex.input) }))
      const beamed = trainBeamParser(
        beamExamples,
        labels.length,
        root,
        o.beamEpochs,
        o.seed,
        o.beam,
        curve(`${way}beam parser`, o.beamEpochs, o.beam, r2l),
      )
      const { wordsPerSecond, ...scores } = evaluate(withParser(beamed, o.beam, r2l), heldOut)
      log(
        `${recipe.lang}: ${way}beam of ${o.beam}: ${formatScores(scores)}, ${wordsPerSecond} words/s`,
      )
      const { lang, trainedOn, licence } = meta
      const info = { width: o.beam, scores }
      writeModel(r2l ? r2lBeamPath(out, recipe.lang) : beamPath(out, recipe.lang), {
        meta: { lang, trainedOn, licence, ...(r2l ? { r2l: info } : { beam: info }) },
        tables: pick(suffixOf(o.beam, r2l)),
      })
    }
  }
  if (!o.greedy || o.direction === 'r2l') return

  /** The tables of this run's parsers and, for those it did not train, of their files in `out`. */
  const withOtherParsers = (purpose: string, flag: string) => {
    const found = new Map(tables)
    for (const [suffix, path] of [
      [':beam', beamPath(out, recipe.lang)],
      [':r2l', r2lPath(out, recipe.lang)],
      [':r2l:beam', r2lBeamPath(out, recipe.lang)],
    ] as const) {
      if (found.has(`moves${suffix}`)) continue
      if (!existsSync(path))
        throw new Error(
          `${purpose} needs the other parsers' tables, and ${path} is missing: train them first (--direction both --beam 8), or pass ${flag}`,
        )
      for (const [name, t] of decodeModel(readFileSync(path)).tables) found.set(name, t)
    }
    return found
  }
  /** The corpus's sentences as `teacher` parses them (kept in `--cache` under `name`). */
  const corpusParses = (name: string, words: number, flag: string, teacher: () => Annotator) => {
    const path = join(ud, '../corpora', recipe.corpus)
    if (!existsSync(path))
      throw new Error(`${flag} reads ${path}, which is missing (or pass ${flag} 0)`)
    return cachedTeacherParses(
      o.cache ? join(o.cache, `${recipe.lang}.${name}.json`) : null,
      { path, lang: recipe.lang as Lang, words },
      teacher,
      log,
    )
  }
  /** A parsed sentence of the corpus as the parser reads it (its tags and FEATS the teacher's). */
  const corpusInput = (s: GoldSentence): ParseInput =>
    parseInput(
      wordIds(s.forms, known),
      Int32Array.from(s.upos, (t) => tagIndex.get(t) ?? 0),
      s.feats.map((f) => (f === '_' ? null : f)),
      punct,
      verbs,
      recipe.agreement,
    )

  /**
   * Trains the supertagger's passes (none for 0) on the treebank and, in English, on the
   * corpus as the other three parsers parse it; gives the parser's training sentences their
   * jackknifed supertags and returns the passes.
   */
  const trainSupertags = (passes: 0 | 1 | 2): WeightTable[] => {
    if (passes === 0) return []
    const newsWords = o.supertagNews ?? recipe.supertagNews
    const voters = COMBINED.filter((v) => v.beam > 1 || v.direction === 'r2l')
    const corpusNews =
      newsWords > 0
        ? corpusParses('supertag-news', newsWords, '--supertag-news', () =>
            syntaxModel(
              {
                meta,
                tables: withOtherParsers(
                  `the ${recipe.lang} supertagger's news`,
                  '--supertag-news 0',
                ),
              },
              { combine: voters },
            ),
          )
        : []
    const examples = [...parseExamples, ...newsExamples]
    const { names, gold } = goldSupertags([...train, ...newsTrees, ...corpusNews])
    const trained = trainSupertagger(
      examples.map((ex) => ex.input),
      gold,
      names.length,
      passes,
      {
        epochs: o.tagEpochs,
        seed: o.seed,
        folds: FOLDS,
        prune: o.prune,
        log: (m) => log(`${recipe.lang}: ${m}`),
      },
      corpusNews.map((s, k) => ({
        input: corpusInput(s),
        gold: gold[examples.length + k] as Int32Array,
      })),
    )
    trained.models.forEach((model, k) => {
      tables.set(`supertagger${k + 1}`, model)
    })
    meta.supertags = names
    examples.forEach((ex, i) => {
      ex.input.supertags = trained.jackknifed[i] as Int32Array
    })
    return trained.models
  }

  const supertagger = trainSupertags(o.supertags ?? recipe.supertags)
  trainGreedy([...parseExamples, ...newsCopies], false)
  if (!uptraining) {
    writeGreedy()
    return
  }
  const parsed = corpusParses('uptrain', uptrain, '--uptrain', () =>
    syntaxModel(
      { meta, tables: withOtherParsers(`uptraining the ${recipe.lang} parser`, '--uptrain 0') },
      { combine: true },
    ),
  )
  const student = parsed.map((s) => {
    const input = corpusInput(s)
    if (supertagger.length > 0) input.supertags = supertagSentence(input, supertagger)
    return parseExample(s, input, labelIndex)
  })
  const words = parsed.reduce((sum, s) => sum + s.forms.length, 0)
  const treebankTimes = o.uptrainTreebank ?? recipe.uptrainTreebank
  // Only when not once, so that the files trained before it was asked for stay the same.
  meta.uptrained = {
    corpus: recipe.corpus,
    sentences: parsed.length,
    words,
    ...(treebankTimes !== 1 ? { treebankTimes } : {}),
  }
  const treebank = Array.from({ length: treebankTimes }, () => parseExamples).flat()
  const studentKept = o.uptrainMinUpdates ?? recipe.uptrainMinUpdates
  trainGreedy(
    [...treebank, ...newsCopies, ...student],
    false,
    'uptrained parser',
    STUDENT_PARSERS,
    studentKept,
  )
  writeGreedy()
}

function readNewsTreebank(path: string): GoldSentence[] {
  if (!existsSync(path))
    throw new Error(
      `the news treebank ${path} is missing (pass another with --news-treebank, or --news-weight 0)`,
    )
  return readTreebank(path)
}

/** Tags and FEATS as the trained taggers and morphology give them at run time. */
function runTimeTagger(prep: Prepared, known: WordKnowledge) {
  const { meta, tables } = prep
  const withTags = { ...known, tagDict: new Map(Object.entries(meta.tagDict)) }
  const passes = [tables.get('tagger1'), tables.get('tagger2')] as [WeightTable, WeightTable]
  const morph = new Map(
    Object.entries(meta.morph).map(([tag, values]) => [
      tag,
      { values, scorer: tables.get(`morph:${tag}`) ?? null },
    ]),
  )
  return (forms: readonly string[]) => {
    const ids = wordIds(forms, withTags)
    const tags = tagSentence(ids, passes, (i) => ids.fixedTag[i] as number, SETTLED)
    return { ids, tags, feats: predictFeats(ids, tags, meta.tags, morph) }
  }
}

function writeModel(path: string, model: ModelFile<unknown>): void {
  const bytes = encodeModel(model)
  // The file must read back to the same model.
  decodeModel(bytes)
  writeFileSync(path, bytes)
  log(`wrote ${path} (${(bytes.length / 1e6).toFixed(2)} MB)`)
}

/** The tags each word seen at least three times took, as a bit mask. */
function ambiguityClasses(train: readonly GoldSentence[], tagIndex: Map<string, number>) {
  const seen = new Map<string, { count: number; mask: number }>()
  for (const s of train)
    s.forms.forEach((form, i) => {
      const w = normalise(form)
      const e = seen.get(w) ?? { count: 0, mask: 0 }
      e.count++
      e.mask |= 1 << (tagIndex.get(s.upos[i] as string) as number)
      seen.set(w, e)
    })
  const out: Record<string, number> = {}
  for (const [w, e] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (e.count >= 3) out[w] = e.mask
  return out
}

/** Clusters from the language's news corpus and the training sentences' words. */
function buildClusters(recipe: Recipe, ud: string, train: readonly GoldSentence[]) {
  function* sentences(): Generator<string[]> {
    for (const s of train) yield s.forms.map(normalise)
    const path = join(ud, '../corpora', recipe.corpus)
    if (!existsSync(path)) {
      log(`${recipe.lang}: no corpus at ${path}; clusters from the treebank alone`)
      return
    }
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue
      const { text } = JSON.parse(line) as { text?: string }
      if (text) yield* rawSentences(text)
    }
  }
  const c = trainClusters(sentences())
  log(`${recipe.lang}: ${c.words.length} words in clusters`)
  return { words: c.words, fine: [...c.fine], coarse: [...c.coarseOfFine] }
}

function parseExample(
  s: GoldSentence,
  input: ParseInput,
  labelIndex: Map<string, number>,
): ParseExample {
  const n = s.forms.length
  return {
    input,
    gold: Int32Array.from(s.heads, (h) => (h === 0 ? n : h - 1)),
    labels: Int32Array.from(s.deprels, (d) => labelIndex.get(d) ?? labelIndex.get('dep') ?? 0),
  }
}

interface Options {
  seed: number
  tagEpochs: number
  morphEpochs: number
  parseEpochs: number
  /** Weights under this share of a table's largest are dropped from the model file. */
  prune: number
  /**
   * Greedy parser features updated fewer times than this in training (summed over the
   * parsers averaged) are dropped from the model file; the recipe's number unless given.
   */
  minUpdates?: number
  clusters: boolean
  /** Greedy parsers trained in different orders whose weights are averaged (the recipe's unless given). */
  parsers?: number
  /** Train the greedy parser and write `<lang>.dysx` (`--no-greedy`: the beam's file only). */
  greedy: boolean
  /**
   * The parsers trained: left to right (`<lang>.dysx`, `<lang>.beam.dysx`), right to left
   * (`<lang>.r2l.dysx`, `<lang>.r2l.beam.dysx`, for `combine`), or `both`.
   */
  direction: 'both' | 'l2r' | 'r2l'
  /** Also train a parser globally over a beam this wide, for `beam` parsing (1: none). */
  beam: number
  beamEpochs: number
  /** The beam's move table keeps this many features at most, the most updated. */
  beamRows: number
  /** Tagger passes the parser's jackknifed training tags come from (1 or 2). */
  jackPasses: number
  /** Measure the held-out split after every parser epoch. */
  curve: boolean
  /** A directory keeping what the parser trains from between runs (see `writePrepared`). */
  cache?: string
  /** Corpus words the combination parses for the greedy parser to learn from (the recipe's unless given). */
  uptrain?: number
  /** Times the uptrained parser reads the treebank (the recipe's unless given). */
  uptrainTreebank?: number
  /** Updates a move feature of the uptrained parser needs to be kept (the recipe's unless given). */
  uptrainMinUpdates?: number
  /** The supertagger's passes the greedy parser reads (the recipe's unless given). */
  supertags?: 0 | 1 | 2
  /** Corpus words the other parsers parse for the supertagger to learn from (the recipe's unless given). */
  supertagNews?: number
  /** Times the greedy parser reads each hand-annotated news sentence (the recipe's unless given). */
  newsWeight?: number
  /** The hand-annotated news sentences: a CoNLL-U file (the recipe's in `data/treebank/` unless given). */
  newsTreebank?: string
}

function supertagPasses(value: string): 0 | 1 | 2 {
  if (value === '0' || value === '1' || value === '2') return Number(value) as 0 | 1 | 2
  throw new Error(`--supertags: "${value}" is none of 0, 1, 2 (the supertagger's passes)`)
}

function direction(value: string): Options['direction'] {
  if (value === 'both' || value === 'l2r' || value === 'r2l') return value
  throw new Error(`--direction: "${value}" is none of both, l2r, r2l`)
}

const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    ud: { type: 'string', default: join(process.cwd(), '../shared/ud') },
    out: { type: 'string', default: MODEL_DIR },
    seed: { type: 'string', default: '1' },
    'tag-epochs': { type: 'string', default: '8' },
    'morph-epochs': { type: 'string', default: '5' },
    'parse-epochs': { type: 'string', default: '15' },
    prune: { type: 'string', default: '0.001' },
    'min-updates': { type: 'string' },
    'no-clusters': { type: 'boolean', default: false },
    'no-greedy': { type: 'boolean', default: false },
    curve: { type: 'boolean', default: false },
    parsers: { type: 'string' },
    beam: { type: 'string', default: '8' },
    'beam-epochs': { type: 'string', default: '8' },
    'beam-rows': { type: 'string', default: '600000' },
    'jack-passes': { type: 'string', default: '2' },
    cache: { type: 'string' },
    direction: { type: 'string', default: 'both' },
    uptrain: { type: 'string' },
    'uptrain-treebank': { type: 'string' },
    'uptrain-min-updates': { type: 'string' },
    supertags: { type: 'string' },
    'supertag-news': { type: 'string' },
    'news-weight': { type: 'string' },
    'news-treebank': { type: 'string' },
    jobs: { type: 'string' },
  },
})
const options: Options = {
  seed: Number(values.seed),
  tagEpochs: Number(values['tag-epochs']),
  morphEpochs: Number(values['morph-epochs']),
  parseEpochs: Number(values['parse-epochs']),
  prune: Number(values.prune),
  clusters: !values['no-clusters'],
  greedy: !values['no-greedy'],
  direction: direction(values.direction as string),
  curve: Boolean(values.curve),
  beam: Number(values.beam),
  beamEpochs: Number(values['beam-epochs']),
  beamRows: Number(values['beam-rows']),
  jackPasses: Number(values['jack-passes']),
  ...(values.cache ? { cache: values.cache } : {}),
  ...(values.uptrain ? { uptrain: Number(values.uptrain) } : {}),
  ...(values['uptrain-treebank'] ? { uptrainTreebank: Number(values['uptrain-treebank']) } : {}),
  ...(values['uptrain-min-updates']
    ? { uptrainMinUpdates: Number(values['uptrain-min-updates']) }
    : {}),
  ...(values.supertags ? { supertags: supertagPasses(values.supertags) } : {}),
  ...(values['supertag-news'] ? { supertagNews: Number(values['supertag-news']) } : {}),
  ...(values['news-weight'] ? { newsWeight: Number(values['news-weight']) } : {}),
  ...(values['news-treebank'] ? { newsTreebank: values['news-treebank'] } : {}),
  ...(values.parsers ? { parsers: Number(values.parsers) } : {}),
  ...(values['min-updates'] ? { minUpdates: Number(values['min-updates']) } : {}),
}
const recipes = RECIPES.filter((r) => !values.lang || values.lang === r.lang)
if (recipes.length === 0)
  throw new Error(
    `--lang: no recipe for "${values.lang}" (${RECIPES.map((r) => r.lang).join(', ')})`,
  )
const jobs = values.jobs ? Number(values.jobs) : Math.min(availableParallelism(), MAX_JOBS)
if (!Number.isInteger(jobs) || jobs < 1)
  throw new Error(`--jobs: "${values.jobs}" is not a whole number of processes`)
// A run asked for a part of the work (`--no-greedy`, `--direction`, `--beam 1`) does it itself.
const whole = options.greedy && options.direction === 'both' && options.beam > 1
if (jobs > 1 && whole) await trainOnCores(recipes, jobs)
else
  for (const recipe of recipes)
    trainLanguage(recipe, values.ud as string, values.out as string, options)

/**
 * The whole training as `languageJobs`, `slots` processes at a time, sharing a cache (the
 * one given, else a new one removed at the end). The files are those one process writes.
 */
async function trainOnCores(recipes: readonly Recipe[], slots: number): Promise<void> {
  const cache = values.cache ?? mkdtempSync(join(tmpdir(), 'dyad-train-'))
  const common = [...passedOn(), '--cache', cache]
  const { run, stopAll } = childRunner(fileURLToPath(import.meta.url), common, log)
  const started = Date.now()
  log(`training ${recipes.map((r) => r.lang).join(' and ')} in ${slots} processes at a time`)
  try {
    await runJobs(
      recipes.flatMap((r) => languageJobs(r.lang, options.beam)),
      slots,
      run,
      stopAll,
    )
  } catch (err) {
    log(`failed: ${(err as Error).message} (what was made is kept in ${cache})`)
    process.exitCode = 1
    return
  }
  if (!values.cache) rmSync(cache, { recursive: true, force: true })
  log(`trained in ${((Date.now() - started) / 60_000).toFixed(1)} minutes`)
}

/** The run's options that every part takes as they are (the parts set the others). */
function passedOn(): string[] {
  const own = new Set(['lang', 'cache', 'jobs', 'no-greedy', 'direction', 'beam'])
  const args: string[] = []
  for (const [name, value] of Object.entries(values)) {
    if (own.has(name) || value === undefined || value === false) continue
    args.push(`--${name}`, ...(value === true ? [] : [String(value)]))
  }
  return args
}
