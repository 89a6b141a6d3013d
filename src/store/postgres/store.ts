import type pg from 'pg'
import type { Analysis, EntityKind } from '../../doc/index.js'
import { StoreError } from '../../errors.js'
import { aliasKey } from '../entity-key.js'
import {
  ARTICLE_COLUMNS,
  articleRow,
  BoundedSet,
  EVENT_SELECT,
  escapeLike,
  eventRow,
  expectationRow,
  NO_EVENTS,
  quoteRow,
  ROLE_ORDER,
  type Row,
  roleRow,
  tiesRow,
} from '../rows.js'
import { ftsQuery } from '../sqlite/index.js'
import type {
  AddResult,
  ArticleFilter,
  Counterpart,
  DateRange,
  EntityRef,
  Interaction,
  QuoteFilter,
  Side,
  Store,
  StoreCounts,
  StoredArticle,
  StoredEntity,
  StoredEvent,
  StoredExpectation,
  StoredQuote,
  StoredRole,
} from '../types.js'
import { migrate } from './migrate.js'
import { namesBoth, Params, rangeClause, sideClause } from './sql.js'
import { writeArticle } from './write.js'

/**
 * The server store: a PostgreSQL database behind a connection pool. Any number of
 * writers (workers on other machines) and readers (servers) may share it. Each article
 * is written in one transaction of its own; an article that another writer stores at
 * the same moment is written once.
 */
export class PostgresStore implements Store {
  /** The client is loaded only when a PostgreSQL store is opened: it costs 0.1 s to load. */
  readonly #pool: Promise<pg.Pool>
  readonly #ready: Promise<void>
  /** What this process knows is stored already: saves writing an alias or role again. */
  readonly #seen = new BoundedSet(200_000)
  readonly #name: string

