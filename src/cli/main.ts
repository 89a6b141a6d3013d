#!/usr/bin/env node
/** The `dyad` command line: parses arguments, runs one command, maps errors to exit codes. */
import { DyadError, UsageError } from '../errors.js'
import { runAnalyze } from './analyze.js'
import { runBrief } from './brief.js'
import { runDemo } from './demo.js'
import { runEvents } from './events.js'
import { HELP, VERSION } from './help.js'
import { runIngest } from './ingest.js'
import { runActors, runQuotes, runSearch } from './queries.js'

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  actors: runActors,
  analyze: runAnalyze,
  brief: runBrief,
  demo: runDemo,
  events: runEvents,
  ingest: runIngest,
  quotes: runQuotes,
  search: runSearch,
  // The server and its dependencies load only for the command that needs them.
  serve: async (args) => (await import('./serve.js')).runServe(args),
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
  const run = COMMANDS[command]
  if (!run)
    throw new UsageError(
      `unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(', ')} (dyad --help)`,
    )
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
