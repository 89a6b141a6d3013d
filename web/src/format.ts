import type { Evidence } from './types.js'

export const QUAD_LABELS = [
  'Verbal cooperation',
  'Material cooperation',
  'Verbal conflict',
  'Material conflict',
] as const

export const quadLabel = (q: number): string => QUAD_LABELS[q - 1] ?? `QuadClass ${q}`

export const HORIZON_LABELS = {
  short: 'Short term',
  long: 'Long term',
  unspecified: 'No stated horizon',
} as const

/** "BBC News, 2025-03-16" — or the title when there is no outlet. */
export function citation(e: Evidence): string {
  const who = e.source ?? e.title ?? 'article'
  return `${who.length > 60 ? `${who.slice(0, 57)}…` : who}, ${e.published}`
}

export const oneLine = (text: string, max = 280): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

export const plural = (n: number, word: string, many = `${word}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? word : many}`

/** A URL from an article is shown as a link only when it is plain http(s). */
export const safeUrl = (url: string | null): string | null =>
  url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null
