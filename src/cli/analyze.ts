import { keepsEvent } from '../doc/index.js'
import { UsageError } from '../errors.js'
import { analyzeArticle } from '../extract/index.js'
import { DEFAULT_MAX_BYTES, readInputs } from '../ingest/index.js'
import {
  dateOption,
  langOption,
  parseOptions,
  sizeOption,
  UNREALIZED_OPTIONS,
  unrealizedOption,
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

  let failed = 0
  const docs: string[] = []
  let count = 0
  for await (const item of readInputs(positionals, { maxBytes })) {
    if (item.error) {
      failed++
      process.stderr.write(`dyad: ${item.error.message}\n`)
      continue
    }
    try {
      const analysis = analyzeArticle(item.article, {
        published,
        lang,
        syntax: values.syntax,
        fast: values.fast,
      })
      // Event ids stay those the store and the API give the same article, gaps and all.
      analysis.events = analysis.events.filter((e) => keepsEvent(e, unrealized))
      count++
      // A single article prints indented unless asked otherwise; anything more is JSON Lines.
      if (single && !values.compact && count === 1) docs.push(JSON.stringify(analysis, null, 2))
      else {
        if (docs.length) await writeOut(`${JSON.stringify(JSON.parse(docs.pop() as string))}\n`)
        await writeOut(`${JSON.stringify(analysis)}\n`)
      }
    } catch (err) {
      failed++
      process.stderr.write(`dyad: ${(err as Error).message}\n`)
    }
  }
  for (const d of docs) await writeOut(`${d}\n`)
  return failed ? 1 : 0
}
