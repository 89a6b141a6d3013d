/** The store: analysed articles and what was found in them, merged across articles. */
import { UsageError } from '../errors.js'
import { SqliteStore } from './sqlite/index.js'
import type { Store } from './types.js'

export { aliasKey, entityKey } from './entity-key.js'
export { ftsQuery } from './sqlite/index.js'
export type * from './types.js'

/**
 * Opens the store named by `--db`: a file path is an embedded SQLite store, created
 * when missing. Server databases will answer to URLs behind the same interface.
 */
export function openStore(location: string): Store {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location))
    throw new UsageError(
      `--db ${location}: only SQLite files are supported in this version (give a file path)`,
    )
  return new SqliteStore(location)
}
