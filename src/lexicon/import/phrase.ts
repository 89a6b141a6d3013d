import type { CameoModSyn, CameoPrep, CameoSlot } from '../verb-schemas.js'
import { findSynset, type Synsets } from './synsets.js'
import type { LangWords } from './words.js'

/** A token of a pattern, as both syntaxes reduce to it. Words are lower case. */
export type Item =
  | { t: 'word'; w: string }
  | { t: 'syn'; label: string }
  | { t: 'mark'; m: '$' | '+' | '^' | '%' }
  /** `{W1 W2 HEAD}` (P2): a noun phrase. */
  | { t: 'np'; items: Item[] }
  /** `(PREP …)` (P2): alternative prepositions (`TO/FOR`), each one or more words. */
  | { t: 'pp'; preps: string[][]; items: Item[] }
  /** A verb particle written as a preposition (`(UP &MILITARY)`, `(OUT)`), its object after it. */
  | { t: 'prt'; w: string; items: Item[] }

/** What a pattern asks of the verb's dependents, before ids and codes are added. */
export interface Shape {
  particles: string[]
  object: CameoSlot | null
  preps: CameoPrep[]
  subject: CameoSlot | null
  sourceSlot?: string
  targetSlot?: string
}

/** Why a pattern was dropped; the key under which `main.ts` counts it. */
export class Drop {
  constructor(readonly reason: string) {}
}

export interface PhraseContext {
  words: LangWords
  synsets: Synsets
  /** A word the pattern cannot hold as a noun because it is a verb (P1 clause-like strings). */
  isVerb?: (word: string) => boolean
  /** Count a repair or a note without dropping the pattern. */
  note: (what: string) => void
}

interface Collector {
  /** `object`, or `prep:<prep>` for a prepositional slot. */
  name: string
  preps?: string[][]
  items: Item[]
  open: boolean
}

/** `&ARTICULO` (el, la, …, uno, ellos): a set made mostly of articles says nothing about the head. */
const isArticleSyn = (ctx: PhraseContext, label: string) => {
  const members = findSynset(ctx.synsets, label) ?? []
  return members.filter((m) => ctx.words.articles.has(m)).length * 2 > members.length
}
const isPrepSyn = (ctx: PhraseContext, label: string) =>
  findSynset(ctx.synsets, label)?.every((m) => ctx.words.prepositions.has(m)) ?? false
/** Auxiliary and copula sets (`&AUXILIAR`, `&AUXVERB1_`, `&SERESTAR`) stand for verbs, not nouns. */
export const isVerbSyn = (label: string) => /AUX|VERB|SERESTAR/.test(label)

/** The longest (complex) preposition that starts `words`, as its words. */
export function prepositionAt(words: readonly string[], lw: LangWords): string[] | null {
  for (const p of lw.complexPrepositions)
    if (p.every((w, i) => (lw.contractions.get(words[i] ?? '') ?? words[i]) === w)) return [...p]
  const first = words[0] ?? ''
  const single = lw.contractions.get(first) ?? first
  return lw.prepositions.has(single) ? [single] : null
}

/**
 * Reads the material after `*` left to right: a noun phrase is the object, a preposition
 * opens a prepositional slot, the genitive ("de", "of") continues the phrase before it,
 * `$`/`+` mark where the source/target stands. One shape per choice of alternative
 * prepositions (`(TO/FOR PROTEST)`). Throws `Drop` for what no slot can hold.
 */
export function readAfterVerb(
  items: readonly Item[],
  ctx: PhraseContext,
  clauseCheck: boolean,
): Shape[] {
  const lw = ctx.words
  const particles: string[] = []
  const slots: Collector[] = []
  const st: { object: Collector | null; current: Collector | null } = {
    object: null,
    current: null,
  }
  const marks: { source?: string; target?: string } = {}
  const startObject = (): Collector => {
    if (st.object) throw new Drop('dropped: unparseable (two object phrases)')
    st.object = { name: 'object', items: [], open: true }
    st.current = st.object
    return st.object
  }
  const mark = (m: '$' | '+' | '^' | '%', name: string | null) => {
    if (m === '%') throw new Drop('dropped: clause-like ("%" compound actor)')
    if (m === '^') {
      // Inside a prepositional phrase "^" is any phrase; outside it skips one (a clause).
      if (name) return
      throw new Drop('dropped: clause-like ("^" skips a phrase)')
    }
    let slot = name
    if (!slot) {
      if (st.current?.open) slot = st.current.name
      else slot = st.object ? st.object.name : startObject().name
    }
    const key = m === '$' ? 'source' : 'target'
    if (marks[key] && marks[key] !== slot)
      throw new Drop('dropped: unparseable (two source or target marks)')
    marks[key] = slot
  }
  const content = (item: Item) => {
    const into = st.current?.open ? st.current : startObject()
    into.items.push(item)
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item
    if (item.t === 'pp') {
      const pp: Collector = {
        name: `prep:${(item.preps[0] ?? []).join(' ')}`,
        preps: item.preps,
        items: [],
        open: false,
      }
      slots.push(pp)
      st.current = pp
      for (const x of item.items) {
        if (x.t === 'mark') mark(x.m, pp.name)
        else pp.items.push(x)
      }
      continue
    }
    if (item.t === 'np') {
      content(item)
      continue
    }
    if (item.t === 'prt') {
      particles.push(item.w)
      if (item.items.length) content({ t: 'np', items: item.items })
      else if (st.current) st.current.open = false
      continue
    }
    if (item.t === 'mark') {
      mark(item.m, null)
      continue
    }
    if (item.t === 'syn') {
      if (!findSynset(ctx.synsets, item.label)) throw new Drop('dropped: undefined synset')
      if (isArticleSyn(ctx, item.label)) continue
      if (isPrepSyn(ctx, item.label)) throw new Drop('dropped: synset as preposition')
      if (isVerbSyn(item.label)) throw new Drop('dropped: clause-like (verb after the verb)')
      content(item)
      continue
    }
    const w = item.w
    const prep = prepositionAt(
      items.slice(i).map((x) => (x.t === 'word' ? x.w : '')),
      lw,
    )
    if (prep) {
      i += prep.length - 1
      const owner = st.current
      if (prep.join(' ') === lw.genitive && owner && owner.items.length > 0) {
        // "asesinato de +", "plan de paz": the phrase goes on; the genitive splits head from modifiers.
        owner.items.push({ t: 'word', w: lw.genitive })
        owner.open = true
      } else {
        st.current = { name: `prep:${prep.join(' ')}`, preps: [prep], items: [], open: true }
        slots.push(st.current)
      }
      continue
    }
    if (lw.particles.has(w)) {
      const atEnd = items.slice(i + 1).every((x) => x.t === 'mark')
      if ((!st.object && slots.length === 0) || atEnd) {
        particles.push(w)
        if (st.current) st.current.open = false
        continue
      }
    }
    if (lw.articles.has(w)) continue
    if (clauseCheck && lw.clauseWords.has(w))
      throw new Drop('dropped: clause-like (negation or clause word)')
    if (clauseCheck && ctx.isVerb?.(w)) throw new Drop('dropped: clause-like (verb after the verb)')
    content(item)
  }
  const object = st.object as Collector | null
  const shape: Shape = {
    particles,
    object: object ? toSlot(object.items, ctx) : null,
    preps: slots.map((s) => ({ prep: s.name.slice(5), ...toSlot(s.items, ctx) })),
    subject: null,
  }
  if (marks.source) shape.sourceSlot = marks.source
  if (marks.target) shape.targetSlot = marks.target
  return expandAlternatives(
    shape,
    slots.map((s) => s.preps ?? []),
  )
}

