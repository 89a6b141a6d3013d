import { type Analysis, keepsEvent } from '../doc/index.js'
import { UsageError } from '../errors.js'
import { analyzeArticle } from '../extract/index.js'
import { DEFAULT_MAX_BYTES, readInputs } from '../ingest/index.js'
import {
  csvHeader,
  csvRow,
  EVENT_FORMATS,
  type EventFormat,
  eventRows,
  gdeltHeader,
  gdeltRow,
  ploverRow,
} from '../report/index.js'
import {
  dateOption,
  langOption,
  parseOptions,
  sizeOption,
  UNREALIZED_OPTIONS,
  unrealizedOption,
} from './options.js'
import { rangeOptions, storeOption } from './store-options.js'
import { writeOut } from './write.js'

/**
 * `dyad events FILE…` or `dyad events --db FILE`: the events of the articles, or of the
 * store, as CSV, as a GDELT-2.0-compatible TSV or as PLOVER JSON Lines, streaming one
 * article at a time.
 */
export async function runEvents(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string' },
    published: { type: 'string' },
    fast: { type: 'boolean' },
    lang: { type: 'string' },
    db: { type: 'string' },
    ...UNREALIZED_OPTIONS,
    'max-size': { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  })
  const format = (values.format ?? 'csv') as EventFormat
  if (!EVENT_FORMATS.includes(format))
    throw new UsageError(
      `--format must be one of ${EVENT_FORMATS.join(', ')} (got "${values.format}")`,
    )
  if (values.db && positionals.length)
    throw new UsageError('events reads either article files or --db, not both')
  if (!values.db && positionals.length === 0)
    throw new UsageError('events needs article files, folders or - (or --db FILE) (dyad --help)')
  const published = dateOption(values.published, '--published')
  const lang = langOption(values.lang)
  const maxBytes = sizeOption(values['max-size'], DEFAULT_MAX_BYTES)
  const range = rangeOptions(values)
  const unrealized = unrealizedOption(values)

  if (format === 'csv') await writeOut(csvHeader())
  if (format === 'gdelt') await writeOut(gdeltHeader())
  let sequence = 0
  const write = async (analysis: Analysis) => {
    const text = analysis.article.text
    const rows = eventRows(analysis).filter((r) => keepsEvent(r.event, unrealized))
    let chunk = ''
    for (const r of rows) {
      sequence++
      chunk +=
        format === 'csv'
          ? csvRow(r, text)
          : format === 'gdelt'
            ? gdeltRow(r, sequence)
            : ploverRow(r, text)
    }
    if (chunk) await writeOut(chunk)
  }

  if (values.db) {
    const store = await storeOption(values.db, 'events')
    try {
      for await (const analysis of store.analyses(range)) await write(analysis)
    } finally {
      await store.close()
    }
    return 0
  }
  let failed = 0
  for await (const item of readInputs(positionals, { maxBytes })) {
    if (item.error) {
      failed++
      process.stderr.write(`dyad: ${item.error.message}\n`)
      continue
    }
    let analysis: Analysis
    try {
      analysis = analyzeArticle(item.article, { published, lang, fast: values.fast })
    } catch (err) {
      failed++
      process.stderr.write(`dyad: ${(err as Error).message}\n`)
      continue
    }
    await write(analysis)
  }
  return failed ? 1 : 0
}
