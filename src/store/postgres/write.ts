import type { PoolClient } from 'pg'
import type { Analysis } from '../../doc/index.js'
import { aliasKey } from '../entity-key.js'
import { type BoundedSet, isString } from '../rows.js'
import type { AddResult } from '../types.js'
import { mergeActors } from './merge.js'
import { TEXT_SEARCH } from './schema.js'
import { InsertBatch } from './sql.js'

type Actors = Map<string, { id: number; country: string | null }>

/**
 * Writes one analysed article inside the caller's transaction: the article (a no-op
 * when its id is stored, also when another writer stored it a moment ago), its actors
 * merged into the store's, and its quotes, events and expectations.
 */
export async function writeArticle(
  client: PoolClient,
  analysis: Analysis,
  origin: string | null,
  seen: BoundedSet,
): Promise<AddResult> {
  const a = analysis.article
  const { text, ...articleRest } = a
  const stored = { ...analysis, article: { ...articleRest, text: '' } }
  const config = TEXT_SEARCH[a.language] ?? 'simple'
  const inserted = await client.query<{ seq: number }>(
    `INSERT INTO articles (id, title, url, source, published, language, origin, text, analysis, fts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
       setweight(to_tsvector($10::regconfig, coalesce($2, '')), 'A') || to_tsvector($10::regconfig, $8))
     ON CONFLICT (id) DO NOTHING RETURNING seq`,
    [
      a.id,
      a.title,
      a.url,
      a.source,
      a.published,
      a.language,
      origin,
      text,
      JSON.stringify(stored),
      config,
    ],
  )
  const seq = inserted.rows[0]?.seq
  if (seq === undefined) return 'exists'
  const batch = new InsertBatch()
  const ids = await writeEntities(client, analysis, seq, seen, batch)
  const rowIds = await newIds(client, analysis)
  writeQuotes(batch, analysis, seq, ids, rowIds.quotes)
  writeEvents(batch, analysis, seq, ids, rowIds.events)
  writeExpectations(batch, analysis, seq, ids, rowIds.expectations)
  await batch.run(client, 'UPDATE store_revision SET n = n + 1 WHERE id = 1')
  return 'added'
}

async function writeEntities(
  client: PoolClient,
  analysis: Analysis,
  seq: number,
  seen: BoundedSet,
  batch: InsertBatch,
): Promise<Actors> {
  const out: Actors = new Map()
  const mentionCount = new Map<string, number>()
  for (const m of analysis.mentions)
    mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1)
  const actors = await mergeActors(client, analysis, mentionCount)
  const aliases: Record<string, unknown>[] = []
  const roles: Record<string, unknown>[] = []
  const links: Record<string, unknown>[] = []
  const countries = new Set<string>()
  for (const e of analysis.entities) {
    const actor = actors.get(e.id) as number
    const mentions = mentionCount.get(e.id) ?? 0
    out.set(e.id, { id: actor, country: e.country })
    for (const alias of new Set([e.name, ...e.aliases])) {
      const norm = aliasKey(alias)
      if (seen.add(`a${actor}|${norm}`)) aliases.push({ entity: actor, norm, alias })
    }
    for (const r of e.roles) {
      const role = [r.title, r.of ?? '', r.from ?? '', r.to ?? ''] as const
      if (seen.add(`r${actor}|${role.join('|')}`))
        roles.push({
          entity: actor,
          title: role[0],
          of: role[1],
          from_date: role[2],
          to_date: role[3],
          via: r.via,
          article: seq,
          start: r.evidence?.[0] ?? null,
          end: r.evidence?.[1] ?? null,
        })
    }
    links.push({ article: seq, local: e.id, entity: actor, mentions })
    if (e.country) countries.add(e.country)
  }
  // Two local actors may be one stored actor: each alias and role is written once.
  batch.add(
    'entity_aliases',
    [
      ['entity', 'int'],
      ['norm', 'text'],
      ['alias', 'text'],
    ],
    unique(aliases, (r) => `${r.entity}|${r.norm}`),
    'ON CONFLICT DO NOTHING',
  )
  batch.add(
    'entity_roles',
    [
      ['entity', 'int'],
      ['title', 'text'],
      ['of', 'text'],
      ['from_date', 'text'],
      ['to_date', 'text'],
      ['via', 'text'],
      ['article', 'int'],
      ['start', 'int'],
      ['end', 'int'],
    ],
    unique(roles, (r) => [r.entity, r.title, r.of, r.from_date, r.to_date].join('|')),
    'ON CONFLICT DO NOTHING',
  )
  batch.add(
    'article_entities',
    [
      ['article', 'int'],
      ['local', 'text'],
      ['entity', 'int'],
      ['mentions', 'int'],
    ],
    links,
  )
  batch.add(
    'article_countries',
    [
      ['article', 'int'],
      ['country', 'text'],
    ],
    [...countries].map((country) => ({ article: seq, country })),
  )
  return out
}

type RowIds = Record<'quotes' | 'events' | 'expectations', number[]>

/**
 * Ids for the article's quotes, events and expectations, taken from their sequences
 * before the rows are written, so that rows pointing at them can be written with them.
 */
async function newIds(client: PoolClient, analysis: Analysis): Promise<RowIds> {
  const take = (table: string, n: string) =>
    `ARRAY(SELECT nextval(pg_get_serial_sequence('${table}', 'id'))::int FROM generate_series(1, ${n}::int)) AS ${table}`
  const { rows } = await client.query<RowIds>(
    `SELECT ${take('quotes', '$1')}, ${take('events', '$2')}, ${take('expectations', '$3')}`,
    [analysis.quotes.length, analysis.events.length, analysis.expectations.length],
  )
  return rows[0] as RowIds
}

