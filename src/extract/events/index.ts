/** Events: who did what to whom, when, coded in CAMEO and PLOVER, each tied to its clause. */
import {
  countStartingBefore,
  type Doc,
  type Event,
  type Quote,
  type Sentence,
  type Span,
  type Timex,
  type Token,
} from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import { parserOf } from '../../syntax/layer.js'
import { actorCode, type EntityLayer } from '../entities/index.js'
import { ActorIndex, type ActorMention } from './actors.js'
import { datedTokens, eventDate, fullDate } from './dating.js'
import { isHypothetical, isNegated } from './mood.js'
import { homeCountry, parsedEvents, secondSide } from './parsed/index.js'
import type { Reader } from './reader.js'
import { findSides } from './sides.js'
import { speechEvents } from './speech.js'
import { findTriggers, type Trigger } from './triggers.js'

/**
 * Codes the interactions a sentence states, on the dependency parse (unless `parse` is
 * false) and from surface patterns: a trigger from the verb-pattern lexicon,
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
  parse = true,
): Event[] {
  const actors = new ActorIndex(doc, entities, lex, capitalsOf(lex))
  const dated = datedTokens(doc, timexes)
  const r: Reader = { doc, lex, words: lex.eventWords, actors, dated, entitiesId: entities.idOf }
  const out: Omit<Event, 'id'>[] = []
  const head = headline(doc)
  for (const s of doc.sentences) {
    if (s === head) continue
    const triggers = swallowComplements(r, findTriggers(r, s, dated))
    triggers.forEach((trigger, i) => {
      const next = coordinatedAct(r, trigger, triggers[i + 1]) ?? s.endToken
      const event = codeEvent(r, entities, timexes, quotes, quoted, s, trigger, next)
      if (event) out.push(event)
    })
  }
  if (parse) {
    const parsed = onTheParse(doc, lex, entities, actors, timexes, head, out, quoted)
    // "asked the government to resign": what an appeal asks for is no act of its own, also
    // where the surface patterns read it as one.
    const asked = (e: Omit<Event, 'id'>) =>
      [...parsed.contents, ...parsed.senses].some(
        (c) => c.start <= e.trigger.start && e.trigger.end <= c.end,
      )
    const surface = sectorsFrom(out, parsed.echoes).filter((e) => !asked(e))
    out.splice(0, out.length, ...surface, ...parsed.events)
  }
  // "called the deal “lousy”": where the parse read the same praise or blame at the same
  // verb, its reading (with the sides the parse gives) stands for the surface one.
  const spoken = speechEvents(doc, lex, entities, actors, quotes, quoted, timexes).filter(
    (e) => !out.some((x) => x.trigger.start === e.trigger.start && x.plover === e.plover),
  )
  // "called the plan a “disgrace”": a verb read as praise or blame in speech is not coded
  // again from the dictionaries (there, "call" is an appeal).
  const labelling = new Set(spoken.map((e) => e.trigger.start))
  const events = [
    ...out.filter((e) => !labelling.has(e.trigger.start)).map((e) => inWords(lex, e)),
    ...spoken.filter((e) => !head || e.start >= head.end),
  ]
  events.sort((a, b) => a.trigger.start - b.trigger.start)
  const home = homeCountry(actors)
  return answered(doc, events)
    .map((e) => aimedAtHome(e, home))
    .map((e, i) => ({ id: `v${i + 1}`, ...e }))
}

/**
 * "the Iraqi parliament condemned …", "Turkish police arrested …": where the parse read
 * the same act between the same countries, its sides' sectors complete the surface
 * coder's country codes (IRQ → IRQLEG, TUR → TURCOP).
 */
