import type { Doc, Sentence, Token } from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import { type Found, isType } from './cues.js'

/**
 * One forward-looking clause of a sentence. `from`/`to` bound its region (the
 * tokens between the splits around it, where its horizon may stand: "In the long
 * run, these deals tend to collapse"); `startToken`/`endToken` bound the statement
 * itself; `scopeEnd` is where the words that give its polarity stop (before
 * "because …", "if …").
 */
export interface Clause {
  readonly modals: readonly Found[]
  /** The modal that sets the modality: "unlikely" first, then a strong one ("likely" over "will"). */
  readonly head: Found
  readonly from: number
  readonly to: number
  readonly startToken: number
  readonly endToken: number
  readonly scopeEnd: number
}

const BREAK = /^[,;:—]$/
const BOUNDARY = /^[,;:“”"«»—]$/
const CLOSING = /^[.!?”"»,;:]$/

/**
 * The clauses of a sentence, one per group of modal cues. Modals with no comma,
 * semicolon or "but" between them ("will likely remain") are one group; a break
 * between two groups ("could help …, but in the long run it will …") splits the
 * sentence at the last break before the second.
 */
export function clausesOf(doc: Doc, lex: Lexicon, s: Sentence, cues: readonly Found[]): Clause[] {
  const groups: Found[][] = []
  for (const m of cues.filter(isType('modal'))) {
    const last = groups.at(-1)
    const prev = last?.at(-1)
    if (last && prev && lastBreak(doc, cues, prev.first + prev.length, m.first) < 0) last.push(m)
    else groups.push([m])
  }
  const cuts = [s.firstToken]
  for (let i = 1; i < groups.length; i++) {
    const prev = (groups[i - 1] as Found[]).at(-1) as Found
    cuts.push(lastBreak(doc, cues, prev.first + prev.length, (groups[i] as Found[])[0]?.first ?? 0))
  }
  cuts.push(s.endToken)
  return groups.map((modals, i) => {
    const from = cuts[i] as number
    const to = cuts[i + 1] as number
    const first = modals[0] as Found
    const endToken = spanEnd(doc, lex, cues, first, to)
    const head = headOf(modals.filter((m) => m.first < endToken))
    return {
      modals,
      head,
      from,
      to,
      startToken: spanStart(doc, lex, cues, from, first.first),
      endToken,
      scopeEnd: scopeEnd(cues, head, to),
    }
  })
}

function headOf(modals: readonly Found[]): Found {
  return (
    modals.find((m) => m.cue.value === 'unlikely') ??
    modals.find((m) => !m.cue.needs) ??
    (modals[0] as Found)
  )
}

/** The last break token in [from, to): punctuation or a contrast word ("but", "pero"); -1 if none. */
function lastBreak(doc: Doc, cues: readonly Found[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    if (BREAK.test((doc.tokens[k] as Token).text)) return k
    if (cues.some((c) => c.first === k && c.cue.type === 'link' && c.cue.value === 'contrast'))
      return k
  }
  return -1
}

/**
 * Back from the modal to the nearest clause boundary: a comma, colon, quotation
 * mark, or a "that" that opens reported content ("warned that", "but that"); a
 * relative "that" ("the money that arrives will fall") opens none.
 */
function spanStart(doc: Doc, lex: Lexicon, cues: readonly Found[], from: number, modal: number) {
  for (let k = modal - 1; k >= from; k--) {
    if (BOUNDARY.test((doc.tokens[k] as Token).text) || opensContent(doc, lex, cues, k))
      return skipLinks(doc, cues, k + 1, modal)
  }
  return skipLinks(doc, cues, from, modal)
}

function opensContent(doc: Doc, lex: Lexicon, cues: readonly Found[], k: number): boolean {
  if (!cues.some((c) => c.first === k && c.cue.type === 'link' && c.cue.value === 'that'))
    return false
  const before = doc.tokens[k - 1]
  if (!before) return false
  if (BOUNDARY.test(before.text)) return true
  if (
    cues.some((c) => c.first + c.length === k && (c.cue.type === 'link' || c.cue.type === 'modal'))
  )
    return true
  // A verb of saying or thinking ends right before it: "said that", "points out that".
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const m = lex.speechCues.longestLower(doc.tokens, j)
    if (m && j + m.length === k && m.values.some((v) => v.type === 'verb')) return true
  }
  return false
}

/** Past leading breaks, links and answer marks: "…, but in the long run it will …" starts at "in". */
function skipLinks(doc: Doc, cues: readonly Found[], k: number, modal: number): number {
  while (k < modal) {
    const link = cues.find((c) => c.first === k && (c.cue.type === 'link' || c.cue.type === 'turn'))
    if (link) k += link.length
    else if (BREAK.test((doc.tokens[k] as Token).text)) k++
    else break
  }
  return k
}

/** The statement runs to its region's end, a semicolon, an adjunct ("…, including …") or a reason ("because …"). */
function spanEnd(doc: Doc, lex: Lexicon, cues: readonly Found[], head: Found, to: number): number {
  let end = to
  for (let k = head.first + head.length; k < to; k++) {
    const t = doc.tokens[k] as Token
    if (t.text === ';' || (t.text === ',' && lex.contentBreaks.longestLower(doc.tokens, k + 1))) {
      end = k
      break
    }
    if (cues.some((c) => c.first === k && c.cue.type === 'scope' && c.cue.value === 'reason')) {
      end = k
      break
    }
  }
  while (end > head.first + head.length && CLOSING.test((doc.tokens[end - 1] as Token).text)) end--
  return end
}

/**
 * Polarity reads on past the statement (what an adjunct adds, "…, possibly much
 * more inhuman", counts) but not into a reason or a condition: "friction …, because
 * China sees an opportunity" is no mixed outlook.
 */
function scopeEnd(cues: readonly Found[], head: Found, to: number): number {
  const cut = cues.find((c) => c.cue.type === 'scope' && c.first > head.first && c.first < to)
  return cut ? cut.first : to
}
