import type { Office, OfficeTerm } from './schemas.js'

/** Dated roles by person: who held which office on a given day. */
export class OfficeHolders {
  private readonly byName = new Map<string, OfficeTerm[]>()

  constructor(readonly terms: readonly OfficeTerm[]) {
    for (const t of terms) {
      for (const n of [t.name, ...t.aliases]) {
        const key = nameKey(n)
        const list = this.byName.get(key) ?? []
        list.push(t)
        this.byName.set(key, list)
      }
    }
  }

  /** Every term of the person known by this name or alias. */
  termsOf(name: string): readonly OfficeTerm[] {
    return this.byName.get(nameKey(name)) ?? []
  }

  /** Terms of this person in force on `date` (YYYY-MM-DD), most senior first. */
  termsAt(name: string, date: string): OfficeTerm[] {
    return this.termsOf(name)
      .filter((t) => inForce(t, date))
      .sort((a, b) => SENIORITY.indexOf(a.office) - SENIORITY.indexOf(b.office))
  }

  /** Who held `office` in `country` on `date`. */
  holderAt(country: string, offices: readonly Office[], date: string): OfficeTerm | undefined {
    return this.terms.find(
      (t) => t.country === country && offices.includes(t.office) && inForce(t, date),
    )
  }
}

const SENIORITY: readonly Office[] = [
  'head-of-state-and-government',
  'head-of-state',
  'head-of-government',
  'president-elect',
  'foreign-minister',
  'interior-minister',
  'justice-minister',
  'defense-minister',
  'prosecutor-general',
  'candidate',
]

/** A term is in force from its first day to its last; month-only dates cover the whole month. */
export function inForce(term: Pick<OfficeTerm, 'from' | 'to'>, date: string): boolean {
  return (
    term.from.slice(0, date.length) <= date &&
    (term.to === null || date <= `${term.to}-31`.slice(0, Math.max(10, term.to.length)))
  )
}

const keys = new Map<string, string>()

/** The form names are compared in: no accents, no case, no periods or apostrophes. */
export function nameKey(name: string): string {
  let key = keys.get(name)
  if (key === undefined) {
    key = computeKey(name)
    if (keys.size > 50_000) keys.clear()
    keys.set(name, key)
  }
  return key
}

const computeKey = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
