import type { Entity } from '../doc/index.js'
import { nameKey } from '../lexicon/office-holders.js'

/**
 * The key that makes one actor of many mentions across articles: a country by its
 * code (so "Estados Unidos" and "United States" are one), a person by name, and any
 * other name whatever kind one article gave it ("the White House" is a building in
 * one and the administration in another), with case and accents folded.
 */
export function entityKey(entity: Pick<Entity, 'kind' | 'name' | 'country'>): string {
  if (entity.kind === 'country' && entity.country) return `country:${entity.country}`
  return `${entity.kind === 'person' ? 'person' : 'named'}:${nameKey(entity.name)}`
}

/** How aliases are compared when a query or a bare surname looks an actor up. */
export const aliasKey = (alias: string): string => nameKey(alias)