  constructor(
    readonly url: string,
    options: { max?: number } = {},
  ) {
    this.#name = redact(url)
    this.#pool = import('pg').then(({ default: pg }) => {
      const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 })
      // An idle client's error (the server restarting) must not end the process.
      pool.on('error', () => {})
      return pool
    })
    this.#ready = this.#pool.then(migrate).catch((cause) => {
      throw this.#error(cause)
    })
    // Reported by the first call that needs the database.
    this.#ready.catch(() => {})
  }

  #error(cause: unknown): StoreError {
    return new StoreError(this.#name, describe(cause), { cause })
  }

  /** Runs a statement; `name` keeps a frequent one prepared on each connection. */
  async #query<R extends Row = Row>(
    sql: string,
    values: unknown[] = [],
    name?: string,
  ): Promise<R[]> {
    await this.#ready
    try {
      const pool = await this.#pool
      return (await pool.query<R>(name ? { name, text: sql, values } : { text: sql, values })).rows
    } catch (cause) {
      throw this.#error(cause)
    }
  }

  async has(articleId: string): Promise<boolean> {
    const rows = await this.#query('SELECT 1 FROM articles WHERE id = $1', [articleId], 'dyad-has')
    return rows.length > 0
  }

  async add(analysis: Analysis, origin?: string): Promise<AddResult> {
    await this.#ready
    for (let attempt = 1; ; attempt++) {
      const client = await (await this.#pool).connect().catch((cause) => {
        throw this.#error(cause)
      })
      try {
        await client.query('BEGIN')
        const result = await writeArticle(client, analysis, origin ?? null, this.#seen)
        await client.query(result === 'added' ? 'COMMIT' : 'ROLLBACK')
        return result
      } catch (cause) {
        this.#seen.clear() // the rolled-back article's aliases and roles were not written
        await client.query('ROLLBACK').catch(() => {})
        // A deadlock or a lost race with another writer: the next attempt sees its rows.
        if (attempt < MAX_ATTEMPTS && RETRYABLE.has((cause as { code?: string }).code ?? ''))
          continue
        throw this.#error(cause)
      } finally {
        client.release()
      }
    }
  }

  async flush(): Promise<void> {
    await this.#ready
  }

  async revision(): Promise<number> {
    const [row] = await this.#query<{ n: string }>('SELECT n FROM store_revision WHERE id = 1')
    return Number(row?.n ?? 0)
  }

  async counts(): Promise<StoreCounts> {
    const [row] = await this.#query<Record<keyof StoreCounts, number>>(
      `SELECT (SELECT count(*) FROM articles)::int AS articles,
        (SELECT count(*) FROM entities)::int AS entities,
        (SELECT coalesce(sum(mentions), 0) FROM entities)::int AS mentions,
        (SELECT count(*) FROM quotes)::int AS quotes,
        (SELECT count(*) FROM events)::int AS events,
        (SELECT count(*) FROM expectations)::int AS expectations`,
    )
    return row as StoreCounts
  }

  async findEntities(
    query: string,
    options: { limit?: number; kind?: EntityKind } = {},
  ): Promise<StoredEntity[]> {
    const norm = aliasKey(query)
    const p = new Params()
    const kind = p.add(options.kind ?? null)
    if (!norm) {
      const limit = p.add(options.limit ?? 10)
      const rows = await this.#query(
        `SELECT * FROM entities WHERE (${kind}::text IS NULL OR kind = ${kind})
         ORDER BY articles DESC, mentions DESC, id LIMIT ${limit}`,
        p.values,
      )
      return this.#entityRows(rows)
    }
    const [n, prefix, contains, code, limit] = [
      p.add(norm),
      p.add(`${escapeLike(norm)}%`),
      p.add(`%${escapeLike(norm)}%`),
      p.add(`country:${query.trim().toUpperCase()}`),
      p.add(options.limit ?? 10),
    ]
    const rows = await this.#query(
      `WITH hits AS (
         SELECT entity, bool_or(norm = ${n}) AS exact, bool_or(norm LIKE ${prefix}) AS prefix
         FROM entity_aliases WHERE norm LIKE ${contains} GROUP BY entity)
       SELECT * FROM (
         SELECT e.*, h.exact, h.prefix FROM hits h JOIN entities e ON e.id = h.entity
         UNION ALL
         SELECT e.*, false, false FROM entities e
         WHERE e.key = ${code} AND e.id NOT IN (SELECT entity FROM hits)) AS found
       WHERE (${kind}::text IS NULL OR kind = ${kind})
       ORDER BY key = ${code} DESC, exact DESC, prefix DESC, articles DESC, mentions DESC, id
       LIMIT ${limit}`,
      p.values,
    )
    return this.#entityRows(rows)
  }

  async entity(id: number): Promise<StoredEntity | null> {
    const rows = await this.#query('SELECT * FROM entities WHERE id = $1', [id])
    return (await this.#entityRows(rows))[0] ?? null
  }

  async #entityRows(rows: Row[]): Promise<StoredEntity[]> {
    if (!rows.length) return []
    const aliases = await this.#query<{ entity: number; alias: string }>(
      'SELECT entity, alias FROM entity_aliases WHERE entity = ANY($1::int[]) ORDER BY alias',
      [rows.map((r) => r.id)],
    )
    const byEntity = new Map<number, string[]>()
    for (const a of aliases) byEntity.set(a.entity, [...(byEntity.get(a.entity) ?? []), a.alias])
    return rows.map((r) => ({
      id: r.id as number,
      name: r.name as string,
      kind: r.kind as EntityKind,
      country: (r.country as string | null) ?? null,
      code: (r.code as string | null) ?? null,
      aliases: (byEntity.get(r.id as number) ?? []).filter((a) => a !== r.name),
      articles: r.articles as number,
      mentions: r.mentions as number,
      firstSeen: r.first_seen as string,
      lastSeen: r.last_seen as string,
    }))
  }

  async roles(entity: number): Promise<StoredRole[]> {
    const rows = await this.#query(
      `SELECT r.*, a.id AS article_id, a.published FROM entity_roles r JOIN articles a ON a.seq = r.article
       WHERE r.entity = $1 ORDER BY ${ROLE_ORDER}`,
      [entity],
    )
    return rows.map(roleRow)
  }

  async actorRoles(
    entities: readonly number[],
  ): Promise<Map<number, { country: string | null; roles: StoredRole[] }>> {
    const rows = await this.#query(
      `SELECT e.id AS actor, e.country, r.*, a.id AS article_id, a.published
       FROM entities e LEFT JOIN entity_roles r ON r.entity = e.id LEFT JOIN articles a ON a.seq = r.article
       WHERE e.id = ANY($1::int[]) ORDER BY e.id, ${ROLE_ORDER}`,
      [[...entities]],
    )
    const out = new Map<number, { country: string | null; roles: StoredRole[] }>()
    for (const r of rows) {
      const id = r.actor as number
      let actor = out.get(id)
      if (!actor) {
        actor = { country: (r.country as string | null) ?? null, roles: [] }
        out.set(id, actor)
      }
      if (r.title !== null) actor.roles.push(roleRow(r))
    }
    return out
  }

  async counterparts(
    entity: number,
    options: DateRange & { limit?: number } = {},
  ): Promise<Counterpart[]> {
    const limit = options.limit ?? 20
    const p = new Params()
    const e = p.add(entity)
    const range = rangeClause(options, p)
    const byEvents = await this.#query(
      `SELECT other, ${TIES_COLUMNS} FROM (
         SELECT target AS other, article, quad_class, goldstein FROM events
         WHERE source = ${e} AND target IS NOT NULL AND target != ${e} AND NOT negated AND NOT hypothetical
         UNION ALL
         SELECT source, article, quad_class, goldstein FROM events
         WHERE target = ${e} AND source IS NOT NULL AND source != ${e} AND NOT negated AND NOT hypothetical
       ) v JOIN articles ar ON ar.seq = v.article WHERE true ${range}
       GROUP BY other ORDER BY events DESC, other LIMIT ${p.add(limit)}`,
      p.values,
    )
    const shared = await this.#sharedArticles([entity], options, entity, limit)
    const ties = new Map<number, Omit<Counterpart, 'entity'>>()
    for (const r of byEvents) ties.set(r.other as number, { ...tiesRow(r), articles: 0 })
    for (const [other, articles] of shared) {
      const t = ties.get(other) ?? { ...NO_EVENTS, articles: 0 }
      ties.set(other, { ...t, articles })
    }
    // Pairs ranked only by events may lack their article counts: fill those in.
    const missing = [...ties.keys()].filter((id) => !shared.has(id))
    for (const [other, articles] of await this.#sharedArticles(missing, options, entity)) {
      const t = ties.get(other)
      if (t) t.articles = articles
    }
    const refs = await this.#refs([...ties.keys()])
    return [...ties]
      .filter(([id]) => refs.has(id))
      .map(([id, t]) => ({ entity: refs.get(id) as EntityRef, ...t }))
      .sort((x, y) => y.events - x.events || y.articles - x.articles || x.entity.id - y.entity.id)
      .slice(0, limit)
  }

  /** Articles naming both `entity` and each of `others` (every actor, when `limit` is given). */
  async #sharedArticles(
    others: readonly number[],
    range: DateRange,
    entity: number,
    limit?: number,
  ): Promise<Map<number, number>> {
    if (!others.length) return new Map()
    const p = new Params()
    const e = p.add(entity)
    const filter =
      limit === undefined
        ? `AND b.entity = ANY(${p.add([...others])}::int[])`
        : 'AND b.entity != a.entity'
    const dated = range.from || range.to
    const rows = await this.#query<{ other: number; n: number }>(
      `SELECT b.entity AS other, count(*)::int AS n
       FROM article_entities a JOIN article_entities b ON b.article = a.article
       ${dated ? 'JOIN articles ar ON ar.seq = a.article' : ''}
       WHERE a.entity = ${e} ${filter} ${rangeClause(range, p)}
       GROUP BY b.entity ORDER BY n DESC, other ${limit === undefined ? '' : `LIMIT ${p.add(limit)}`}`,
      p.values,
    )
    return new Map(rows.map((r) => [r.other, r.n]))
  }

  async interactions(entities: readonly number[], range: DateRange = {}): Promise<Interaction[]> {
    const ids = [...new Set(entities)]
    if (ids.length < 2) return []
    const p = new Params()
    const list = p.add(ids)
    const byEvents = await this.#query(
      `SELECT least(v.source, v.target) AS a, greatest(v.source, v.target) AS b, ${TIES_COLUMNS}
       FROM events v JOIN articles ar ON ar.seq = v.article
       WHERE v.source = ANY(${list}::int[]) AND v.target = ANY(${list}::int[]) AND v.source != v.target
         AND NOT v.negated AND NOT v.hypothetical ${rangeClause(range, p)}
       GROUP BY 1, 2`,
      p.values,
    )
    const q = new Params()
    const shared = q.add(ids)
    const dated = range.from || range.to
    const byArticles = await this.#query<{ a: number; b: number; n: number }>(
      `SELECT x.entity AS a, y.entity AS b, count(*)::int AS n
       FROM article_entities x JOIN article_entities y ON y.article = x.article AND y.entity > x.entity
       ${dated ? 'JOIN articles ar ON ar.seq = x.article' : ''}
       WHERE x.entity = ANY(${shared}::int[]) AND y.entity = ANY(${shared}::int[]) ${rangeClause(range, q)}
       GROUP BY 1, 2`,
      q.values,
    )
    const pairs = new Map<string, Interaction>()
    for (const r of byEvents)
      pairs.set(`${r.a}|${r.b}`, { a: r.a as number, b: r.b as number, ...tiesRow(r), articles: 0 })
    for (const r of byArticles) {
      const key = `${r.a}|${r.b}`
      const pair = pairs.get(key) ?? { a: r.a, b: r.b, ...NO_EVENTS, articles: 0 }
      pair.articles = r.n
      pairs.set(key, pair)
    }
    return [...pairs.values()].sort((x, y) => x.a - y.a || x.b - y.b)
  }

  async #refs(ids: readonly number[]): Promise<Map<number, EntityRef>> {
    if (!ids.length) return new Map()
    const rows = await this.#query<EntityRef & Row>(
      'SELECT id, name, kind, country, code FROM entities WHERE id = ANY($1::int[])',
      [[...ids]],
    )
    return new Map(rows.map((r) => [r.id, r]))
  }

  async dyadEvents(a: Side, b: Side, range: DateRange = {}): Promise<StoredEvent[]> {
    const p = new Params()
    const ab = `(${sideClause(a, 'source', p)} AND ${sideClause(b, 'target', p)})`
    const ba = `(${sideClause(b, 'source', p)} AND ${sideClause(a, 'target', p)})`
    const sql = `${EVENT_SELECT} WHERE (${ab} OR ${ba}) ${rangeClause(range, p)} ORDER BY ar.published, v.id`
    return (await this.#query(sql, p.values)).map(eventRow)
  }

  async *analyses(range: DateRange = {}): AsyncIterable<Analysis> {
    // Pages of articles by their sequence number: flat memory, no cursor held open.
    let after = 0
    for (;;) {
      const p = new Params()
      const rows = await this.#query<{ seq: number; text: string; analysis: string }>(
        `SELECT seq, text, analysis FROM articles ar WHERE seq > ${p.add(after)} ${rangeClause(range, p)}
         ORDER BY seq LIMIT ${PAGE}`,
        p.values,
      )
      for (const r of rows) {
        const analysis = JSON.parse(r.analysis) as Analysis
        analysis.article.text = r.text
        yield analysis
      }
      if (rows.length < PAGE) return
      after = (rows[rows.length - 1] as { seq: number }).seq
    }
  }

  async dyadExpectations(a: Side, b: Side, range: DateRange = {}): Promise<StoredExpectation[]> {
    const p = new Params()
    const countries = p.add([...a.countries, ...b.countries])
    const sql = `SELECT x.*, ${ARTICLE_COLUMNS}
      FROM expectations x JOIN articles ar ON ar.seq = x.article
      WHERE x.id IN (SELECT expectation FROM expectation_subjects WHERE subject = ANY(${countries}::text[]))
        AND ${namesBoth(a, b, p)} ${rangeClause(range, p)}
      ORDER BY ar.published, x.id`
    return (await this.#query(sql, p.values)).map(expectationRow)
  }

  async dyadQuotes(a: Side, b: Side, range: DateRange = {}): Promise<StoredQuote[]> {
    const p = new Params()
    const both = namesBoth(a, b, p)
    const countries = p.add([...a.countries, ...b.countries])
    const entities = p.add([...a.entities, ...b.entities])
    const sql = `SELECT q.*, ${ARTICLE_COLUMNS}
      FROM quotes q JOIN articles ar ON ar.seq = q.article
      WHERE ${both}
        AND (q.id IN (SELECT quote FROM quote_about WHERE country = ANY(${countries}::text[]))
             OR q.speaker = ANY(${entities}::int[]))
        ${rangeClause(range, p)}
      ORDER BY ar.published, q.id`
    return (await this.#query(sql, p.values)).map(quoteRow)
  }

  async quotes(filter: QuoteFilter): Promise<StoredQuote[]> {
    const p = new Params()
    const where: string[] = []
    if (filter.speaker) where.push(`q.speaker = ANY(${p.add(filter.speaker)}::int[])`)
    if (filter.about)
      where.push(
        `q.id IN (SELECT quote FROM quote_about WHERE country = ANY(${p.add(filter.about)}::text[]))`,
      )
    if (filter.mentions)
      where.push(
        `q.id IN (SELECT quote FROM quote_entities WHERE entity = ANY(${p.add(filter.mentions)}::int[]))`,
      )
    if (filter.topic) where.push(`q.topics ? ${p.add(filter.topic)}`)
    const range = rangeClause(filter, p)
    const sql = `SELECT q.*, ${ARTICLE_COLUMNS}
      FROM quotes q JOIN articles ar ON ar.seq = q.article
      WHERE ${where.length ? where.join(' AND ') : 'true'} ${range}
      ORDER BY ar.published DESC, q.id LIMIT ${p.add(filter.limit ?? 100)}`
    return (await this.#query(sql, p.values)).map(quoteRow)
  }

  async article(id: string): Promise<(StoredArticle & { analysis: Analysis }) | null> {
    const [r] = await this.#query(
      `SELECT id, title, url, source, published, language, text, analysis FROM articles WHERE id = $1`,
      [id],
      'dyad-article',
    )
    if (!r) return null
    const analysis = JSON.parse(r.analysis as string) as Analysis
    analysis.article.text = r.text as string
    return { ...articleRow(r), analysis }
  }

  async analysesById(ids: readonly string[]): Promise<Map<string, Analysis>> {
    const rows = await this.#query<{ id: string; text: string; analysis: string }>(
      'SELECT id, text, analysis FROM articles WHERE id = ANY($1::text[])',
      [[...new Set(ids)]],
    )
    return new Map(
      rows.map((r) => {
        const analysis = JSON.parse(r.analysis) as Analysis
        analysis.article.text = r.text
        return [r.id, analysis]
      }),
    )
  }

  async articles(filter: ArticleFilter = {}): Promise<StoredArticle[]> {
    const p = new Params()
    const where =
      filter.entity === undefined
        ? 'true'
        : `ar.seq IN (SELECT article FROM article_entities WHERE entity = ${p.add(filter.entity)})`
    const range = rangeClause(filter, p)
    const rows = await this.#query(
      `SELECT ar.id, ar.title, ar.url, ar.source, ar.published, ar.language, length(ar.text) AS chars
       FROM articles ar WHERE ${where} ${range} ORDER BY ar.published DESC, ar.seq DESC
       LIMIT ${p.add(filter.limit ?? 50)} OFFSET ${p.add(filter.offset ?? 0)}`,
      p.values,
    )
    return rows.map(articleRow)
  }

  async search(
    text: string,
    options: { limit?: number } = {},
  ): Promise<(StoredArticle & { snippet: string })[]> {
    // Only the words of the query count, as in the SQLite store; each article is matched
    // in the configuration of its own language, so stemming agrees with its index.
    const words = ftsQuery(text).replaceAll('"', '')
    if (!words) return []
    const rows = await this.#query(
      `WITH q AS (SELECT plainto_tsquery('english', $1) AS en, plainto_tsquery('spanish', $1) AS es,
                         plainto_tsquery('simple', $1) AS other),
       hits AS (
         SELECT ar.*, CASE ar.language WHEN 'en' THEN q.en WHEN 'es' THEN q.es ELSE q.other END AS query
         FROM articles ar, q
         WHERE (ar.language = 'en' AND ar.fts @@ q.en) OR (ar.language = 'es' AND ar.fts @@ q.es)
            OR (ar.language NOT IN ('en', 'es') AND ar.fts @@ q.other)
         ORDER BY ts_rank(ar.fts, CASE ar.language WHEN 'en' THEN q.en WHEN 'es' THEN q.es ELSE q.other END) DESC, ar.seq
         LIMIT $2)
       SELECT hits.*, ts_headline(
           (CASE language WHEN 'en' THEN 'english' WHEN 'es' THEN 'spanish' ELSE 'simple' END)::regconfig,
           text, query, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…')
         AS snippet
       FROM hits`,
      [words, options.limit ?? 20],
    )
    return rows.map((r) => ({ ...articleRow(r), snippet: r.snippet as string }))
  }

  async close(): Promise<void> {
    await this.#ready.catch(() => {})
    await (await this.#pool).end()
  }
}

const MAX_ATTEMPTS = 5
/** Deadlock, serialisation failure, unique violation: worth another try. */
const RETRYABLE = new Set(['40P01', '40001', '23505'])
const PAGE = 200

const TIES_COLUMNS = `count(*)::int AS events, count(*) FILTER (WHERE quad_class <= 2)::int AS cooperation,
  count(*) FILTER (WHERE quad_class >= 3)::int AS conflict, avg(goldstein)::float8 AS goldstein`

/** The URL without its password, to name the database in messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@')
}

function describe(cause: unknown): string {
  const e = cause as { code?: string; message?: string }
  if (e?.code === 'ECONNREFUSED') return 'cannot connect (is PostgreSQL running there?)'
  if (e?.code === '3D000') return 'no such database (create it with createdb)'
  if (e?.code === '28P01' || e?.code === '28000') return `login refused: ${e.message}`
  return e?.message ?? String(cause)
}