function writeQuotes(
  batch: InsertBatch,
  analysis: Analysis,
  seq: number,
  ids: Actors,
  quoteIds: number[],
): void {
  const quotes: Record<string, unknown>[] = []
  const about: Record<string, unknown>[] = []
  const named: Record<string, unknown>[] = []
  analysis.quotes.forEach((q, i) => {
    const id = quoteIds[i] as number
    const speaker = q.speaker ? ids.get(q.speaker) : undefined
    const countries = new Set<string>()
    const actors = new Set<number>()
    if (speaker?.country) countries.add(speaker.country)
    for (const m of analysis.mentions) {
      if (m.start < q.start || m.end > q.end) continue
      const actor = ids.get(m.entity)
      if (actor) actors.add(actor.id)
      if (actor?.country) countries.add(actor.country)
    }
    quotes.push({
      id,
      article: seq,
      start: q.start,
      end: q.end,
      text: analysis.article.text.slice(q.start, q.end),
      kind: q.kind,
      speaker: speaker?.id ?? null,
      speaker_name: q.speakerName,
      cue: q.cue?.lemma ?? null,
      topics: q.topics ?? [],
      about: [...countries],
    })
    for (const country of countries) about.push({ quote: id, country })
    for (const entity of actors) named.push({ quote: id, entity })
  })
  batch.add(
    'quotes',
    [
      ['id', 'int'],
      ['article', 'int'],
      ['start', 'int'],
      ['end', 'int'],
      ['text', 'text'],
      ['kind', 'text'],
      ['speaker', 'int'],
      ['speaker_name', 'text'],
      ['cue', 'text'],
      ['topics', 'jsonb'],
      ['about', 'jsonb'],
    ],
    quotes,
  )
  batch.add(
    'quote_about',
    [
      ['quote', 'int'],
      ['country', 'text'],
    ],
    about,
  )
  batch.add(
    'quote_entities',
    [
      ['quote', 'int'],
      ['entity', 'int'],
    ],
    named,
  )
}

const EVENT_COLUMNS = [
  ['article', 'int'],
  ['start', 'int'],
  ['end', 'int'],
  ['sentence_start', 'int'],
  ['sentence_end', 'int'],
  ['text', 'text'],
  ['trigger_start', 'int'],
  ['trigger_end', 'int'],
  ['plover', 'text'],
  ['cameo', 'text'],
  ['quad_class', 'int'],
  ['goldstein', 'float8'],
  ['source', 'int'],
  ['target', 'int'],
  ['source_code', 'text'],
  ['target_code', 'text'],
  ['source_country', 'text'],
  ['target_country', 'text'],
  ['date', 'text'],
  ['negated', 'boolean'],
  ['hypothetical', 'boolean'],
  ['topics', 'jsonb'],
] as const

function writeEvents(
  batch: InsertBatch,
  analysis: Analysis,
  seq: number,
  ids: Actors,
  eventIds: number[],
): void {
  // Events keep the order of the analysis: their ids are taken in one statement, in order.
  const rows = analysis.events.map((v, i) => {
    const source = v.source ? ids.get(v.source) : undefined
    const target = v.target ? ids.get(v.target) : undefined
    return {
      id: eventIds[i],
      article: seq,
      start: v.start,
      end: v.end,
      sentence_start: v.sentence.start,
      sentence_end: v.sentence.end,
      text: analysis.article.text.slice(v.sentence.start, v.sentence.end),
      trigger_start: v.trigger.start,
      trigger_end: v.trigger.end,
      plover: v.plover,
      cameo: v.cameo,
      quad_class: v.quadClass,
      goldstein: v.goldstein,
      source: source?.id ?? null,
      target: target?.id ?? null,
      source_code: v.sourceCode,
      target_code: v.targetCode,
      source_country: source?.country ?? null,
      target_country: target?.country ?? null,
      date: v.date,
      negated: Boolean(v.negated),
      hypothetical: Boolean(v.hypothetical),
      topics: v.topics ?? [],
    }
  })
  batch.add('events', [['id', 'int'], ...EVENT_COLUMNS], rows)
}

function writeExpectations(
  batch: InsertBatch,
  analysis: Analysis,
  seq: number,
  ids: Actors,
  expectationIds: number[],
): void {
  const rows: Record<string, unknown>[] = []
  const subjectRows: Record<string, unknown>[] = []
  analysis.expectations.forEach((x, i) => {
    const id = expectationIds[i] as number
    // Subjects are country codes or local entity ids; the store keeps countries.
    const subjects = [
      ...new Set(x.subjects.map((s) => (ids.has(s) ? ids.get(s)?.country : s)).filter(isString)),
    ]
    const holder = x.holder ? ids.get(x.holder) : undefined
    rows.push({
      id,
      article: seq,
      start: x.start,
      end: x.end,
      text: analysis.article.text.slice(x.start, x.end),
      holder: holder?.id ?? null,
      holder_name: x.holderName,
      subjects,
      polarity: x.polarity,
      horizon: x.horizon,
      modality: x.modality,
      topics: x.topics,
    })
    for (const subject of subjects) subjectRows.push({ expectation: id, subject })
  })
  batch.add(
    'expectations',
    [
      ['id', 'int'],
      ['article', 'int'],
      ['start', 'int'],
      ['end', 'int'],
      ['text', 'text'],
      ['holder', 'int'],
      ['holder_name', 'text'],
      ['subjects', 'jsonb'],
      ['polarity', 'text'],
      ['horizon', 'text'],
      ['modality', 'text'],
      ['topics', 'jsonb'],
    ],
    rows,
  )
  batch.add(
    'expectation_subjects',
    [
      ['expectation', 'int'],
      ['subject', 'text'],
    ],
    subjectRows,
  )
}

function unique<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Set<string>()
  return rows.filter((r) => {
    const k = key(r)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