function sectorsFrom(
  surface: readonly Omit<Event, 'id'>[],
  echoes: readonly Omit<Event, 'id'>[],
): Omit<Event, 'id'>[] {
  const sharper = (plain: string | null, parsed: string | null) =>
    plain && parsed && plain.length === 3 && parsed.length > 3 && parsed.startsWith(plain)
      ? parsed
      : plain
  return surface.map((e) => {
    const twin = echoes.find(
      (x) =>
        x.plover === e.plover &&
        x.sentence.start === e.sentence.start &&
        e.start <= x.trigger.start &&
        x.trigger.end <= e.end &&
        x.sourceCode?.slice(0, 3) === e.sourceCode?.slice(0, 3) &&
        x.targetCode?.slice(0, 3) === e.targetCode?.slice(0, 3),
    )
    if (!twin) return e
    return {
      ...e,
      sourceCode: sharper(e.sourceCode, twin.sourceCode),
      targetCode: sharper(e.targetCode, twin.targetCode),
    }
  })
}

/**
 * "Iraq sent a request to the US embassy. The embassy declined the request.": a refusal
 * that names no one refuses the last appeal made to its source, within a few sentences.
 */
function answered(doc: Doc, events: Omit<Event, 'id'>[]): Omit<Event, 'id'>[] {
  const country = (code: string | null) => code?.slice(0, 3) ?? null
  const sentenceOf = (e: Omit<Event, 'id'>) => countStartingBefore(doc.sentences, e.sentence.start)
  return events.map((e, i) => {
    if (e.plover !== 'REJECT' || e.targetCode !== null || !e.sourceCode) return e
    const here = sentenceOf(e)
    for (let k = i - 1; k >= 0; k--) {
      const a = events[k] as Omit<Event, 'id'>
      if (here - sentenceOf(a) > ANSWER_REACH) break
      if (a.plover !== 'REQUEST' || country(a.targetCode) !== country(e.sourceCode)) continue
      if (!a.sourceCode || country(a.sourceCode) === country(e.sourceCode)) continue
      return { ...e, target: a.source, targetCode: a.sourceCode }
    }
    return e
  })
}

/**
 * Acts at home whose target goes unnamed. "thousands of protesters gathered outside the
 * police headquarters": people of an article's own country protesting at no one named
 * protest against its government. "the regulator issued a cease and desist order": a
 * coercion or sanction by the article's own country, aimed at no one named, falls on its
 * own people (a foreign target would have been named).
 */
function aimedAtHome(e: Omit<Event, 'id'>, home: string | null): Omit<Event, 'id'> {
  if (e.targetCode !== null || !home || e.sourceCode?.slice(0, 3) !== home) return e
  if (e.plover === PROTEST) return { ...e, targetCode: `${home}${GOVERNMENT}` }
  if (DOMESTIC_FORCE.has(e.plover)) return { ...e, targetCode: home }
  return e
}

const PROTEST = 'PROTEST'
/** Types of act a state does to its own people when it names no one else. */
const DOMESTIC_FORCE = new Set(['COERCE', 'SANCTION'])
const GOVERNMENT = 'GOV'

/** How many sentences back a refusal may find the appeal it answers. */
const ANSWER_REACH = 3

/**
 * "attacked by the Tories", "targeted by the newspaper": an attack no weapon names (CAMEO
 * 190), by a party, a legislator, a politician, the press, a court, a school, a firm or a
 * union, is waged in words: criticism (111), not force.
 */
function inWords(lex: Lexicon, e: Omit<Event, 'id'>): Omit<Event, 'id'> {
  if (e.cameo !== GENERIC_FORCE || !VERBAL_SECTORS.has(e.sourceCode?.slice(3) ?? '')) return e
  const code = lex.cameo.get(CRITICISE)
  const plover = code && (code.plover ?? lex.cameo.get(code.root)?.plover)
  if (!code || !plover) return e
  return { ...e, cameo: code.code, plover, quadClass: code.quadClass, goldstein: code.goldstein }
}

const GENERIC_FORCE = '190'
const CRITICISE = '111'
/** Sectors of actors who wage words, not war. */
const VERBAL_SECTORS = new Set(['PTY', 'LEG', 'ELI', 'MED', 'JUD', 'EDU', 'BUS', 'LAB'])

