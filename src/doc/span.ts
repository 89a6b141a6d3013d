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

/**
 * Finds, among spans sorted by start, the first one (in their order) that starts at or
 * before one offset and ends after another, by binary search over the running maximum
 * of their ends rather than a scan: the first span whose end passes `after` is the
 * first at which that maximum does.
 *
 * @example new SpanFinder(quotes).first(offset, offset) // the first quote holding `offset`
 */
export class SpanFinder<T extends Span> {
  private readonly maxEnd: Float64Array

  constructor(readonly items: readonly T[]) {
    this.maxEnd = new Float64Array(items.length)
    let max = Number.NEGATIVE_INFINITY
    items.forEach((x, i) => {
      max = Math.max(max, x.end)
      this.maxEnd[i] = max
    })
  }

  /** The first span with `start <= startAtMost` and `end > after`. */
  first(startAtMost: number, after: number): T | undefined {
    const { maxEnd } = this
    let lo = 0
    let hi = maxEnd.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((maxEnd[mid] as number) > after) hi = mid
      else lo = mid + 1
    }
    const x = this.items[lo]
    return x && x.start <= startAtMost ? x : undefined
  }
}
