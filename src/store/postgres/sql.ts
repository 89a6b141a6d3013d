import type { PoolClient } from 'pg'
import type { DateRange, Side } from '../types.js'

/** Numbered parameters (`$1`, `$2` …) collected while a statement is built. */
export class Params {
  readonly values: unknown[] = []

  /** The placeholder of one more value. */
  add(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}

/** Inclusive bounds on the article's publication date (`ar.published`). */
export function rangeClause(range: DateRange, p: Params): string {
  let sql = ''
  if (range.from) sql += ` AND ar.published >= ${p.add(range.from)}`
  if (range.to) sql += ` AND ar.published <= ${p.add(range.to)}`
  return sql
}

/** The article names both sides: a country of each, or an actor of each. */
export function namesBoth(a: Side, b: Side, p: Params): string {
  const names = (s: Side) =>
    `ar.seq IN (SELECT article FROM article_countries WHERE country = ANY(${p.add(s.countries)})
      UNION SELECT article FROM article_entities WHERE entity = ANY(${p.add(s.entities)}::int[]))`
  return `${names(a)} AND ${names(b)}`
}

export function sideClause(side: Side, role: 'source' | 'target', p: Params): string {
  return `(v.${role} = ANY(${p.add(side.entities)}::int[]) OR v.${role}_country = ANY(${p.add(side.countries)}::text[]))`
}

/** A column of a batch insert: its name and PostgreSQL type. */
export type Column = readonly [name: string, type: string]

/**
 * Inserts into many tables in one statement, so that writing an article costs one round
 * trip to the server: each table's rows travel as one JSON array (objects keyed by column
 * name) unpacked by `jsonb_to_recordset`, each insert a data-modifying `WITH` clause.
 */
export class InsertBatch {
  readonly #clauses: string[] = []
  readonly #values: string[] = []

  add(
    table: string,
    columns: readonly Column[],
    rows: readonly Record<string, unknown>[],
    onConflict = '',
  ): void {
    if (!rows.length) return
    this.#values.push(JSON.stringify(rows))
    const names = columns.map(([name]) => `"${name}"`).join(', ')
    const types = columns.map(([name, type]) => `"${name}" ${type}`).join(', ')
    this.#clauses.push(
      `i${this.#values.length} AS (INSERT INTO ${table} (${names}) SELECT ${names}
       FROM jsonb_to_recordset($${this.#values.length}::jsonb) AS x(${types}) ${onConflict})`,
    )
  }

  /** Runs every insert, then `last` (a statement of its own, without parameters). */
  async run(client: PoolClient, last: string): Promise<void> {
    const sql = this.#clauses.length ? `WITH ${this.#clauses.join(',\n')}\n${last}` : last
    await client.query(sql, this.#values)
  }
}
