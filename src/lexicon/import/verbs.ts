import type { Lang } from '../../doc/index.js'
import type { CameoPattern, CameoVerb } from '../verb-schemas.js'
import { type Block, readVerbFile, type VerbFile } from './blocks.js'
import { readP1Pattern } from './p1-verbs.js'
import { readP2Pattern } from './p2-verbs.js'
import { Drop, type PhraseContext, type Shape } from './phrase.js'
import { Tally, where, writtenFor } from './source.js'
import { type LangWords, slug } from './words.js'

/** Reads one pattern body into shapes, or throws `Drop`. */
export type PatternReader = (body: string, ctx: PhraseContext) => Shape[]

/** A verb before its id is given: ids number a lemma's blocks across all files. */
export type VerbDraft = Omit<CameoVerb, 'id'>

const hasConstraint = (s: Shape) =>
  s.particles.length > 0 ||
  s.object !== null ||
  s.preps.length > 0 ||
  s.subject !== null ||
  !!s.sourceSlot ||
  !!s.targetSlot

/**
 * Turns a verb file's blocks into verb drafts (one per verb and block: its bare entry and
 * its block) and pattern records keyed by block (`en.cameo.p2.ask.0007`). A pattern is
 * kept once per block; patterns of a block without verbs are dropped.
 */
export function convertBlocks(
  lang: Lang,
  file: VerbFile,
  read: PatternReader,
  ctx: Omit<PhraseContext, 'note' | 'synsets'>,
  tally: Tally,
): { verbs: VerbDraft[]; patterns: CameoPattern[] } {
  const verbs: VerbDraft[] = []
  const patterns: CameoPattern[] = []
  for (const block of file.blocks) {
    if (block.verbs.length === 0) {
      tally.add('dropped: pattern of a block without verbs', block.at, block.patterns.length)
      continue
    }
    verbs.push(...blockVerbs(block, tally))
    patterns.push(...blockPatterns(lang, block, read, { ...ctx, synsets: file.synsets }, tally))
  }
  return { verbs, patterns }
}

function blockVerbs(block: Block, tally: Tally): VerbDraft[] {
  const seen = new Set<string>()
  const out: VerbDraft[] = []
  for (const v of block.verbs) {
    const key = [v.lemma, ...v.particles].join(' ')
    if (seen.has(key)) {
      tally.add('verb listed twice in a block (first kept)', v.at)
      continue
    }
    seen.add(key)
    const codes = v.codes ?? block.codes
    out.push({
      lemma: v.lemma,
      particles: v.particles,
      block: block.key,
      cameo: codes.cameo,
      passive: codes.passive,
      ...(v.forms.length ? { forms: v.forms } : {}),
      src: where(v.at),
    })
  }
  return out
}

function blockPatterns(
  lang: Lang,
  block: Block,
  read: PatternReader,
  base: Omit<PhraseContext, 'note'>,
  tally: Tally,
): CameoPattern[] {
  const out: CameoPattern[] = []
  const seen = new Map<string, CameoPattern>()
  for (const p of block.patterns) {
    const ctx: PhraseContext = { ...base, note: (what) => tally.add(what, p.at) }
    let shapes: Shape[]
    try {
      shapes = read(p.body, ctx)
    } catch (e) {
      if (!(e instanceof Drop)) throw e
      tally.add(e.reason, p.at)
      continue
    }
    if (shapes.length > 1) tally.add('pattern split at alternative prepositions', p.at)
    for (const s of shapes) {
      if (!hasConstraint(s)) {
        tally.add('dropped: pattern with no constraint', p.at)
        continue
      }
      const record: CameoPattern = {
        id: '',
        block: block.key,
        particles: s.particles,
        cameo: p.codes.cameo,
        passive: p.codes.passive,
        object: s.object,
        preps: s.preps,
        subject: s.subject,
        ...(s.sourceSlot ? { sourceSlot: s.sourceSlot } : {}),
        ...(s.targetSlot ? { targetSlot: s.targetSlot } : {}),
        src: where(p.at),
      }
      const key = JSON.stringify({ ...record, id: '', src: '' })
      const verbs = writtenFor(p.at.comment)
      const twin = seen.get(key)
      if (twin) {
        // The same pattern written for other verbs: one record, all of them named.
        const merged = [...(twin.for ?? []), ...verbs.filter((v) => !twin.for?.includes(v))]
        if (merged.length) twin.for = merged
        tally.add('dropped: duplicate pattern in block', p.at)
        continue
      }
      if (verbs.length) record.for = verbs
      seen.set(key, record)
      record.id = `${lang}.cameo.${block.key}.${String(out.length + 1).padStart(4, '0')}`
      out.push(record)
    }
  }
  return out
}

