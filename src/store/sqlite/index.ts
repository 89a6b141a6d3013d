import Database from 'better-sqlite3'
import type { Analysis, Entity, EntityKind } from '../../doc/index.js'
import { StoreError } from '../../errors.js'
import { aliasKey, entityKey } from '../entity-key.js'
import {
  ARTICLE_COLUMNS,
  articleRow,
  BoundedSet,
  EVENT_SELECT,
  escapeLike,
  eventRow,
  expectationRow,
  isString,
  NO_EVENTS,
  quoteRow,
  ROLE_ORDER,
  type Row,
  roleRow,
  tiesRow,
} from '../rows.js'
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
import { MIGRATIONS } from './schema.js'

/**
 * The embedded store: one SQLite file in WAL mode. Each article is written all or
 * nothing (a savepoint); articles are committed together at most a quarter of a second
 * apart, since a commit per article would cost as much as the writing itself.
 */
export class SqliteStore implements Store {
  readonly #db: Database.Database
  readonly #stmts = new Map<string, Database.Statement>()
  #batchStarted = 0
  /** What this connection knows is stored already: saves a query per alias and role. */
  readonly #seen = new BoundedSet(200_000)
  #revision = 0
  #dataVersion = 0

  constructor(readonly path: string) {
    try {
      this.#db = new Database(path)
      this.#db.pragma('journal_mode = WAL')
      this.#db.pragma('synchronous = NORMAL')
      this.#db.pragma('cache_size = -32000')
      this.#migrate()
    } catch (cause) {
      throw new StoreError(path, describe(cause), { cause })
    }
  }

