import type { Doc, Sentence, Token } from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import { type Found, isType } from './cues.js'

/**
 * One forward-looking clause of a sentence. `from`/`to` bound its region (the
 * tokens between the splits around it, where its horizon may stand: "In the long
 * run, these deals tend to collapse"); `startToken`/`endToken` bound the statement
 * itself; `scopeEnd` is where the words that give its polarity stop (before
 * "because …", "if …").
 */
export interface Clause {
  readonly modals: readonly Found[]
  /** The modal that sets the modality: "unlikely" first, then a strong one ("likely" over "will"). */
  readonly head: Found
  readonly from: number
  readonly to: number
  readonly startToken: number
  readonly endToken: number
  readonly scopeEnd: number
  /** Where the predicate after the modals ends: the first break or condition. */
  readonly predicateEnd: number
  /** No modal: a term stands in for one ("works in the short term"). */
  readonly tenseless: boolean
}

const BREAK = /^[,;:—]$/
const BOUNDARY = /^[,;:“”"«»—]$/
const CLOSING = /^[.!?”"»,;:]$/
const OPENING = /^[“«]$/
const CLOSING_MARK = /^[”»]$/

/**
 * The clauses of a sentence, one per group of modal cues. Modals with no comma,
 * semicolon or "but" between them ("will likely remain") are one group; two groups
 * split at the strongest break between them: a semicolon, else "but", else the last
 * comma ("could help …, but in the long run it will …"). With no modal, a term
 * ("works in the short term") stands in for one.
 */
export function clausesOf(doc: Doc, lex: Lexicon, s: Sentence, cues: readonly Found[]): Clause[] {
  const groups: Found[][] = []
  const modals = modalsOf(cues).filter(
    (m) => !isRelative(doc, lex, cues, m) && !isAsked(doc, s, cues, m) && !isGoal(doc, s, cues, m),
  )
  for (const m of modals) {
    const last = groups.at(-1)
    const prev = last?.at(-1)
    if (last && prev && splitBetween(doc, cues, prev.first + prev.length, m.first) < 0) last.push(m)
    else groups.push([m])
  }
  const cuts = [s.firstToken]
  for (let i = 1; i < groups.length; i++) {
    const prev = (groups[i - 1] as Found[]).at(-1) as Found
    cuts.push(
      splitBetween(doc, cues, prev.first + prev.length, (groups[i] as Found[])[0]?.first ?? 0),
    )
  }
  cuts.push(s.endToken)
  return groups.map((modals, i) => {
    const from = cuts[i] as number
    const first = modals[0] as Found
    // The statement and its polarity stop where the quotation they stand in closes.
    const to = quoteClose(doc, s, first.first, cuts[i + 1] as number)
    const endToken = spanEnd(doc, lex, cues, first, to)
    const head = headOf(modals.filter((m) => m.first < endToken))
    return {
      modals,
      head,
      from,
      to,
      startToken: spanStart(doc, lex, cues, from, first.first),
      endToken,
      scopeEnd: scopeEnd(doc, cues, head, to),
      predicateEnd: predicateEnd(doc, cues, modals.at(-1) as Found, endToken),
      tenseless: first.cue.type !== 'modal',
    }
  })
}

/**
 * The first closing quotation mark after `from` that no opening one matches, else
 * `to`. A straight mark closes when an odd number of them stands before it in the sentence.
 */
function quoteClose(doc: Doc, s: Sentence, from: number, to: number): number {
  let depth = 0
  let straight = doc.tokens.slice(s.firstToken, from).filter((t) => t.text === '"').length % 2
  for (let k = from; k < to; k++) {
    const t = (doc.tokens[k] as Token).text
    if (t === '"' && straight) return k
    if (t === '"') straight = 1
    else if (OPENING.test(t)) depth++
    else if (CLOSING_MARK.test(t) && depth-- === 0) return k
  }
  return to
}

/** The predicate runs from the last modal to the first break: "will host deportees …, with the costs covered …". */
function predicateEnd(doc: Doc, cues: readonly Found[], last: Found, end: number): number {
  for (let k = last.first + last.length; k < end; k++) {
    if (BREAK.test((doc.tokens[k] as Token).text)) return k
    if (cues.some((c) => c.first === k && (c.cue.type === 'scope' || isContrast(c)))) return k
  }
  return end
}

/**
 * A modal right after a relative pronoun describes, it does not forecast: "deals
 * that could help X". A "that" after a function word or near a verb of saying
 * ("said on Tuesday that could …") is no relative.
 */
function isRelative(doc: Doc, lex: Lexicon, cues: readonly Found[], m: Found): boolean {
  const k = m.first - 1
  const link = cues.find((c) => c.first === k && c.cue.type === 'link')
  if (link?.cue.value === 'relative') return true
  const before = doc.tokens[k - 1]
  if (link?.cue.value !== 'that' || !before?.word || lex.functionWords.has(before.lower))
    return false
  return !saysBefore(doc, lex, k, 2)
}

/** How far before its modal a question word may stand: "how large the zone will be". */
const QUESTION_REACH = 6

/**
 * A modal inside an indirect question asks, it does not forecast: "it does not
 * say how large the zone will be", "who will police it". A question word that
 * opens the sentence is a direct question or a time clause, and is left alone.
 */
function isAsked(doc: Doc, s: Sentence, cues: readonly Found[], m: Found): boolean {
  for (let k = m.first - 1; k >= Math.max(s.firstToken + 1, m.first - QUESTION_REACH); k--) {
    if (BREAK.test((doc.tokens[k] as Token).text)) return false
    if (cues.some((c) => c.first === k && c.cue.type === 'link' && c.cue.value === 'question'))
      return true
  }
  return false
}

/**
 * "The aim is to …" states a goal, not that it will happen; "the debate is to be
 * moderated by …" is a plan. The subject is read back to the clause's start.
 */
function isGoal(doc: Doc, s: Sentence, cues: readonly Found[], m: Found): boolean {
  if (!m.cue.copular) return false
  for (let k = m.first - 1; k >= s.firstToken; k--) {
    if (BREAK.test((doc.tokens[k] as Token).text)) return false
    if (cues.some((c) => c.first === k && c.cue.type === 'link' && c.cue.value === 'goal'))
      return true
  }
  return false
}

/** The modal cues, else the terms ("in the long run"), which forecast even in the present tense. */
function modalsOf(cues: readonly Found[]): Found[] {
  const modals = cues.filter(isType('modal'))
  if (modals.length) return modals
  return cues
    .filter((c) => c.cue.type === 'horizon' && c.cue.value !== 'date' && !c.cue.schedule)
    .map((c) => ({ ...c, cue: { ...c.cue, value: 'likely' } }))
}

function headOf(modals: readonly Found[]): Found {
  return (
    modals.find((m) => m.cue.value === 'unlikely') ??
    modals.find((m) => !m.cue.needs) ??
    (modals[0] as Found)
  )
}

/**
 * Where [from, to) splits into two clauses: the last semicolon, else "but", else
 * "and that", else the last comma; -1 if nowhere.
 */
function splitBetween(doc: Doc, cues: readonly Found[], from: number, to: number): number {
  const tokens = doc.tokens.slice(from, to)
  const semicolon = tokens.findLastIndex((t) => t.text === ';')
  if (semicolon >= 0) return from + semicolon
  const contrast = cues.findLast((c) => c.first >= from && c.first < to && isContrast(c))
  if (contrast) return contrast.first
  // A second reported clause: "…, and that relations might improve".
  const and = cues.findLast(
    (c) => c.first >= from && c.first < to && c.cue.value === 'and' && isThat(cues, c.first + 1),
  )
  if (and) return and.first
  const comma = tokens.findLastIndex((t) => BREAK.test(t.text))
  return comma >= 0 ? from + comma : -1
}

const isThat = (cues: readonly Found[], k: number): boolean =>
  cues.some((c) => c.first === k && c.cue.type === 'link' && c.cue.value === 'that')

const isContrast = (c: Found): boolean => c.cue.type === 'link' && c.cue.value === 'contrast'

/**
 * Back from the modal to the nearest clause boundary: a comma, colon, quotation
 * mark, or a "that" that opens reported content ("warned that", "but that"); a
 * relative "that" ("the money that arrives will fall") opens none.
 */
function spanStart(doc: Doc, lex: Lexicon, cues: readonly Found[], from: number, modal: number) {
  let start = from
  let aside = false
  for (let k = modal - 1; k >= from; k--) {
    const t = doc.tokens[k] as Token
    // A comma with no subject after it closes an aside, which the comma before opens:
    // "the relationship, by contrast, was likely …".
    if (t.text === ',' && (aside || isAside(doc, lex, k + 1, modal))) {
      aside = !aside
      continue
    }
    if (BOUNDARY.test(t.text) || opensContent(doc, lex, cues, k)) {
      start = k + 1
      break
    }
  }
  // A fronted term belongs to the statement: "In the long run, these deals collapse".
  const term = cues.find((c) => c.first >= from && c.first < start && isTerm(c))
  return skipLinks(doc, cues, term ? term.first : start, modal)
}

/**
 * One word between a comma and the modal, and no pronoun, leaves no room for a
 * subject: the comma closes an aside ("…, by contrast, was likely …"). With none,
 * the subject is left out ("…, no cabe esperar …").
 */
function isAside(doc: Doc, lex: Lexicon, from: number, to: number): boolean {
  const words = doc.tokens.slice(from, to).filter((t) => t.word)
  return words.length === 1 && !lex.pronouns.has((words[0] as Token).lower)
}

const isTerm = (c: Found): boolean => c.cue.type === 'horizon' && c.cue.value !== 'date'

function opensContent(doc: Doc, lex: Lexicon, cues: readonly Found[], k: number): boolean {
  if (!cues.some((c) => c.first === k && c.cue.type === 'link' && c.cue.value === 'that'))
    return false
  const before = doc.tokens[k - 1]
  if (!before) return false
  if (BOUNDARY.test(before.text)) return true
  if (
    cues.some((c) => c.first + c.length === k && (c.cue.type === 'link' || c.cue.type === 'modal'))
  )
    return true
  // A verb of saying or thinking ends right before it ("said that", "points out
  // that"), or before a function word ("advierten de que").
  const gap = lex.functionWords.has(before.lower) ? 1 : 0
  return saysBefore(doc, lex, k, gap)
}

/** A verb of saying or thinking ends before token `k`, at most `gap` tokens before it. */
function saysBefore(doc: Doc, lex: Lexicon, k: number, gap: number): boolean {
  for (let j = Math.max(0, k - 3 - gap); j < k; j++) {
    const m = lex.speechCues.longestLower(doc.tokens, j)
    if (
      m &&
      j + m.length >= k - gap &&
      j + m.length <= k &&
      m.values.some((v) => v.type === 'verb')
    )
      return true
  }
  return false
}

/** Past leading breaks, links and answer marks: "…, but in the long run it will …" starts at "in". */
function skipLinks(doc: Doc, cues: readonly Found[], k: number, modal: number): number {
  while (k < modal) {
    const link = cues.find((c) => c.first === k && (c.cue.type === 'link' || c.cue.type === 'turn'))
    if (link) k += link.length
    else if (BREAK.test((doc.tokens[k] as Token).text) || doc.tokens[k]?.text === '-') k++
    else break
  }
  return k
}

const isReason = (c: Found): boolean => c.cue.type === 'scope' && c.cue.value === 'reason'

/**
 * The statement runs to its region's end, a semicolon, an adjunct ("…, including
 * …"), "but", a reason ("because …") or the end of the quotation it stands in.
 */
function spanEnd(doc: Doc, lex: Lexicon, cues: readonly Found[], head: Found, to: number): number {
  let end = to
  for (let k = head.first + head.length; k < to; k++) {
    const t = doc.tokens[k] as Token
    if (t.text === ';' || (t.text === ',' && lex.contentBreaks.longestLower(doc.tokens, k + 1))) {
      end = k
      break
    }
    if (cues.some((c) => c.first === k && (isReason(c) || isContrast(c)))) {
      end = k
      break
    }
  }
  while (end > head.first + head.length && CLOSING.test((doc.tokens[end - 1] as Token).text)) end--
  return end
}

/**
 * Polarity reads on past the statement (what an adjunct adds, "…, possibly much
 * more inhuman", counts) but not into a reason, a condition or a contrast:
 * "friction …, because China sees an opportunity" is no mixed outlook.
 */
/**
 * Where the words that give a clause its polarity stop: a scope cue ("because", "if"),
 * a contrast, or a semicolon, after which another statement stands ("… intends to
 * appeal; «The government needs a strong agenda»").
 */
function scopeEnd(doc: Doc, cues: readonly Found[], head: Found, to: number): number {
  const cut = cues.find(
    (c) => (c.cue.type === 'scope' || isContrast(c)) && c.first > head.first && c.first < to,
  )
  let end = cut ? cut.first : to
  for (let k = head.first + head.length; k < end; k++) if (doc.tokens[k]?.text === ';') end = k
  return end
}
