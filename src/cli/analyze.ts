import { existsSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import type { Analysis } from '../doc/index.js'
import { keepsEvent } from '../doc/index.js'
import { UsageError } from '../errors.js'
import { AnalyzerPool, type Outcome } from '../extract/pool.js'
import { DEFAULT_MAX_BYTES, readInputs } from '../ingest/index.js'
import {
  dateOption,
  langOption,
  maxSecondsOption,
  parseOptions,
  sizeOption,
  UNREALIZED_OPTIONS,
  unrealizedOption,
  workersOption,
} from './options.js'
import { writeOut } from './write.js'

/** `dyad analyze`: one document per article, streamed in input order; bad inputs are named and skipped. */
export async function runAnalyze(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    published: { type: 'string' },
    lang: { type: 'string' },
    format: { type: 'string' },
    compact: { type: 'boolean' },
    syntax: { type: 'boolean' },
    fast: { type: 'boolean' },
    'max-size': { type: 'string' },
    'max-seconds': { type: 'string' },
    workers: { type: 'string' },
    ...UNREALIZED_OPTIONS,
  })
  if (positionals.length === 0)
    throw new UsageError('analyze needs a file, a folder or - for standard input (dyad --help)')
  if (values.format && values.format !== 'json')
    throw new UsageError(`--format must be json (got "${values.format}")`)
  const published = dateOption(values.published, '--published')
  const lang = langOption(values.lang)
  const maxBytes = sizeOption(values['max-size'], DEFAULT_MAX_BYTES)
  const unrealized = unrealizedOption(values)
  const single = positionals.length === 1 && !/\.(jsonl|ndjson)$/i.test(positionals[0] ?? '')

  const workers = workersOption(values.workers, isBatch(positionals) ? defaultWorkers() : 0)
  const maxSeconds = maxSecondsOption(values['max-seconds'], workers)
  const options = { published, lang, syntax: values.syntax, fast: values.fast }
  // Workers load the analyzer while this thread reads the inputs.
  const pool = new AnalyzerPool(workers, { maxSeconds })

  let failed = 0
  const docs: string[] = []
  let count = 0
  const write = async (analysis: Analysis) => {
    // Event ids stay those the store and the API give the same article, gaps and all.
    analysis.events = analysis.events.filter((e) => keepsEvent(e, unrealized))
    count++
    // A single article prints indented unless asked otherwise; anything more is JSON Lines.
    if (single && !values.compact && count === 1) docs.push(JSON.stringify(analysis, null, 2))
    else {
      if (docs.length) await writeOut(`${JSON.stringify(JSON.parse(docs.pop() as string))}\n`)
      await writeOut(`${JSON.stringify(analysis)}\n`)
    }
  }
  // Articles in analysis, oldest first: output keeps the input order.
  const inFlight: Promise<Outcome>[] = []
  const settle = async (keep: number) => {
    while (inFlight.length > keep) {
      const outcome = await (inFlight.shift() as Promise<Outcome>)
      if (outcome.error === undefined) await write(outcome.analysis)
      else {
        failed++
        process.stderr.write(`dyad: ${outcome.error}\n`)
      }
    }
  }
  try {
    for await (const item of readInputs(positionals, { maxBytes })) {
      if (item.error) {
        await settle(0)
        failed++
        process.stderr.write(`dyad: ${item.error.message}\n`)
        continue
      }
      inFlight.push(pool.analyze(item.article, options))
      await settle(Math.max(1, workers) * IN_FLIGHT_PER_WORKER - 1)
    }
    await settle(0)
  } finally {
    await pool.close()
  }
  for (const d of docs) await writeOut(`${d}\n`)
  return failed ? 1 : 0
}

const IN_FLIGHT_PER_WORKER = 16

/** Several articles: more than one path, a folder or JSON Lines. One article starts faster without workers. */
function isBatch(paths: readonly string[]): boolean {
  const [only] = paths
  if (paths.length !== 1 || only === undefined) return true
  if (/\.(jsonl|ndjson)$/i.test(only)) return true
  return only !== '-' && existsSync(only) && statSync(only).isDirectory()
}

/** Every core analyses: this thread only reads and writes. */
const defaultWorkers = () => Math.min(4, availableParallelism())
