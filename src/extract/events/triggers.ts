import type { Sentence, Token } from '../../doc/index.js'
import type { EventPattern, Lexicon } from '../../lexicon/index.js'
import { CLAUSE_PUNCT, type Reader } from './reader.js'

export interface Trigger {
  pattern: EventPattern
  /** Token range of the trigger: clitics before, the verb or noun, fixed words after. */
  first: number
  last: number
  /** The verb or noun itself. */
  head: number
  /** The token after which the target is looked for. */
  targetFrom: number
  passive: boolean
  /** Where the pattern's particle stands, when it has one. */
  particle?: number
  /** A noun's agent in its "of" phrase: the first token of the actor. */
  agent?: number
}

const NONE: readonly EventPattern[] = []
/** How many tokens may stand between a verb and its fixed words ("sostuvieron el martes una reunión"). */
const GAP = 4
/** How far a particle may follow its verb ("enviara a ese país a 26 presuntos …"). */
const PARTICLE_REACH = 7
/** How long a noun's "of" phrase may be ("la visita del secretario de Estado, Marco Rubio, a …"). */
const OF_PHRASE = 10

/**
 * Every place in a sentence where an event pattern matches, the most specific pattern first.
 * `dated` marks the tokens inside date expressions, which may stand between a verb and its
 * fixed words, as may adverbs ("cerró temporalmente la frontera").
 */
export function findTriggers(r: Reader, s: Sentence, dated: Uint8Array): Trigger[] {
  const out: Trigger[] = []
  const { lex } = r
  const { tokens } = r.doc
  const heads = headWords(lex)
  for (let i = s.firstToken; i < s.endToken; i++) {
    const lower = (tokens[i] as Token).lower
    if (!heads.has(lower)) continue
    const verbs = lex.eventVerbs.get(lower) ?? NONE
    const nouns = lex.eventNouns.get(lower) ?? NONE
    if (verbs === NONE && nouns === NONE) continue
    const found: Found = { best: undefined, size: -1 }
    if (verbs !== NONE) {
      // "los deportados", "un vuelo con deportados": a participle with no auxiliary is no act.
      const adjective = lex.verbMoods.get(lower) === 'participle' && !hasAuxiliary(r, i, s)
      // "la amenaza", "su visita", "France's call": a verb form after a determiner is a noun.
      const det = tokens[i - 1]?.lower
      const nominal =
        r.words.isLower('determiner', det) ||
        r.words.isLower('possessive', det) ||
        r.words.isLower('possessive-marker', det)
      if (!adjective && !nominal) matchVerbs(r, s, i, verbs, dated, found)
    }
    // "vuelos de deportación": a noun after a bare "of" describes another noun;
    // "cualquier ataque", "any attack" names none.
    const prev = tokens[i - 1]?.lower
    if (nouns !== NONE && !r.words.isLower('genitive', prev) && !r.words.isLower('generic', prev))
      matchNouns(r, s, i, nouns, found)
    const best = found.best
    if (best) {
      out.push(best)
      i = best.last
    }
  }
  return out
}

const headSets = new WeakMap<Lexicon, ReadonlySet<string>>()

/** Every verb form and noun a pattern starts from: one lookup rejects most tokens. */
function headWords(lex: Lexicon): ReadonlySet<string> {
  let set = headSets.get(lex)
  if (!set) {
    set = new Set([...lex.eventVerbs.keys(), ...lex.eventNouns.keys()])
    headSets.set(lex, set)
  }
  return set
}

interface Found {
  best: Trigger | undefined
  size: number
}

/** The longest fixed phrase wins ("spoke by phone with" over "spoke"); patterns come longest first. */
const sizeOf = (p: EventPattern): number =>
  ((p.before?.length ?? 0) + (p.then?.length ?? 0)) * 2 + Number(!!p.particle)

function matchVerbs(
  r: Reader,
  s: Sentence,
  i: number,
  patterns: readonly EventPattern[],
  dated: Uint8Array,
  found: Found,
): void {
  const { tokens } = r.doc
  // "was meeting with" is progressive, not passive.
  const progressive = r.words.hasSuffix('progressive-suffix', (tokens[i] as Token).lower)
  const gap = skippable(r, i + 1, s.endToken, dated)
  for (const p of patterns) {
    const size = sizeOf(p)
    if (size <= found.size) return
    const before = p.before ?? []
    if (!before.every((w, k) => tokens[i - before.length + k]?.lower === w)) continue
    const last = fixedWords(r, i + 1, gap, p.then ?? [])
    if (last < 0) continue
    const particle = p.particle ? particleAt(tokens, last + 1, s.endToken, p.particle) : -1
    if (p.particle && particle < 0) continue
    const first = i - before.length
    const passive = !progressive && isPassive(r.lex, tokens, first, s.firstToken)
    if (p.voice === 'passive' && !passive) continue
    found.size = size
    found.best = { pattern: p, first, last, head: i, targetFrom: last + 1, passive }
    if (particle >= 0) found.best.particle = particle
    return
  }
}

