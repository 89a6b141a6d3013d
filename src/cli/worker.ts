import { UsageError } from '../errors.js'
import { queueName, startWorker } from '../queue/index.js'
import { openStore, storeName } from '../store/index.js'
import { parseOptions } from './options.js'

/**
 * `dyad worker --queue redis://… --db postgres://… [--concurrency N]`: analyses and
 * stores queued articles until stopped. SIGTERM or Ctrl-C lets the current articles
 * finish and be written first.
 */
export async function runWorker(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    queue: { type: 'string' },
    db: { type: 'string' },
    concurrency: { type: 'string' },
    lock: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  })
  if (positionals.length)
    throw new UsageError(`worker takes no arguments (got "${positionals[0]}")`)
  if (!values.queue)
    throw new UsageError('worker needs --queue redis://host:port, the job queue (dyad --help)')
  if (!values.db)
    throw new UsageError(
      'worker needs --db URL|FILE, the store to write: postgres://… (dyad --help)',
    )
  const concurrency = wholeOption(values.concurrency, '--concurrency', 1, 64, 1)
  const lockSeconds = wholeOption(values.lock, '--lock', 1, 3600, 30)
  const store = openStore(values.db)
  const tally = { added: 0, exists: 0, failed: 0 }
  const say = (line: string) => {
    if (!values.quiet) process.stderr.write(`${line}\n`)
  }
  const worker = startWorker(values.queue, store, {
    concurrency,
    lockSeconds,
    onQueueError: (message) =>
      process.stderr.write(
        `dyad worker: ${queueName(values.queue as string)}: ${message} (retrying)\n`,
      ),
    onJob: (outcome, job, error) => {
      if (outcome !== 'failed') {
        tally[outcome]++
        return
      }
      const tries = job.opts.attempts ?? 1
      const origin = job.data.article.origin
      // Analysis errors name the article already.
      error = error?.startsWith(origin) ? error : `${origin}: ${error}`
      if (job.attemptsMade < tries)
        say(`dyad worker: ${error} (try ${job.attemptsMade} of ${tries})`)
      else {
        tally.failed++
        process.stderr.write(
          `dyad worker: ${error} (failed ${tries} times; left in the failed set)\n`,
        )
      }
    },
  })
  say(
    `dyad worker: taking articles from ${queueName(values.queue)} into ${storeName(values.db)}` +
      ` (${concurrency} at a time); SIGTERM or Ctrl-C to stop after the current ones`,
  )
  const stop = () => {
    say('dyad worker: stopping after the current articles')
    void worker.stop()
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  try {
    await worker.stopped
  } finally {
    await store.close()
  }
  say(
    `dyad worker: stopped; ${tally.added} articles written, ${tally.exists} already stored, ${tally.failed} failed`,
  )
  // A Redis client still trying to reconnect would keep the process alive.
  setTimeout(() => process.exit(), 2000).unref()
  return 0
}

function wholeOption(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${name} must be a whole number from ${min} to ${max} (got "${value}")`)
  return n
}
