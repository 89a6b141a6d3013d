import { createRequire } from 'node:module'
import type isoCountriesModule from 'i18n-iso-countries'
import type { Country } from 'world-countries'
import type { CountryNames, Region } from './schemas.js'
import { derived } from './snapshot.js'

const require = createRequire(import.meta.url)

export interface CountryInfo {
  code: string
  name: string
  names: Set<string>
  demonyms: Set<string>
  capitals: string[]
  region: string
  subregion: string
}

/** Not independent in the package's data, yet with demonyms of their own. */
const SELF_NAMED = new Set(['PSE', 'TWN', 'XKX', 'PRI', 'HKG', 'GRL'])

/**
 * Countries with their names in one language: the packages give official and
 * common names, English demonyms and capitals; our `countries.jsonl` adds what
 * they miss (short forms, plurals, Spanish demonyms, unaccented spellings).
 */
export function buildCountries(
  lang: string,
  /** world-countries' key for the language's names: eng, spa, fra, por, … */
  namesKey: string,
  extra: readonly CountryNames[],
): Map<string, CountryInfo> {
  // The packages' part comes from the build's snapshot while the packages are unchanged:
  // loading them is about 0.1 s of every start.
  const base = derived(`countries-${lang}-${namesKey}`, countrySources(lang), () =>
    packageCountries(lang, namesKey),
  ) as BaseCountry[]
  const out = new Map<string, CountryInfo>()
  for (const b of base)
    out.set(b.code, { ...b, names: new Set(b.names), demonyms: new Set(b.demonyms) })
  for (const e of extra) {
    const info = out.get(e.country)
    if (!info) continue
    for (const n of e.names) info.names.add(n)
    for (const d of e.demonyms) info.demonyms.add(d)
    for (const c of e.capitals) if (!info.capitals.includes(c)) info.capitals.push(c)
  }
  return out
}

/** The packages' files a language's countries are read from. */
export const countrySources = (lang: string): string[] => [
  require.resolve('world-countries/countries.json'),
  require.resolve(`i18n-iso-countries/langs/${lang}.json`),
]

/** A country as the packages give it, in plain JSON. */
type BaseCountry = Omit<CountryInfo, 'names' | 'demonyms'> & {
  names: string[]
  demonyms: string[]
}

function packageCountries(lang: string, namesKey: string): BaseCountry[] {
  const isoCountries = require('i18n-iso-countries') as {
    default?: typeof isoCountriesModule
  } & typeof isoCountriesModule
  const iso = isoCountries.default ?? isoCountries
  const worldCountries = require('world-countries/countries.json') as Country[]
  if (!iso.langs().includes(lang))
    iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`))
  const english = namesKey === 'eng'
  const isoNames = iso.getNames(lang, { select: 'all' }) as Record<string, string[]>
  const out: BaseCountry[] = []
  for (const raw of worldCountries) {
    // Territories count too (Puerto Rico, Hong Kong, Greenland); Kosovo takes the code the EU and the IMF use.
    const c = raw.cca3 === 'UNK' ? { ...raw, cca3: 'XKX' } : raw
    if (c.cca3 === 'ATA' || c.cca3 === 'UMI') continue
    const names = new Set<string>()
    const demonyms = new Set<string>()
    if (english) {
      names.add(c.name.common)
      names.add(c.name.official)
      // A territory's demonym is its sovereign's or a neighbour's ("Indian" is not the Indian Ocean Territory).
      const eng = c.independent || SELF_NAMED.has(c.cca3) ? c.demonyms?.eng : undefined
      if (eng?.m) demonyms.add(eng.m)
      if (eng?.f) demonyms.add(eng.f)
    } else {
      const t = c.translations[namesKey]
      if (t) {
        names.add(t.common)
        names.add(t.official)
      }
    }
    for (const n of isoNames[c.cca2] ?? [])
      if (!n.includes(',') && n.replace(/\./g, '').length > 2) names.add(n)
    out.push({
      code: c.cca3,
      name: english ? c.name.common : (c.translations[namesKey]?.common ?? c.name.common),
      names: [...names],
      demonyms: [...demonyms],
      capitals: [...(c.capital ?? [])],
      region: c.region,
      subregion: c.subregion,
    })
  }
  return out
}

/** The countries a region word covers ("Central American" → SLV, GTM, HND, …). */
export function regionCountries(
  region: Region,
  countries: ReadonlyMap<string, CountryInfo>,
): string[] {
  const subs = new Set([
    ...(region.subregions ?? []),
    ...(region.subregion ? [region.subregion] : []),
  ])
  const codes = new Set(region.countries ?? [])
  for (const c of countries.values()) {
    if (subs.has(c.subregion) || (region.region && c.region === region.region)) codes.add(c.code)
  }
  return [...codes]
}
