import { DyadError } from '../errors.js'
import { LANGS, loadLexicon, nameKey } from '../lexicon/index.js'
import type { Store, StoredEntity } from '../store/index.js'
import type { Actor } from './types.js'

let countryIndex: Map<string, { code: string; name: string }> | undefined

/** Country names in every language dyad reads, and their codes, folded for lookup. */
function countries(): Map<string, { code: string; name: string }> {
  if (countryIndex) return countryIndex
  countryIndex = new Map()
  const english = loadLexicon('en').countries
  for (const lang of LANGS) {
    for (const c of loadLexicon(lang).countries.values()) {
      const name = english.get(c.code)?.name ?? c.name
      for (const n of [c.code, ...c.names]) {
        const key = nameKey(n)
        if (!countryIndex.has(key)) countryIndex.set(key, { code: c.code, name })
      }
    }
  }
  return countryIndex
}

/** The English name of a country code, or the code itself. */
export function countryName(code: string): string {
  return loadLexicon('en').countries.get(code)?.name ?? code
}

/**
 * Resolves what the user typed ("Trump", "USA", "El Salvador", "Estados Unidos") to an
 * actor. A country is matched by name or ISO code; anyone else is the stored actor
 * the name fits best. A person stands for their country's side of the relationship:
 * the events and expectations of a dyad are read between countries.
 */
export async function resolveActor(store: Store, query: string): Promise<Actor> {
  const q = query.trim()
  if (!q) throw new DyadError('E_ACTOR', 'an actor name is empty')
  const country = countries().get(nameKey(q))
  if (country) {
    const [stored] = await store.findEntities(country.code, { kind: 'country', limit: 1 })
    const entity = stored?.country === country.code ? stored : undefined
    return {
      query: q,
      name: country.name,
      kind: 'country',
      country: country.code,
      code: country.code,
      entity: entity?.id ?? null,
      side: { entities: entity ? [entity.id] : [], countries: [country.code] },
    }
  }
  const [best] = await store.findEntities(q, { limit: 1 })
  if (!best)
    throw new DyadError(
      'E_ACTOR',
      `no actor in the store matches "${q}"; \`dyad actors ${JSON.stringify(q)} --db …\` lists close names`,
    )
  return fromEntity(q, best)
}

function fromEntity(query: string, e: StoredEntity): Actor {
  return {
    query,
    name: e.name,
    kind: e.kind,
    country: e.country,
    code: e.code,
    entity: e.id,
    side: { entities: [e.id], countries: e.country ? [e.country] : [] },
  }
}

/** The stored actor with this id as a side of a relationship, or null when there is none. */
export async function actorById(store: Store, id: number): Promise<Actor | null> {
  const e = await store.entity(id)
  return e ? fromEntity(String(id), e) : null
}
