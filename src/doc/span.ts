import type { Span } from './doc.js'

export const slice = (text: string, span: Span): string => text.slice(span.start, span.end)

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/** `inner` lies entirely inside `outer`. */
export const within = (inner: Span, outer: Span): boolean =>
  inner.start >= outer.start && inner.end <= outer.end

/** The index of the first token that starts at or after `offset` (tokens in text order). */
export function firstTokenFrom(tokens: readonly { start: number }[], offset: number): number {
  return countStartingBefore(tokens, offset)
}

/** How many of `items`, sorted by `start`, start before `offset` (by binary search). */
export function countStartingBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((items[mid] as { start: number }).start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
