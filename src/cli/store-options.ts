import { UsageError } from '../errors.js'
import { isPostgresUrl, openStore, type Store } from '../store/index.js'
import { dateOption } from './options.js'

/**
 * `--db FILE|URL`, required by every command that reads the store: a SQLite file, which
 * must exist, or a PostgreSQL URL.
 */
export async function storeOption(value: string | undefined, command: string): Promise<Store> {
  if (!value)
    throw new UsageError(
      `${command} needs --db FILE|URL, a store built by \`dyad ingest\` (a SQLite file or postgres://…)`,
    )
  if (isPostgresUrl(value)) return openStore(value)
  const { stat } = await import('node:fs/promises')
  try {
    await stat(value)
  } catch {
    throw new UsageError(
      `--db ${value}: no such store; build one with \`dyad ingest PATH --db ${value}\``,
    )
  }
  return openStore(value)
}

export function rangeOptions(values: { from?: string; to?: string }) {
  return { from: dateOption(values.from, '--from'), to: dateOption(values.to, '--to') }
}

export function outputFormat<F extends string>(
  value: string | undefined,
  allowed: readonly F[],
): F {
  const format = (value ?? allowed[0]) as F
  if (!allowed.includes(format))
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${value}")`)
  return format
}
