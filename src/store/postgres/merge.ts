import type { PoolClient } from 'pg'
import type { Analysis, Entity } from '../../doc/index.js'
import { aliasKey, entityKey } from '../entity-key.js'

/** One stored actor as this article changes it: what its local entities add up to. */
interface Merge {
  key: string
  name: string
  kind: string
  /** The first country the article's entities give it (a stored one is kept). */
  country: string | null
  /** The last code the article's entities give it. */
  code: string | null
  articles: number
  mentions: number
}

/**
 * Merges an article's entities into the store's actors and returns the stored actor of
 * each local entity, as the SQLite store does one entity after another: an entity joins
 * the actor of its key, or, a person named by one word, the one person who goes by that
 * name (stored, or named earlier in the article); two entities of one actor count twice.
 * The article's changes to each actor are added up first and written in one statement,
 * rows in key order so that concurrent writers lock them in the same order.
 */
export async function mergeActors(
  client: PoolClient,
  analysis: Analysis,
  mentionCount: ReadonlyMap<string, number>,
): Promise<Map<string, number>> {
  const published = analysis.article.published
  const keys = analysis.entities.map((e) => entityKey(e))
  // Writers sharing actors (the USA, the UK: nearly every article) take their locks in
  // one order and wait for each other in turn instead of deadlocking.
  await client.query(
    `SELECT pg_advisory_xact_lock(h) FROM
       (SELECT DISTINCT hashtext(k) AS h FROM unnest($1::text[]) AS k ORDER BY h) AS locks`,
    [keys],
  )
  const known = await client.query<{ key: string; kind: string }>(
    'SELECT key, kind FROM entities WHERE key = ANY($1::text[])',
    [keys],
  )
  const storedKind = new Map(known.rows.map((r) => [r.key, r.kind]))
  const merges = new Map<string, Merge>()
  const targets: string[] = []
  // People this article has named so far, by alias: a bare surname may be one of them.
  const people = new Map<string, Set<string>>()
  for (const [i, e] of analysis.entities.entries()) {
    const key = keys[i] as string
    const target =
      storedKind.has(key) || merges.has(key) ? key : ((await bareSurname(client, e, people)) ?? key)
    let merge = merges.get(target)
    if (!merge) {
      merge = {
        key: target,
        name: e.name,
        kind: e.kind,
        country: null,
        code: null,
        articles: 0,
        mentions: 0,
      }
      merges.set(target, merge)
    }
    merge.articles++
    merge.mentions += mentionCount.get(e.id) ?? 0
    merge.country ??= e.country
    merge.code = e.code ?? merge.code
    targets.push(target)
    if ((storedKind.get(target) ?? merge.kind) === 'person')
      for (const alias of [e.name, ...e.aliases]) {
        const norm = aliasKey(alias)
        people.set(norm, (people.get(norm) ?? new Set<string>()).add(target))
      }
  }
  const rows = [...merges.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((m) => ({ ...m, published }))
  const written = await client.query<{ id: number; key: string }>(
    `INSERT INTO entities AS e (key, name, kind, country, code, code_date, articles, mentions, first_seen, last_seen)
     SELECT key, name, kind, country, code, published, articles, mentions, published, published
     FROM jsonb_to_recordset($1::jsonb) AS x(key text, name text, kind text, country text, code text,
       published text, articles int, mentions int)
     ON CONFLICT (key) DO UPDATE SET
       articles = e.articles + excluded.articles, mentions = e.mentions + excluded.mentions,
       first_seen = least(e.first_seen, excluded.first_seen),
       last_seen = greatest(e.last_seen, excluded.last_seen),
       country = coalesce(e.country, excluded.country),
       code = CASE WHEN excluded.code IS NOT NULL AND excluded.code_date >= coalesce(e.code_date, '')
         THEN excluded.code ELSE e.code END,
       code_date = CASE WHEN excluded.code IS NOT NULL AND excluded.code_date >= coalesce(e.code_date, '')
         THEN excluded.code_date ELSE e.code_date END
     RETURNING id, key`,
    [JSON.stringify(rows)],
  )
  const idOf = new Map(written.rows.map((r) => [r.key, r.id]))
  return new Map(analysis.entities.map((e, i) => [e.id, idOf.get(targets[i] as string) as number]))
}

/** The key of the one person a one-word name ("Bukele") stands for, if there is one. */
async function bareSurname(
  client: PoolClient,
  e: Entity,
  named: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<string | null> {
  if (e.kind !== 'person' || /\s/.test(e.name.trim())) return null
  const norm = aliasKey(e.name)
  const { rows } = await client.query<{ key: string }>(
    `SELECT DISTINCT e.key FROM entity_aliases a JOIN entities e ON e.id = a.entity
     WHERE a.norm = $1 AND e.kind = 'person' LIMIT 2`,
    [norm],
  )
  const keys = new Set([...rows.map((r) => r.key), ...(named.get(norm) ?? [])])
  return keys.size === 1 ? ([...keys][0] as string) : null
}
