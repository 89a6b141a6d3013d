import type { VerbPattern, VerbSlot } from '../../../lexicon/index.js'
import type { Roles } from './roles.js'
import type { Tree } from './tree.js'

/** The pattern that codes verb `v` and which oblique, if any, it named. */
export interface Match {
  pattern: VerbPattern
  /** The act is a light verb's event noun's. */
  lent?: boolean
  /** The prepositional phrase the pattern asked for ("against", "on"): the target may stand in it. */
  prep?: number
}

/**
 * The first of the verb's patterns (most specific first, the bare entry last) whose
 * particles, object head, prepositional phrases and subject head the parse shows.
 */
export function matchPattern(
  t: Tree,
  v: number,
  roles: Roles,
  patterns: readonly VerbPattern[],
): Match | undefined {
  const around = particlesAround(t, v)
  const phrase = phraseLength(patterns, around)
  const words = new PhraseWords(t)
  for (const at of candidates(patterns, around, roles, words)) {
    const p = patterns[at] as VerbPattern
    if (!p.particles.every((w) => around.has(w))) continue
    if (p.particles.length < phrase) continue
    if (p.object && (roles.object === undefined || !fits(words, roles.object, p.object))) continue
    if (p.subject && (roles.subject === undefined || !fits(words, roles.subject, p.subject)))
      continue
    let prep: number | undefined
    let ok = true
    for (const want of p.preps) {
      const hit = roles.obliques.find(
        (o) => o.prep === want.prep && (!want.heads.length || fits(words, o.word, want)),
      )
      if (!hit) {
        ok = false
        break
      }
      prep ??= hit.word
    }
    if (ok) return prep === undefined ? { pattern: p } : { pattern: p, prep }
  }
  return undefined
}

/**
 * The patterns of a lemma by what each needs first: a particle, a head of its object or its
 * subject, a preposition. A common Spanish verb has hundreds of patterns ("hacer" 766), and
 * only those whose first need the sentence meets are tried; the rest, needing nothing of
 * those, always are.
 */
interface PatternKeys {
  particle: Map<string, number[]>
  object: Map<string, number[]>
  subject: Map<string, number[]>
  prep: Map<string, number[]>
  always: number[]
}

const keysOfList = new WeakMap<readonly VerbPattern[], PatternKeys>()

/** The words a slot's phrase must have one of: its heads, and a phrase head's last word. */
const slotKeys = (slot: VerbSlot): string[] => {
  const heads = headsOf(slot)
  return [...heads.words, ...heads.phrases.map((h) => h.last)]
}

function keysOf(patterns: readonly VerbPattern[]): PatternKeys {
  let keys = keysOfList.get(patterns)
  if (keys) return keys
  keys = { particle: new Map(), object: new Map(), subject: new Map(), prep: new Map(), always: [] }
  const file = (index: Map<string, number[]>, words: readonly string[], at: number) => {
    for (const w of new Set(words)) {
      const list = index.get(w)
      if (list) list.push(at)
      else index.set(w, [at])
    }
  }
  patterns.forEach((p, at) => {
    const first = p.preps[0]
    if (p.particles.length) file(keys.particle, [p.particles[0] as string], at)
    else if (p.object?.heads.length) file(keys.object, slotKeys(p.object), at)
    else if (p.subject?.heads.length) file(keys.subject, slotKeys(p.subject), at)
    else if (first) file(keys.prep, [first.prep], at)
    else keys.always.push(at)
  })
  keysOfList.set(patterns, keys)
  return keys
}

/** The patterns (by index, in order) whose first need the verb's words meet. */
function candidates(
  patterns: readonly VerbPattern[],
  around: ReadonlySet<string>,
  roles: Roles,
  words: PhraseWords,
): number[] {
  const keys = keysOf(patterns)
  const found = new Set(keys.always)
  const add = (list: readonly number[] | undefined) => {
    if (list) for (const at of list) found.add(at)
  }
  for (const w of around) add(keys.particle.get(w))
  for (const [i, index] of [
    [roles.object, keys.object],
    [roles.subject, keys.subject],
  ] as const) {
    if (i === undefined || !index.size) continue
    const { lemma, form } = words.head(i)
    add(index.get(lemma))
    if (form !== lemma) add(index.get(form))
  }
  for (const o of roles.obliques) add(keys.prep.get(o.prep))
  return [...found].sort((a, b) => a - b)
}

/**
 * "se llevó a cabo la votación": where the parse shows a fixed phrase of two or more
 * words after the verb ("llevar a cabo", "poner en marcha"), that phrase is the verb read,
 * and the patterns of a shorter entry ("llevarse", the plain "llevar") are another verb's.
 * Returns the phrase's particle count, or 0.
 */
