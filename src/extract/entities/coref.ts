import {
  countStartingBefore,
  type Doc,
  type Span,
  type Timex,
  type Token,
} from '../../doc/index.js'
import { inForce, type Lexicon, type RoleTitle } from '../../lexicon/index.js'
import { singular, TIME_PREFIX } from './candidates.js'
import type { Draft } from './draft.js'
import type { Registry } from './registry.js'
import { mentionIndex } from './roles.js'

const COUNTRY_NOUNS = new Set([
  'country',
  'nation',
  'republic',
  'state',
  'país',
  'nación',
  'república',
  'estado',
])
const TEMPORAL = new Set([
  'then',
  'former',
  'new',
  'current',
  'outgoing',
  'incoming',
  'entonces',
  'expresidente',
  'actual',
  'nuevo',
  'nueva',
])

/**
 * Definite descriptions: "the Salvadoran president" → the person who holds that
 * office (in the text or, on the publication date, in the lexicon); "the historian"
 * → the last person given that role; "the Central American country" → the last
 * country of that region mentioned.
 */
export function resolveDescriptions(
  doc: Doc,
  lex: Lexicon,
  registry: Registry,
  timexes: readonly Timex[],
): void {
  const { tokens } = doc
  const entityAt = mentionIndex(registry)
  for (let i = 0; i < tokens.length; i++) {
    const det = (tokens[i] as Token).text.toLowerCase()
    if (!DETERMINERS.has(det)) continue
    let k = i + 1
    if (TEMPORAL.has((tokens[k]?.text ?? '').toLowerCase())) k++
    // An optional country, demonym or regional adjective.
    let country: string | null = null
    let regionCodes: readonly string[] | null = null
    const mod = tokens[k]
    if (mod && mod.sentence === (tokens[i] as Token).sentence) {
      const word = mod.text.replace(TIME_PREFIX, '')
      const e = entityAt(mod.start)
      const gaz = lex.gazetteer.longest(tokens, k)
      if (lex.demonyms.has(word)) {
        country = lex.demonyms.get(word) ?? null
        k++
      } else if (e?.kind === 'country') {
        country = e.country
        k += gaz?.length ?? 1
      } else {
        const two = `${word} ${tokens[k + 1]?.text ?? ''}`
        if (lex.regions.has(two)) {
          regionCodes = lex.regions.get(two) ?? null
          k += 2
        } else if (lex.regions.has(word)) {
          regionCodes = lex.regions.get(word) ?? null
          k++
        }
      }
    }
    const head = tokens[k]
    if (!head || head.sentence !== (tokens[i] as Token).sentence) continue
    // "Police arrested the accused": the one person the article is about and gives no office.
    const named = tokens[k + 1]?.upper && tokens[k + 1]?.sentence === head.sentence
    if (!country && !regionCodes && !named && lex.eventWords.isLower('accused', head.lower)) {
      const lead = leadPerson(registry)
      if (lead) registry.mention(lead, (tokens[i] as Token).start, head.end, 'description')
      continue
    }
    if ((country || regionCodes) && COUNTRY_NOUNS.has(head.text.toLowerCase())) {
      const target = country
        ? registry.drafts.find((d) => d.kind === 'country' && d.country === country)
        : lastCountryIn(registry, regionCodes ?? [], head.start)
      if (target) registry.mention(target, (tokens[i] as Token).start, head.end, 'description')
      continue
    }
    // "the commission", "la comisión": the organisation last named whose name holds the noun.
    const next = tokens[k + 1]
    if (
      !country &&
      !regionCodes &&
      !(next?.upper && next.word && next.sentence === head.sentence)
    ) {
      const body = namedBody(registry, lex, head, head.start)
      if (body) {
        registry.mention(body, (tokens[i] as Token).start, head.end, 'description')
        continue
      }
    }
    const role = lex.roles.longest(tokens, k, (w) => w.toLowerCase().replace(TIME_PREFIX, ''))
    if (!role) continue
    // "los líderes del PRI", "the ministers": many people, never one of them.
    if (
      role.values.some((title) =>
        isPlural(
          doc.text.slice((tokens[k] as Token).start, (tokens[k + role.length - 1] as Token).end),
          title,
        ),
      )
    )
      continue
    // "the historian Héctor Lindo Fuentes": the name itself is the mention.
    let after = tokens[k + role.length]
    let last = k + role.length - 1
    // Spanish puts the demonym after the noun: "el mandatario salvadoreño".
    if (
      !country &&
      after &&
      after.sentence === (tokens[i] as Token).sentence &&
      lex.demonyms.has(after.text)
    ) {
      country = lex.demonyms.get(after.text) ?? null
      last++
      after = tokens[last + 1]
    }
    // "el presidente de El Salvador", "the president of Mexico".
    if (!country && after && lex.eventWords.is('genitive', after.text)) {
      const k2 = lex.eventWords.is('determiner', tokens[last + 2]?.text) ? last + 3 : last + 2
      const named = tokens[k2] ? entityAt((tokens[k2] as Token).start) : undefined
      if (named?.kind === 'country') {
        country = named.country
        last = k2 + (lex.gazetteer.longest(tokens, k2)?.length ?? 1) - 1
        after = tokens[last + 1]
      }
    }
    if (after?.upper && after.word) continue
    const end = (tokens[last] as Token).end
    const span = { start: (tokens[i] as Token).start, end }
    const title = role.values[0] as RoleTitle
    // Only a singular general word points at one person: "el académico", not "los académicos".
    const generic =
      title.generic === true && !/s$/.test((tokens[k + role.length - 1] as Token).lower)
    const target = bestHolder(
      registry,
      lex,
      title,
      country,
      span,
      dateAround(doc, timexes, span.start),
      generic,
    )
    if (target) {
      registry.mention(target, span.start, span.end, 'title')
      i = k + role.length - 1
    }
  }
}

