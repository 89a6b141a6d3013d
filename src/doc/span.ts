import type { Span } from './doc.js'

export const slice = (text: string, span: Span): string => text.slice(span.start, span.end)

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/** `inner` lies entirely inside `outer`. */
export const within = (inner: Span, outer: Span): boolean =>
  inner.start >= outer.start && inner.end <= outer.end
