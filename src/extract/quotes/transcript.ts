import type { Token } from '../../doc/index.js'
import type { QuoteContext, Speaker } from './context.js'

export interface Turn {
  start: number
  end: number
  speaker: Speaker | null
  label: { start: number; end: number }
}

/**
 * Transcript turns: a paragraph that opens with an upper-case speaker label and a
 * colon ("PAZ: Less than it was promised …", "HILL TINOCO: …") is that speaker's
 * direct speech. The label resolves like any name ("Paz" → Julio Paz).
 */
export function findTurns(ctx: QuoteContext): Turn[] {
  const out: Turn[] = []
  const { sentences, tokens, text } = ctx.doc
  let paragraph = -1
  for (const s of sentences) {
    if (s.paragraph === paragraph) continue
    paragraph = s.paragraph
    let k = s.firstToken
    while (k < s.endToken && k - s.firstToken < 4 && isLabelWord(tokens[k] as Token)) k++
    if (k === s.firstToken || (tokens[k] as Token | undefined)?.text !== ':') continue
    const label = { start: s.start, end: (tokens[k - 1] as Token).end }
    const end = paragraphEnd(ctx, s.paragraph, s.index)
    const first = tokens[k + 1]
    if (!first || first.start >= end) continue
    out.push({
      start: first.start,
      end,
      speaker: resolveLabel(ctx, text.slice(label.start, label.end), label),
      label,
    })
  }
  return out
}

const isLabelWord = (t: Token): boolean =>
  t.word && t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text)

function paragraphEnd(ctx: QuoteContext, paragraph: number, from: number): number {
  let end = 0
  for (let i = from; i < ctx.doc.sentences.length; i++) {
    const s = ctx.doc.sentences[i]
    if (!s || s.paragraph !== paragraph) break
    end = s.end
  }
  return end
}

function resolveLabel(
  ctx: QuoteContext,
  label: string,
  span: { start: number; end: number },
): Speaker | null {
  const titled = label.toLowerCase().replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase())
  const draft = ctx.entities.registry.find(titled) ?? ctx.entities.registry.find(label)
  if (draft)
    return {
      draft,
      name: draft.lexiconName ?? draft.name,
      start: span.start,
      end: span.end,
      endToken: ctx.tokenFrom(span.end),
    }
  return {
    draft: null,
    name: label.toLowerCase(),
    start: span.start,
    end: span.end,
    endToken: ctx.tokenFrom(span.end),
  }
}
