import { UsageError } from '../errors.js'
import { queueStatus } from '../queue/index.js'
import { parseOptions } from './options.js'
import { writeOut } from './write.js'

/** `dyad queue status --queue redis://… [--json]`: the jobs in each state, and the failures. */
export async function runQueue(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    queue: { type: 'string' },
    json: { type: 'boolean' },
    limit: { type: 'string' },
  })
  if (positionals[0] !== 'status' || positionals.length > 1)
    throw new UsageError('queue takes one subcommand: dyad queue status --queue redis://host:port')
  if (!values.queue) throw new UsageError('queue status needs --queue redis://host:port')
  const limit = values.limit === undefined ? 100 : Number(values.limit)
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a whole number above 0 (got "${values.limit}")`)
  const status = await queueStatus(values.queue, limit)
  if (values.json) {
    await writeOut(`${JSON.stringify(status, null, 2)}\n`)
    return 0
  }
  const { failures, ...counts } = status
  const lines = Object.entries(counts).map(([state, n]) => `${state.padEnd(10)} ${n}`)
  if (failures.length) lines.push('', 'failed articles:')
  for (const f of failures)
    lines.push(
      `  ${f.error.startsWith(f.origin) ? f.error : `${f.origin}: ${f.error}`} (${f.attempts} tries)`,
    )
  await writeOut(`${lines.join('\n')}\n`)
  return 0
}