  #migrate(): void {
    const version = this.#db.pragma('user_version', { simple: true }) as number
    if (version > MIGRATIONS.length)
      throw new Error(
        `was written by a newer dyad (schema ${version}, this one knows ${MIGRATIONS.length}); upgrade dyad`,
      )
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.#db.transaction(() => {
        this.#db.exec(MIGRATIONS[v] as string)
        this.#db.pragma(`user_version = ${v + 1}`)
      })()
    }
  }

  #stmt(sql: string): Database.Statement {
    let s = this.#stmts.get(sql)
    if (!s) {
      s = this.#db.prepare(sql)
      this.#stmts.set(sql, s)
    }
    return s
  }

  async has(articleId: string): Promise<boolean> {
    return this.#stmt('SELECT 1 FROM articles WHERE id = ?').get(articleId) !== undefined
  }

  async add(analysis: Analysis, origin?: string): Promise<AddResult> {
    try {
      if (!this.#db.inTransaction) {
        this.#db.exec('BEGIN')
        this.#batchStarted = Date.now()
      }
      const result = this.#addTx(analysis, origin ?? null)
      if (Date.now() - this.#batchStarted >= COMMIT_EVERY_MS) this.#commit()
      return result
    } catch (cause) {
      this.#seen.clear() // the failed article's savepoint was rolled back
      throw new StoreError(this.path, describe(cause), { cause })
    }
  }

  async flush(): Promise<void> {
    this.#commit()
  }

  #commit(): void {
    if (!this.#db.inTransaction) return
    this.#db.exec('COMMIT')
    this.#revision++
  }

  async revision(): Promise<number> {
    // data_version changes when another connection commits; our own commits count above.
    const version = this.#db.pragma('data_version', { simple: true }) as number
    if (version !== this.#dataVersion) {
      this.#dataVersion = version
      this.#revision++
    }
    return this.#revision
  }

  readonly #addTx = (analysis: Analysis, origin: string | null): AddResult =>
    this.#db.transaction((): AddResult => {
      const a = analysis.article
      if (this.#stmt('SELECT 1 FROM articles WHERE id = ?').get(a.id)) return 'exists'
      const { text, ...articleRest } = a
      const stored = { ...analysis, article: { ...articleRest, text: '' } }
      const seq = Number(
        this.#stmt(
          `INSERT INTO articles (id, title, url, source, published, language, origin, text, analysis, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          a.id,
          a.title,
          a.url,
          a.source,
          a.published,
          a.language,
          origin,
          text,
          JSON.stringify(stored),
          new Date().toISOString(),
        ).lastInsertRowid,
      )
      this.#stmt('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)').run(
        seq,
        a.title ?? '',
        text,
      )
      const ids = this.#addEntities(analysis, seq)
      this.#addQuotes(analysis, seq, ids)
      this.#addEvents(analysis, seq, ids)
      this.#addExpectations(analysis, seq, ids)
      return 'added'
    })()

  /** Merges the article's entities into the store's actors; returns local id → actor id. */
  #addEntities(
    analysis: Analysis,
    seq: number,
  ): Map<string, { id: number; country: string | null }> {
    const out = new Map<string, { id: number; country: string | null }>()
    const published = analysis.article.published
    const mentionCount = new Map<string, number>()
    for (const m of analysis.mentions)
      mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1)
    const countries = new Set<string>()
    for (const e of analysis.entities) {
      const id = this.#resolveEntity(e)
      const mentions = mentionCount.get(e.id) ?? 0
      if (id === null) {
        const { lastInsertRowid } = this.#stmt(
          `INSERT INTO entities (key, name, kind, country, code, code_date, articles, mentions, first_seen, last_seen)
           VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
        ).run(
          entityKey(e),
          e.name,
          e.kind,
          e.country,
          e.code,
          published,
          mentions,
          published,
          published,
        )
        out.set(e.id, { id: Number(lastInsertRowid), country: e.country })
      } else {
        this.#stmt(
          `UPDATE entities SET articles = articles + 1, mentions = mentions + ?,
             first_seen = min(first_seen, ?), last_seen = max(last_seen, ?),
             country = coalesce(country, ?),
             code = CASE WHEN ? IS NOT NULL AND ? >= coalesce(code_date, '') THEN ? ELSE code END,
             code_date = CASE WHEN ? IS NOT NULL AND ? >= coalesce(code_date, '') THEN ? ELSE code_date END
           WHERE id = ?`,
        ).run(
          mentions,
          published,
          published,
          e.country,
          e.code,
          published,
          e.code,
          e.code,
          published,
          published,
          id,
        )
        out.set(e.id, { id, country: e.country })
      }
      const actor = out.get(e.id)?.id as number
      for (const alias of new Set([e.name, ...e.aliases])) {
        const norm = aliasKey(alias)
        if (this.#seen.add(`a${actor}|${norm}`))
          this.#stmt(
            'INSERT OR IGNORE INTO entity_aliases (entity, norm, alias) VALUES (?, ?, ?)',
          ).run(actor, norm, alias)
      }
      for (const r of e.roles) {
        const role = [r.title, r.of ?? '', r.from ?? '', r.to ?? ''] as const
        if (this.#seen.add(`r${actor}|${role.join('|')}`))
          this.#stmt(
            `INSERT OR IGNORE INTO entity_roles (entity, title, of, from_date, to_date, via, article, start, end)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(actor, ...role, r.via, seq, r.evidence?.[0] ?? null, r.evidence?.[1] ?? null)
      }
      this.#stmt(
        'INSERT INTO article_entities (article, local, entity, mentions) VALUES (?, ?, ?, ?)',
      ).run(seq, e.id, actor, mentions)
      if (e.country) countries.add(e.country)
    }
    for (const c of countries)
      this.#stmt('INSERT INTO article_countries (article, country) VALUES (?, ?)').run(seq, c)
    return out
  }

  /**
   * The stored actor this entity is, if any: by its key, or, for a person named by one
   * word only ("Bukele"), the one stored person who goes by that name.
   */
  #resolveEntity(e: Entity): number | null {
    const byKey = this.#stmt('SELECT id FROM entities WHERE key = ?').get(entityKey(e)) as
      | { id: number }
      | undefined
    if (byKey) return byKey.id
    if (e.kind !== 'person' || /\s/.test(e.name.trim())) return null
    const people = this.#stmt(
      `SELECT DISTINCT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity
       WHERE a.norm = ? AND e.kind = 'person' LIMIT 2`,
    ).all(aliasKey(e.name)) as { id: number }[]
    return people.length === 1 ? (people[0] as { id: number }).id : null
  }

  #addQuotes(
    analysis: Analysis,
    seq: number,
    ids: Map<string, { id: number; country: string | null }>,
  ): void {
    for (const q of analysis.quotes) {
      const speaker = q.speaker ? ids.get(q.speaker) : undefined
      const about = new Set<string>()
      const named = new Set<number>()
      if (speaker?.country) about.add(speaker.country)
      for (const m of analysis.mentions) {
        if (m.start < q.start || m.end > q.end) continue
        const actor = ids.get(m.entity)
        if (actor) named.add(actor.id)
        if (actor?.country) about.add(actor.country)
      }
      const { lastInsertRowid: quote } = this.#stmt(
        `INSERT INTO quotes (article, start, end, text, kind, speaker, speaker_name, cue, topics, about)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        seq,
        q.start,
        q.end,
        analysis.article.text.slice(q.start, q.end),
        q.kind,
        speaker?.id ?? null,
        q.speakerName,
        q.cue?.lemma ?? null,
        JSON.stringify(q.topics ?? []),
        JSON.stringify([...about]),
      )
      for (const c of about)
        this.#stmt('INSERT INTO quote_about (quote, country) VALUES (?, ?)').run(quote, c)
      for (const e of named)
        this.#stmt('INSERT INTO quote_entities (quote, entity) VALUES (?, ?)').run(quote, e)
    }
  }

  #addEvents(
    analysis: Analysis,
    seq: number,
    ids: Map<string, { id: number; country: string | null }>,
  ): void {
    const insert = this.#stmt(
      `INSERT INTO events (article, start, end, sentence_start, sentence_end, text, trigger_start, trigger_end,
         plover, cameo, quad_class, goldstein, source, target, source_code, target_code,
         source_country, target_country, date, negated, hypothetical, topics)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const v of analysis.events) {
      const source = v.source ? ids.get(v.source) : undefined
      const target = v.target ? ids.get(v.target) : undefined
      insert.run(
        seq,
        v.start,
        v.end,
        v.sentence.start,
        v.sentence.end,
        analysis.article.text.slice(v.sentence.start, v.sentence.end),
        v.trigger.start,
        v.trigger.end,
        v.plover,
        v.cameo,
        v.quadClass,
        v.goldstein,
        source?.id ?? null,
        target?.id ?? null,
        v.sourceCode,
        v.targetCode,
        source?.country ?? null,
        target?.country ?? null,
        v.date,
        v.negated ? 1 : 0,
        v.hypothetical ? 1 : 0,
        JSON.stringify(v.topics ?? []),
      )
    }
  }

  #addExpectations(
    analysis: Analysis,
    seq: number,
    ids: Map<string, { id: number; country: string | null }>,
  ): void {
    for (const x of analysis.expectations) {
      // Subjects are country codes or local entity ids; the store keeps countries.
      const subjects = [
        ...new Set(x.subjects.map((s) => (ids.has(s) ? ids.get(s)?.country : s)).filter(isString)),
      ]
      const holder = x.holder ? ids.get(x.holder) : undefined
      const { lastInsertRowid: expectation } = this.#stmt(
        `INSERT INTO expectations (article, start, end, text, holder, holder_name, subjects, polarity, horizon, modality, topics)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        seq,
        x.start,
        x.end,
        analysis.article.text.slice(x.start, x.end),
        holder?.id ?? null,
        x.holderName,
        JSON.stringify(subjects),
        x.polarity,
        x.horizon,
        x.modality,
        JSON.stringify(x.topics),
      )
      for (const s of subjects)
        this.#stmt('INSERT INTO expectation_subjects (expectation, subject) VALUES (?, ?)').run(
          expectation,
          s,
        )
    }
  }

  async counts(): Promise<StoreCounts> {
    const n = (table: string) =>
      (this.#stmt(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    return {
      articles: n('articles'),
      entities: n('entities'),
      // Mentions live in each article's analysis; the actors keep their counts.
      mentions: (
        this.#stmt('SELECT coalesce(sum(mentions), 0) AS n FROM entities').get() as { n: number }
      ).n,
      quotes: n('quotes'),
      events: n('events'),
      expectations: n('expectations'),
    }
  }

  async findEntities(
    query: string,
    options: { limit?: number; kind?: EntityKind } = {},
  ): Promise<StoredEntity[]> {
    const norm = aliasKey(query)
    if (!norm) {
      const rows = this.#stmt(
        `SELECT * FROM entities WHERE ($kind IS NULL OR kind = $kind)
         ORDER BY articles DESC, mentions DESC LIMIT $limit`,
      ).all({ kind: options.kind ?? null, limit: options.limit ?? 10 }) as Row[]
      return rows.map((r) => this.#entityRow(r))
    }
    // Matching aliases first, then their actors: scanning every actor costs four times more.
    const rows = this.#stmt(
      `WITH hits AS (
         SELECT entity, max(norm = $norm) AS exact, max(norm LIKE $prefix ESCAPE '\\') AS prefix
         FROM entity_aliases WHERE norm LIKE $contains ESCAPE '\\' GROUP BY entity)
       SELECT * FROM (
         SELECT e.*, h.exact, h.prefix FROM hits h JOIN entities e ON e.id = h.entity
         UNION ALL
         SELECT e.*, 0, 0 FROM entities e
         WHERE e.key = $code AND e.id NOT IN (SELECT entity FROM hits))
       WHERE ($kind IS NULL OR kind = $kind)
       ORDER BY key = $code DESC, exact DESC, prefix DESC, articles DESC, mentions DESC
       LIMIT $limit`,
    ).all({
      norm,
      prefix: `${escapeLike(norm)}%`,
      contains: `%${escapeLike(norm)}%`,
      code: `country:${query.trim().toUpperCase()}`,
      kind: options.kind ?? null,
      limit: options.limit ?? 10,
    }) as Row[]
    return rows.map((r) => this.#entityRow(r))
  }

  async entity(id: number): Promise<StoredEntity | null> {
    const row = this.#stmt('SELECT * FROM entities WHERE id = ?').get(id) as Row | undefined
    return row ? this.#entityRow(row) : null
  }

  #entityRow(r: Row): StoredEntity {
    const aliases = (
      this.#stmt('SELECT alias FROM entity_aliases WHERE entity = ? ORDER BY alias').all(r.id) as {
        alias: string
      }[]
    ).map((a) => a.alias)
    return {
      id: r.id as number,
      name: r.name as string,
      kind: r.kind as EntityKind,
      country: (r.country as string | null) ?? null,
      code: (r.code as string | null) ?? null,
      aliases: aliases.filter((a) => a !== r.name),
      articles: r.articles as number,
      mentions: r.mentions as number,
      firstSeen: r.first_seen as string,
      lastSeen: r.last_seen as string,
    }
  }

  async roles(entity: number): Promise<StoredRole[]> {
    const rows = this.#stmt(
      `SELECT r.*, a.id AS article_id, a.published FROM entity_roles r JOIN articles a ON a.seq = r.article
       WHERE r.entity = ? ORDER BY ${ROLE_ORDER}`,
    ).all(entity) as Row[]
    return rows.map(roleRow)
  }

  async actorRoles(
    entities: readonly number[],
  ): Promise<Map<number, { country: string | null; roles: StoredRole[] }>> {
    // One statement for any number of actors: the ids travel as one JSON array.
    const rows = this.#stmt(
      `SELECT e.id AS actor, e.country, r.*, a.id AS article_id, a.published
       FROM entities e LEFT JOIN entity_roles r ON r.entity = e.id LEFT JOIN articles a ON a.seq = r.article
       WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id, ${ROLE_ORDER}`,
    ).all(JSON.stringify(entities)) as Row[]
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
    const params: unknown[] = [entity, entity, entity, entity]
    const range = rangeClause(options, params)
    params.push(limit)
    const byEvents = this.#db
      .prepare(
        `SELECT other, ${TIES_COLUMNS} FROM (
           SELECT target AS other, article, quad_class, goldstein FROM events
           WHERE source = ? AND target IS NOT NULL AND target != ? AND negated = 0 AND hypothetical = 0
           UNION ALL
           SELECT source, article, quad_class, goldstein FROM events
           WHERE target = ? AND source IS NOT NULL AND source != ? AND negated = 0 AND hypothetical = 0
         ) v JOIN articles ar ON ar.seq = v.article WHERE 1 ${range}
         GROUP BY other ORDER BY events DESC, other LIMIT ?`,
      )
      .all(...params) as Row[]
    const shared = this.#sharedArticles([entity], options, entity, limit)
    const ties = new Map<number, Omit<Counterpart, 'entity'>>()
    for (const r of byEvents) ties.set(r.other as number, { ...tiesRow(r), articles: 0 })
    for (const [other, articles] of shared) {
      const t = ties.get(other) ?? { ...NO_EVENTS, articles: 0 }
      ties.set(other, { ...t, articles })
    }
    // Pairs ranked only by events may lack their article counts: fill those in.
    const missing = [...ties.keys()].filter((id) => !shared.has(id))
    for (const [other, articles] of this.#sharedArticles(missing, options, entity)) {
      const t = ties.get(other)
      if (t) t.articles = articles
    }
    const refs = this.#refs([...ties.keys()])
    return [...ties]
      .filter(([id]) => refs.has(id))
      .map(([id, t]) => ({ entity: refs.get(id) as EntityRef, ...t }))
      .sort((x, y) => y.events - x.events || y.articles - x.articles || x.entity.id - y.entity.id)
      .slice(0, limit)
  }

  /**
   * Articles naming both `entity` and each of `others` (every actor, when `limit` is
   * given: the most shared first).
   */
  #sharedArticles(
    others: readonly number[],
    range: DateRange,
    entity: number,
    limit?: number,
  ): Map<number, number> {
    if (!others.length) return new Map()
    const params: unknown[] = [entity]
    const filter =
      limit === undefined ? `AND b.entity IN (${marks(others)})` : 'AND b.entity != a.entity'
    if (limit === undefined) params.push(...others)
    const dated = range.from || range.to
    const sql = `SELECT b.entity AS other, count(*) AS n
      FROM article_entities a JOIN article_entities b ON b.article = a.article
      ${dated ? 'JOIN articles ar ON ar.seq = a.article' : ''}
      WHERE a.entity = ? ${filter} ${rangeClause(range, params)}
      GROUP BY b.entity ORDER BY n DESC, other ${limit === undefined ? '' : 'LIMIT ?'}`
    if (limit !== undefined) params.push(limit)
    const rows = this.#db.prepare(sql).all(...params) as { other: number; n: number }[]
    return new Map(rows.map((r) => [r.other, r.n]))
  }

  async interactions(entities: readonly number[], range: DateRange = {}): Promise<Interaction[]> {
    const ids = [...new Set(entities)]
    if (ids.length < 2) return []
    const params: unknown[] = [...ids, ...ids]
    const byEvents = this.#db
      .prepare(
        `SELECT min(v.source, v.target) AS a, max(v.source, v.target) AS b, ${TIES_COLUMNS}
         FROM events v JOIN articles ar ON ar.seq = v.article
         WHERE v.source IN (${marks(ids)}) AND v.target IN (${marks(ids)}) AND v.source != v.target
           AND v.negated = 0 AND v.hypothetical = 0 ${rangeClause(range, params)}
         GROUP BY 1, 2`,
      )
      .all(...params) as Row[]
    const shared: unknown[] = [...ids, ...ids]
    const dated = range.from || range.to
    const byArticles = this.#db
      .prepare(
        `SELECT x.entity AS a, y.entity AS b, count(*) AS n
         FROM article_entities x JOIN article_entities y ON y.article = x.article AND y.entity > x.entity
         ${dated ? 'JOIN articles ar ON ar.seq = x.article' : ''}
         WHERE x.entity IN (${marks(ids)}) AND y.entity IN (${marks(ids)}) ${rangeClause(range, shared)}
         GROUP BY 1, 2`,
      )
      .all(...shared) as { a: number; b: number; n: number }[]
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

  /** Actors by id, as other rows name them. */
  #refs(ids: readonly number[]): Map<number, EntityRef> {
    if (!ids.length) return new Map()
    const rows = this.#db
      .prepare(`SELECT id, name, kind, country, code FROM entities WHERE id IN (${marks(ids)})`)
      .all(...ids) as EntityRef[]
    return new Map(rows.map((r) => [r.id, r]))
  }

  async dyadEvents(a: Side, b: Side, range: DateRange = {}): Promise<StoredEvent[]> {
    const params: unknown[] = []
    const side = (s: Side, role: 'source' | 'target') => sideClause(s, role, params)
    const ab = `(${side(a, 'source')} AND ${side(b, 'target')})`
    const ba = `(${side(b, 'source')} AND ${side(a, 'target')})`
    const sql = `${EVENT_SELECT} WHERE (${ab} OR ${ba}) ${rangeClause(range, params)} ORDER BY ar.published, v.id`
    return (this.#stmt(sql).all(...params) as Row[]).map(eventRow)
  }

  async *analyses(range: DateRange = {}): AsyncIterable<Analysis> {
    const params: unknown[] = []
    const sql = `SELECT text, analysis FROM articles ar WHERE 1 ${rangeClause(range, params, true)} ORDER BY seq`
    for (const r of this.#db.prepare(sql).iterate(...params)) {
      const analysis = JSON.parse((r as Row).analysis as string) as Analysis
      analysis.article.text = (r as Row).text as string
      yield analysis
    }
  }

  async dyadExpectations(a: Side, b: Side, range: DateRange = {}): Promise<StoredExpectation[]> {
    const params: unknown[] = []
    const countries = [...a.countries, ...b.countries]
    params.push(...countries)
    const sql = `SELECT x.*, ${ARTICLE_COLUMNS}
      FROM expectations x JOIN articles ar ON ar.seq = x.article
      WHERE x.id IN (SELECT expectation FROM expectation_subjects WHERE subject IN (${marks(countries)}))
        AND ${namesBoth(a, b, params)} ${rangeClause(range, params)}
      ORDER BY ar.published, x.id`
    return (this.#stmt(sql).all(...params) as Row[]).map(expectationRow)
  }

  async dyadQuotes(a: Side, b: Side, range: DateRange = {}): Promise<StoredQuote[]> {
    const params: unknown[] = []
    const both = namesBoth(a, b, params)
    const countries = [...a.countries, ...b.countries]
    const entities = [...a.entities, ...b.entities]
    params.push(...countries, ...entities)
    const sql = `SELECT q.*, ${ARTICLE_COLUMNS}
      FROM quotes q JOIN articles ar ON ar.seq = q.article
      WHERE ${both}
        AND (q.id IN (SELECT quote FROM quote_about WHERE country IN (${marks(countries)}))
             OR q.speaker IN (${marks(entities)}))
        ${rangeClause(range, params)}
      ORDER BY ar.published, q.id`
    return (this.#stmt(sql).all(...params) as Row[]).map(quoteRow)
  }

  async quotes(filter: QuoteFilter): Promise<StoredQuote[]> {
    const params: unknown[] = []
    const where: string[] = []
    if (filter.speaker) {
      params.push(...filter.speaker)
      where.push(`q.speaker IN (${marks(filter.speaker)})`)
    }
    if (filter.about) {
      params.push(...filter.about)
      where.push(
        `q.id IN (SELECT quote FROM quote_about WHERE country IN (${marks(filter.about)}))`,
      )
    }
    if (filter.mentions) {
      params.push(...filter.mentions)
      where.push(
        `q.id IN (SELECT quote FROM quote_entities WHERE entity IN (${marks(filter.mentions)}))`,
      )
    }
    if (filter.topic) {
      params.push(`%${JSON.stringify(filter.topic)}%`)
      where.push('q.topics LIKE ?')
    }
    const range = rangeClause(filter, params, true)
    params.push(filter.limit ?? 100)
    const sql = `SELECT q.*, ${ARTICLE_COLUMNS}
      FROM quotes q JOIN articles ar ON ar.seq = q.article
      WHERE ${where.length ? where.join(' AND ') : '1'} ${range}
      ORDER BY ar.published DESC, q.id LIMIT ?`
    return (this.#db.prepare(sql).all(...params) as Row[]).map(quoteRow)
  }

  async article(id: string): Promise<(StoredArticle & { analysis: Analysis }) | null> {
    const r = this.#stmt('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined
    if (!r) return null
    const analysis = JSON.parse(r.analysis as string) as Analysis
    analysis.article.text = r.text as string
    return { ...articleRow(r), analysis }
  }

  async analysesById(ids: readonly string[]): Promise<Map<string, Analysis>> {
    const rows = this.#stmt(
      'SELECT id, text, analysis FROM articles WHERE id IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify([...new Set(ids)])) as { id: string; text: string; analysis: string }[]
    return new Map(rows.map((r) => [r.id, withText(r.analysis, r.text)]))
  }

  async articles(filter: ArticleFilter = {}): Promise<StoredArticle[]> {
    const params: unknown[] = []
    let where = '1'
    if (filter.entity !== undefined) {
      params.push(filter.entity)
      where = 'ar.seq IN (SELECT article FROM article_entities WHERE entity = ?)'
    }
    const range = rangeClause(filter, params, true)
    params.push(filter.limit ?? 50, filter.offset ?? 0)
    const rows = this.#db
      .prepare(
        `SELECT ar.id, ar.title, ar.url, ar.source, ar.published, ar.language, length(ar.text) AS chars
         FROM articles ar WHERE ${where} ${range} ORDER BY ar.published DESC, ar.seq DESC LIMIT ? OFFSET ?`,
      )
      .all(...params) as Row[]
    return rows.map(articleRow)
  }

  async search(
    text: string,
    options: { limit?: number } = {},
  ): Promise<(StoredArticle & { snippet: string })[]> {
    const query = ftsQuery(text)
    if (!query) return []
    const rows = this.#stmt(
      `SELECT ar.*, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
       FROM articles_fts JOIN articles ar ON ar.seq = articles_fts.rowid
       WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
    ).all(query, options.limit ?? 20) as Row[]
    return rows.map((r) => ({ ...articleRow(r), snippet: r.snippet as string }))
  }

  async close(): Promise<void> {
    if (!this.#db.open) return
    this.#commit()
    this.#db.close()
  }
}

const COMMIT_EVERY_MS = 250

/** The article names both sides: a country of each, or an actor of each. */
function namesBoth(a: Side, b: Side, params: unknown[]): string {
  const names = (s: Side) => {
    params.push(...s.countries, ...s.entities)
    return `ar.seq IN (SELECT article FROM article_countries WHERE country IN (${marks(s.countries)})
      UNION SELECT article FROM article_entities WHERE entity IN (${marks(s.entities)}))`
  }
  return `${names(a)} AND ${names(b)}`
}

function sideClause(side: Side, role: 'source' | 'target', params: unknown[]): string {
  params.push(...side.entities, ...side.countries)
  return `(v.${role} IN (${marks(side.entities)}) OR v.${role}_country IN (${marks(side.countries)}))`
}

/**
 * Bounds on the publication date. Unless `indexed`, the date only filters rows that
 * more selective terms found: a range of two years would otherwise lead the query
 * through every article.
 */
function rangeClause(range: DateRange, params: unknown[], indexed = false): string {
  const column = indexed ? 'ar.published' : '+ar.published'
  let sql = ''
  if (range.from) {
    params.push(range.from)
    sql += ` AND ${column} >= ?`
  }
  if (range.to) {
    params.push(range.to)
    sql += ` AND ${column} <= ?`
  }
  return sql
}

/** `?, ?, ?` for a list; an empty list matches nothing. */
const marks = (values: readonly unknown[]): string =>
  values.length ? values.map(() => '?').join(', ') : 'NULL'

const TIES_COLUMNS = `count(*) AS events, sum(quad_class <= 2) AS cooperation,
  sum(quad_class >= 3) AS conflict, avg(goldstein) AS goldstein`

/** A stored analysis with its article text put back. */
function withText(json: string, text: string): Analysis {
  const analysis = JSON.parse(json) as Analysis
  analysis.article.text = text
  return analysis
}

/** Free text as an FTS5 query: every word quoted, so no user input is read as syntax. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? []
  return words.map((w) => `"${w}"`).join(' ')
}

function describe(cause: unknown): string {
  const code = (cause as { code?: string })?.code
  if (code === 'SQLITE_NOTADB') return 'is not a dyad store (not an SQLite database)'
  if (code === 'SQLITE_CANTOPEN')
    return 'cannot be opened (check the folder exists and is writable)'
  if (code === 'SQLITE_READONLY') return 'is read-only'
  if (code === 'SQLITE_FULL') return 'cannot be written: the disk is full'
  return (cause as Error)?.message ?? String(cause)
}
