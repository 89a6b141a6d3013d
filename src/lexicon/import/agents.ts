import type { Lang } from '../../doc/index.js'
import type { AgentEntry } from '../verb-schemas.js'
import { type SourceLine, sourceLines, type Tally, where } from './source.js'
import { slug } from './words.js'

/** A member of a substitution set (`!MINIST! = MINISTER, MINISTERS, …`) with its plural. */
interface Member {
  singular: string
  plural?: string
}

/**
 * TABARI stems left in the English agents file (`CIVIL_DEFENSE_MINIST`): PETRARCH matches
 * whole words, so they never fire. A stem its file's own substitution set spells out
 * (`MINIST` → `!MINIST!`: minister, ministry and their plurals) is expanded through it.
 */
const STEMS = new Set([
  'authorit',
  'compan',
  'ent',
  'industr',
  'milita',
  'minist',
  'ministr',
  'org',
])
const STEM_SETS = new Map([
  ['minist', 'MINIST'],
  ['ministr', 'MINIST'],
])
const NOT_MAN_MEN = new Set(['human', 'german', 'roman', 'shaman', 'ottoman', 'talisman'])
const EN_PREPOSITIONS = new Set(['of', 'for', 'to', 'at', 'in', 'on', 'with', 'from', 'against'])

/** The English regular plural of one word, or null when it looks plural or invariant already. */
export function englishPlural(word: string): string | null {
  if (/(ss|x|z|ch|sh|us)$/.test(word)) return `${word}es`
  if (word.endsWith('s')) return null
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  if (word.endsWith('man') && !NOT_MAN_MEN.has(word)) return `${word.slice(0, -3)}men`
  return `${word}s`
}

/**
 * The regular plural of an English phrase: its last word, or the word before its first
 * preposition ("chairman of the council" → "chairmen of the council").
 */
export function phrasePlural(words: readonly string[]): string[] | null {
  const p = words.findIndex((w, i) => i > 0 && EN_PREPOSITIONS.has(w))
  const at = p > 0 ? p - 1 : words.length - 1
  const plural = englishPlural(words[at] ?? '')
  return plural ? words.map((w, i) => (i === at ? plural : w)) : null
}

const isPluralOf = (lang: Lang, sing: string, plural: string) =>
  lang === 'en' ? plural === englishPlural(sing) : plural === `${sing}s` || plural === `${sing}es`

const words = (phrase: string) =>
  phrase
    .toLowerCase()
    .replace(/,/g, ' , ')
    .split(/\s+/)
    .filter((w) => w)

/**
 * Reads an agents file (`Phoenix.agents.txt`, `agents_181220.txt`): `PHRASE {PLURAL} [~CODE]`
 * a line, `!SET! = A, B` substitution sets. Returns sorted entries with unique ids; what
 * it skips or repairs is counted in `tally`.
 */
export function readAgents(lang: Lang, file: string, text: string, tally: Tally): AgentEntry[] {
  const sets = new Map<string, Member[]>()
  const entries: Omit<AgentEntry, 'id'>[] = []
  const seen = new Map<string, string>()
  for (const l of sourceLines(file, text)) {
    // The Spanish file's space-to-underscore damage (`!PERSONA!_=_HOMBRE,_…`) undone: `_` is a space.
    const t = l.text.replace(/_/g, ' ').trim()
    if (!t) continue
    const set = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(t)
    if (set) {
      sets.set(set[1] ?? '', readSet(lang, set[2] ?? ''))
      continue
    }
    if (t.startsWith('+')) {
      tally.add('skipped: synonym line ("+") without code', l)
      continue
    }
    const found = [...t.matchAll(/([^[\]{}]+?)\s*(\{[^}]*\})?\s*\[([^\]}]*)([\]}])/g)]
    if (found.length === 0) {
      tally.add('skipped: entry without code', l)
      continue
    }
    if (found.length > 1) tally.add('line with several entries (each kept)', l)
    for (const m of found) {
      if (m[4] === '}') tally.add('code closed by "}" (repaired)', l)
      for (const e of expand(lang, l, m[1] ?? '', m[2], m[3] ?? '', sets, tally)) {
        const key = e.words.join(' ')
        const before = seen.get(key)
        if (before !== undefined) {
          tally.add(
            before === `${e.sector}${e.more ?? ''}`
              ? 'skipped: duplicate entry (first kept)'
              : 'skipped: duplicate entry with another code (first kept)',
            l,
          )
          continue
        }
        seen.set(key, `${e.sector}${e.more ?? ''}`)
        entries.push(e)
      }
    }
  }
  // A plural that is an entry of its own stays that entry, with its own code.
  for (const e of entries) {
    if (!e.plurals) continue
    const kept = e.plurals.filter((p) => !seen.has(p.join(' ')))
    if (kept.length < e.plurals.length) tally.add('plural dropped: an entry of its own')
    if (kept.length) e.plurals = kept
    else delete e.plurals
  }
  return withIds(lang, entries)
}

function readSet(lang: Lang, list: string): Member[] {
  const members: Member[] = []
  for (const raw of list.split(',')) {
    const w = raw.trim().toLowerCase()
    if (!w || members.some((m) => m.singular === w || m.plural === w)) continue
    const last = members[members.length - 1]
    if (last && !last.plural && isPluralOf(lang, last.singular, w)) last.plural = w
    else members.push({ singular: w })
  }
  return members
}

