import type { Doc, Token } from '../../doc/index.js'
import type { Lexicon, RoleTitle } from '../../lexicon/index.js'

/** A run of capitalised tokens that may name something, with any role words split off. */
export interface Candidate {
  /** Token range, end exclusive. */
  first: number
  last: number
  start: number
  end: number
  text: string
  sentenceInitial: boolean
  /** A role or honorific right before the name ("President", "historian", "Dr."). */
  role: { title: RoleTitle | null; start: number; end: number } | null
}

/** Words such as "then-", "ex-" glued to a capitalised title or demonym. */
export const TIME_PREFIX = /^(then|ex|former|now)-/i

/**
 * No name, title and all, runs longer than this: a longer capitalised run (a headline in
 * title case, a list, junk) is cut, which keeps the work per run bounded.
 */
const MAX_RUN = 16

/** A token that can be part of a name: capitalised, with every hyphenated part capitalised too. */
export function isNamey(t: Token): boolean {
  if (!t.word) return false
  if (TIME_PREFIX.test(t.text)) return /^\p{Lu}/u.test(t.text.replace(TIME_PREFIX, ''))
  if (!t.upper) return false
  if (!t.text.includes('-')) return true
  return t.text.split('-').every((p) => /^[\p{Lu}\p{N}]/u.test(p))
}

const isShortNumber = (t: Token | undefined): boolean => !!t && /^\d{1,3}$/.test(t.text)

/**
 * Finds the capitalised runs of each sentence: names with their particles
 * ("Jorge Alexander de la Cruz", "Department of Justice"), split where a role title
 * ends and a name begins ("Florida Congressman Matt Gaetz" → "Florida", "Matt Gaetz"),
 * stripped of sentence-opening function words.
 */
export function findCandidates(doc: Doc, lex: Lexicon): Candidate[] {
  const out: Candidate[] = []
  const { tokens } = doc
  for (const s of doc.sentences) {
    let firstWord = s.firstToken
    while (firstWord < s.endToken && !(tokens[firstWord] as Token).word) firstWord++
    let i = s.firstToken
    while (i < s.endToken) {
      const t = tokens[i] as Token
      if (!isNamey(t)) {
        i++
        continue
      }
      let j = i + 1
      let hasOrgWord = lex.orgWords.has(singular(t.text))
      // An organisation's name has passed its "of" ("Committee on Ways …").
      let passedOf = false
      // "Secretary of State Marco Rubio", "UK Chancellor of the Exchequer Gordon Brown": a
      // title's own particles join the run.
      let titleEnd = i + (lex.roles.longest(tokens, i, roleKey)?.length ?? 0)
      while (j < s.endToken && j - i < MAX_RUN) {
        const u = tokens[j] as Token
        if (
          u.start !== (tokens[j - 1] as Token).end + 1 &&
          u.start !== (tokens[j - 1] as Token).end
        )
          break
        if (isNamey(u) || j < titleEnd) {
          if (isNamey(u) && j >= titleEnd)
            titleEnd = Math.max(titleEnd, j + (lex.roles.longest(tokens, j, roleKey)?.length ?? 0))
          hasOrgWord ||= lex.orgWords.has(singular(u.text))
          j++
          continue
        }
        if (isShortNumber(u) && !isNamey(tokens[j + 1] ?? u)) {
          j++
          break
        }
        const k = particleEnd(tokens, j, s.endToken, lex, hasOrgWord, i)
        if (k > j) {
          passedOf ||= hasOrgWord
          j = k
          continue
        }
        if (passedOf && conjoinedInName(tokens, j, s.endToken, lex)) {
          j++
          continue
        }
        break
      }
      // "People's Republic of China": a known name may hold a token glued to a word ("'s").
      const glued = j < s.endToken && (tokens[j] as Token).start === (tokens[j - 1] as Token).end
      const known = glued ? (lex.gazetteer.longest(tokens, i)?.length ?? 0) : 0
      if (i + known > j && i + known <= s.endToken) j = i + known
      j = acronymJoin(tokens, i, j, s.endToken, lex)
      pushRun(out, doc, lex, i, j, firstWord)
      i = j
    }
  }
  return out
}

