import { createHash } from 'node:crypto'
import type { ArticleInput } from '../ingest/article-input.js'
import { normaliseText } from '../ingest/normalise.js'

/** The article's id: the one it carries, else the SHA-256 of its normalised text. */
export function articleId(input: ArticleInput, normalised = normaliseText(input.text)): string {
  return input.id ?? createHash('sha256').update(normalised).digest('hex')
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

/** A real calendar date `YYYY-MM-DD`, or null. Accepts a full timestamp and keeps its date. */
export function parseIsoDate(value: string | null | undefined): string | null {
  const m = value?.trim().match(ISO_DATE)
  if (!m) return null
  const [, y, mo, d] = m
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  const iso = `${y}-${mo}-${d}`
  return date.toISOString().slice(0, 10) === iso ? iso : null
}
