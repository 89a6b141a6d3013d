import { countryName, resolveActor } from '../analyze/index.js'
import type { EntityKind } from '../doc/index.js'
import { ENTITY_KINDS } from '../doc/index.js'
import { UsageError } from '../errors.js'
import { textTable } from '../report/index.js'
import type { StoredQuote } from '../store/index.js'
import { parseOptions } from './options.js'
import { outputFormat, rangeOptions, storeOption } from './store-options.js'
import { writeOut } from './write.js'

const FORMATS = ['table', 'json'] as const

function limitOption(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--limit must be a positive whole number (got "${value}")`)
  return n
}

/** `dyad quotes --db FILE [--speaker NAME] [--about ACTOR] [--topic T]`: who said what. */
export async function runQuotes(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    db: { type: 'string' },
    speaker: { type: 'string' },
    about: { type: 'string' },
    topic: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
  })
  const format = outputFormat(values.format, FORMATS)
  const range = rangeOptions(values)
  const limit = limitOption(values.limit, 50)
  const store = await storeOption(values.db, 'quotes')
  try {
    const speaker = values.speaker
      ? (await store.findEntities(values.speaker, { limit: 5 })).map((e) => e.id)
      : undefined
    if (speaker && !speaker.length)
      throw new UsageError(`no speaker in the store matches "${values.speaker}"`)
    const about = values.about
      ? (await resolveActor(store, values.about)).side.countries
      : undefined
    const quotes = await store.quotes({ ...range, speaker, about, topic: values.topic, limit })
    await writeOut(format === 'json' ? jsonLines(quotes) : quoteTable(quotes))
  } finally {
    await store.close()
  }
  return 0
}

const jsonLines = (rows: readonly unknown[]): string =>
  rows.map((r) => `${JSON.stringify(r)}\n`).join('')

function quoteTable(quotes: readonly StoredQuote[]): string {
  return textTable(
    ['published', 'speaker', 'kind', 'topics', 'quote'],
    quotes.map((q) => [
      q.evidence.published,
      q.speakerName,
      q.kind,
      q.topics.join(','),
      q.evidence.text,
    ]),
    80,
  )
}

/** `dyad actors [NAME] --db FILE [--kind K]`: the store's actors, the most written-about first. */
export async function runActors(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    db: { type: 'string' },
    kind: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
  })
  const format = outputFormat(values.format, FORMATS)
  const kind = values.kind as EntityKind | undefined
  if (kind && !ENTITY_KINDS.includes(kind))
    throw new UsageError(`--kind must be one of ${ENTITY_KINDS.join(', ')} (got "${kind}")`)
  const limit = limitOption(values.limit, 25)
  const store = await storeOption(values.db, 'actors')
  try {
    const query = positionals.join(' ')
    const actors = await store.findEntities(query, { limit, kind })
    await writeOut(
      format === 'json'
        ? jsonLines(actors)
        : textTable(
            ['id', 'name', 'kind', 'country', 'code', 'articles', 'mentions', 'aliases'],
            actors.map((e) => [
              e.id,
              e.name,
              e.kind,
              e.country ? `${e.country} ${countryName(e.country)}` : null,
              e.code,
              e.articles,
              e.mentions,
              e.aliases.join('; '),
            ]),
          ),
    )
  } finally {
    await store.close()
  }
  return 0
}

/** `dyad search TEXT --db FILE`: full-text search over the stored articles. */
export async function runSearch(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    db: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
  })
  if (!positionals.length) throw new UsageError('search needs the words to look for')
  const format = outputFormat(values.format, FORMATS)
  const limit = limitOption(values.limit, 20)
  const store = await storeOption(values.db, 'search')
  try {
    const hits = await store.search(positionals.join(' '), { limit })
    await writeOut(
      format === 'json'
        ? jsonLines(hits)
        : textTable(
            ['published', 'id', 'title', 'snippet'],
            hits.map((h) => [h.published, h.id.slice(0, 16), h.title, h.snippet]),
            70,
          ),
    )
  } finally {
    await store.close()
  }
  return 0
}