/**
 * "Committee on Ways and Means", "Ministerio de Agricultura y Pesca": after its "of", an
 * organisation's name may join two words with "and", unless what follows is a name or a
 * title of its own ("… of Defence and Prime Minister …", "… of England and Barclays").
 */
function conjoinedInName(tokens: readonly Token[], j: number, end: number, lex: Lexicon): boolean {
  const and = tokens[j] as Token
  const next = tokens[j + 1]
  if (!next || j + 1 >= end || !lex.eventWords.isLower('coordinator', and.lower)) return false
  if (!isNamey(next) || lex.givenNames.has(next.text) || lex.demonyms.has(next.text)) return false
  if (lex.roles.longest(tokens, j + 1, roleKey) || lex.gazetteer.longest(tokens, j + 1))
    return false
  // The run goes on past the joined word or ends with it, as a name's last word does.
  return true
}

/** A surname starts at `k`, maybe after a particle: "Castillo", "del Castillo". */
function surnameAfter(tokens: readonly Token[], k: number, last: number, lex: Lexicon): boolean {
  const t = tokens[k]
  if (!t || k >= last) return false
  if (isNamey(t)) return true
  return lex.particles.has(t.text) && k + 1 < last && isNamey(tokens[k + 1] as Token)
}

/** The run at `a` follows a role title and its "of": "Governor of | Texas", "gobernador de | Miranda". */
function placeOfTitle(tokens: readonly Token[], a: number, lex: Lexicon): boolean {
  const of = tokens[a - 1]
  const title = tokens[a - 2]
  if (!of || !title || !lex.particles.has(of.text) || of.upper) return false
  return [...lex.roles.get([title.text.toLowerCase()])].length > 0
}

/**
 * Where a person's name starts after a body's name that ends in a place ("… of Chile
 * Rosanna Costa"), if one does. A given name anywhere else may be part of the body's own
 * name ("Universidad Francisco de Paula Santander", "Puente Internacional Simón Bolívar").
 */
function givenNameAfter(
  tokens: readonly Token[],
  from: number,
  last: number,
  lex: Lexicon,
  afterPlace = true,
): number | undefined {
  for (let g = from; g < last - 1; g++) {
    const t = tokens[g] as Token
    const place =
      !afterPlace ||
      lex.gazetteer
        .get([(tokens[g - 1] as Token).text])
        .some((v) => v.kind === 'country' || v.kind === 'location')
    if (place && lex.givenNames.has(t.text) && surnameAfter(tokens, g + 1, last, lex)) return g
    if (!isNamey(t) && !lex.particles.has(t.text)) return undefined
  }
  return undefined
}

/**
 * "National Institute of Economic and Social Research (NIESR)": a name that holds "and"
 * is one name when the acronym in brackets after it spells the initials of both halves.
 */
function acronymJoin(
  tokens: readonly Token[],
  i: number,
  j: number,
  end: number,
  lex: Lexicon,
): number {
  if (!lex.eventWords.is('coordinator', tokens[j]?.text) || !isNamey(tokens[j + 1] as Token))
    return j
  let m = j + 1
  while (m < end && (isNamey(tokens[m] as Token) || lex.particles.has((tokens[m] as Token).text)))
    m++
  const acronym = tokens[m + 1]?.text ?? ''
  if (tokens[m]?.text !== '(' || tokens[m + 2]?.text !== ')' || !/^\p{Lu}{3,}$/u.test(acronym))
    return j
  const initials = tokens
    .slice(i, m)
    .filter((t) => isNamey(t) && !lex.functionWords.has(t.lower))
    .map((t) => t.text[0])
    .join('')
  return initials === acronym ? m : j
}

