import type { Role } from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import { startsLong } from './build.js'
import type { Draft } from './draft.js'

/**
 * The CAMEO-style actor code of an entity on a date: country plus sector
 * (`USAGOV`, `SLVJUD`, `USABUS`), from the office it held that day, else its
 * known sector, else the sector its role in the text implies; a country is its ISO-3.
 */
export function actorCode(d: Draft, lex: Lexicon, date: string): string | null {
  if (d.kind === 'country') return d.country
  if (d.kind === 'person') {
    const term = lex.officeHolders.termsAt(d.lexiconName ?? d.name, date)[0]
    if (term) return `${term.country}${term.sector}`
    const sector = d.sector ?? textSector(d.roles, date)
    if (d.country) return sector ? `${d.country}${sector}` : d.country
    // The UN's Secretary-General, NATO's: an official of a body above countries acts for it.
    return sector && INTERNATIONAL.has(sector) ? sector : null
  }
  if (d.country && d.sector) return `${d.country}${d.sector}`
  // The UN, the IMF, Amnesty: a body above or outside countries goes by its sector alone.
  if (!d.country && d.sector && INTERNATIONAL.has(d.sector)) return d.sector
  return d.country
}

const INTERNATIONAL = new Set(['IGO', 'NGO'])

function textSector(roles: readonly Role[], date: string): string | null {
  const current = roles.find((r) => r.via === 'text' && (r.to === null || r.to >= date))
  return current?.sector ?? null
}

/** Dated roles from the office-holder lexicon, oldest first. */
export function lexiconRoles(d: Draft, lex: Lexicon, published: string): Role[] {
  if (d.kind !== 'person') return []
  return (
    lex.officeHolders
      .termsOf(d.lexiconName ?? d.name)
      // A bare surname ("Mr Blair" in 2005) is not someone who takes office years later.
      .filter((t) => (d.lexiconName ? t.name === d.lexiconName : !startsLong(t.from, published)))
      .map((t) => ({
        title: t.title,
        of: t.country,
        from: t.from,
        to: t.to,
        sector: t.sector,
        via: 'lexicon' as const,
      }))
      .sort((a, b) => (a.from < b.from ? -1 : 1))
  )
}
