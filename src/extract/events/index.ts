/** Events: who did what to whom, when, coded in CAMEO and PLOVER, each tied to its clause. */
import type { Doc, Event, Quote, Sentence, Span, Timex, Token } from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import { actorCode, type EntityLayer } from '../entities/index.js'
import { ActorIndex, type ActorMention } from './actors.js'
import { isHypothetical, isNegated } from './mood.js'
import type { Reader } from './reader.js'
import { speechEvents } from './speech.js'
import { subjectBefore } from './subject.js'
import { afterWord, findTarget, hasNoObject, laterPartner } from './target.js'
import { findTriggers, type Trigger } from './triggers.js'

/**
 * Codes the interactions a sentence states: a trigger from the verb-pattern lexicon,
 * its source (the subject, or the "by" agent of a passive), its target as the pattern
 * says (object, after fixed words, after "to"), negation, hypothetical mood, the date
 * named in the sentence, and actor codes as of that date.
 */
export function extractEvents(
  doc: Doc,
  lex: Lexicon,
  entities: EntityLayer,
  timexes: readonly Timex[],
  quotes: readonly Quote[] = [],
  quoted: readonly Span[] = [],
): Event[] {
  const actors = new ActorIndex(doc, entities, capitalsOf(lex), lex.eventWords)
  const r: Reader = { doc, lex, words: lex.eventWords, actors }
  const out: Omit<Event, 'id'>[] = []
  for (const s of doc.sentences) {
    for (const trigger of findTriggers(doc, lex, s)) {
      const event = codeEvent(r, entities, timexes, quoted, s, trigger)
      if (event) out.push(event)
    }
  }
  out.push(...speechEvents(doc, lex, entities, actors, quotes, quoted, timexes))
  out.sort((a, b) => a.trigger.start - b.trigger.start)
  return out.map((e, i) => ({ id: `v${i + 1}`, ...e }))
}

function codeEvent(
  r: Reader,
  entities: EntityLayer,
  timexes: readonly Timex[],
  quoted: readonly Span[],
  s: Sentence,
  t: Trigger,
): Omit<Event, 'id'> | null {
  const { doc, lex } = r
  const code = lex.cameo.get(t.pattern.cameo)
  const root = code ? lex.cameo.get(code.root) : undefined
  const plover = code?.plover ?? root?.plover ?? (code?.root === '02' ? 'REQUEST' : undefined)
  if (!code || !plover) return null
  // Inside a quotation, only a subject inside the same quotation acts ("the bullet that nearly killed him").
  const quote = quotedAt(quoted, (doc.tokens[t.first] as Token).start)
  const subject = subjectBefore(r, s, t.first)
  if (quote && subject && !(subject.start >= quote.start && subject.end <= quote.end)) return null
  let source: ActorMention | undefined
  let target: ActorMention | undefined
  if (t.passive) {
    source = afterWord(r, s, t.last + 1, 'agent')
    target = t.pattern.target === 'to' ? afterWord(r, s, t.targetFrom, 'recipient') : subject
  } else {
    if (hasNoObject(r, t)) return null
    source = subject
    // "X and Y signed an agreement": a reciprocal act between the two conjuncts.
    target = findTarget(r, s, t) ?? subject?.partner ?? laterPartner(r, s, t)
  }
  if (!source || source.draft === target?.draft) return null
  // An event needs at least one side that can be placed in the world.
  if (!source.draft.country && !target?.draft.country) return null
  // An act on someone needs that someone: "disqualified the war" names no actor.
  if (t.pattern.target === 'object' && !target && !t.passive) return null
  // dyad codes interactions between countries' actors; domestic events are left out.
  if (target && source.draft.country && source.draft.country === target.draft.country) return null
  const date = eventDate(timexes, s, doc.tokens[t.first] as Token)
  const asOf = date ? fullDate(date) : doc.published
  const tokens = doc.tokens
  const start = Math.min(
    source.start,
    (tokens[t.first] as Token).start,
    target?.start ?? Number.POSITIVE_INFINITY,
  )
  const end = Math.max(source.end, (tokens[t.last] as Token).end, target?.end ?? 0)
  return {
    start,
    end,
    sentence: { start: s.start, end: s.end },
    trigger: { start: (tokens[t.first] as Token).start, end: (tokens[t.last] as Token).end },
    plover,
    cameo: code.code,
    quadClass: code.quadClass,
    goldstein: code.goldstein,
    source: entities.idOf(source.draft) || null,
    target: target ? entities.idOf(target.draft) || null : null,
    sourceCode: codeOf(source, lex, asOf),
    targetCode: target ? codeOf(target, lex, asOf) : null,
    date,
    negated: isNegated(r, s, t.first),
    hypothetical: isHypothetical(r, s, t.first, t.head),
  }
}

const capitalSets = new WeakMap<Lexicon, Set<string>>()

function capitalsOf(lex: Lexicon): Set<string> {
  let set = capitalSets.get(lex)
  if (!set) {
    set = new Set([...lex.countries.values()].flatMap((c) => c.capitals))
    capitalSets.set(lex, set)
  }
  return set
}

function quotedAt(quoted: readonly Span[], offset: number): Span | undefined {
  return quoted.find((q) => q.start <= offset && offset < q.end)
}

function codeOf(a: ActorMention, lex: Lexicon, date: string): string | null {
  if (a.sector && a.draft.country) return `${a.draft.country}${a.sector}`
  return actorCode(a.draft, lex, date)
}

/** The date named in the sentence, the one closest before the trigger first. */
function eventDate(timexes: readonly Timex[], s: Sentence, trigger: Token): string | null {
  const inside = timexes.filter((x) => x.start >= s.start && x.end <= s.end)
  const before = inside.filter((x) => x.start < trigger.start)
  return (before[before.length - 1] ?? inside[0])?.value ?? null
}

const fullDate = (v: string): string =>
  v.length === 4 ? `${v}-07-01` : v.length === 7 ? `${v}-15` : v