/**
 * Gives verb drafts their ids, `<lang>.cameo.<lemma-and-particles>.<nn>`, numbering a
 * lemma's blocks in the order of the sources (the current dictionary first).
 */
export function numberVerbs(lang: Lang, drafts: readonly VerbDraft[]): CameoVerb[] {
  const bySlug = new Map<string, VerbDraft[]>()
  for (const d of drafts) {
    const s = slug([d.lemma, ...d.particles].join(' '))
    const list = bySlug.get(s)
    if (list) list.push(d)
    else bySlug.set(s, [d])
  }
  const most = Math.max(0, ...[...bySlug.values()].map((l) => l.length))
  const width = Math.max(2, String(most).length)
  const out: CameoVerb[] = []
  for (const [s, list] of bySlug)
    list.forEach((d, i) => {
      out.push({ id: `${lang}.cameo.${s}.${String(i + 1).padStart(width, '0')}`, ...d })
    })
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** A verb dictionary's text and how to read it. */
export interface VerbText {
  /** The file name `src` fields give. */
  name: string
  text: string
  syntax: 'p1' | 'p2'
  /** Pad codes that lost their leading zero (the Spanish P1 file). */
  pad: boolean
}

/** What one source file gave, for the report. */
export interface VerbFileReport {
  name: string
  file: VerbFile
  tally: Tally
  verbs: number
  patterns: number
}

/** Infinitives that are common nouns as objects ("tomar el poder", "el deber de"). */
const NOUN_INFINITIVES = new Set([
  'poder',
  'deber',
  'militar',
  'pesar',
  'parecer',
  'placer',
  'haber',
])

/**
 * Converts a language's verb dictionaries, the current one first, into sorted verb and
 * pattern records. A Spanish word after the verb that is an infinitive listed in any of
 * the files (or a gerund) makes a P1 pattern a clause.
 */
export function importVerbs(
  lang: Lang,
  sources: readonly VerbText[],
  o: { table: ReadonlySet<string>; words: LangWords; verbose?: boolean },
): { verbs: CameoVerb[]; patterns: CameoPattern[]; reports: VerbFileReport[] } {
  const files = sources.map((s) => {
    const tally = new Tally(o.verbose)
    return { s, tally, file: readVerbFile(s.name, s.text, { lang, table: o.table, ...s }, tally) }
  })
  // The Spanish verb lists hold nouns too ("intento", "campaña"): only infinitives count.
  const lemmas = new Set(
    files
      .flatMap((f) => f.file.blocks.flatMap((b) => b.verbs.map((v) => v.lemma)))
      .filter((v) => /[aeiáéí]r$/.test(v) && !NOUN_INFINITIVES.has(v)),
  )
  const isVerb = (w: string) =>
    lemmas.has(w) ||
    /(ando|iendo|yendo)$/.test(w) ||
    lemmas.has(w.replace(/(se|lo|la|los|las|le|les)$/, ''))
  const drafts: VerbDraft[] = []
  const patterns: CameoPattern[] = []
  const reports: VerbFileReport[] = []
  for (const f of files) {
    const read: PatternReader = f.s.syntax === 'p1' ? readP1Pattern : readP2Pattern
    const ctx = lang === 'es' ? { words: o.words, isVerb } : { words: o.words }
    const converted = convertBlocks(lang, f.file, read, ctx, f.tally)
    drafts.push(...converted.verbs)
    patterns.push(...converted.patterns)
    reports.push({
      name: f.s.name,
      file: f.file,
      tally: f.tally,
      verbs: converted.verbs.length,
      patterns: converted.patterns.length,
    })
  }
  patterns.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { verbs: numberVerbs(lang, drafts), patterns, reports }
}
