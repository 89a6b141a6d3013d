import type { Span } from '../../doc/index.js'

/** Text between quotation marks, without the marks. */
export interface QuotedSpan extends Span {
  /** Offset of the opening mark, and one past the closing mark (or the paragraph end when unclosed). */
  outerStart: number
  outerEnd: number
  closed: boolean
}

const OPEN = new Set(['“', '«', '„'])
const CLOSE = new Set(['”', '»'])
const MARKS = /[“«„”»"\n]/g

/**
 * Pairs quotation marks paragraph by paragraph. Curly and angle marks pair by
 * direction; straight double quotes alternate. An opening mark inside an open
 * quotation closes the first one there (translations leave such marks unbalanced);
 * a quotation still open at the paragraph end closes there (multi-paragraph quotes
 * reopen on the next paragraph); a stray closing mark is ignored.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
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
