import { InputError } from '../errors.js'

/** An article as read from its source, before analysis. */
export interface ArticleInput {
  /** Where it came from: a path, `path:line` for JSON Lines, or `-` for stdin. */
  origin: string
  text: string
  id?: string | null
  title?: string | null
  published?: string | null
  language?: string | null
  url?: string | null
  source?: string | null
  byline?: string | null
}

const TEXT_FIELDS = ['text', 'body', 'content'] as const

/** Validates one JSON article object (`{"text", "title", "published", …}`). */
export function fromJsonObject(value: unknown, file: string, line?: number): ArticleInput {
  const at = line === undefined ? {} : { line }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(file, 'expected a JSON object with a "text" field', at)
  }
  const obj = value as Record<string, unknown>
  const textField = TEXT_FIELDS.find((f) => typeof obj[f] === 'string')
  const text = textField ? (obj[textField] as string) : ''
  if (!text.trim()) throw new InputError(file, 'the article has no "text" (a non-empty string)', at)
  const str = (key: string): string | null => {
    const v = obj[key]
    if (v === undefined || v === null) return null
    if (typeof v === 'string' || typeof v === 'number') return String(v)
    throw new InputError(file, `"${key}" must be a string`, at)
  }
  return {
    origin: line === undefined ? file : `${file}:${line}`,
    text,
    id: str('id'),
    title: str('title'),
    published: str('published') ?? str('date'),
    language: str('language') ?? str('lang'),
    url: str('url'),
    source: str('source'),
  }
}
