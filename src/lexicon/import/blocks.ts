import type { Lang } from '../../doc/index.js'
import { type Codes, readCodes } from './codes.js'
import { fail, type SourceLine, sourceLines, type Tally } from './source.js'
import { readSynsets } from './synsets.js'
import { normaliseWord, slug } from './words.js'

/** A verb as a block lists it: `+ASK_FOR {…} [020]` → ask, particles ["for"], own code 020. */
export interface VerbLine {
  lemma: string
  particles: string[]
  /** Its own code, or null when it takes the block's default. */
  codes: Codes | null
  /** Irregular forms the line lists in {…}: "MEET {MEETS MET MEETING}" → met, … */
  forms: string[]
  at: SourceLine
}

/** A pattern line as written, its code read. */
export interface PatternLine {
  /** The pattern without its leading `-` and its code. */
  body: string
  codes: Codes
  at: SourceLine
}

/** `--- NAME [CODE] ---`, its verbs and its patterns. */
export interface Block {
  name: string
  /** Unique within the dictionary: the syntax and the slug of the name (`p2.ask`). */
  key: string
  codes: Codes
  at: SourceLine
  verbs: VerbLine[]
  patterns: PatternLine[]
}

export interface VerbFile {
  synsets: Map<string, string[]>
  blocks: Block[]
}

export interface VerbFileOptions {
  lang: Lang
  syntax: 'p1' | 'p2'
  table: ReadonlySet<string>
  /** Pad codes that lost their leading zero (the Spanish P1 file). */
  pad: boolean
}

const MARKER = /^#{3,}\s*VERB PATTERNS/
const NO_CODES: Codes = { cameo: null, passive: null }

/**
 * Splits a verb dictionary into its synonym sets and its blocks. Lines it cannot place
 * (a verb before any block, a header without a name) stop the import with `file:line`;
 * patterns and verbs it can skip are counted in `tally`.
 */
export function readVerbFile(
  file: string,
  text: string,
  o: VerbFileOptions,
  tally: Tally,
): VerbFile {
  const raw = text.split(/\r?\n/)
  const markerAt = raw.findIndex((l) => MARKER.test(l))
  if (markerAt < 0)
    fail(
      { file, line: 1, text: '', comment: '' },
      'no "####### VERB PATTERNS #######" line: not a verb dictionary',
    )
  const lines = sourceLines(file, text)
  const synsets = readSynsets(lines.slice(0, markerAt), tally)
  const blocks: Block[] = []
  const keys = new Set<string>()
  let block: Block | null = null
  for (const l of lines.slice(markerAt + 1)) {
    const t = l.text.trim()
    if (!t) continue
    if (t.startsWith('---')) {
      block = readHeader(l, t, o, tally)
      let key = `${o.syntax}.${slug(block.name)}`
      for (let n = 2; keys.has(key); n++) key = `${o.syntax}.${slug(block.name)}-${n}`
      keys.add(key)
      block.key = key
      blocks.push(block)
    } else if (t.startsWith('~')) tally.add('transformation line (not converted)', l)
    else if (t.startsWith('&')) tally.add('pattern line without "-" (read as a synset label)', l)
    else if (t.startsWith('-') || t.startsWith('*')) {
      if (!block) fail(l, 'a pattern before any "--- BLOCK ---" header')
      if (t.startsWith('*')) tally.add('pattern line without "-" (repaired)', l)
      const pattern = readPatternLine(l, t.startsWith('-') ? t.slice(1) : t, o, tally)
      if (pattern) block.patterns.push(pattern)
    } else {
      if (!block) fail(l, `a verb before any "--- BLOCK ---" header: "${t}"`)
      const verb = readVerbLine(l, t, o, tally)
      if (verb) block.verbs.push(verb)
    }
  }
  return { synsets, blocks }
}

function readHeader(l: SourceLine, t: string, o: VerbFileOptions, tally: Tally): Block {
  const m = /^---\s*([^\s[\]-][^\s[\]]*)\s*(?:\[([^\]]*)\])?\s*(.*)$/.exec(t)
  if (!m) fail(l, `a block header needs a name: "${t}"`)
  const [, name = '', code, rest = ''] = m
  if (!/^(---)?$/.test(rest.trim())) tally.add('block header with trailing marks', l)
  else if (!rest.trim()) tally.add('block header without closing "---"', l)
  let codes = NO_CODES
  if (code === undefined) tally.add('block header without code (no default)', l)
  else {
    const read = readCodes(code, o.table, o.pad)
    if (read.ok) {
      codes = read.codes
      if (read.padded) tally.add('code padded with its lost leading zero', l)
    } else tally.add('block default code invalid (no default)', l)
  }
  return { name, key: '', codes, at: l, verbs: [], patterns: [] }
}