/**
 * The person the article is about who holds no office (none in the text, none in the
 * lexicon): named more often than anyone else of no office, and at least twice (pronouns
 * not counted). "The accused", "the suspect"
 * and "the gunman" are that person.
 */
export function leadPerson(registry: Registry): Draft | undefined {
  const counts = registry.drafts
    .filter((d) => d.kind === 'person' && !d.roles.length && !d.lexiconName)
    .map((d) => ({ d, n: d.mentions.filter((m) => m.via !== 'pronoun').length }))
    .sort((a, b) => b.n - a.n)
  const [first, second] = counts
  return first && first.n >= 2 && (!second || first.n > second.n) ? first.d : undefined
}

/** A title's plural: its words hold the form without the ending ("ministros", "líderes"). */
function isPlural(phrase: string, title: RoleTitle): boolean {
  const w = phrase.toLowerCase()
  return (
    (w.endsWith('es') && title.words.includes(w.slice(0, -2))) ||
    (w.endsWith('s') && title.words.includes(w.slice(0, -1)))
  )
}

const DETERMINERS = new Set(['the', 'el', 'la', 'los', 'las', 'este', 'esta', 'dicho', 'dicha'])

/**
 * The date a passage is about: the last date named before `offset` in the same or
 * the previous paragraph ("It was in July 2024 … said the then candidate"), else the publication date.
 */
function dateAround(doc: Doc, timexes: readonly Timex[], offset: number): string {
  const here = doc.sentences.find((s) => s.start <= offset && offset < s.end)?.paragraph ?? 0
  let best: Timex | undefined
  for (const t of timexes) {
    if (t.start >= offset) break
    const p = doc.sentences.find((s) => s.start <= t.start && t.start < s.end)?.paragraph ?? -9
    if (here - p <= 1) best = t
  }
  const value = best?.value ?? doc.published
  return value.length === 4 ? `${value}-07-01` : value.length === 7 ? `${value}-15` : value
}

function bestHolder(
  registry: Registry,
  lex: Lexicon,
  role: RoleTitle,
  country: string | null,
  at: Span,
  published: string,
  generic = false,
): Draft | undefined {
  const people = registry.drafts.filter(
    (d) => d.kind === 'person' && d.mentions.some((m) => m.start < at.start),
  )
  const fits = (d: Draft) =>
    (!country || d.country === country || d.roles.some((r) => r.of === country)) &&
    (d.roleIds.has(role.id) ||
      (generic && role.sector && d.roles.some((r) => r.sector === role.sector)) ||
      d.roles.some((r) => r.sector === role.sector && sameTitle(r.title, role)) ||
      (role.office !== undefined &&
        lex.officeHolders.termsOf(d.lexiconName ?? d.name).some(
          (t) =>
            // Any head of state or government answers "the leader" of a named country;
            // unplaced, "the new Sultan" is no prime minister named elsewhere, though a
            // president who heads both may be "la entonces presidenta".
            (t.office === role.office ||
              (role.office?.startsWith('head-of') === true &&
                t.office.startsWith('head-of') &&
                (country !== null || [t.office, role.office].includes(BOTH_HEADS)))) &&
            (!country || t.country === country),
        )))
  const ranked = people
    .filter(fits)
    .sort((a, b) => lastBefore(b, at.start) - lastBefore(a, at.start))
  if (ranked.length > 1 && role.office) {
    const sameOffice = (office: string) =>
      office === role.office ||
      (role.office?.startsWith('head-of') === true && office.startsWith('head-of'))
    const current = ranked.find((d) =>
      lex.officeHolders
        .termsAt(d.lexiconName ?? d.name, published)
        .some((t) => sameOffice(t.office)),
    )
    if (current) return current
  }
  if (ranked[0]) return ranked[0]
  if (country && role.office) {
    const offices = role.office.startsWith('head-of')
      ? (['head-of-state', 'head-of-state-and-government', 'head-of-government'] as const)
      : [role.office]
    const holder = lex.officeHolders.holderAt(country, offices, published)
    if (holder && inForce(holder, published)) return registry.find(holder.name, 'person')
  }
  return undefined
}

