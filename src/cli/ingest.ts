import { availableParallelism } from 'node:os'
import { UsageError } from '../errors.js'
import { articleId } from '../extract/article.js'
import { AnalyzerPool } from '../extract/pool.js'
import { countInputs, DEFAULT_MAX_BYTES, readInputs } from '../ingest/read.js'
import { openStore, type Store, storeName } from '../store/index.js'
import {
  dateOption,
  langOption,
  maxSecondsOption,
  parseOptions,
  sizeOption,
  workersOption,
} from './options.js'
import { Progress } from './progress.js'

/**
 * `dyad ingest PATH… --db FILE`: analyses every article and stores it. Articles already
 * stored are skipped before analysis; a bad file is named and skipped; each article is
 * committed on its own, so an interrupted run keeps everything written before it.
 */
export async function runIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    db: { type: 'string' },
    published: { type: 'string' },
    fast: { type: 'boolean' },
    lang: { type: 'string' },
    'max-size': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    workers: { type: 'string' },
    'max-seconds': { type: 'string' },
  })
  if (!values.db)
    throw new UsageError(
      'ingest needs --db FILE|URL, the store to write: a SQLite file or postgres://… (dyad --help)',
    )
  if (positionals.length === 0)
    throw new UsageError('ingest needs article files, folders, JSON Lines or feeds (dyad --help)')
  const published = dateOption(values.published, '--published')
  const lang = langOption(values.lang)
  const maxBytes = sizeOption(values['max-size'], DEFAULT_MAX_BYTES)
  // Analysing an article (tens of milliseconds with the parse) costs far more than
  // writing it (under a millisecond): every core analyses, this thread writes between.
  const workers = workersOption(values.workers, Math.min(4, availableParallelism()))

  const maxSeconds = maxSecondsOption(values['max-seconds'], workers)
  // The workers load the analyzer while this thread opens the store and reads.
  const pool = new AnalyzerPool(workers, { maxSeconds })
  let store: Store
  try {
    store = openStore(values.db)
  } catch (err) {
    await pool.close()
    throw err
  }
  const total = process.stderr.isTTY && !values.quiet ? await countInputs(positionals) : null
  const progress = new Progress('ingest', total)
  const tally = { added: 0, stored: 0, failed: 0 }
  const fail = (message: string) => {
    tally.failed++
    progress.note(`dyad: ${message}`)
  }
  // Articles in analysis, oldest first: the store writes them in input order.
  const inFlight: { origin: string; outcome: ReturnType<AnalyzerPool['analyze']> }[] = []
  const settle = async (keep: number) => {
    while (inFlight.length > keep) {
      const job = inFlight.shift() as (typeof inFlight)[number]
      const outcome = await job.outcome
      progress.tick()
      if (outcome.error !== undefined) fail(outcome.error)
      else if ((await store.add(outcome.analysis, job.origin)) === 'added') tally.added++
      else tally.stored++
    }
  }
  try {
    for await (const item of readInputs(positionals, { maxBytes })) {
      if (item.error) {
        progress.tick()
        fail(item.error.message)
        continue
      }
      if (await store.has(articleId(item.article))) {
        progress.tick()
        tally.stored++
        continue
      }
      const outcome = pool.analyze(item.article, { published, lang, fast: values.fast })
      inFlight.push({ origin: item.article.origin, outcome })
      await settle(workers * IN_FLIGHT_PER_WORKER)
    }
    await settle(0)
  } finally {
    progress.end()
    await pool.close()
    const counts = await store.counts()
    await store.close()
    if (!values.quiet) {
      const secs = progress.elapsed
      process.stderr.write(
        `ingested ${tally.added} article${tally.added === 1 ? '' : 's'}` +
          ` (${tally.stored} already stored, ${tally.failed} failed) in ${secs.toFixed(1)} s` +
          ` — ${(tally.added / Math.max(secs, 0.001)).toFixed(1)} articles/s;` +
          ` ${storeName(values.db)} holds ${counts.articles} articles, ${counts.entities} actors,` +
          ` ${counts.quotes} quotes, ${counts.events} events, ${counts.expectations} expectations\n`,
      )
    }
  }
  return tally.failed ? 1 : 0
}

const IN_FLIGHT_PER_WORKER = 16
