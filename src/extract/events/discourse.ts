import type { Sentence, Token } from '../../doc/index.js'
import type { ActorMention } from './actors.js'
import type { Reader } from './reader.js'
import { openingSubject } from './subject.js'

/** How many sentences back an anaphor or a dropped object may find its actor. */
const REACH = 3

/**
 * Gives a pending mention its country: "el país", "ese país" is the last country named
 * other than the event's other side's (or the article's main one); a bare "el Gobierno" is the article's main country
 * (other than the other side's), "su gobierno" the last named actor's, "that government"
 * the last named country's.
 */
export function resolvePending(
  r: Reader,
  a: ActorMention,
  avoid: string | null,
): ActorMention | undefined {
  if (!a.pending) return a
  if (a.pending === 'previous-subject') return previousSubject(r, a)
  const det = r.doc.tokens[a.first - 1]?.text
  const owner = r.words.is('possessive', det)
  const pointed = r.words.is('demonstrative', det)
  const named = a.pending === 'country' || pointed
  const code =
    a.pending === 'government' && !owner && !pointed
      ? mainCountry(r, avoid)
      : (lastCountry(r, a.first, avoid, named) ?? (named ? mainCountry(r, avoid) : undefined))
  if (!code) return undefined
  return { ...a, draft: r.actors.countryDraft(code), pending: undefined }
}

/**
 * "Taipei ended relations. It accused …": the country, capital or government the sentence
 * before opened with, else none (that "it" is a company, a plan, a goal).
 */
function previousSubject(r: Reader, a: ActorMention): ActorMention | undefined {
  const here = (r.doc.tokens[a.first] as Token).sentence
  const before = r.doc.sentences[here - 1]
  if (!before) return undefined
  // A speaker's label in a transcript ("MEJÍA: Taipei ended …") is no part of the sentence.
  const label = r.doc.tokens
    .slice(before.firstToken, before.firstToken + 4)
    .findIndex((t) => t.text === ':')
  const opens = label < 0 ? before.firstToken : before.firstToken + label + 1
  const subject = openingSubject(r, before, opens)
  if (!subject?.draft.country) return undefined
  // "The airline thanked Mexico": the sentence must open with it, not with someone else's noun.
  for (let k = opens; k < subject.first; k++)
    if (!r.words.isLower('determiner', (r.doc.tokens[k] as Token).lower)) return undefined
  const state = subject.draft.kind === 'country' || subject.place === 'capital'
  if (!state && subject.sector !== 'GOV') return undefined
  return { ...a, draft: r.actors.countryDraft(subject.draft.country), pending: undefined }
}

/** The article's most mentioned country other than `avoid`. */
export function mainCountry(r: Reader, avoid: string | null): string | undefined {
  let best: string | undefined
  let most = 0
  for (const [code, n] of r.actors.salience)
    if (code !== avoid && n > most) {
      best = code
      most = n
    }
  return best
}

function lastCountry(
  r: Reader,
  at: number,
  avoid: string | null,
  countriesOnly: boolean,
): string | undefined {
  const floor = floorOf(r, at)
  for (let k = at - 1; k >= floor; k--) {
    const a = r.actors.at(k)
    if (!a) continue
    k = a.first
    const code = a.draft.country
    if (a.pending || !code || code === avoid) continue
    if (countriesOnly && a.draft.kind !== 'country' && a.place !== 'capital') continue
    return code
  }
  return undefined
}

/**
 * "lo felicitó", "le pidió": the actor an object clitic stands for, the last one named
 * before it that is not the subject (this sentence or the ones before).
 */
export function cliticReferent(
  r: Reader,
  at: number,
  subject: ActorMention | undefined,
): ActorMention | undefined {
  const floor = floorOf(r, at)
  for (let k = at - 1; k >= floor; k--) {
    const a = r.actors.at(k)
    if (!a) continue
    k = a.first
    if (a.pending || a.place === 'other' || !a.draft.country) continue
    if (subject && (a.draft === subject.draft || a.draft.country === subject.draft.country))
      continue
    return a
  }
  return undefined
}

/**
 * An act whose other side the clause leaves unsaid ("se comprometió a recibir más vuelos"):
 * the nearest actor of another country in the same sentence, before token `limit`.
 */
export function sentencePartner(
  r: Reader,
  s: Sentence,
  t: { first: number; last: number },
  source: ActorMention,
  limit = s.endToken,
): ActorMention | undefined {
  let best: ActorMention | undefined
  let gap = Number.POSITIVE_INFINITY
  for (let k = s.firstToken; k < limit; k++) {
    const a = r.actors.at(k)
    if (!a) continue
    k = a.last
    if (a.pending || !a.draft.country || a.draft.country === source.draft.country) continue
    // "llega a una final … desde Los Ángeles", "at the summit in Chile he pledged": where
    // something happens is not whom it involves.
    if (a.place === 'other' || (a.last < t.first && locative(r, a.first))) continue
    const d = a.first > t.last ? a.first - t.last : t.first - a.last
    if (d < gap) {
      best = a
      gap = d
    }
  }
  return best
}

function locative(r: Reader, first: number): boolean {
  let k = first - 1
  while (k >= 0 && r.words.isLower('determiner', r.doc.tokens[k]?.lower)) k--
  return r.words.isLower('locative', r.doc.tokens[k]?.lower)
}

function floorOf(r: Reader, at: number): number {
  const here = (r.doc.tokens[at] as Token).sentence
  return r.doc.sentences[Math.max(0, here - REACH)]?.firstToken ?? 0
}