function matchNouns(
  r: Reader,
  s: Sentence,
  i: number,
  patterns: readonly EventPattern[],
  found: Found,
): void {
  const { tokens } = r.doc
  for (const p of patterns) {
    const size = sizeOf(p)
    if (size <= found.size) return
    const before = p.before ?? []
    if (!before.every((w, k) => tokens[i - before.length + k]?.lower === w)) continue
    const after = nounWords(r, i + 1, s.endToken, p.then ?? [])
    if (after.last < 0) continue
    const particle = p.particle ? particleAt(tokens, after.last + 1, s.endToken, p.particle) : -1
    if (p.particle && particle < 0) continue
    const first = i - before.length
    found.size = size
    found.best = {
      pattern: p,
      first,
      last: after.last,
      head: i,
      targetFrom: after.last + 1,
      passive: false,
    }
    if (particle >= 0) found.best.particle = particle
    if (after.agent !== undefined) found.best.agent = after.agent
    return
  }
}

/**
 * How many tokens after a verb may stand before its fixed words: dates, adverbs, numbers
 * ("sostuvieron el martes una reunión", "cerró temporalmente la frontera", "sent 10,000 troops").
 */
function skippable(r: Reader, from: number, end: number, dated: Uint8Array): number {
  const { tokens } = r.doc
  let n = 0
  while (n < GAP && from + n < end) {
    const k = from + n
    const t = tokens[k] as Token
    const c = t.text.charCodeAt(0)
    const skip =
      dated[k] ||
      (dated[k + 1] && r.words.isLower('determiner', t.lower)) ||
      (c >= 48 && c <= 57) ||
      r.words.isLower('quantity', t.lower) ||
      r.words.hasSuffix('adverb-suffix', t.lower)
    if (!skip) break
    n++
  }
  return n
}

/** Where a verb's fixed words end, with up to `gap` skippable tokens before them; -1 when they are not there. */
function fixedWords(r: Reader, from: number, gap: number, then: readonly string[]): number {
  const { tokens } = r.doc
  if (!then.length) return from - 1
  for (let k = from; k <= from + gap; k++)
    if (then.every((w, j) => tokens[k + j]?.lower === w)) return k + then.length - 1
  return -1
}

/**
 * Where a noun's fixed words end, allowing an "of" phrase before them: "la visita del
 * secretario de Estado, Marco Rubio, a San Salvador" (whose actor is the agent),
 * "las negociaciones del tratado de libre comercio con China".
 */
function nounWords(
  r: Reader,
  from: number,
  end: number,
  then: readonly string[],
): { last: number; agent?: number } {
  const { tokens } = r.doc
  const at = (k: number) => then.every((w, j) => tokens[k + j]?.lower === w)
  if (at(from)) return { last: from + then.length - 1 }
  if (!then.length || !r.words.is('genitive', tokens[from]?.text)) return { last: -1 }
  let agent: number | undefined
  for (let k = from + 1; k < Math.min(end, from + OF_PHRASE); k++) {
    if (at(k))
      return agent === undefined
        ? { last: k + then.length - 1 }
        : { last: k + then.length - 1, agent }
    const a = r.actors.at(k)
    if (a && agent === undefined && !a.pending) agent = a.first
    const w = (tokens[k] as Token).text
    if (CLAUSE_PUNCT.test(w) || r.words.is('clause-break', w)) break
  }
  return { last: -1 }
}

function hasAuxiliary(r: Reader, head: number, s: Sentence): boolean {
  const { tokens } = r.doc
  for (let k = head - 1; k >= Math.max(s.firstToken, head - 4); k--) {
    const w = (tokens[k] as Token).text
    if (r.words.is('passive-aux', w) || r.words.is('perfect-aux', w)) return true
    if (!r.words.is('passive-skip', w) && !r.lex.pronouns.has(w.toLowerCase())) return false
  }
  return false
}

function particleAt(tokens: readonly Token[], from: number, end: number, particle: string): number {
  for (let k = from; k < Math.min(end, from + PARTICLE_REACH); k++)
    if ((tokens[k] as Token).text.toLowerCase() === particle) return k
  return -1
}

function isPassive(
  lex: Lexicon,
  tokens: readonly Token[],
  first: number,
  sentenceStart: number,
): boolean {
  for (let k = first - 1; k >= Math.max(sentenceStart, first - 2); k--) {
    const t = (tokens[k] as Token).text
    if (lex.eventWords.is('passive-aux', t)) return true
    if (!lex.eventWords.is('passive-skip', t)) return false
  }
  return false
}