/**
 * The parse coder's events that the surface coder has not already found in the same
 * sentence, with the appeals' contents and the parse's readings of the surface's acts.
 */
function onTheParse(
  doc: Doc,
  lex: Lexicon,
  entities: EntityLayer,
  actors: ActorIndex,
  timexes: readonly Timex[],
  head: Sentence | undefined,
  surface: readonly Omit<Event, 'id'>[],
  quoted: readonly Span[],
): ParseReading {
  const taken = new Map<number, Omit<Event, 'id'>[]>()
  const bySentence = new Map<number, Omit<Event, 'id'>[]>()
  for (const e of surface) {
    for (const k of tokensIn(doc, e)) pushTo(taken, k, e)
    pushTo(bySentence, e.sentence.start, e)
  }
  const known = (e: Omit<Event, 'id'>) => {
    const here = bySentence.get(e.sentence.start) ?? []
    return here.some((x) => x.plover === e.plover) && !secondSide(e, here)
  }
  const contents: Span[] = []
  const echoes: Omit<Event, 'id'>[] = []
  const senses: Span[] = []
  const events = parsedEvents({
    doc,
    lex,
    entities,
    actors,
    timexes,
    parser: parserOf(doc),
    skip: new Set(head ? [head] : []),
    taken,
    contents,
    quoted,
    echoes,
    senses,
  }).filter((e) => !known(e) || senses.some((v) => v.start === e.trigger.start))
  return { events, contents, echoes, senses }
}

/** What the parse coder adds, and what it read beside the surface coder's events. */
interface ParseReading {
  events: Omit<Event, 'id'>[]
  /** The clauses coded appeals, demands, pledges, blame, refusals and threats govern. */
  contents: Span[]
  /** The parse's readings of acts the surface coder already coded. */
  echoes: Omit<Event, 'id'>[]
  /** Verbs whose sense the parse read from their object or label, over the surface's reading. */
  senses: Span[]
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function codeEvent(
  r: Reader,
  entities: EntityLayer,
  timexes: readonly Timex[],
  quotes: readonly Quote[],
  quoted: readonly Span[],
  s: Sentence,
  t: Trigger,
  next: number,
): Omit<Event, 'id'> | null {
  const { doc, lex } = r
  const tokens = doc.tokens
  const sides = findSides(r, s, t, next)
  if (!sides) return null
  const { source, subject } = sides
  // Inside a quotation, only a subject inside the same quotation acts ("the bullet that nearly killed him"),
  // and only an actor inside it is acted on.
  const quote = quotedAt(quoted, (tokens[t.first] as Token).start)
  const inQuote = (a: ActorMention) => !quote || (a.start >= quote.start && a.end <= quote.end)
  if (subject && !inQuote(subject)) return null
  const target = sides.target && inQuote(sides.target) ? sides.target : undefined
  if (source.draft === target?.draft) return null
  // dyad codes what countries' actors do: a source that can't be placed is no dyad.
  if (!source.draft.country) return null
  // An act on someone needs that someone: "disqualified the war" names no actor.
  if (t.pattern.target === 'object' && !target && !t.passive) return null
  // dyad codes interactions between countries' actors; domestic events are left out.
  if (target && source.draft.country && source.draft.country === target.draft.country) return null
  let negated = isNegated(r, s, t.first)
  let hypothetical = isHypothetical(r, s, t.first, t.head)
  let cameo = t.pattern.cameo
  // "no reconoce la victoria": some acts, denied, are their opposite.
  if (negated && t.pattern.negatedCameo) {
    cameo = t.pattern.negatedCameo
    negated = false
  }
  // "not extradited but released": an act that did not happen, to no one named, tells nothing.
  if (negated && !target) return null
  if (hypothetical && !negated && ownAnnouncement(r, quotes, t, source)) {
    cameo = threatOf(cameo) ?? cameo
    if (cameo.startsWith('13')) hypothetical = false
  }
  const code = lex.cameo.get(cameo)
  // Words are said to someone: a statement with no one on the other side is no interaction.
  if (!target && (code?.quadClass === 1 || code?.quadClass === 3)) return null
  const root = code ? lex.cameo.get(code.root) : undefined
  const plover = code?.plover ?? root?.plover
  if (!code || !plover) return null
  const date = eventDate(timexes, s, tokens[t.first] as Token)
  const asOf = date ? fullDate(date) : doc.published
  // A side named in an earlier sentence ("Se reunió con Trump": the subject went before) stays out of the span.
  const inside = (a: ActorMention | undefined) =>
    a && a.start >= s.start && a.end <= s.end ? a : undefined
  const start = Math.min(
    inside(source)?.start ?? Number.POSITIVE_INFINITY,
    (tokens[t.first] as Token).start,
    inside(target)?.start ?? Number.POSITIVE_INFINITY,
  )
  const end = Math.max(
    inside(source)?.end ?? 0,
    (tokens[t.last] as Token).end,
    inside(target)?.end ?? 0,
  )
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
    targetCode: target ? (codeOf(target, lex, asOf) ?? homePerson(r, target)) : null,
    date,
    negated,
    hypothetical,
  }
}

