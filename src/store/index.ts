/** The store: analysed articles and what was found in them, merged across articles. */
import { UsageError } from '../errors.js'
import { PostgresStore, redact } from './postgres/index.js'
import { SqliteStore } from './sqlite/index.js'
import type { Store } from './types.js'

export { aliasKey, entityKey } from './entity-key.js'
export { ftsQuery } from './sqlite/index.js'
export type * from './types.js'

/** True when `--db` names a PostgreSQL database (`postgres://…` or `postgresql://…`). */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location)

/** How messages name a store: a URL without its password. */
export const storeName = (location: string): string =>
  isPostgresUrl(location) ? redact(location) : location

/**
 * Opens the store named by `--db`: a PostgreSQL URL is a server database (its schema
 * created or migrated on first use), a file path an embedded SQLite store, created when
 * missing.
 *
 * @example
 * openStore('news.db')
 * openStore('postgres://dyad@db.example:5432/news')
 */
export function openStore(location: string): Store {
  if (isPostgresUrl(location)) return new PostgresStore(location)
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location))
    throw new UsageError(
      `--db ${location}: give a SQLite file path or a postgres://user@host:port/database URL`,
    )
  return new SqliteStore(location)
}