/** Expands alternative prepositions (`(TO/FOR PROTEST)`) into one shape each. */
export function expandAlternatives(shape: Shape, alternatives: readonly string[][][]): Shape[] {
  let out: Shape[] = [shape]
  alternatives.forEach((alts, k) => {
    if (alts.length < 2) return
    out = out.flatMap((s) =>
      alts.map((a) => {
        const prep = a.join(' ')
        const preps = s.preps.map((p, j) => (j === k ? { ...p, prep } : p))
        const rename = (slot?: string) =>
          slot === `prep:${s.preps[k]?.prep}` ? `prep:${prep}` : slot
        const next: Shape = { ...s, preps }
        const src = rename(s.sourceSlot)
        const tgt = rename(s.targetSlot)
        if (src) next.sourceSlot = src
        if (tgt) next.targetSlot = tgt
        return next
      }),
    )
  })
  return out
}

/**
 * A noun phrase's items as a slot: articles go, the genitive splits the head part from
 * the rest, the head is the first (Spanish, past prenominal adjectives) or last (English)
 * content item, every other content item is a modifier. No items: any phrase (`heads: []`).
 */
export function toSlot(items: readonly Item[], ctx: PhraseContext): CameoSlot {
  const lw = ctx.words
  const flat: Item[] = []
  const flatten = (xs: readonly Item[]) => {
    for (const x of xs)
      if (x.t === 'np' || x.t === 'pp' || x.t === 'prt') flatten(x.items)
      else flat.push(x)
  }
  flatten(items)
  const isContent = (x: Item) =>
    (x.t === 'word' &&
      !lw.articles.has(x.w) &&
      !lw.prepositions.has(lw.contractions.get(x.w) ?? x.w)) ||
    (x.t === 'syn' && !isArticleSyn(ctx, x.label))
  const split = flat.findIndex(
    (x) => x.t === 'word' && (lw.contractions.get(x.w) ?? x.w) === lw.genitive,
  )
  const headPart = (split < 0 ? flat : flat.slice(0, split)).filter(isContent)
  const tail = (split < 0 ? [] : flat.slice(split + 1)).filter(isContent)
  if (headPart.length === 0) {
    if (tail.length > 0) throw new Drop('dropped: unparseable (modifier without a head)')
    return { heads: [], mods: [] }
  }
  let h = headPart.length - 1
  if (lw.headFirst) {
    const k = headPart.findIndex((x) => !(x.t === 'word' && lw.prenominal.has(x.w)))
    h = k < 0 ? headPart.length - 1 : k
  }
  const head = headPart[h] as Item
  const slot: CameoSlot = { heads: [], mods: [] }
  if (head.t === 'syn') {
    slot.heads = [...(findSynset(ctx.synsets, head.label) ?? [])]
    slot.syn = head.label
  } else if (head.t === 'word') slot.heads = [head.w]
  const modSyns: CameoModSyn[] = []
  for (const x of [...headPart.slice(0, h), ...headPart.slice(h + 1), ...tail]) {
    if (x.t === 'word' && !slot.mods.includes(x.w)) slot.mods.push(x.w)
    if (x.t === 'syn')
      modSyns.push({ syn: x.label, words: [...(findSynset(ctx.synsets, x.label) ?? [])] })
  }
  if (modSyns.length) slot.modSyns = modSyns
  return slot
}

/** The number of words and synsets a shape asks for: P1 strings longer than a few are clauses. */
export function contentCount(items: readonly Item[], lw: LangWords): number {
  let n = 0
  for (const x of items) {
    if (x.t === 'word' && !lw.articles.has(x.w)) n++
    else if (x.t === 'syn') n++
    else if (x.t === 'np' || x.t === 'pp' || x.t === 'prt')
      n += contentCount(x.items, lw) + (x.t === 'np' ? 0 : 1)
  }
  return n
}