function readVerbLine(l: SourceLine, t: string, o: VerbFileOptions, tally: Tally): VerbLine | null {
  // Verbs are looked up by lemma; the irregular forms in {…} only tell which words may be verbs.
  const forms = irregularForms(t)
  let rest = t.replace(/\{[^}]*\}/g, ' ')
  if (rest.includes(';')) {
    // The readers take no ";" comment: "SCRAP {…};shan 8/30/93" is a coder's initials.
    rest = rest.slice(0, rest.indexOf(';'))
    tally.add('text after ";" dropped from a verb line', l)
  }
  let codes: Codes | null = null
  const code = /\[([^\]]*)\]/.exec(rest)
  if (code) {
    rest = rest.replace(code[0], ' ')
    const read = readCodes(code[1] ?? '', o.table, o.pad)
    if (read.ok) {
      codes = read.codes
      if (read.padded) tally.add('code padded with its lost leading zero', l)
    } else tally.add('verb code invalid (block default used)', l)
  }
  if (/[[\]{}]/.test(rest)) {
    tally.add('verb line unparseable', l)
    return null
  }
  let words = rest
    .trim()
    .split(/[\s_]+/)
    .filter((w) => w)
  const joined = words.some((w) => /[^+]\+/.test(w))
  if (joined) {
    // "ESPERAR+CON+EXPECTACIÓN" (Verbs_ESP_full): "+" joins the words; the verb comes first.
    words = words.flatMap((w) => w.split('+')).filter((w) => w)
    tally.add('multi-word verb joined by "+" (first word taken)', l)
  }
  const marked = words.findIndex((w) => w.startsWith('+'))
  if (marked < 0 && words.length > 1 && !joined)
    tally.add('multi-word verb without "+" (first word taken)', l)
  const at = Math.max(marked, 0)
  const lower = words.map((w) => normaliseWord(w.replace(/^\+/, '')))
  let lemma = lower[at] ?? ''
  const before = lower.slice(0, at)
  const after = lower.slice(at + 1)
  if (lower.some((w) => !/^[\p{Ll}][\p{Ll}'-]*$/u.test(w))) {
    tally.add('verb line unparseable', l)
    return null
  }
  // A pronominal infinitive ("quejarse") is looked up by its lemma ("quejar"), as a UD
  // lemmatiser gives it; "se" stays as a particle.
  const pronominal = o.lang === 'es' ? /^(.+[aeiáéí]r)se$/u.exec(lemma) : null
  if (pronominal?.[1]) {
    lemma = pronominal[1]
    after.unshift('se')
    tally.add('pronominal verb keyed by its base lemma', l)
  }
  return { lemma, particles: [...before, ...after], codes, forms, at: l }
}

/** The single-word forms of a verb line's {…} ("+ASKED_FOR" gives "asked"). */
function irregularForms(line: string): string[] {
  const braces = /\{([^}]*)\}/.exec(line)
  if (!braces) return []
  const out = new Set<string>()
  for (const item of (braces[1] ?? '').split(/\s+/)) {
    const parts = item.split('_').filter((w) => w)
    const verb = parts.find((w) => w.startsWith('+')) ?? parts[0]
    const form = verb ? normaliseWord(verb.replace(/^\+/, '')) : ''
    if (/^[\p{Ll}][\p{Ll}'-]*$/u.test(form)) out.add(form)
  }
  return [...out].sort()
}

function readPatternLine(
  l: SourceLine,
  t: string,
  o: VerbFileOptions,
  tally: Tally,
): PatternLine | null {
  const m = /^(.*)\[([^\]]*)\]\s*$/.exec(t)
  if (!m) {
    tally.add('dropped: pattern without code', l)
    return null
  }
  const read = readCodes(m[2] ?? '', o.table, o.pad)
  if (!read.ok) {
    tally.add('dropped: invalid code', l)
    return null
  }
  if (read.padded) tally.add('code padded with its lost leading zero', l)
  return { body: (m[1] ?? '').trim(), codes: read.codes, at: l }
}
