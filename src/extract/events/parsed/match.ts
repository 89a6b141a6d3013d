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
  for (const p of patterns) {
    if (!p.particles.every((w) => around.has(w))) continue
    if (p.particles.length < phrase) continue
    if (p.object && (roles.object === undefined || !fits(t, roles.object, p.object))) continue
    if (p.subject && (roles.subject === undefined || !fits(t, roles.subject, p.subject))) continue
    let prep: number | undefined
    let ok = true
    for (const want of p.preps) {
      const hit = roles.obliques.find(
        (o) => o.prep === want.prep && (!want.heads.length || fits(t, o.word, want)),
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

/** Whether the phrase headed by `i` has one of the slot's heads and all its modifiers. */
function fits(t: Tree, i: number, slot: VerbSlot): boolean {
  const lemma = t.lemma(i)
  const form = t.word(i).form.toLowerCase()
  if (slot.heads.length && !hasHead(t, i, headsOf(slot), lemma, form)) return false
  if (!slot.mods.length && !slot.modSyns?.length) return true
  const words = new Set(t.phrase(i).flatMap((k) => [t.lemma(k), t.word(k).form.toLowerCase()]))
  if (!slot.mods.every((m) => words.has(m))) return false
  return (slot.modSyns ?? []).every((s) => s.words.some((w) => words.has(w)))
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
function hasHead(t: Tree, i: number, heads: Heads, lemma: string, form: string): boolean {
  if (heads.words.has(lemma) || heads.words.has(form)) return true
  let forms: string[] | undefined
  for (const { last, before } of heads.phrases) {
    if (last !== lemma && last !== form) continue
    forms ??= t.phrase(i).map((k) => t.word(k).form.toLowerCase())
    if (before.every((w) => forms?.includes(w))) return true
  }
  return false
}