/** Where a run of particles ends if a name continues after it, else `j`. */
function particleEnd(
  tokens: readonly Token[],
  j: number,
  end: number,
  lex: Lexicon,
  hasOrgWord: boolean,
  runStart: number,
): number {
  let k = j
  let kinds = new Set<string>()
  while (k < end && lex.particles.has((tokens[k] as Token).text)) {
    kinds = new Set([...kinds, lex.particles.get((tokens[k] as Token).text) as string])
    k++
  }
  if (k === j || k >= end || k - j > 3) return j
  const next = tokens[k] as Token
  if (!isNamey(next)) return j
  // "the White House on Monday": a date after the particle is no part of the name.
  if (lex.timexWords.hint.test(next.text.toLowerCase())) return j
  const prev = tokens[j - 1] as Token
  // "Office of the Director …" joins, "… of the United States" does not.
  const theCountry =
    /^(the|el|la|los|las)$/i.test((tokens[k - 1] as Token).text) &&
    lex.gazetteer.longest(tokens, k)?.values.some((v) => v.kind === 'country')
  // "Gobierno de Nicolás Maduro": a full name known on its own is not the tail of a longer name.
  const known = lex.gazetteer.longest(tokens, k)
  const person = !!known && known.length > 1 && known.values.some((v) => v.kind === 'person')
  const orgOk =
    (kinds.has('org') || kinds.has('both')) &&
    (hasOrgWord || lex.orgWords.has(singular(prev.text))) &&
    !theCountry &&
    !person
  const personOk =
    [...kinds].every((kd) => kd === 'person' || kd === 'both') &&
    !lex.orgWords.has(singular(prev.text)) &&
    !person &&
    !lex.gazetteer
      .longest(tokens, k)
      ?.values.some((v) => v.kind === 'country' || v.kind === 'location')
  const gazOk = (lex.gazetteer.longest(tokens, runStart)?.length ?? 0) > k - runStart
  if (kinds.has('gazetteer')) return gazOk ? k : j
  return orgOk || personOk || gazOk ? k : j
}

