import { countStartingBefore, type Span } from '../../doc/index.js'

/** Text between quotation marks, without the marks. */
export interface QuotedSpan extends Span {
  /** Offset of the opening mark, and one past the closing mark (or the paragraph end when unclosed). */
  outerStart: number
  outerEnd: number
  closed: boolean
  /** Dialogue speech: `open` starts the paragraph, `resume` follows a narrator's aside. */
  dialogue?: 'open' | 'resume'
  /** Where the narrator's aside after a dialogue span ends (its closing dash or the paragraph end). */
  asideEnd?: number
}

const OPEN = new Set(['“', '«', '„'])
const CLOSE = new Set(['”', '»'])
const MARKS = /[“«„”»"\n]/g

/**
 * Quotations in `text`: spans between quotation marks and, when the language writes
 * dialogue with a dash (`dialogueDash`), the speech of dialogue paragraphs. Marks
 * nested inside dialogue belong to it.
 */
export function findQuotedSpans(text: string, dialogueDash: string | null = null): QuotedSpan[] {
  const marked = findMarkedSpans(text)
  if (!dialogueDash) return marked
  const dialogue = findDialogueSpans(text, dialogueDash)
  const inDialogue = (q: QuotedSpan) => {
    // Dialogue spans follow one another: only the last to start at or before q can hold it.
    const d = dialogue[countStartingBefore(dialogue, q.start + 1) - 1]
    return !!d && q.end <= d.end
  }
  return [...marked.filter((q) => !inDialogue(q)), ...dialogue].sort((a, b) => a.start - b.start)
}

/**
 * Pairs quotation marks paragraph by paragraph. Curly and angle marks pair by
 * direction; straight double quotes alternate. An opening mark inside an open
 * quotation closes the first one there (translations leave such marks unbalanced);
 * a quotation still open at the paragraph end closes there (multi-paragraph quotes
 * reopen on the next paragraph); a stray closing mark is ignored.
 */
function findMarkedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = []
  let open: { at: number; mark: string } | null = null
  const close = (end: number, outerEnd: number, closed: boolean) => {
    if (!open) return
    let s = open.at + 1
    let e = end
    while (s < e && /\s/.test(text.charAt(s))) s++
    while (e > s && /\s/.test(text.charAt(e - 1))) e--
    if (e > s) out.push({ start: s, end: e, outerStart: open.at, outerEnd, closed })
    open = null
  }
  MARKS.lastIndex = 0
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index
    const ch = m[0]
    if (ch === '\n') {
      close(i, i, false)
      continue
    }
    if (OPEN.has(ch)) {
      if (open) close(i, i, false)
      open = { at: i, mark: ch }
    } else if (CLOSE.has(ch)) {
      if (open && open.mark !== '"') close(i, i + 1, true)
    } else if (ch === '"') {
      if (open?.mark === '"') close(i, i + 1, true)
      else if (!open && /\S/.test(text.charAt(i + 1))) open = { at: i, mark: ch }
    }
  }
  close(text.length, text.length, false)
  return out
}

/**
 * Dialogue written with dashes: a paragraph that opens with the dash is speech; a dash
 * inside it opens the narrator's aside ("—Es tarde —dijo Ana—."), and speech resumes
 * after the dash that closes the aside ("—. Vámonos.").
 */
function findDialogueSpans(text: string, dash: string): QuotedSpan[] {
  const out: QuotedSpan[] = []
  let at = 0
  for (const para of text.split('\n')) {
    const lead = para.length - para.trimStart().length
    if (para.startsWith(dash, lead)) dialogueTurn(text, at + lead, at + para.length, dash, out)
    at += para.length + 1
  }
  return out
}

function dialogueTurn(text: string, from: number, to: number, dash: string, out: QuotedSpan[]) {
  let pos = from + dash.length
  let outerStart = from
  let dialogue: 'open' | 'resume' = 'open'
  // Searching the paragraph only: a search of the whole text per paragraph is quadratic.
  const upTo = text.slice(0, to)
  while (pos < to) {
    const open = upTo.indexOf(dash, pos)
    const speechEnd = open < 0 ? to : open
    const close = speechEnd < to ? upTo.indexOf(dash, speechEnd + dash.length) : -1
    const closed = close >= 0 && close < to
    let s = pos
    let e = speechEnd
    while (s < e && /\s/.test(text.charAt(s))) s++
    while (e > s && /\s/.test(text.charAt(e - 1))) e--
    const outerEnd = speechEnd < to ? speechEnd + dash.length : to
    if (e > s)
      out.push({
        start: s,
        end: e,
        outerStart,
        outerEnd,
        closed: true,
        dialogue,
        ...(speechEnd < to ? { asideEnd: closed ? close : to } : {}),
      })
    if (!closed) return
    outerStart = close
    pos = close + dash.length
    while (pos < to && /[\s.,;:]/.test(text.charAt(pos))) pos++
    dialogue = 'resume'
  }
}
