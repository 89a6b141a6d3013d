import type pg from 'pg'
import { MIGRATIONS } from './schema.js'

/** Any number that no other user of the database is likely to lock: "dyad" in ASCII. */
const MIGRATION_LOCK = 0x64796164

/**
 * Brings the database's schema up to date, each migration in a transaction of its own.
 * Writers starting together on an empty database take turns on a lock, so the schema is
 * created once.
 */
export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    await client.query('CREATE TABLE IF NOT EXISTS dyad_schema (version integer NOT NULL)')
    const { rows } = await client.query<{ version: number }>('SELECT version FROM dyad_schema')
    const version = rows[0]?.version ?? 0
    if (version > MIGRATIONS.length)
      throw new Error(
        `was written by a newer dyad (schema ${version}, this one knows ${MIGRATIONS.length}); upgrade dyad`,
      )
    for (let v = version; v < MIGRATIONS.length; v++) {
      await client.query('BEGIN')
      await client.query(MIGRATIONS[v] as string)
      await client.query('DELETE FROM dyad_schema')
      await client.query('INSERT INTO dyad_schema (version) VALUES ($1)', [v + 1])
      await client.query('COMMIT')
    }
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {})
    throw err
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
    client.release()
  }
}