/** Whether the event is reported speech of its own source: "Trump anunció que impondría aranceles". */
function ownAnnouncement(
  r: Reader,
  quotes: readonly Quote[],
  t: Trigger,
  source: ActorMention,
): boolean {
  const at = (r.doc.tokens[t.head] as Token).start
  const q = quotes.find((x) => x.start <= at && at < x.end)
  if (!q?.speaker || !source.draft.country) return false
  const speaker = r.actors.list.find((a) => r.entitiesId(a.draft) === q.speaker)
  return speaker?.draft.country === source.draft.country
}

/**
 * CAMEO codes an announced future act of material conflict as a threat of it:
 * sanctions and embargoes (163) → 1312, cutting ties or aid (16x) → 1313, force (18–20) → 138.
 */
function threatOf(cameo: string): string | undefined {
  const root = cameo.slice(0, 2)
  if (cameo.startsWith('163')) return '1312'
  if (root === '16') return '1313'
  if (root === '17') return '130'
  if (root === '18' || root === '19' || root === '20') return '138'
  return undefined
}

const capitalSets = new WeakMap<Lexicon, Set<string>>()

function capitalsOf(lex: Lexicon): Set<string> {
  let set = capitalSets.get(lex)
  if (!set) {
    set = new Set([...lex.countries.values()].flatMap((c) => c.capitals).concat([...lex.seats]))
    capitalSets.set(lex, set)
  }
  return set
}

function quotedAt(quoted: readonly Span[], offset: number): Span | undefined {
  return quoted.find((q) => q.start <= offset && offset < q.end)
}

/**
 * "Peña Nieto se reunió con José Antonio Meade": a person no lexicon places, named in an
 * article about one country, is one of its own, as the parse coder takes him.
 */
function homePerson(r: Reader, a: ActorMention): string | null {
  return a.draft.kind === 'person' && !a.draft.country ? homeCountry(r.actors) : null
}

function codeOf(a: ActorMention, lex: Lexicon, date: string): string | null {
  if (a.sector && a.draft.country) return `${a.draft.country}${a.sector}`
  return actorCode(a.draft, lex, date)
}

/**
 * A headline: the text opens with a one-sentence paragraph that ends without a full stop
 * ("Bukele y Trump hablan por teléfono tras …") and a body follows. It restates the body's news.
 */
