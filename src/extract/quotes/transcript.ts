import type { Token } from '../../doc/index.js'
import type { Draft } from '../entities/index.js'
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
  return [...labelledTurns(ctx), ...interviewAnswers(ctx)]
}

function labelledTurns(ctx: QuoteContext): Turn[] {
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
    if (interviewLabel(ctx, text.slice(label.start, label.end))) continue
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

type Label = 'question' | 'answer'

/** "P", "Pregunta", "Q", "ANSWER": an interview label, in any case. */
function interviewLabel(ctx: QuoteContext, word: string): Label | null {
  const { questionLabels, answerLabels } = ctx.lex.speech
  const same = (set: ReadonlySet<string>) =>
    [...set].some((l) => l.localeCompare(word, undefined, { sensitivity: 'accent' }) === 0)
  return same(questionLabels) ? 'question' : same(answerLabels) ? 'answer' : null
}

/**
 * A question-and-answer interview: paragraphs open with a label and a period or colon
 * ("P. ¿…?" / "R. …", "Q: …" / "A: …"). The answers are the interviewee's, the person
 * the introduction names most often; the questions are the outlet's and are left out.
 */
function interviewAnswers(ctx: QuoteContext): Turn[] {
  const { text } = ctx.doc
  const turns: {
    label: Label
    start: number
    end: number
    span: { start: number; end: number }
  }[] = []
  let at = 0
  for (const para of text.split('\n')) {
    const m = /^\s*(\p{L}+)\s?[.:]\s+(?=\S)/u.exec(para)
    const label = m?.[1] ? interviewLabel(ctx, m[1]) : null
    if (m && label) {
      const start = at + para.indexOf(m[1] as string)
      const body = para.slice(m[0].length).trimEnd()
      turns.push({
        label,
        start: at + m[0].length,
        end: at + m[0].length + body.length,
        span: { start, end: start + (m[1] as string).length },
      })
    }
    at += para.length + 1
  }
  const first = turns[0]
  if (
    !first ||
    !turns.some((t) => t.label === 'question') ||
    !turns.some((t) => t.label === 'answer')
  )
    return []
  const guest = interviewee(ctx, first.start)
  return turns
    .filter((t) => t.label === 'answer')
    .map((t) => ({
      start: t.start,
      end: t.end,
      label: t.span,
      speaker: guest && { ...guest, start: t.span.start, end: t.span.end },
    }))
}

/** The person named most often before the first turn (the earlier one on a tie). */
function interviewee(ctx: QuoteContext, before: number): Speaker | null {
  let best: { d: Draft; n: number; first: number } | null = null
  for (const d of ctx.entities.registry.drafts) {
    if (d.kind !== 'person') continue
    const starts = d.mentions.filter((m) => m.start < before).map((m) => m.start)
    if (!starts.length) continue
    const first = Math.min(...starts)
    if (!best || starts.length > best.n || (starts.length === best.n && first < best.first))
      best = { d, n: starts.length, first }
  }
  if (!best) return null
  const { d } = best
  return { draft: d, name: d.lexiconName ?? d.name, start: 0, end: 0, endToken: 0 }
}