function phraseLength(patterns: readonly VerbPattern[], around: ReadonlySet<string>): number {
  let most = 0
  for (const p of patterns)
    if (
      p.particles.length > Math.max(1, most) &&
      !p.object &&
      !p.subject &&
      !p.preps.length &&
      p.particles.every((w) => around.has(w))
    )
      most = p.particles.length
  return most
}

/** The words a multi-word verb's particles may be: its particles, adverbs, clitics, the next word. */
function particlesAround(t: Tree, v: number): Set<string> {
  const out = new Set<string>()
  for (const k of t.children(v)) {
    const rel = t.rel(k)
    if (rel === 'compound' || rel === 'advmod' || rel === 'expl' || rel === 'mark' || rel === 'obj')
      out.add(t.word(k).form.toLowerCase())
    const marks = t.childrenBy(k, 'case')
    for (const c of marks) out.add(t.word(c).form.toLowerCase())
    // "se llevó a cabo la votación": a fixed phrase the parse read as a prepositional one.
    if (marks.length && t.children(k).length === marks.length) out.add(t.word(k).form.toLowerCase())
  }
  const next = t.words[v + 1]
  if (next) out.add(next.form.toLowerCase())
  return out
}

/**
 * The words of the verb's argument phrases, lower-cased once: a common verb has hundreds of
 * patterns, and each asks the same few phrases for its heads and modifiers.
 */
class PhraseWords {
  private readonly heads = new Map<number, { lemma: string; form: string }>()
  private readonly forms = new Map<number, string[]>()
  private readonly both = new Map<number, Set<string>>()

  constructor(readonly t: Tree) {}

  /** The phrase's head word: its lemma and form, lower case. */
  head(i: number): { lemma: string; form: string } {
    let h = this.heads.get(i)
    if (!h) {
      h = { lemma: this.t.lemma(i), form: this.t.word(i).form.toLowerCase() }
      this.heads.set(i, h)
    }
    return h
  }

  /** Every word's form in the phrase `i` heads, lower case. */
  formsOf(i: number): string[] {
    let f = this.forms.get(i)
    if (!f) {
      f = this.t.phrase(i).map((k) => this.t.word(k).form.toLowerCase())
      this.forms.set(i, f)
    }
    return f
  }

  /** Every word's lemma and form in the phrase `i` heads. */
  lemmasAndForms(i: number): Set<string> {
    let w = this.both.get(i)
    if (!w) {
      const { t } = this
      w = new Set(t.phrase(i).flatMap((k) => [t.lemma(k), t.word(k).form.toLowerCase()]))
      this.both.set(i, w)
    }
    return w
  }
}

/** Whether the phrase headed by `i` has one of the slot's heads and all its modifiers. */
function fits(words: PhraseWords, i: number, slot: VerbSlot): boolean {
  if (slot.heads.length && !hasHead(words, i, headsOf(slot))) return false
  if (!slot.mods.length && !slot.modSyns?.length) return true
  const all = words.lemmasAndForms(i)
  if (!slot.mods.every((m) => all.has(m))) return false
  return (slot.modSyns ?? []).every((s) => s.words.some((w) => all.has(w)))
}

interface Heads {
  words: ReadonlySet<string>
  /** Heads of several words, each split: its last word is the phrase's head. */
  phrases: readonly { last: string; before: readonly string[] }[]
}

// Synsets give a slot hundreds of heads: looked up in a set, not one by one.
const headIndex = new WeakMap<VerbSlot, Heads>()

function headsOf(slot: VerbSlot): Heads {
  let heads = headIndex.get(slot)
  if (!heads) {
    const words = new Set<string>()
    const phrases: { last: string; before: string[] }[] = []
    for (const h of slot.heads) {
      const space = h.lastIndexOf(' ')
      if (space < 0) words.add(h)
      else phrases.push({ last: h.slice(space + 1), before: h.slice(0, space).split(' ') })
    }
    heads = { words, phrases }
    headIndex.set(slot, heads)
  }
  return heads
}

/** A head may be several words ("cease fire", "armed forces"): its last word is the phrase's head. */
function hasHead(words: PhraseWords, i: number, heads: Heads): boolean {
  const { lemma, form } = words.head(i)
  if (heads.words.has(lemma) || heads.words.has(form)) return true
  for (const { last, before } of heads.phrases) {
    if (last !== lemma && last !== form) continue
    const forms = words.formsOf(i)
    if (before.every((w) => forms.includes(w))) return true
  }
  return false
}
