#!/usr/bin/env node
/** The `dyad` command line: parses arguments, runs one command, maps errors to exit codes. */
import '../tiering.js'
import { DyadError, UsageError } from '../errors.js'
import { HELP, VERSION } from './help.js'

type Command = (args: string[]) => Promise<number>

// Each command loads its own modules when it runs: `dyad ingest` starts its analysis
// workers before the analyzer is ever loaded on the writing thread, and `--help` is instant.
const COMMANDS: Record<string, () => Promise<Command>> = {
  actors: async () => (await import('./queries.js')).runActors,
  analyze: async () => (await import('./analyze.js')).runAnalyze,
  brief: async () => (await import('./brief.js')).runBrief,
  demo: async () => (await import('./demo.js')).runDemo,
  enqueue: async () => (await import('./enqueue.js')).runEnqueue,
  events: async () => (await import('./events.js')).runEvents,
  ingest: async () => (await import('./ingest.js')).runIngest,
  parse: async () => (await import('./parse.js')).runParse,
  queue: async () => (await import('./queue.js')).runQueue,
  quotes: async () => (await import('./queries.js')).runQuotes,
  search: async () => (await import('./queries.js')).runSearch,
  serve: async () => (await import('./serve.js')).runServe,
  stats: async () => (await import('./stats.js')).runStats,
  worker: async () => (await import('./worker.js')).runWorker,
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP)
    return 0
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`)
    return 0
  }
  const load = COMMANDS[command]
  if (!load)
    throw new UsageError(
      `unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(', ')} (dyad --help)`,
    )
  const run = await load()
  return run(rest)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`dyad: ${err.message}\n`)
      process.exitCode = 2
    } else if (err instanceof DyadError) {
      process.stderr.write(`dyad: ${err.message}\n`)
      process.exitCode = 1
    } else {
      process.stderr.write(`dyad: internal error: ${(err as Error)?.stack ?? String(err)}\n`)
      process.exitCode = 70
    }
  },
)
