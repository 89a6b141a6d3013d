/** Events: who did what to whom, when, coded in CAMEO and PLOVER, each tied to its clause. */
import type { Doc, Event, Quote, Sentence, Span, Timex, Token } from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import { actorCode, type EntityLayer } from '../entities/index.js'
import { ActorIndex, type ActorMention } from './actors.js'
import { speechEvents } from './speech.js'
import { findTriggers, type Trigger } from './triggers.js'

/** A subject, with the other conjunct when it is coordinated ("Guatemala and the United States signed"). */
type Subject = ActorMention & { partner?: ActorMention }

const PREPOSITION =
  /^(of|with|to|in|from|at|for|on|by|about|against|among|between|into|de|del|con|a|al|en|por|para|sobre|contra|entre)$/i
const GOVERNMENT_HEAD =
  /^(government|administration|authorities|president|ministry|army|police|gobierno|administración|autoridades|presidente|presidenta|ministerio|ejército|policía|cancillería)$/i
const POSSESSIVE = /^(his|her|their|its|su|sus)$/i
const NEGATION = /^(not|n't|never|no|nunca|jamás|tampoco)$/i
const REFUSAL = /^(refused|refuses|refuse|declined|declines|failed|fails|rejected|se negó|negó)$/i
const MODAL =
  /^(will|would|could|may|might|should|can|shall|'ll|must|podría|podrían|podrá|podrán|deberá|deberían|debería)$/i
const INTENT =
  /^(plans?|planned|intends?|expects?|expected|seeks?|wants?|hopes?|threatens?|planea|prevé|busca|quiere|espera|pretende)$/i
const CONDITION = /^(if|unless|should|si|cuando)$/i
const CLAUSE_BREAK =
  /^[;:—–]$|^(that|which|who|whom|where|while|but|que|quien|quienes|donde|mientras|pero)$/i
/** How far (in tokens) a target may sit from its trigger. */
const TARGET_WINDOW = 10

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
  const actors = new ActorIndex(doc, entities, capitalsOf(lex))
  const out: Omit<Event, 'id'>[] = []
  for (const s of doc.sentences) {
    for (const trigger of findTriggers(doc, lex, s)) {
      const event = codeEvent(doc, lex, entities, actors, timexes, quoted, s, trigger)
      if (event) out.push(event)
    }
  }
  out.push(...speechEvents(doc, lex, entities, actors, quotes, quoted, timexes))
  out.sort((a, b) => a.trigger.start - b.trigger.start)
  return out.map((e, i) => ({ id: `v${i + 1}`, ...e }))
}

function codeEvent(
  doc: Doc,
  lex: Lexicon,
  entities: EntityLayer,
  actors: ActorIndex,
  timexes: readonly Timex[],
  quoted: readonly Span[],
  s: Sentence,
  t: Trigger,
): Omit<Event, 'id'> | null {
  const code = lex.cameo.get(t.pattern.cameo)
  const root = code ? lex.cameo.get(code.root) : undefined
  const plover = code?.plover ?? root?.plover ?? (code?.root === '02' ? 'REQUEST' : undefined)
  if (!code || !plover) return null
  // Inside a quotation, only a subject inside the same quotation acts ("the bullet that nearly killed him").
  const quote = quotedAt(quoted, (doc.tokens[t.first] as Token).start)
  const subject = subjectBefore(doc, actors, s, t.first)
  if (quote && subject && !(subject.start >= quote.start && subject.end <= quote.end)) return null
  let source: ActorMention | undefined
  let target: ActorMention | undefined
  if (t.passive) {
    source = agentAfter(doc, actors, s, t.last + 1)
    target =
      t.pattern.target === 'to' ? afterWord(doc, actors, s, t.targetFrom, /^(to|a)$/i) : subject
  } else {
    if (hasNoObject(doc, t)) return null
    source = subject
    // "X and Y signed an agreement": a reciprocal act between the two conjuncts.
    target = findTarget(doc, actors, s, t) ?? subject?.partner ?? laterPartner(doc, actors, s, t)
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
    negated: isNegated(doc, s, t.first),
    hypothetical: isHypothetical(doc, s, t.first),
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

/** The nearest actor to the left that is not the object of a preposition; "X and Y did" gives X. */
function subjectBefore(
  doc: Doc,
  actors: ActorIndex,
  s: Sentence,
  from: number,
): Subject | undefined {
  for (let k = from - 1; k >= s.firstToken; k--) {
    const a = actors.at(k)
    if (!a) continue
    k = a.first
    if (a.place === 'other') continue
    // "his support": a possessive names no one who acts.
    if (POSSESSIVE.test(doc.text.slice(a.start, a.end))) continue
    const prev = doc.tokens[a.first - 1]
    // "the government of Ecuador" / "el gobierno de Ecuador" speaks for Ecuador.
    const head = doc.tokens[a.first - 2]
    const governs =
      /^(of|de|del)$/i.test(prev?.text ?? '') && GOVERNMENT_HEAD.test(head?.text ?? '')
    if (prev && a.first > s.firstToken && PREPOSITION.test(prev.text) && !governs) continue
    if (prev?.text.toLowerCase() === "'s" || prev?.text === '’s') continue
    // Coordination: "Trump and Barr created" → the first conjunct leads.
    const conj = doc.tokens[a.first - 1]
    if (conj && /^(and|y|e)$/i.test(conj.text)) {
      const left = actors.at(a.first - 2)
      if (left && left.draft.kind === a.draft.kind) return { ...left, partner: a }
    }
    return a
  }
  return undefined
}

/**
 * "signed an agreement … in which he committed to Trump": when the pattern's own
 * slot is empty, the first actor after a later "with" or "to" in the clause.
 */
function laterPartner(
  doc: Doc,
  actors: ActorIndex,
  s: Sentence,
  t: Trigger,
): ActorMention | undefined {
  if (t.pattern.target !== 'none' && t.pattern.target !== 'object') return undefined
  const end = Math.min(s.endToken, t.last + 16)
  for (let k = t.last + 1; k < end; k++) {
    const w = (doc.tokens[k] as Token).text
    if (/^[;:.]$/.test(w)) return undefined
    if (!/^(with|to|con|a)$/i.test(w)) continue
    const a = actors.at(k + 1) ?? actors.at(k + 2)
    if (a && a.place !== 'other') return a
  }
  return undefined
}

/** "warned that …", "agreed," : a reporting verb, not an act on someone. */
function hasNoObject(doc: Doc, t: Trigger): boolean {
  if (t.pattern.target === 'none' || t.pattern.noun) return false
  const next = doc.tokens[t.last + 1]
  return !next || /^(that|que|[,.;:!?])$/i.test(next.text)
}

function findTarget(
  doc: Doc,
  actors: ActorIndex,
  s: Sentence,
  t: Trigger,
): ActorMention | undefined {
  const mode = t.pattern.target
  if (mode === 'none') return undefined
  if (mode === 'to') return afterWord(doc, actors, s, t.targetFrom, /^(to|a|al)$/i)
  const end = Math.min(s.endToken, t.targetFrom + TARGET_WINDOW)
  for (let k = t.targetFrom; k < end; k++) {
    const tok = doc.tokens[k] as Token
    if (CLAUSE_BREAK.test(tok.text) || (tok.text === ',' && k > t.targetFrom)) return undefined
    const a = actors.at(k)
    if (!a) continue
    // The direct object comes before any preposition: "the war against gangs in El Salvador" has none.
    if (mode === 'object' && hasPrepositionBetween(doc, t.targetFrom, a.first)) return undefined
    return a
  }
  return undefined
}

function hasPrepositionBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = (doc.tokens[k] as Token).text
    if (!PREPOSITION.test(w)) continue
    // "the government of Mexico" still names Mexico.
    if (/^(of|de|del)$/i.test(w) && GOVERNMENT_HEAD.test(doc.tokens[k - 1]?.text ?? '')) continue
    // Spanish marks a personal direct object with "a": "criticó a México".
    if (/^(a|al)$/i.test(w) && k === from) continue
    return true
  }
  return false
}

function afterWord(
  doc: Doc,
  actors: ActorIndex,
  s: Sentence,
  from: number,
  word: RegExp,
): ActorMention | undefined {
  for (let k = from; k < Math.min(s.endToken, from + TARGET_WINDOW); k++) {
    if (!word.test((doc.tokens[k] as Token).text)) continue
    for (let j = k + 1; j < Math.min(s.endToken, k + 6); j++) {
      const a = actors.at(j)
      if (a) return a
    }
  }
  return undefined
}

function agentAfter(
  doc: Doc,
  actors: ActorIndex,
  s: Sentence,
  from: number,
): ActorMention | undefined {
  return afterWord(doc, actors, s, from, /^(by|por)$/i)
}

function isNegated(doc: Doc, s: Sentence, first: number): boolean {
  for (let k = first - 1; k >= Math.max(s.firstToken, first - 3); k--) {
    const w = (doc.tokens[k] as Token).text
    if (NEGATION.test(w) || REFUSAL.test(w)) return true
  }
  return false
}

function isHypothetical(doc: Doc, s: Sentence, first: number): boolean {
  const opener = doc.tokens[s.firstToken] as Token
  if (CONDITION.test(opener.text)) return true
  for (let k = first - 1; k >= Math.max(s.firstToken, first - 4); k--) {
    const w = (doc.tokens[k] as Token).text
    if (MODAL.test(w) || INTENT.test(w)) return true
    if (/^[,;]$/.test(w)) break
  }
  return false
}

/** The date named in the sentence, the one closest before the trigger first. */
function eventDate(timexes: readonly Timex[], s: Sentence, trigger: Token): string | null {
  const inside = timexes.filter((x) => x.start >= s.start && x.end <= s.end)
  const before = inside.filter((x) => x.start < trigger.start)
  return (before[before.length - 1] ?? inside[0])?.value ?? null
}

const fullDate = (v: string): string =>
  v.length === 4 ? `${v}-07-01` : v.length === 7 ? `${v}-15` : v