const BOTH_HEADS = 'head-of-state-and-government'

const sameTitle = (title: string, role: RoleTitle): boolean => {
  const t = title.toLowerCase()
  return role.words.some((w) => t === w || t.startsWith(`${w} `) || t.endsWith(` ${w}`))
}

function lastBefore(d: Draft, offset: number): number {
  let best = -1
  for (const m of d.mentions) if (m.start < offset && m.start > best) best = m.start
  return best
}

/** The organisation named last before `offset` whose name holds the body noun `head`. */
function namedBody(
  registry: Registry,
  lex: Lexicon,
  head: Token,
  offset: number,
): Draft | undefined {
  const noun = singular(head.text)
  const word = noun.charAt(0).toUpperCase() + noun.slice(1)
  if (!head.word || head.upper || !lex.orgWords.has(word)) return undefined
  return registry.drafts
    .filter(
      (d) =>
        d.kind === 'organization' &&
        lastBefore(d, offset) >= 0 &&
        d.name.split(/\s+/).some((w) => singular(w) === word),
    )
    .sort((a, b) => lastBefore(b, offset) - lastBefore(a, offset))[0]
}

function lastCountryIn(
  registry: Registry,
  codes: readonly string[],
  offset: number,
): Draft | undefined {
  const set = new Set(codes)
  return registry.drafts
    .filter((d) => d.kind === 'country' && d.country && set.has(d.country))
    .sort((a, b) => lastBefore(b, offset) - lastBefore(a, offset))[0]
}

/**
 * Personal pronouns → the most salient earlier person: the first person named in
 * the same sentence before the pronoun, else the first person of the nearest
 * earlier sentence that names one. Mentions inside quotations are skipped unless
 * the pronoun is inside the same quotation, and gender must agree when known.
 * A resolved pronoun is itself a mention later pronouns may take up, so a chain
 * of "he … he … He also noted" keeps its person past the window of sentences.
 */
export function resolvePronouns(
  doc: Doc,
  lex: Lexicon,
  registry: Registry,
  quoted: readonly Span[],
): void {
  const persons = personMentions(registry)
  for (const t of doc.tokens) {
    const p = lex.pronouns.get(t.text.toLowerCase())
    if (p?.number !== 'sg' || p.gender === 'n') continue
    if (!p.resolve) continue
    const target = antecedent(doc, persons, t, p.gender, quoted)
    if (!target) continue
    registry.mention(target, t.start, t.end, 'pronoun')
    const mention = { d: target, start: t.start, end: t.end, sentence: -1 }
    persons.splice(countStartingBefore(persons, t.start), 0, mention)
  }
}

interface PersonMention {
  d: Draft
  start: number
  end: number
  sentence: number
}

function personMentions(registry: Registry): PersonMention[] {
  return registry.drafts
    .filter((d) => d.kind === 'person')
    .flatMap((d) => d.mentions.map((m) => ({ d, start: m.start, end: m.end, sentence: -1 })))
    .sort((a, b) => a.start - b.start)
}

/** Exported for quote attribution, which resolves speaker pronouns the same way. */
export function antecedent(
  doc: Doc,
  persons: readonly PersonMention[],
  at: Token,
  gender: string,
  quoted: readonly Span[],
): Draft | undefined {
  const inQuote = quoted.find((q) => q.start <= at.start && at.start < q.end)
  const ok = (m: PersonMention) => {
    const q = quoted.find((s) => s.start <= m.start && m.start < s.end)
    if (q !== inQuote) return false
    return m.d.gender === 'u' || gender === 'u' || m.d.gender === gender
  }
  const sentences = doc.sentences
  for (let s = at.sentence; s >= Math.max(0, at.sentence - 3); s--) {
    const sent = sentences[s]
    if (!sent) continue
    const end = s === at.sentence ? at.start : sent.end
    const inside = persons.filter((m) => m.start >= sent.start && m.start < end && ok(m))
    // "One of Mr Brown's aides, Ed Balls, hinted …": an owner is rarely whom "he" takes up.
    const owner = (m: PersonMention) => /^['’]s\b/.test(doc.text.slice(m.end, m.end + 3))
    const first = inside.find((m) => !owner(m)) ?? inside[0]
    if (first) return first.d
  }
  return undefined
}

export function personMentionList(registry: Registry): PersonMention[] {
  return personMentions(registry)
}
