/**
 * Uptraining (Petrov et al. 2010): raw news parsed by the slow, accurate combination of four
 * parsers (`combine`) becomes more training data for the fast greedy parser, which learns to
 * parse news more as the combination does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { Lang } from '../../doc/index.js'
import { loadLexicon } from '../../lexicon/index.js'
import { makeDoc } from '../../text/make-doc.js'
import { type Annotator, parseDocSentence } from '../layer.js'
import type { GoldSentence } from './treebank.js'

/** Sentences shorter than this say little; longer ones are mostly lists, tables and run-ons. */
const MIN_WORDS = 4
const MAX_WORDS = 80
const PROGRESS_WORDS = 100_000

export interface TeacherCorpus {
  /** The language's raw news, a JSON Lines file of articles with a `text` field. */
  path: string
  lang: Lang
  /** Words parsed at most (whole sentences; articles in the file's order). */
  words: number
}

/**
 * The corpus's sentences as the teacher parses them, each in the treebank's columns: the
 * teacher's tags, FEATS, heads and labels stand in for gold ones. Sentences are split and
 * tokenised as `dyad parse` does, so the student learns from what it will be given.
 */
export function teacherParses(
  corpus: TeacherCorpus,
  teacher: Annotator,
  log: (msg: string) => void,
): GoldSentence[] {
  const lexicon = loadLexicon(corpus.lang)
  const out: GoldSentence[] = []
  let words = 0
  let lineNo = 0
  let logged = 0
  for (const line of readFileSync(corpus.path, 'utf8').split('\n')) {
    lineNo++
    if (!line.trim()) continue
    let text: unknown
    try {
      text = (JSON.parse(line) as { text?: unknown }).text
    } catch {
      throw new Error(`${corpus.path}:${lineNo}: not a JSON object`)
    }
    if (typeof text !== 'string') continue
    const doc = makeDoc(text, corpus.lang, '', lexicon)
    for (const s of doc.sentences) {
      const n = s.endToken - s.firstToken
      if (n < MIN_WORDS || n > MAX_WORDS) continue
      const parse = parseDocSentence(doc, s, teacher, lexicon.multiword)
      out.push({
        forms: parse.words.map((w) => w.form),
        upos: parse.words.map((w) => w.upos),
        lemmas: parse.words.map((w) => w.lemma),
        feats: parse.words.map((w) => w.feats ?? '_'),
        heads: parse.words.map((w) => w.head),
        deprels: parse.words.map((w) => w.deprel),
      })
      words += parse.words.length
    }
    if (words >= logged + PROGRESS_WORDS) {
      logged = words
      log(`${corpus.lang}: teacher parsed ${words} words`)
    }
    if (words >= corpus.words) break
  }
  log(`${corpus.lang}: teacher parsed ${out.length} sentences, ${words} words`)
  return out
}

/** The teacher's parses kept between runs (`--cache`): they cost minutes and do not change. */
export function cachedTeacherParses(
  path: string | null,
  corpus: TeacherCorpus,
  teacher: () => Annotator,
  log: (msg: string) => void,
): GoldSentence[] {
  if (path && existsSync(path)) {
    const cached = JSON.parse(readFileSync(path, 'utf8')) as {
      corpus: TeacherCorpus
      sentences: GoldSentence[]
    }
    if (cached.corpus.words === corpus.words && cached.corpus.path === corpus.path) {
      log(`read ${path}`)
      return cached.sentences
    }
  }
  const sentences = teacherParses(corpus, teacher(), log)
  if (path) {
    writeFileSync(path, JSON.stringify({ corpus, sentences }))
    log(`cached ${path}`)
  }
  return sentences
}
