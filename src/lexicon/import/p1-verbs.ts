import {
  contentCount,
  Drop,
  type Item,
  isVerbSyn,
  type PhraseContext,
  readAfterVerb,
  type Shape,
} from './phrase.js'

/** P1 strings longer than this many words are TABARI clause patterns, not slots. */
export const P1_MAX_WORDS = 5

/**
 * Reads a PETRARCH-1/TABARI pattern (`verbpatterns_es_190128.txt`): a linear string of
 * words outwards from `*`. Only what maps onto a dependency slot is kept: before `*`
 * nothing but `$`/`+` (an auxiliary synset is dropped: it is the verb's own auxiliary);
 * after it an optional object noun and `PREP NOUN` pairs. `%`, `^`, verbs, negations and
 * strings of more than five words are clauses: `Drop`.
 */
export function readP1Pattern(body: string, ctx: PhraseContext): Shape[] {
  const toks = body
    .replace(/\*/g, ' * ')
    .replace(/_/g, ' ')
    .split(/\s+/)
    .filter((t) => t)
  if (toks.some((t) => /[(){}[\]]/.test(t))) throw new Drop('dropped: unparseable (brackets in P1)')
  const star = toks.indexOf('*')
  if (star < 0 || toks.lastIndexOf('*') !== star)
    throw new Drop('dropped: unparseable (no single "*")')
  const marks: Pick<Shape, 'sourceSlot' | 'targetSlot'> = {}
  for (const t of toks.slice(0, star)) {
    if (t === '$') marks.sourceSlot = 'subject'
    else if (t === '+') marks.targetSlot = 'subject'
    else if (t.startsWith('&') && isVerbSyn(t)) ctx.note('auxiliary synset before the verb ignored')
    else throw new Drop('dropped: clause-like P1 (words before "*")')
  }
  const items: Item[] = toks.slice(star + 1).map((t) => {
    if (t === '$' || t === '+' || t === '^' || t === '%') return { t: 'mark', m: t }
    if (t.startsWith('&')) return { t: 'syn', label: t }
    if (!/[\p{L}\p{N}]/u.test(t)) throw new Drop('dropped: unparseable (stray mark)')
    return { t: 'word', w: t.toLowerCase() }
  })
  if (contentCount(items, ctx.words) > P1_MAX_WORDS)
    throw new Drop(`dropped: clause-like P1 (more than ${P1_MAX_WORDS} words)`)
  return readAfterVerb(items, ctx, true).map((s) => {
    const shape: Shape = { ...s }
    for (const key of ['sourceSlot', 'targetSlot'] as const) {
      const pre = marks[key]
      if (!pre) continue
      if (shape[key]) throw new Drop('dropped: unparseable (two source or target marks)')
      shape[key] = pre
    }
    return shape
  })
}
