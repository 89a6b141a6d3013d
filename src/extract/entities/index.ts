/** Entities and mentions: names, roles, coreference and actor codes. */
import type { Doc, Entity, Mention, Role, Span, Timex } from '../../doc/index.js'
import { inForce, type Lexicon } from '../../lexicon/index.js'
import { buildNames } from './build.js'
import { actorCode, lexiconRoles } from './codes.js'
import { resolveDescriptions, resolvePronouns } from './coref.js'
import type { Draft } from './draft.js'
import type { Registry } from './registry.js'
import { readRoles } from './roles.js'

export { actorCode } from './codes.js'
export { antecedent, leadPerson, personMentionList } from './coref.js'
export type { Draft } from './draft.js'
export type { Registry } from './registry.js'
export { mentionIndex } from './roles.js'

export interface EntityLayer {
  entities: Entity[]
  mentions: Mention[]
  /** Working state that later extractors (quotes, events) read. */
  registry: Registry
  idOf: (d: Draft) => string
}

/**
 * Finds the people, organisations, countries and places of a document, with every
 * mention (names, short forms, titles, pronouns, demonyms, descriptions) and roles.
 * `quoted` are the spans inside quotation marks, which pronoun resolution treats apart;
 * `timexes` date the passages where "the then candidate" must be resolved.
 */
export function extractEntities(
  doc: Doc,
  lex: Lexicon,
  quoted: readonly Span[],
  timexes: readonly Timex[] = [],
): EntityLayer {
  const { registry, names } = buildNames(doc, lex)
  readRoles(doc, lex, registry, names)
  resolveDescriptions(doc, lex, registry, timexes)
  resolvePronouns(doc, lex, registry, quoted)

  const kept = registry.drafts.filter((d) => d.mentions.length > 0)
  kept.sort((a, b) => firstMention(a) - firstMention(b))
  const ids = new Map<Draft, string>(kept.map((d, i) => [d, `e${i + 1}`]))
  const idOf = (d: Draft) => ids.get(d) ?? ''
  const entities: Entity[] = kept.map((d) => {
    const fromLexicon = lexiconRoles(d, lex, doc.published)
    // Someone now serving a body above countries (Solana, Barroso after their national
    // terms) is of no country but while a national term is in force.
    const international = !!d.sector && INTERNATIONAL_SECTORS.has(d.sector)
    const inOffice = (r: Role) =>
      r.from !== null && inForce({ from: r.from, to: r.to }, doc.published)
    const held = international ? fromLexicon.find(inOffice) : fromLexicon[0]
    const country = d.country ?? held?.of ?? null
    if (!d.country && country) d.country = country
    return {
      id: idOf(d),
      name: d.lexiconName ?? d.name,
      kind: d.kind,
      country,
      code: actorCode(d, lex, doc.published),
      roles: [...d.roles, ...fromLexicon],
      aliases: [...d.aliases].filter((a) => a !== (d.lexiconName ?? d.name)),
    }
  })
  const mentions: Mention[] = kept
    .flatMap((d) => d.mentions.map((m) => ({ ...m, entity: idOf(d) })))
    .sort((a, b) => a.start - b.start || a.end - b.end)
  return { entities, mentions, registry, idOf }
}

const INTERNATIONAL_SECTORS = new Set(['IGO', 'NGO'])

const firstMention = (d: Draft): number => Math.min(...d.mentions.map((m) => m.start))
