import {
  Drop,
  type Item,
  type PhraseContext,
  prepositionAt,
  readAfterVerb,
  type Shape,
  toSlot,
} from './phrase.js'

/**
 * Reads a PETRARCH-2 pattern (`CAMEO.2.0.txt`, `Verbs_ESP_full_20171114.txt`), the part
 * between `-` and the code: `[subject] * [object] [(PREP NOUN) …]`, nouns bare, as
 * `{MOD HEAD}` or `&SYNSET`. A word joined by `_` stays one multi-word head. Bare words
 * after the verb are read as P1 does (`* UP RESISTANCE`: particle, then object).
 * Throws `Drop` with the reason when the pattern fits no slot.
 */
export function readP2Pattern(body: string, ctx: PhraseContext): Shape[] {
  const sides = body.split('*')
  if (sides.length !== 2) throw new Drop('dropped: unparseable (no single "*")')
  const before = parseItems(tokens(sides[0] ?? ''), ctx)
  const after = parseItems(tokens(sides[1] ?? ''), ctx)
  const subject = readBeforeVerb(before, ctx)
  return readAfterVerb(after, ctx, true).map((s) => {
    const shape: Shape = { ...s, subject: subject.slot }
    for (const key of ['sourceSlot', 'targetSlot'] as const) {
      const pre = subject[key]
      if (!pre) continue
      if (shape[key]) throw new Drop('dropped: unparseable (two source or target marks)')
      shape[key] = pre
    }
    return shape
  })
}

const tokens = (text: string) => text.match(/[(){}]|[^\s(){}]+/g) ?? []

/** A P2 word: lower case, TABARI's trailing `_` dropped, inner `_` a space. */
const p2Word = (raw: string) =>
  raw
    .replace(/^_+|_+$/g, '')
    .replace(/_+/g, ' ')
    .toLowerCase()

function parseItems(toks: readonly string[], ctx: PhraseContext): Item[] {
  const root: Item[] = []
  const stack: { kind: '(' | '{'; items: Item[] }[] = []
  const top = () => stack[stack.length - 1]?.items ?? root
  for (const tok of toks) {
    if (tok === '(' || tok === '{') stack.push({ kind: tok, items: [] })
    else if (tok === ')' || tok === '}') {
      const open = stack.pop()
      if (!open || open.kind !== (tok === ')' ? '(' : '{'))
        throw new Drop('dropped: unparseable (unbalanced brackets)')
      top().push(open.kind === '(' ? prepPhrase(open.items, ctx) : { t: 'np', items: open.items })
    } else if (tok === '$' || tok === '+' || tok === '^' || tok === '%')
      top().push({ t: 'mark', m: tok })
    else if (tok.startsWith('&')) top().push({ t: 'syn', label: tok })
    else if (/[\p{L}\p{N}]/u.test(tok)) top().push({ t: 'word', w: p2Word(tok) })
    else throw new Drop('dropped: unparseable (stray mark)')
  }
  if (stack.length) throw new Drop('dropped: unparseable (unbalanced brackets)')
  return root
}

/** `(PREP …)`: its leading words must be a preposition, or alternatives (`TO/FOR`). */
function prepPhrase(written: Item[], ctx: PhraseContext): Item {
  // "(EN_CONTRA_DE_PARTIDO)": a joined first word is a preposition and its phrase.
  const head = written[0]
  const items: Item[] =
    head?.t === 'word' && head.w.includes(' ')
      ? [...head.w.split(' ').map((w): Item => ({ t: 'word', w })), ...written.slice(1)]
      : written
  const first = items[0]
  if (first?.t !== 'word')
    throw new Drop('dropped: unparseable (parenthesis without a preposition)')
  if (ctx.words.particles.has(first.w)) return { t: 'prt', w: first.w, items: items.slice(1) }
  if (first.w.includes('/')) {
    const alts = first.w.split('/').map((p) => prepositionAt([p], ctx.words))
    if (alts.some((a) => !a))
      throw new Drop('dropped: unparseable (parenthesis without a preposition)')
    return { t: 'pp', preps: alts as string[][], items: items.slice(1) }
  }
  const words = items.map((x) => (x.t === 'word' ? x.w : ''))
  const prep = prepositionAt(words, ctx.words)
  if (!prep) throw new Drop('dropped: unparseable (parenthesis without a preposition)')
  return { t: 'pp', preps: [prep], items: items.slice(prep.length) }
}

interface Before {
  slot: Shape['subject']
  sourceSlot?: string
  targetSlot?: string
}

/** What stands before `*`: the subject's head (or an adverb, as P2 allows), `$`, `+`. */
function readBeforeVerb(items: readonly Item[], ctx: PhraseContext): Before {
  const out: Before = { slot: null }
  const nouns: Item[] = []
  for (const x of items) {
    if (x.t === 'pp') throw new Drop('dropped: prepositional phrase before the verb')
    if (x.t === 'mark') {
      if (x.m === '^' || x.m === '%') throw new Drop('dropped: clause-like (marks before the verb)')
      out[x.m === '$' ? 'sourceSlot' : 'targetSlot'] = 'subject'
    } else if (x.t === 'word' && ctx.words.prepositions.has(x.w))
      throw new Drop('dropped: prepositional phrase before the verb')
    else nouns.push(x)
  }
  if (nouns.length || out.sourceSlot || out.targetSlot) out.slot = toSlot(nouns, ctx)
  if (out.slot && out.slot.heads.length === 0 && !out.sourceSlot && !out.targetSlot) out.slot = null
  return out
}