function pushRun(
  out: Candidate[],
  doc: Doc,
  lex: Lexicon,
  first: number,
  last: number,
  firstWord: number,
): void {
  const { tokens, text } = doc
  let a = first
  // Sentence-opening words and honorifics are not part of the name.
  // ("El Salvador" and "The Hague" keep their article: a known name starts there.)
  while (
    a < last &&
    lex.functionWords.has((tokens[a] as Token).text.toLowerCase()) &&
    !startsKnownName(tokens, a, last, lex) &&
    !startsPersonName(tokens, a, last, lex)
  )
    a++
  let role: Candidate['role'] = null
  // Split at the last role title that has a name after it.
  for (let k = a; k < last; k++) {
    const m = lex.roles.longest(tokens, k, roleKey)
    const abbr = lex.abbreviations.get((tokens[k] as Token).text) === 'title'
    let len = m?.length ?? (abbr ? 1 : 0)
    if (!len || k + len >= last) continue
    if (!m && !abbr) continue
    // "Secretary of Defense of Mexico Luis Sandoval": a body named in the title, then a person.
    const given = givenNameAfter(tokens, k + len, last, lex)
    if (given !== undefined) len = given - k
    // "El Jefe de Jefes": a name never starts with a joining word.
    if (lex.particles.has((tokens[k + len] as Token).text)) continue
    // An organisation's name may hold a title ("Office of the President"); a title's own
    // words ("Secretary of State") say nothing about the name after it.
    const outside = [...tokens.slice(a, k), ...tokens.slice(k + len, last)]
    const hasOrg = outside.some((t) => lex.orgWords.has(singular(t.text)))
    // "District Court Judge Victor Marrero": a given name and a surname right after the title.
    // ("Office of the President Joe Biden" stays whole: its body would end on "the".)
    const joined = k > a && lex.functionWords.has((tokens[k - 1] as Token).lower)
    const person =
      !joined &&
      lex.givenNames.has((tokens[k + len] as Token).text) &&
      surnameAfter(tokens, k + len + 1, last, lex)
    if (hasOrg && !abbr && given === undefined && !person) continue
    if (k > a) add(out, text, tokens, a, k, firstWord, null)
    role = {
      title: m?.values[0] ?? null,
      start: (tokens[k] as Token).start,
      end: (tokens[k + len - 1] as Token).end,
    }
    a = k + len
    k = a - 1
  }
  // "el ministro de Gobierno Eduardo del Castillo", "el gobernador de Miranda Henrique
  // Capriles": after a title's "of", the words before a given name name the title's body
  // (kept when the gazetteer knows them as a place or body).
  if (placeOfTitle(tokens, a, lex)) {
    const given = givenNameAfter(tokens, a + 1, last, lex, false)
    // "el ministro de Defensa Padrino López": the title's own words run into the run.
    const title = lex.roles.longest(tokens, a - 2, roleKey)
    const titleEnd = title ? a - 2 + title.length : a
    if (given !== undefined) {
      if (lex.gazetteer.longest(tokens, a)?.length === given - a)
        add(out, text, tokens, a, given, firstWord, null)
      a = given
    } else if (titleEnd > a && titleEnd < last) a = titleEnd
  }
  // "Departamento de Estado Heather Nauert": a known body or place, then a person's given name.
  const known = lex.gazetteer.longest(tokens, a)
  const next = known ? tokens[a + known.length] : undefined
  // A one-word place is often a given name itself ("Rio Ferdinand", "Paris Hilton"); a
  // country before a given name is not ("President of Argentina Alberto Fernández"), nor
  // a place no one is named after ("First Minister of Scotland Nicola Sturgeon"), nor one
  // a title's "of" governs ("el gobernador de Miranda Henrique Capriles").
  const onePlace = (tokens[a] as Token | undefined)?.text ?? ''
  if (
    known &&
    next &&
    a + known.length + 1 < last &&
    lex.givenNames.has(next.text) &&
    known.values.every((v) => v.kind !== 'person') &&
    (known.length > 1 ||
      known.values.some((v) => v.kind === 'organization' || v.kind === 'country') ||
      !lex.givenNames.has(onePlace) ||
      placeOfTitle(tokens, a, lex))
  ) {
    add(out, text, tokens, a, a + known.length, firstWord, null)
    a += known.length
  }
  // "Central Bank of Chile Rosanna Costa": a body's name, then a person's.
  const given = givenNameAfter(tokens, a + 1, last, lex)
  if (
    given !== undefined &&
    tokens.slice(a, given).some((t) => lex.orgWords.has(singular(t.text)))
  ) {
    add(out, text, tokens, a, given, firstWord, null)
    a = given
  }
  // Trailing particles never end a name.
  let b = last
  while (b > a && lex.particles.has((tokens[b - 1] as Token).text)) b--
  if (b > a) add(out, text, tokens, a, b, firstWord, role)
}

function add(
  out: Candidate[],
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  firstWord: number,
  role: Candidate['role'],
): void {
  const start = (tokens[a] as Token).start
  const end = (tokens[b - 1] as Token).end
  const initial = a <= firstWord
  out.push({
    first: a,
    last: b,
    start,
    end,
    text: text.slice(start, end),
    sentenceInitial: initial,
    role,
  })
}

/**
 * "el economista Julio Roberto Tzoc": a given name that is also a month or a sentence
 * opener starts a name when another given name follows it or a role word precedes it.
 */
function startsPersonName(
  tokens: readonly Token[],
  a: number,
  last: number,
  lex: Lexicon,
): boolean {
  const t = tokens[a] as Token
  if (!lex.givenNames.has(t.text) || a + 1 >= last) return false
  const prev = tokens[a - 1]
  return (
    lex.givenNames.has((tokens[a + 1] as Token).text) ||
    (!!prev && prev.sentence === t.sentence && lex.roles.get([prev.lower]).length > 0)
  )
}

function startsKnownName(tokens: readonly Token[], a: number, last: number, lex: Lexicon): boolean {
  const m = lex.gazetteer.longest(tokens, a)
  return !!m && m.length > 1 && a + m.length <= last
}

/** Lookup form of a token in the role lexicon: lower-case, without "then-". */
export const roleKey = (w: string): string => w.toLowerCase().replace(TIME_PREFIX, '')

/** "Departments" → "Department": org head words are listed in the singular. */
export const singular = (w: string): string =>
  w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w
