import { parseArgs } from 'node:util'
import type { Lang, Unrealized } from '../doc/index.js'
import { UsageError } from '../errors.js'
import { parseIsoDate } from '../extract/article.js'
import { DEFAULT_MAX_SECONDS } from '../extract/pool.js'
import { LANGS } from '../lexicon/langs.js'

type Spec = NonNullable<Parameters<typeof parseArgs>[0]>['options']

/** `parseArgs` with usage errors that say which option was wrong. */
export function parseOptions<O extends Spec>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional.*$/s, ''))
  }
}

export function langOption(value: string | undefined): Lang | 'auto' {
  const lang = value ?? 'auto'
  if (lang !== 'auto' && !LANGS.includes(lang))
    throw new UsageError(`--lang must be ${LANGS.join(', ')} or auto (got "${lang}")`)
  return lang
}

export function dateOption(value: string | undefined, name: string): string | null {
  if (value === undefined) return null
  const date = parseIsoDate(value)
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(value.trim()))
    throw new UsageError(`${name} must be a date like 2024-11-13 (got "${value}")`)
  return date
}

export function sizeOption(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const mb = Number(value)
  if (!Number.isFinite(mb) || mb <= 0)
    throw new UsageError(`--max-size must be a positive number of megabytes (got "${value}")`)
  return Math.round(mb * 1024 * 1024)
}

/** The options that add events which did not happen: `--include-negated`, `--include-hypothetical`. */
export const UNREALIZED_OPTIONS = {
  'include-negated': { type: 'boolean' },
  'include-hypothetical': { type: 'boolean' },
} as const

export function unrealizedOption(values: {
  'include-negated'?: boolean
  'include-hypothetical'?: boolean
}): Unrealized {
  return { negated: values['include-negated'], hypothetical: values['include-hypothetical'] }
}

/** `--beam K`: how many parses the parser keeps open (1, the default, parses greedily). */
export function beamOption(value: string | undefined): number {
  if (value === undefined) return 1
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--beam must be a whole number from 1 to 64 (got "${value}")`)
  return n
}

/** `--workers N`: threads to spread the work over, 0 for none. */
export function workersOption(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new UsageError(`--workers must be a whole number from 0 to 64 (got "${value}")`)
  return n
}

/**
 * `--max-seconds S`: the time an article may take before it is reported as too slow and
 * skipped; 0 for no limit. Only articles analysed on worker threads can be stopped.
 */
export function maxSecondsOption(value: string | undefined, workers: number): number {
  if (value === undefined) return workers > 0 ? DEFAULT_MAX_SECONDS : 0
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(
      `--max-seconds must be a number of seconds, 0 for no limit (got "${value}")`,
    )
  if (n > 0 && workers === 0)
    throw new UsageError(
      '--max-seconds needs --workers 1 or more: an article analysed in the main thread cannot be stopped',
    )
  return n
}
