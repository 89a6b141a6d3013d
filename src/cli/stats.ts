import { UsageError } from '../errors.js'
import { parseOptions } from './options.js'
import { storeOption } from './store-options.js'
import { writeOut } from './write.js'

/** `dyad stats --db FILE|URL [--json]`: what a store holds. */
export async function runStats(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
  })
  if (positionals.length) throw new UsageError(`stats takes no arguments (got "${positionals[0]}")`)
  const store = await storeOption(values.db, 'stats')
  try {
    const c = await store.counts()
    const stats = {
      articles: c.articles,
      actors: c.entities,
      quotes: c.quotes,
      events: c.events,
      expectations: c.expectations,
    }
    await writeOut(
      values.json
        ? `${JSON.stringify(stats)}\n`
        : `${Object.entries(stats)
            .map(([k, n]) => `${k.padEnd(13)} ${n}`)
            .join('\n')}\n`,
    )
  } finally {
    await store.close()
  }
  return 0
}