function headline(doc: Doc): Sentence | undefined {
  const [first, second] = doc.sentences
  if (!first || !second || second.paragraph === first.paragraph) return undefined
  const last = doc.tokens[first.endToken - 1] as Token
  return /^[.!?…»"”')]$/.test(last.text) ? undefined : first
}

/**
 * Where the next act starts when "and" joins it to this one ("defendió la operación y acusó a
 * México"): this act's unnamed partner is not looked for past it. A relative clause ("an
 * agreement in which he committed to Trump") still belongs to this act.
 */
function coordinatedAct(r: Reader, t: Trigger, next: Trigger | undefined): number | undefined {
  if (!next) return undefined
  const between = r.doc.tokens.slice(t.last + 1, next.first)
  if (between.some((w) => r.words.is('clause-break', w.text))) return undefined
  return between.some((w) => r.words.is('coordinator', w.text)) ? next.first : undefined
}

/** Codes whose verbs take the next act as their content: appeals, intent, demands, blame, refusal, threats. */
const TAKES_COMPLEMENT = new Set(['02', '03', '10', '11', '12', '13'])

/** "agreed to join forces with", "amenazó con imponer": the second verb is the first one's content, not an act. */
function swallowComplements(r: Reader, triggers: readonly Trigger[]): Trigger[] {
  const out: Trigger[] = []
  let holder: Trigger | undefined
  let signing: Trigger | undefined
  for (const t of triggers) {
    const prev = out[out.length - 1]
    const root = prev ? r.lex.cameo.get(prev.pattern.cameo)?.root : undefined
    if (holder && inComplement(r, holder, t)) continue
    // The terms' own complement ("… committed to receive migrants") goes with them.
    if (signing && inTermsOf(r, signing, t)) {
      holder = t
      continue
    }
    if (prev && t.first - prev.last <= 3) {
      const between = r.doc.tokens.slice(prev.last + 1, t.first)
      const joined = !between.some((w) => /^[,;:.]$/.test(w.text))
      if (joined && root && TAKES_COMPLEMENT.has(root)) continue
      // "firmaron un acuerdo con": the noun is the verb's object, one act.
      const object = !prev.pattern.noun && t.pattern.noun
      if (joined && object && !between.some((w) => r.words.is('preposition', w.text))) continue
    }
    out.push(t)
    const own = r.lex.cameo.get(t.pattern.cameo)?.root
    if (own && TAKES_COMPLEMENT.has(own)) holder = t
    if (t.pattern.cameo === SIGN_AGREEMENT) signing = t
  }
  return out
}

const SIGN_AGREEMENT = '057'
/** How far a relative clause may open after the agreement it describes. */
const TERMS_REACH = 8

/**
 * "signed an agreement in which it committed to …", "firmó un acuerdo en el que se comprometió
 * a …": a pledge in a relative clause on the signed text states its terms, not a second act.
 */
function inTermsOf(r: Reader, signing: Trigger, t: Trigger): boolean {
  if (r.lex.cameo.get(t.pattern.cameo)?.root !== '03') return false
  const between = r.doc.tokens.slice(signing.last + 1, t.first)
  const opens = between.findIndex((w) => r.words.is('relative', w.lower))
  if (opens < 0 || opens > TERMS_REACH) return false
  return !between.some((w) => /^[;:.]$/.test(w.text))
}

/**
 * "acordaron reforzar los controles y compartir información": a later infinitive in the
 * same clause, with no new subject before it, belongs to the content too.
 */
function inComplement(r: Reader, holder: Trigger, t: Trigger): boolean {
  const head = r.doc.tokens[t.head] as Token
  if (!t.pattern.verb || head.lower !== t.pattern.verb) return false
  for (let k = holder.last + 1; k < t.first; k++) {
    const w = (r.doc.tokens[k] as Token).text
    if (/^[;:.]$/.test(w) || r.words.is('clause-break', w)) return false
    if (r.actors.at(k) && !r.words.is('preposition', r.doc.tokens[k - 1]?.text)) return false
  }
  return true
}

/** The Doc tokens a span covers. */
function tokensIn(doc: Doc, span: Span): number[] {
  const out: number[] = []
  // Tokens are in text order: those inside start at the first at or after the span's start.
  for (let i = countStartingBefore(doc.tokens, span.start); i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token
    if (t.start > span.end) break
    if (t.end <= span.end) out.push(i)
  }
  return out
}