function expand(
  lang: Lang,
  l: SourceLine,
  rawPhrase: string,
  rawPlural: string | undefined,
  rawCode: string,
  sets: ReadonlyMap<string, Member[]>,
  tally: Tally,
): Omit<AgentEntry, 'id'>[] {
  const code = readAgentCode(rawCode.trim(), l, tally)
  if (!code) return []
  let phrase = rawPhrase.trim()
  if (/\([^)]*\)/.test(phrase)) {
    phrase = phrase.replace(/\s*\([^)]*\)\s*/g, ' ').trim()
    tally.add('parenthesised note dropped from an agent', l)
  }
  let stemSet: string | undefined
  const ws = words(phrase)
  const stem = ws.find((w) => STEMS.has(w))
  if (lang === 'en' && stem) {
    stemSet = STEM_SETS.get(stem)
    if (!stemSet || !sets.has(stemSet)) {
      tally.add('skipped: TABARI stem, not a word', l)
      return []
    }
    phrase = ws.map((w) => (w === stem ? `!${stemSet}!` : w)).join(' ')
    tally.add('stem expanded by its substitution set', l)
  }
  const base = { sector: code.sector, ...code.rest, src: where(l) }
  const use = /!([A-Z]+)!/i.exec(phrase)
  if (use) {
    const members = sets.get((use[1] ?? '').toUpperCase())
    const rest = phrase.replace(use[0], '')
    if (!members || /[!¡]/.test(rest)) {
      tally.add('skipped: damaged or unknown substitution set', l)
      return []
    }
    // Every member is substituted, with no further plural than the set's own pairs.
    return members.map((m) => {
      const entry: Omit<AgentEntry, 'id'> = {
        words: words(phrase.replace(use[0], m.singular)),
        ...base,
      }
      if (m.plural) entry.plurals = [words(phrase.replace(use[0], m.plural))]
      return entry
    })
  }
  if (/[!¡]/.test(phrase)) {
    tally.add('skipped: damaged or unknown substitution set', l)
    return []
  }
  const entry: Omit<AgentEntry, 'id'> = { words: ws, ...base }
  if (ws.length === 0) {
    tally.add('skipped: entry without words', l)
    return []
  }
  if (rawPlural !== undefined) {
    const plural = words(rawPlural.slice(1, -1))
    if (plural.length && plural.join(' ') !== ws.join(' ')) entry.plurals = [plural]
  } else if (lang === 'en') {
    const plural = phrasePlural(ws)
    if (plural) entry.plurals = [plural]
  }
  return [entry]
}

function readAgentCode(
  raw: string,
  l: SourceLine,
  tally: Tally,
): { sector: string; rest: { more?: string; before?: true } } | null {
  let m = /^~([A-Z]{3})((?:[A-Z]{3})*)$/.exec(raw)
  let before = false
  if (!m) {
    m = /^([A-Z]{3})((?:[A-Z]{3})*)~$/.exec(raw)
    before = !!m
  }
  if (!m) {
    m = /^([A-Z]{3})((?:[A-Z]{3})*)$/.exec(raw)
    if (m) tally.add('code without "~" read as a suffix', l)
  }
  if (!m) {
    tally.add('skipped: invalid agent code', l)
    return null
  }
  const rest: { more?: string; before?: true } = {}
  if (m[2]) rest.more = m[2]
  if (before) rest.before = true
  return { sector: m[1] ?? '', rest }
}

/** Ids from the words' slug; words that slug alike (policía, policia) get -2, -3 in sorted order. */
function withIds(lang: Lang, entries: Omit<AgentEntry, 'id'>[]): AgentEntry[] {
  const sorted = [...entries].sort((a, b) => cmp(a.words.join(' '), b.words.join(' ')))
  const used = new Map<string, number>()
  const out = sorted.map((e) => {
    const s = slug(e.words.join(' ')) || 'x'
    const n = (used.get(s) ?? 0) + 1
    used.set(s, n)
    const { words: w, plurals, sector, more, before, src } = e
    return {
      id: `${lang}.agent.${s}${n > 1 ? `-${n}` : ''}`,
      words: w,
      ...(plurals ? { plurals } : {}),
      sector,
      ...(more ? { more } : {}),
      ...(before ? { before } : {}),
      src,
    }
  })
  return out.sort((a, b) => cmp(a.id, b.id))
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The Spanish agents file's machine translation made acts of some words ("acuerdo" as
 * a civilian, "visita" a business, "reunión" a legislature): a one-word agent that is
 * an event noun the project's patterns head ("acuerdo con", "visita a") is no role
 * and is dropped. Returns the agents kept and the words dropped.
 */
export function withoutActNouns(
  agents: readonly AgentEntry[],
  acts: ReadonlySet<string>,
): { kept: AgentEntry[]; dropped: string[] } {
  const kept: AgentEntry[] = []
  const dropped: string[] = []
  for (const a of agents) {
    const [only] = a.words
    if (a.words.length === 1 && only && acts.has(only)) dropped.push(only)
    else kept.push(a)
  }
  return { kept, dropped }
}
