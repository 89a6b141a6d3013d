import { UsageError } from '../errors.js'
import { DEFAULT_MAX_BYTES } from '../ingest/read.js'
import { enqueueArticles, queueName } from '../queue/index.js'
import { dateOption, langOption, parseOptions, sizeOption } from './options.js'

/**
 * `dyad enqueue PATH… --queue redis://…`: one job per article for `dyad worker` to
 * analyse and store. Inputs are read as `ingest` reads them; bad ones are named.
 */
export async function runEnqueue(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    queue: { type: 'string' },
    published: { type: 'string' },
    fast: { type: 'boolean' },
    lang: { type: 'string' },
    'max-size': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  })
  if (!values.queue)
    throw new UsageError('enqueue needs --queue redis://host:port, the job queue (dyad --help)')
  if (positionals.length === 0)
    throw new UsageError('enqueue needs article files, folders, JSON Lines or feeds (dyad --help)')
  const options = {
    published: dateOption(values.published, '--published'),
    lang: langOption(values.lang),
    ...(values.fast ? { fast: true } : {}),
  }
  const started = performance.now()
  const tally = await enqueueArticles(positionals, values.queue, {
    options,
    maxBytes: sizeOption(values['max-size'], DEFAULT_MAX_BYTES),
    onError: (message) => process.stderr.write(`dyad: ${message}\n`),
  })
  if (!values.quiet)
    process.stderr.write(
      `queued ${tally.queued} article${tally.queued === 1 ? '' : 's'} (${(tally.bytes / 1e6).toFixed(1)} MB of text,` +
        ` ${tally.failed} failed) on ${queueName(values.queue)} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    )
  return tally.failed ? 1 : 0
}
