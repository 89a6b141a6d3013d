import { buildBrief, resolveActor } from '../analyze/index.js'
import { UsageError } from '../errors.js'
import { briefHtml, briefMarkdown } from '../report/index.js'
import { parseOptions } from './options.js'
import { outputFormat, rangeOptions, storeOption } from './store-options.js'
import { writeOut } from './write.js'

/** `dyad brief A B --db FILE`: the relationship brief, as Markdown, JSON or HTML. */
export async function runBrief(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    db: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
  })
  if (positionals.length !== 2)
    throw new UsageError('brief needs two actors, e.g. dyad brief "Trump" "Bukele" --db news.db')
  const format = outputFormat(values.format, ['md', 'json', 'html'] as const)
  const range = rangeOptions(values)
  const store = await storeOption(values.db, 'brief')
  try {
    const a = await resolveActor(store, positionals[0] as string)
    const b = await resolveActor(store, positionals[1] as string)
    const brief = await buildBrief(store, a, b, range)
    await writeOut(
      format === 'json'
        ? `${JSON.stringify(brief, null, 2)}\n`
        : format === 'html'
          ? briefHtml(brief)
          : briefMarkdown(brief),
    )
  } finally {
    await store.close()
  }
  return 0
}
