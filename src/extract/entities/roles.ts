import { countStartingBefore, type Doc, type Role, type Token } from '../../doc/index.js'
import type { Lexicon, RoleTitle } from '../../lexicon/index.js'
import type { NameMention } from './build.js'
import { TIME_PREFIX } from './candidates.js'
import { appositiveRole, roleBefore } from './classify.js'
import type { Draft } from './draft.js'
import type { Registry } from './registry.js'

/**
 * Roles read from the text around person names: a title before the name
 * ("then-Attorney General William P. Barr", "historian Héctor Lindo Fuentes"),
 * an appositive after it (", professor emeritus at Fordham University in New York,"),
 * or "of <country>" ("President Nayib Bukele of El Salvador").
 */
export function readRoles(
  doc: Doc,
  lex: Lexicon,
  registry: Registry,
  names: readonly NameMention[],
): void {
  const { tokens, text } = doc
  const entityAt = mentionIndex(registry)
  for (const { draft, candidate: c } of names) {
    if (draft.kind !== 'person') continue
    if (c.role?.title)
      addRole(
        draft,
        c.role.title,
        c.role.start,
        c.role.end,
        countryBefore(doc, lex, entityAt, tokenStartingAt(tokens, c.role.start)),
        doc,
      )
    const before = roleBefore(c, doc, lex)
    if (before) {
      const m = lex.roles.longest(tokens, before.first, (w) =>
        w.toLowerCase().replace(TIME_PREFIX, ''),
      )
      const title = m?.values[0]
      const first = modifiersBefore(doc, lex, before.first)
      const start = (tokens[first] as Token).start
      if (title)
        addRole(
          draft,
          title,
          start,
          before.end,
          countryBefore(doc, lex, entityAt, first),
          doc,
          first < before.first ? text.slice(start, before.end) : undefined,
        )
    }
    const app = appositiveRole(c, doc, lex)
    if (app) {
      const m = lex.roles.longestLower(tokens, app.first)
      const title = m?.values[0]
      if (title) {
        const start = (tokens[app.first] as Token).start
        const end = (tokens[app.stop - 1] as Token).end
        // "Zalmay Khalilzad, a US peace envoy,": the country may stand before the role's
        // modifiers, and says whom the role serves where only a place follows it ("the
        // United States special envoy for Ukraine"); an organisation named in it is the
        // affiliation ("a Salvadoran analyst at the Wilson Center").
        const named = affiliation(entityAt, start, end)
        const of =
          named?.kind === 'organization'
            ? named
            : (countryBefore(doc, lex, entityAt, modifiersBefore(doc, lex, app.first)) ?? named)
        addRole(draft, title, start, end, of, doc, text.slice(start, end))
      }
    }
    // "President Nayib Bukele of El Salvador"
    if ((tokens[c.last] as Token | undefined)?.text === 'of' && c.role?.title) {
      const next = tokens[c.last + 1]
      const e = next ? entityAt(next.start) : undefined
      const role = draft.roles[draft.roles.length - 1]
      if (e?.kind === 'country' && role && role.via === 'text') {
        role.of = e.country
        draft.country ??= e.country
      }
    }
  }
}

/** The index of the token that starts at `offset`, or -1 (a binary search: tokens are in order). */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const i = countStartingBefore(tokens, offset)
  return tokens[i]?.start === offset ? i : -1
}

function addRole(
  d: Draft,
  title: RoleTitle,
  start: number,
  end: number,
  of: Draft | null,
  doc: Doc,
  phrase?: string,
): void {
  // "Attorney General" read once: not again as "General", a title of its own.
  const within = (r: Role) => !!r.evidence && r.evidence[0] <= start && end <= r.evidence[1]
  if (d.roles.some((r) => r.evidence?.[0] === start || within(r))) return
  const then = /^(then|former|ex)[-\s]/i.test(doc.text.slice(Math.max(0, start - 5), end))
  const country = of?.kind === 'country' ? of.country : (of?.country ?? null)
  d.roleIds.add(title.id)
  d.roles.push({
    title: phrase && phrase.length < 80 ? titleCase(phrase, title) : title.title,
    of: of?.kind === 'country' ? of.country : (of?.name ?? null),
    from: null,
    to: then ? doc.published : null,
    evidence: [start, end],
    sector: title.sector,
    via: 'text',
  })
  if (country && !d.country) d.country = country
  if (!d.sector && !then) d.sector = title.sector ?? null
}

/** "international relations expert": lower-case words that narrow a title before a name. */
function modifiersBefore(doc: Doc, lex: Lexicon, first: number): number {
  let k = first
  while (k > 0 && first - k < 3) {
    const t = doc.tokens[k - 1] as Token
    const w = t.text
    if (t.sentence !== (doc.tokens[first] as Token).sentence || !t.word || w !== w.toLowerCase())
      break
    // Verbs end it: "said historian X", "met minister Y".
    if (lex.functionWords.has(w) || /ly$/.test(w) || lex.eventVerbs.has(w)) break
    if (lex.speechCues.longestLower(doc.tokens, k - 1)) break
    k--
  }
  return k
}

/** "professor emeritus at Fordham University in New York" keeps its own wording; a bare title is capitalised. */
function titleCase(phrase: string, title: RoleTitle): string {
  const cut = phrase.split(/\s+(?:at|of|in|from|for|with|en|de|del)\s+/)[0] ?? phrase
  const words = cut.replace(/^(a|an|the|un|una|el|la)\s+/i, '')
  return words.length <= 40 ? words.charAt(0).toUpperCase() + words.slice(1) : title.title
}

/** A country or place named right before a role: "Salvadoran prosecutor", "Florida Congressman", "US president-elect". */
function countryBefore(
  doc: Doc,
  lex: Lexicon,
  entityAt: (offset: number) => Draft | undefined,
  roleToken: number,
): Draft | null {
  const prev = doc.tokens[roleToken - 1]
  if (!prev || prev.sentence !== doc.tokens[roleToken]?.sentence) return null
  const e = entityAt(prev.start)
  if (e && (e.kind === 'country' || e.kind === 'location')) return e
  const code = lex.demonyms.get(prev.text.replace(TIME_PREFIX, ''))
  return code ? ({ kind: 'country', country: code, name: code } as Draft) : null
}

/**
 * Where the role belongs, from inside an appositive: the first organisation ("an analyst
 * at Meridian Partners"), else the first country or place ("a lawyer in Guatemala").
 */
function affiliation(
  entityAt: (offset: number) => Draft | undefined,
  start: number,
  end: number,
): Draft | null {
  let place: Draft | null = null
  for (let o = start; o < end; o++) {
    const e = entityAt(o)
    if (!e || e.kind === 'person') continue
    if (e.kind === 'organization') return e
    place ??= e
  }
  return place
}

/** Which entity a character offset belongs to, from name mentions. */
export function mentionIndex(registry: Registry): (offset: number) => Draft | undefined {
  const spans: { start: number; end: number; d: Draft }[] = []
  for (const d of registry.drafts)
    for (const m of d.mentions) spans.push({ start: m.start, end: m.end, d })
  spans.sort((a, b) => a.start - b.start)
  return (offset) => {
    let lo = 0
    let hi = spans.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const s = spans[mid] as { start: number; end: number; d: Draft }
      if (offset < s.start) hi = mid - 1
      else if (offset >= s.end) lo = mid + 1
      else return s.d
    }
    return undefined
  }
}

export type { Role }
