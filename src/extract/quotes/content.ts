/** Where reported content starts and ends inside a sentence. */
import type { Sentence, Token } from '../../doc/index.js'
import type { QuoteContext } from './context.js'
import { COORDINATOR } from './direct.js'

/** Words of content before a comma, colon or semicolon may end the reported proposition. */
const MIN_CONTENT_WORDS = 5
export const THAT = /^(that|que)$/i

export function findToken(ctx: QuoteContext, from: number, to: number, text: string): number {
  for (let k = from; k < to; k++) if (ctx.token(k)?.text === text) return k
  return -1
}

export function wordCount(ctx: QuoteContext, k: number, end: number): number {
  let n = 0
  for (let j = k; (ctx.token(j)?.end ?? Number.POSITIVE_INFINITY) <= end; j++)
    if (ctx.token(j)?.word) n++
  return n
}

/**
 * The end of the reported proposition that starts at token `k`: the sentence end,
 * a semicolon, or a comma followed by an adjunct ("…, including …", "…, not only …").
 */
export function contentEnd(ctx: QuoteContext, s: Sentence, k: number): number {
  let words = 0
  let end = (ctx.token(k) as Token).start
  for (let j = k; j < s.endToken; j++) {
    const t = ctx.token(j) as Token
    const quoted = ctx.insideQuote(t.start)
    if (!quoted && words > 0 && (saysMore(ctx, j) || t.text === ';')) return end
    if (!quoted && words >= MIN_CONTENT_WORDS) {
      if (t.text === ',' && ctx.lex.contentBreaks.longestLower(ctx.doc.tokens, j + 1)) return end
    }
    if (/^[.!?]$/.test(t.text) && !quoted) return end
    if (t.word) words++
    end = t.end
  }
  return end
}

/**
 * "…, pero advierte que", "… y pide que", "…, although she conceded": a comma or a
 * conjunction before another speech verb of the same speaker ends the content.
 */
function saysMore(ctx: QuoteContext, j: number): boolean {
  const t = ctx.token(j) as Token
  let m = j
  if (t.text === ',') m++
  if (COORDINATOR.test(ctx.token(m)?.text ?? '')) m++
  if (m === j) return false
  while (ctx.isInterposed(m)) m++
  // "… and several said they …", "… y los analistas creen": a new speaker and its verb of
  // saying end the content.
  const speaker = COORDINATOR.test(ctx.token(m - 1)?.text ?? '') ? newSpeakerEnd(ctx, m) : m
  if (speaker > m) {
    let v = speaker
    while (ctx.isInterposed(v)) v++
    const verb = ctx.cueAt(v)
    if (verb?.cue.type === 'verb' && !/ing$|ndo$/.test(ctx.token(v)?.lower ?? '')) return true
  }
  const cue = ctx.cueAt(m)
  if (cue?.cue.type !== 'verb' || /ing$|ndo$/.test(ctx.token(m)?.lower ?? '')) return false
  // Only a new report ("… that"): a verb that opens a quotation ("and asked: “…”") is left to it.
  for (let k = m + cue.length; k < m + cue.length + 8; k++) {
    const w = ctx.token(k)?.text ?? '.'
    if (THAT.test(w)) return true
    if (/^[.;:!?“”"«»]$/.test(w)) return false
  }
  return false
}

/**
 * "… open for dialog and that he would be happy …", "… y que, por el contrario, …": an
 * additive conjunction and "that" at token `j` (a comma may lead) open a second report of
 * the same verb. The token where its content starts, or -1.
 */
export function secondReport(ctx: QuoteContext, j: number): number {
  let k = ctx.token(j)?.text === ',' ? j + 1 : j
  if (!ctx.lex.eventWords.isLower('coordinator', ctx.token(k)?.lower)) return -1
  k++
  if (!THAT.test(ctx.token(k)?.text ?? '')) return -1
  k++
  while (ctx.token(k)?.text === ',') k++
  return k
}

/** One past a speaker that opens at token `m`: a name, a group ("several", "some analysts") or a pronoun. */
function newSpeakerEnd(ctx: QuoteContext, m: number): number {
  const t = ctx.token(m)
  if (!t?.word) return m
  const found = ctx.speakerAt(m)
  if (found) return found.endToken
  const lower = t.lower
  const pronoun = ctx.lex.pronouns.get(lower)?.case === 'subj'
  return pronoun || ctx.lex.speech.groupQuantifiers.has(lower) ? m + 1 : m
}

/** Where the content of a sentence starts, after an opening connective ("However,"). */
export function contentStart(ctx: QuoteContext, s: Sentence): number {
  const first = ctx.token(s.firstToken) as Token
  const second = ctx.token(s.firstToken + 1)
  if (second?.text === ',' && ctx.lex.functionWords.has(first.text.toLowerCase()))
    return (ctx.token(s.firstToken + 2) as Token).start
  return first.start
}
