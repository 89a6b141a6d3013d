/** The PostgreSQL store: the same store as SQLite's, for many writers and readers at once. */
export { PostgresStore, redact } from './store.js'
