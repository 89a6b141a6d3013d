import type { Doc, Event, Sentence, Span, Timex, Token } from '../../../doc/index.js'
import {
  type CameoCode,
  type EventWords,
  type Lexicon,
  loadVerbDictionary,
  type Pronoun,
  type VerbDictionary,
} from '../../../lexicon/index.js'
import { type Annotator, parsedSentence } from '../../../syntax/layer.js'
import { actorCode, type EntityLayer } from '../../entities/index.js'
import type { ActorIndex } from '../actors.js'
import { eventDate, fullDate } from '../dating.js'
import { type Discourse, earlierOwner } from './anaphora.js'
import { backingAt } from './backing.js'
import { type Label, labelOf, labelTargets, reportedClauses, reportedLabel } from './labels.js'
import { type Match, matchPattern } from './match.js'
import { dictionaryMatch, gathered, isBare, ownEntry, verbLemma, wordPattern } from './reading.js'
import {
  adjoinedGerund,
  isGerund,
  isHypothetical,
  isNegated,
  type Roles,
  rolesOf,
} from './roles.js'
import { isParty, ownerOf, type Side, type SideContext, sideOf, withConjuncts } from './sides.js'
import { Tree } from './tree.js'

export interface ParsedInput {
  doc: Doc
  lex: Lexicon
  entities: EntityLayer
  actors: ActorIndex
  timexes: readonly Timex[]
  parser: Annotator
  /** Sentences not to read (the headline). */
  skip: ReadonlySet<Sentence>
  /** Doc tokens inside the events the surface coder already found, with those events. */
  taken: ReadonlyMap<number, readonly Draft[]>
  /** The quotations of the article. */
  quoted?: readonly Span[]
  /** Filled with the clauses that coded appeals, demands, pledges, blame, refusals and threats govern. */
  contents?: Span[]
  /** Filled with the parse's readings of acts the surface coder already coded. */
  echoes?: Draft[]
  /**
   * Filled with the verbs whose sense the parse read from what they act on ("attacked
   * Bush's record": criticism) or the label they give: the surface coder's reading gives way.
   */
  senses?: Span[]
}

type Draft = Omit<Event, 'id'>

/**
 * Codes events on the dependency parse with the PETRARCH verb dictionaries: every
 * verb whose lemma the dictionary knows, matched on its object's head noun and its
 * prepositional phrases, with its subject (or passive agent, controller, shared
 * subject) as source and its object, indirect object or named oblique as target.
 * Sides are entities, demonyms and role nouns placed in a country; acts within one
 * country are coded like any other, and a target may be null.
 */
export function parsedEvents(input: ParsedInput): Draft[] {
  const { doc, lex } = input
  const dict = loadVerbDictionary(doc.lang)
  const home = homeCountry(input.actors)
  const sides: SideContext = {
    tokens: doc.tokens,
    actors: input.actors,
    dict,
    words: lex.eventWords,
    demonyms: lex.demonyms,
    home,
  }
  const out: Draft[] = []
  let previous: Side | undefined
  for (const s of doc.sentences) {
    if (input.skip.has(s) || !mayHoldAct(doc, s, lex, dict, input.actors)) continue
    const t = new Tree(doc, parsedSentence(doc, s, input.parser, lex.multiword))
    let first: Side | undefined
    const byVerb = new Map<number, Draft[]>()
    for (let v = 0; v < t.words.length; v++) {
      const leads = catenativeLead(t, v, lex.eventWords)
      if (leads) input.senses?.push(leads)
      if (!isAct(t, v, lex.eventWords) || contentOf(input, dict, t, v)) continue
      const drafts = codeVerb(input, dict, sides, t, v, s, previous)
      const own = drafts.map((d) => d.event).filter((e) => !restates(t, v, e, byVerb))
      byVerb.set(v, own)
      out.push(...own)
      first ??= drafts[0]?.source
    }
    for (let v = 0; v < t.words.length; v++) refusedNouns(input, t, v)
    for (let n = 0; n < t.words.length; n++) {
      const met = meetingBetween(input, sides, t, s, n)
      if (met && !out.some((e) => e.sentence.start === s.start && e.plover === met.plover))
        out.push(met)
      const held =
        heldBy(input, sides, t, s, n) ??
        blameBy(input, sides, t, s, n) ??
        backedBy(input, sides, t, s, n)
      if (held && !out.some((e) => e.trigger.start === held.trigger.start)) out.push(held)
    }
    previous = first ?? previous
  }
  return out
}

/**
 * "no firmó el acuerdo con las FARC", "Pyongyang «no ha venido» a la cumbre con Trump": an
 * act a negated verb's object or oblique names by its noun did not happen, also where the
 * surface patterns read the noun, however far the negator stands before it.
 */
function refusedNouns(input: ParsedInput, t: Tree, v: number): void {
  const { lex } = input
  if (t.word(v).upos !== 'VERB') return
  const negated = t
    .childrenBy(v, 'advmod')
    .some((k) => lex.eventWords.is('negator', t.word(k).form.toLowerCase()))
  if (!negated) return
  for (const k of t.childrenBy(v, 'obj', 'obl')) {
    const form = t.word(k).form.toLowerCase()
    const noun =
      lex.eventWords.is('meeting-noun', form) ||
      lex.eventNouns.has(form) ||
      lex.eventNouns.has(t.lemma(k))
    if (noun) input.contents?.push(spanOf(t, k))
  }
}

/**
 * "criticized Trump's refusal, accusing the president of …": a gerund adjoined to a verb
 * that coded the same act between the same sides says how it was done, not a second act.
 */
function restates(t: Tree, v: number, e: Draft, byVerb: ReadonlyMap<number, Draft[]>): boolean {
  if (!adjoinedGerund(t, v)) return false
  const same = (x: Draft) =>
    x.plover === e.plover && x.sourceCode === e.sourceCode && x.targetCode === e.targetCode
  return (byVerb.get(t.heads[v] as number) ?? []).some(same)
}

/**
 * Parsing costs: a sentence is parsed only when one of its words may be a dictionary verb
 * and two may be sides (names, demonyms, role nouns, party words, or pronouns that stand
 * for one). Parsing sentences with one side as well, for agentless acts in an article's
 * home country, found no more gold events and more wrong ones, at a sixth more time.
 */
function mayHoldAct(
  doc: Doc,
  s: Sentence,
  lex: Lexicon,
  dict: VerbDictionary,
  actors: ActorIndex,
): boolean {
  let sides = 0
  let verb = false
  let last: unknown
  for (let k = s.firstToken; k < s.endToken && !(verb && sides >= 2); k++) {
    const t = doc.tokens[k] as Token
    const actor = actors.at(k)
    if (actor !== undefined) {
      if (actor !== last) sides++
      last = actor
      continue
    }
    last = undefined
    // "British-backed": a backer and an act in one word.
    const dash = t.lower.lastIndexOf('-')
    if (dash > 0 && lex.eventWords.isLower('backing', t.lower.slice(dash + 1))) {
      sides++
      verb = true
    }
    if (
      dict.agents.has(t.lower) ||
      lex.eventWords.isLower('party', t.lower) ||
      lex.eventWords.isLower('accused', t.lower) ||
      standsForSide(lex.pronouns.get(t.lower))
    )
      sides++
    verb ||= t.word && (dict.mayBeVerb(t.lower) || lex.eventVerbs.has(t.lower))
  }
  return verb && sides >= 2
}

const standsForSide = (p: Pronoun | undefined): boolean =>
  !!p && ((p.resolve && (p.case === 'subj' || p.case === 'obj')) || isGroupPronoun(p))

/** "they", "ellos": a subject pronoun that takes up a group the sentence before names. */
const isGroupPronoun = (p: Pronoun | undefined): boolean =>
  !!p && p.number === 'pl' && p.case === 'subj'

interface Coded {
  event: Draft
  source: Side
}

function codeVerb(
  input: ParsedInput,
  dict: VerbDictionary,
  sides: SideContext,
  t: Tree,
  v: number,
  s: Sentence,
  previous: Side | undefined,
): Coded[] {
  const { doc, lex } = input
  const lemma = verbLemma(lex, dict, t, v)
  const parsed = rolesOf(t, v, lex.eventWords)
  const crowd = gathered(lex, t, v, lemma, parsed)
  const roles =
    crowd === undefined
      ? parsed
      : {
          ...parsed,
          subject: crowd,
          object: parsed.object === crowd ? undefined : parsed.object,
          passive: false,
        }
  const label =
    labelOf(lex, t, v, lemma) ?? (reports(lex, doc, t, v) ? reportedLabel(lex, t, v) : undefined)
  const match = label
    ? labelling(t, v, lemma, label)
    : dictionaryMatch(lex, dict, t, v, lemma, roles, crowd)
  // A pattern with only an inherent passive meaning ("appeared before the court",
  // "received support from Berlin") codes its verb with the roles turned round.
  const turned = !!match && !match.pattern.cameo && !!match.pattern.passive && !roles.passive
  const cameo = turned ? match?.pattern.passive : match?.pattern.cameo
  if (!match || !cameo) return []
  if (isBare(match.pattern) && !label?.reported && reports(lex, doc, t, v)) return []
  const forced = lex.cameo.get(cameo)
  // "Reuters reported Monday's attack": a verb of saying tells of violence, it does none.
  const says = lex.speechCues.longestLower(doc.tokens, t.tokens[v] as number)
  if (forced && VIOLENCE_ROOTS.has(forced.root) && says) return []
  // "attacked the proclamation", "disqualified the war against gangs": force used on a
  // decision, a plan or words is criticism of whoever owns them.
  const stance =
    forced && FORCE_ROOTS.has(forced.root) && roles.object !== undefined
      ? lex.eventWords.is('stance-object', t.word(roles.object).form.toLowerCase())
      : false
  const code = stance ? lex.cameo.get(CRITICISE) : forced
  const plover = code && ploverOf(lex, code)
  if (!code || !plover) return []
  if (isBare(match.pattern) && !match.lent && states(t, v) && !VERBAL_ROOTS.has(code.root))
    return []
  if (isHypothetical(t, v, lex.eventWords)) {
    // "Colombia debe cerrar su frontera y expulsar a …": the surface patterns' reading of a
    // verb the parse finds not done goes too.
    input.senses?.push({ start: t.word(v).start, end: t.word(v).end })
    return []
  }
  if (
    (code.root === APPEAL && pressRequest(lex.eventWords, t, v, roles)) ||
    (PERSON_ACTS.has(code.code) && !match.lent && !onPersons(input, sides, t, v, roles))
  ) {
    // The surface patterns' reading of the same verb goes too: the parse read its sense.
    input.senses?.push({ start: t.word(v).start, end: t.word(v).end })
    return []
  }
  // "desplegó 500 guardias": the forces a show of force moves are its means, not its target.
  const targets = label
    ? labelTargets(sides, t, v, label)
    : stance
      ? ownerOf(sides, t, roles.object as number)
      : turned
        ? turnedTargets(sides, t, roles)
        : targetsOf(
            sides,
            t,
            code.root === FORCE_POSTURE ? { ...roles, object: undefined } : roles,
            match.prep ?? (match.lent ? nounTarget(t, roles) : undefined),
          )
  // "dijo que la situación es grave": a reported label that names no side is no act.
  if (label?.reported && label.labelled !== undefined && !targets.length) return []
  if (turned && !targets.length) return []
  // "refused to provide the network with …": a verb with no one of its own acts on its complement's.
  const complement = targets.length ? undefined : t.child(v, 'xcomp')
  if (complement !== undefined)
    targets.push(...targetsOf(sides, t, rolesOf(t, complement), undefined))
  let sources = sourcesOf(
    input,
    sides,
    t,
    s,
    turned ? turnedRound(sides, t, roles, match) : roles,
    previous,
    targets,
    code,
  )
  // "una gran cantidad de comentarios exigieron una disculpa": a subject the parse finds
  // that names no one acts for no one, so the surface coder's nearest name does not either.
  if (!turned && !sources.length && thingSubject(sides, t, roles)) {
    input.senses?.push({ start: t.word(v).start, end: t.word(v).end })
    return []
  }
  // "Trump attacked the subpoena": in an article about one country, a decision or a plan
  // that no name places belongs to that country's actors, when its critic is one of them.
  const home = sides.home
  // "voiced support for the impeachment inquiry": the same, through a light verb's noun.
  const stanceOn = match.lent || STANCES.has(plover) ? stanceComplement(lex, t, roles) : undefined
  // "denounced the border agreement": a stand taken on a decision, a plan or words.
  const decision =
    stance ||
    (STANCES.has(plover) &&
      roles.object !== undefined &&
      lex.eventWords.is('stance-object', t.word(roles.object).form.toLowerCase()))
      ? roles.object
      : stanceOn
  // Its earlier mention's owner, unless that is who takes the stand ("Trump's lawsuit
  // against the subpoena … attacked the subpoena").
  if (!targets.length && decision !== undefined)
    targets.push(
      ...earlierOwner(discourse(input), sides, t, s, decision).filter(
        (o) => !sources.some((x) => x.draft !== null && x.draft === o.draft),
      ),
    )
  if (
    (stance || label || stanceOn !== undefined) &&
    !targets.length &&
    home &&
    sources.some((x) => x.country === home)
  ) {
    const { start, end } = t.word(stanceOn ?? roles.object ?? v)
    targets.push({ draft: null, country: home, sector: null, place: false, start, end })
  }
  // "a memorandum was signed between Cyprus and Greece", "el plan acordado entre Venezuela
  // y Rusia": with no one named as doing it, the two it was between.
  const pair = sources.length ? [] : between(sides, t, roles)
  if (pair.length > 1) {
    sources = [pair[0] as Side]
    targets.splice(0, targets.length, pair[1] as Side)
  }
  // "The agreement was signed … by Foreign Minister Martínez and Secretary Noem": with no
  // one else named, the sides of a joint act are each other's partner.
  const partner = sources.find((x) => x.country !== sources[0]?.country)
  const joint = JOINT_ROOTS.has(code.root) || code.code.startsWith(SIGN_AGREEMENT)
  if (!targets.length && partner && joint) {
    sources = [sources[0] as Side]
    targets.push(partner)
  }
  const out: Coded[] = []
  const date = eventDate(input.timexes, s, doc.tokens[t.tokens[v] as number] as Token)
  const asOf = date ? fullDate(date) : doc.published
  // "the IMF and the World Bank urged Egypt", "Arce, Morales y legisladores del MAS han
  // calificado …": sides joined from one country act once, under the first one's code.
  const actedFor = new Set<string | null>()
  for (const source of sources) {
    if (source.place) continue
    const sourceCode = codeOf(source, lex, asOf)
    const country = sourceCode?.slice(0, 3) ?? null
    if (actedFor.has(country)) continue
    actedFor.add(country)
    // Going to a place of one's own country is no interaction ("visitó Oaxaca"), nor is a
    // role noun read as the source's own body ("the Chilean president called the regime
    // “brutal”", the regime taken for Chile's government).
    const others = targets.filter(
      (x) =>
        !sameActor(x, source) &&
        !(x.place && x.country === source.country) &&
        !(!x.draft && x.sector && codeOf(x, lex, asOf) === sourceCode),
    )
    if (targets.length && !others.length) continue
    // "blamed both the US and Israel", "met with the IMF, then with President Trump": an
    // act on each of the sides joined, one per actor code.
    const seen = new Set<string | null>()
    for (const target of others.length ? others : [null]) {
      const key = target && codeOf(target, lex, asOf)
      if (seen.has(key)) continue
      seen.add(key)
      const act = { v, match, roles, code, plover, date, asOf }
      const coded = codeAct(input, t, s, act, source, target)
      if (coded) out.push(coded)
    }
  }
  if (out.length && TAKES_CONTENT.has(code.root))
    for (const c of t.childrenBy(v, 'xcomp', 'ccomp')) input.contents?.push(spanOf(t, c))
  // A verb the surface coder read already adds only the sides it missed, unless the parse
  // read its sense from its object or its label.
  const surface = input.taken.get(t.tokens[v] as number)
  // "was condemned … by Egypt" read as aimed at no one: the parse's sides, when it names the
  // one acted on, stand for it
  // (not in a relative clause, whose sides the parse reads least surely: "que investiga la
  // Fiscalía").
  const alike = surface?.filter((x) => x.plover === plover) ?? []
  const aimless =
    t.rel(v) !== 'acl' &&
    alike.length > 0 &&
    alike.every((x) => x.targetCode === null) &&
    out.some((d) => d.event.target !== null)
  if (out.length && (((stance || label) && surface?.some((x) => x.plover !== plover)) || aimless)) {
    input.senses?.push({ start: t.word(v).start, end: t.word(v).end })
    // The surface trigger may be longer than the verb ("met with").
    for (const x of alike) input.senses?.push(x.trigger)
    return out
  }
  if (!surface) return out
  for (const d of out) if (!secondSide(d.event, surface)) input.echoes?.push(d.event)
  return out.filter((d) => secondSide(d.event, surface))
}

/**
 * "blamed both Chile and Bolivia", "France and Germany condemned …": the surface coder
 * takes the first side joined; the parse's act on another target by the same source, or
 * by another source on the same target, coded the same, is kept beside it.
 */
export function secondSide(e: Draft, surface: readonly Draft[]): boolean {
  const country = (code: string | null) => code?.slice(0, 3) ?? null
  const same = surface.filter(
    (x) =>
      x.sentence.start === e.sentence.start &&
      x.plover === e.plover &&
      x.start <= e.trigger.start &&
      e.trigger.end <= x.end,
  )
  const target = country(e.targetCode)
  const source = country(e.sourceCode)
  const newTarget =
    target !== null &&
    same.some((x) => x.targetCode !== null && x.sourceCode === e.sourceCode) &&
    !surface.some((x) => country(x.targetCode) === target)
  const newSource =
    source !== null &&
    target !== null &&
    source !== target &&
    same.some((x) => country(x.targetCode) === target && x.sourceCode !== null) &&
    !surface.some((x) => country(x.sourceCode) === source)
  return newTarget || newSource
}

/**
 * The roles of a verb read with its inherent passive meaning: its subject is the one acted
 * on, by the first side its free object ("the remarks shocked Paris"), the phrase its
 * pattern names ("appeared before the court") or a "from" or "by" phrase ("came under
 * fire from Petro") names; with none, by no one named, as in an agentless passive.
 */
function turnedRound(sides: SideContext, t: Tree, roles: Roles, match: Match): Roles {
  const agentMarked = (k: number) => TURNED_AGENT_MARKS.has(t.caseOf(k) ?? '')
  const other = [
    match.pattern.object ? undefined : roles.object,
    match.prep,
    ...roles.obliques.filter((o) => TURNED_AGENT_MARKS.has(o.prep)).map((o) => o.word),
    // "under fire from Petro", the parse hanging "from Petro" on "fire".
    ...(match.prep === undefined ? [] : t.childrenBy(match.prep, 'nmod').filter(agentMarked)),
  ].find((k) => k !== undefined && sideOf(sides, t, k, 'source') !== undefined)
  return {
    ...roles,
    subject: other,
    object: roles.subject,
    indirect: undefined,
    obliques: roles.obliques.filter((o) => o.word !== other),
    passive: other === undefined,
  }
}

/** The one a turned-round verb acts on: its subject, which must name a side. */
const turnedTargets = (sides: SideContext, t: Tree, roles: Roles): Side[] =>
  roles.subject === undefined ? [] : withConjuncts(sides, t, roles.subject, 'target')

/** Prepositions that name who acts on a turned-round verb's subject. */
const TURNED_AGENT_MARKS = new Set(['from', 'by', 'de', 'por'])

/** What one verb was coded as, before it is paired with each of its sides. */
interface Act {
  v: number
  match: Match
  roles: Roles
  code: CameoCode
  plover: string
  date: string | null
  /** The date office-holders are looked up at. */
  asOf: string
}

function codeAct(
  input: ParsedInput,
  t: Tree,
  s: Sentence,
  act: Act,
  source: Side,
  target: Side | null,
): Coded | undefined {
  const { lex } = input
  const { v, match, code, plover, asOf } = act
  if (!target && !untargeted(lex.eventWords, match, plover, code, act.roles)) return undefined
  const done = binding(lex, match, code, source, target, asOf) ?? { code, plover }
  const trigger = t.word(v)
  const inside = (x: Side | null) => (x && x.start >= s.start && x.end <= s.end ? x : null)
  return {
    source,
    event: {
      start: Math.min(
        inside(source)?.start ?? trigger.start,
        trigger.start,
        inside(target)?.start ?? trigger.start,
      ),
      end: Math.max(
        inside(source)?.end ?? trigger.end,
        trigger.end,
        inside(target)?.end ?? trigger.end,
      ),
      sentence: { start: s.start, end: s.end },
      trigger: { start: trigger.start, end: trigger.end },
      plover: done.plover,
      cameo: done.code.code,
      quadClass: done.code.quadClass,
      goldstein: done.code.goldstein,
      source: source.draft ? input.entities.idOf(source.draft) || null : null,
      target: target?.draft ? input.entities.idOf(target.draft) || null : null,
      sourceCode: codeOf(source, lex, asOf),
      targetCode: target ? codeOf(target, lex, asOf) : null,
      date: act.date,
      negated: isNegated(t, v, lex.eventWords),
      hypothetical: false,
    },
  }
}

/**
 * A label's praise or blame as the act: criticism stands with nothing named on the other
 * side ("called the plan a “disgrace”"), as a lent act does; praise needs someone praised.
 */
function labelling(t: Tree, v: number, lemma: string, label: Label): Match {
  const form = t.word(v).form.toLowerCase()
  const cameo = label.polarity > 0 ? PRAISE : CRITICISE
  return {
    pattern: wordPattern(`event-words:label-verb.${form}`, lemma, cameo),
    lent: label.polarity < 0,
  }
}

const PRAISE = '051'

/**
 * "the trilateral meeting of Cyprus, Greece and Israel", "a meeting between Giuliani and
 * Yermak", "la cumbre entre Trump y Kim": a meeting noun with two sides joined in its
 * "between" or "of" phrase states that they met (CAMEO 040), the first leading. One that is
 * planned, possible or next, or that a hypothetical verb governs, has not happened.
 */
function meetingBetween(
  input: ParsedInput,
  sides: SideContext,
  t: Tree,
  s: Sentence,
  n: number,
): Draft | undefined {
  const { lex } = input
  const words = lex.eventWords
  const noun = t.word(n)
  if (noun.upos !== 'NOUN' || !words.is('meeting-noun', noun.form.toLowerCase())) return undefined
  if (t.childrenBy(n, 'amod').some((k) => words.is('planned', t.word(k).form.toLowerCase())))
    return undefined
  const head = t.heads[n] as number
  if (head >= 0 && t.word(head).upos === 'VERB' && isHypothetical(t, head, words)) return undefined
  const phrase = t
    .childrenBy(n, 'nmod')
    .find(
      (k) =>
        words.is('between', t.caseOf(k) ?? undefined) ||
        words.is('genitive', t.caseOf(k) ?? undefined),
    )
  const met: Side[] = []
  if (phrase !== undefined) {
    for (const side of withConjuncts(sides, t, phrase, 'source'))
      if (!side.place && !met.some((x) => x.country === side.country)) met.push(side)
  } else met.push(...summitPair(sides, t, n))
  const [source, target] = met
  if (!source || !target) return undefined
  const code = lex.cameo.get(MEET)
  const plover = code && ploverOf(lex, code)
  if (!code || !plover) return undefined
  const form = noun.form.toLowerCase()
  const match: Match = { pattern: wordPattern(`event-words:meeting-noun.${form}`, form, MEET) }
  const event = nounEvent(input, t, s, n, { match, code, plover }, source, target, phrase ?? n)
  return event && { ...event, start: Math.min(event.start, noun.start) }
}

/**
 * "la afabilidad mostrada en la cumbre en Singapur": the summit, named with no partner and
 * set only in a place, is the one between the two states the article is about, the most
 * named first. None when the noun says anything else of its own or is not "the" summit.
 */
function summitPair(sides: SideContext, t: Tree, n: number): Side[] {
  const words = sides.words
  if (!words.is('summit', t.word(n).form.toLowerCase())) return []
  const det = t.child(n, 'det')
  if (det === undefined || t.feat(det, 'Definite') !== 'Def') return []
  // "la decisión de no invitar a Maduro a la cumbre": who is kept away met no one. The
  // negation is the clause's, whether the parse hangs the summit from the verb or from its
  // object ("no invitar a los senadores a la cumbre").
  const head = t.heads[n] as number
  if (head >= 0 && isNegated(t, head, words)) return []
  const verb = governingVerb(t, n)
  if (verb !== undefined && isNegated(t, verb, words)) return []
  // "la cumbre en Singapur": where it was held says nothing of who met (a capital there
  // is no side).
  const own = t.childrenBy(n, 'nmod', 'amod', 'compound', 'acl', 'appos', 'nmod:poss')
  if (own.some((k) => t.rel(k) !== 'nmod' || !words.is('locative', t.caseOf(k) ?? undefined)))
    return []
  const ranked = [...sides.actors.salience]
    .filter(([code]) => !INTERNATIONAL_CODES.has(code))
    .sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  if (!first || !second) return []
  const { start, end } = t.word(n)
  const state = (country: string): Side => ({
    draft: null,
    country,
    sector: 'GOV',
    place: false,
    start,
    end,
  })
  return [state(first[0]), state(second[0])]
}

/** The nearest verb above a noun, through at most two other nouns. */
function governingVerb(t: Tree, n: number): number | undefined {
  let at = t.heads[n] as number
  for (let hops = 0; hops < 3 && at >= 0; hops++) {
    const { upos } = t.word(at)
    if (upos === 'VERB' || upos === 'AUX') return at
    if (upos !== 'NOUN' && upos !== 'PROPN' && upos !== 'PRON') return undefined
    at = t.heads[at] as number
  }
  return undefined
}

/** Codes of bodies above or outside countries, which hold no summit of two states. */
const INTERNATIONAL_CODES = new Set(['IGO', 'NGO'])

const MEET = '040'

/**
 * "calificó de ilegal su aprehensión", "la detención del exgobernador": an event noun of
 * coercion (CAMEO 17: arrest, deportation, expulsion) whose "de" phrase or possessive
 * names who suffered it is an act of the state that holds them, the article's own country
 * when no "por" phrase names its agent, as an agentless passive on its people is. A noun a
 * light or ordering verb governs is that verb's act ("ordenó su detención").
 */
function heldBy(
  input: ParsedInput,
  sides: SideContext,
  t: Tree,
  s: Sentence,
  n: number,
): Draft | undefined {
  const { lex } = input
  const words = lex.eventWords
  const noun = t.word(n)
  if (noun.upos !== 'NOUN' || !sides.home) return undefined
  const form = noun.form.toLowerCase()
  const pattern = lex.eventNouns
    .get(form)
    ?.find((p) => words.is('genitive', p.then?.[0]) && lex.cameo.get(p.cameo)?.root === COERCE)
  const code = pattern && lex.cameo.get(pattern.cameo)
  const plover = code && ploverOf(lex, code)
  if (!pattern || !code || !plover) return undefined
  if (governedAct(lex, sides, t, n)) return undefined
  if (t.childrenBy(n, 'amod').some((k) => words.is('planned', t.word(k).form.toLowerCase())))
    return undefined
  const phrases = t.childrenBy(n, 'nmod')
  const agent = phrases.find((k) => words.is('agent', t.caseOf(k) ?? undefined))
  const patient = phrases.find((k) => words.is('genitive', t.caseOf(k) ?? undefined))
  const owned = t.childrenBy(n, 'det').some((k) => t.feat(k, 'Poss') === 'Yes')
  if (patient === undefined && !owned) return undefined
  const target =
    patient === undefined ? null : (withConjuncts(sides, t, patient, 'target')[0] ?? null)
  // "una captura de pantalla de un informe": what the phrase names must be someone.
  if (patient !== undefined && (!target || !someone(sides, t, patient))) return undefined
  // A named victim of another country's people was not held by this one.
  if (target && !target.place && target.country !== sides.home && agent === undefined)
    return undefined
  const named = agent === undefined ? undefined : withConjuncts(sides, t, agent, 'source')[0]
  if (agent !== undefined && !named) return undefined
  const source = named ?? {
    draft: null,
    country: sides.home,
    sector: null,
    place: false,
    start: noun.start,
    end: noun.end,
  }
  const match: Match = { pattern: wordPattern(pattern.id, form, pattern.cameo), lent: true }
  return nounEvent(input, t, s, n, { match, code, plover }, source, target, patient ?? n)
}

const COERCE = '17'

/**
 * "provocó críticas de un legislador republicano", "las críticas de Trump a México": a noun
 * of criticism whose own patterns name its target with another preposition
 * ("críticas a", "acusaciones contra") has its author in the "de" phrase. Where a pattern
 * reads the genitive as the target ("criticism of"), or a light verb lends the noun its
 * subject ("lanzó críticas"), this reads nothing.
 */
function blameBy(
  input: ParsedInput,
  sides: SideContext,
  t: Tree,
  s: Sentence,
  n: number,
): Draft | undefined {
  const { lex } = input
  const words = lex.eventWords
  const noun = t.word(n)
  if (noun.upos !== 'NOUN') return undefined
  const form = noun.form.toLowerCase()
  const patterns = lex.eventNouns.get(form) ?? []
  const pattern = patterns.find((p) => BLAME.has(p.cameo))
  if (!pattern || patterns.some((p) => words.is('genitive', p.then?.[0]))) return undefined
  const code = lex.cameo.get(pattern.cameo)
  const plover = code && ploverOf(lex, code)
  if (!code || !plover) return undefined
  if (governedAct(lex, sides, t, n)) return undefined
  const phrases = t.childrenBy(n, 'nmod')
  const author = phrases.find((k) => words.is('genitive', t.caseOf(k) ?? undefined))
  if (author === undefined || !someone(sides, t, author)) return undefined
  const source = withConjuncts(sides, t, author, 'source').find((x) => !x.place)
  if (!source) return undefined
  const marks = new Set(patterns.flatMap((p) => p.then?.slice(0, 1) ?? []))
  const on = phrases.find((k) => marks.has(t.caseOf(k) ?? ''))
  const target = on === undefined ? null : (withConjuncts(sides, t, on, 'target')[0] ?? null)
  const match: Match = { pattern: wordPattern(pattern.id, form, pattern.cameo), lent: true }
  return nounEvent(input, t, s, n, { match, code, plover }, source, target, on ?? author)
}

/** "a British-backed coup": the backing coded as its verb's bare entry ("back": support). */
function backedBy(
  input: ParsedInput,
  sides: SideContext,
  t: Tree,
  s: Sentence,
  n: number,
): Draft | undefined {
  const { lex } = input
  const backing = backingAt(sides, t, n, (word) => {
    const demonym = lex.demonyms.get(word)
    if (demonym) return { country: demonym, sector: null }
    const named = lex.gazetteer
      .get([word])
      .find((v) => v.source === 'country' || v.source === 'capital')
    if (!named?.country) return undefined
    return { country: named.country, sector: named.source === 'capital' ? 'GOV' : null }
  })
  if (!backing) return undefined
  const pattern = backing.lemmas
    .flatMap((l) => sides.dict.byLemma.get(l) ?? [])
    .find((p) => isBare(p) && p.cameo)
  const code = pattern?.cameo ? lex.cameo.get(pattern.cameo) : undefined
  const plover = code && ploverOf(lex, code)
  if (!pattern || !code || !plover) return undefined
  const reading = { match: { pattern, lent: true }, code, plover }
  return nounEvent(input, t, s, n, reading, backing.source, backing.target, n)
}

/**
 * Criticism (CAMEO 111), whose nouns name their author after "de"; an accusation's "de"
 * names the charge ("acusaciones de narcotráfico").
 */
const BLAME = new Set(['111'])

/** The PLOVER type of a CAMEO code, its root's where the code has none of its own. */
function ploverOf(lex: Lexicon, code: CameoCode): string | undefined {
  return code.plover ?? lex.cameo.get(code.root)?.plover
}

/**
 * "ordenó su detención", "lanzó críticas", "would hold talks": an event noun a light or
 * ordering verb governs is that verb's act, and one a hypothetical verb governs has not
 * happened.
 */
function governedAct(lex: Lexicon, sides: SideContext, t: Tree, n: number): boolean {
  const head = t.heads[n] as number
  if (head < 0 || t.word(head).upos !== 'VERB') return false
  const words = lex.eventWords
  const lemma = verbLemma(lex, sides.dict, t, head)
  if (words.is('light-verb', lemma) || words.is('ordering-verb', lemma)) return true
  return isHypothetical(t, head, words)
}

/**
 * The act an event noun names, dated where its sentence dates it, coded between its sides,
 * its span reaching to the end of the phrase `upTo` heads.
 */
function nounEvent(
  input: ParsedInput,
  t: Tree,
  s: Sentence,
  n: number,
  reading: { match: Match; code: CameoCode; plover: string },
  source: Side,
  target: Side | null,
  upTo: number,
): Draft | undefined {
  const { doc } = input
  const date = eventDate(input.timexes, s, doc.tokens[t.tokens[n] as number] as Token)
  const asOf = date ? fullDate(date) : doc.published
  const act = { v: n, ...reading, roles: rolesOf(t, n), date, asOf }
  const coded = codeAct(input, t, s, act, source, target)
  if (!coded) return undefined
  const last = t.word(t.phrase(upTo).at(-1) as number)
  return { ...coded.event, end: Math.max(coded.event.end, last.end) }
}

/** A word that names someone: a name, a pronoun, a number of people, a role or a party. */
function someone(sides: SideContext, t: Tree, w: number): boolean {
  const word = t.word(w)
  if (PERSON_TAGS.has(word.upos)) return true
  const form = word.form.toLowerCase()
  return (
    sides.dict.agents.has(form) ||
    sides.dict.agents.has(t.lemma(w)) ||
    isParty(sides, t, w) ||
    sides.words.is('quantity', form) ||
    sides.words.is('collective', form)
  )
}

const PERSON_TAGS = new Set(['PROPN', 'PRON', 'NUM'])

/**
 * "the government ordered the network to shut down", "the commission issued a cease and
 * desist order to the network", "the judge ordered the accused held": an order that a
 * state body gives a private party of its own country binds it. That is coercion (CAMEO
 * 172), not the demand (100) an order between equals is.
 */
function binding(
  lex: Lexicon,
  match: Match,
  code: CameoCode,
  source: Side,
  target: Side | null,
  asOf: string,
): { code: CameoCode; plover: string } | undefined {
  if (!target || code.root !== DEMAND || !lex.eventWords.is('ordering-verb', match.pattern.lemma))
    return undefined
  if (target.country !== source.country) return undefined
  const from = codeOf(source, lex, asOf)?.slice(3) ?? ''
  const to = codeOf(target, lex, asOf)?.slice(3) ?? ''
  // A court's order binds the state as well ("a US court ordered President Trump to …").
  if (!STATE_SECTORS.has(from) || (STATE_SECTORS.has(to) && from !== COURT)) return undefined
  const sanction = lex.cameo.get(ADMINISTRATIVE_SANCTION)
  const plover = sanction && ploverOf(lex, sanction)
  return sanction && plover ? { code: sanction, plover } : undefined
}

const DEMAND = '10'
const ADMINISTRATIVE_SANCTION = '172'
const COURT = 'JUD'
/** Sectors that act for the state. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY'])

/**
 * The subject and those joined to it ("Egypt, Greece and Cyprus condemned …"); a verb
 * with no subject in a language that drops them continues the sentence before's. A
 * passive act of force with no agent, done to someone of the article's own country,
 * was done by that country's unnamed actors ("an individual has been arrested", "the
 * mayor was stabbed"), unless it is a toll; other agentless passives have no source ("he was elected").
 */
function sourcesOf(
  input: ParsedInput,
  sides: SideContext,
  t: Tree,
  s: Sentence,
  roles: Roles,
  previous: Side | undefined,
  targets: readonly Side[],
  code: CameoCode,
): Side[] {
  const subject = roles.subject
  if (
    subject !== undefined &&
    isGroupPronoun(input.lex.pronouns.get(t.lemma(subject).toLowerCase()))
  )
    // "the premiums they pay": in a relative clause "they" is seldom the group named before.
    return t.rel(roles.verb).startsWith('acl') ? [] : groupBefore(input, sides, s)
  if (subject !== undefined) {
    const found = withConjuncts(sides, t, subject, 'source')
    if (found.length) return found
    // "Solicitor General Jose Calida filed …": the parse may take a title for a subject
    // of its own beside the name's.
    const next = (t.phrase(subject).at(-1) as number) + 1
    const beside = t.rel(subject) === 'nsubj' && t.heads[next] === t.heads[subject]
    return beside && t.rel(next) === 'nsubj' ? withConjuncts(sides, t, next, 'source') : []
  }
  if (roles.passive) {
    // "was forced to resign", "was made to wait": circumstances may compel as well as anyone.
    // ("fue detenido acusado de secuestro" is no such complement.)
    const compelledTo = t
      .childrenBy(roles.verb, 'xcomp')
      .some((k) => t.feat(k, 'VerbForm') === 'Inf')
    if (compelledTo) return []
    const home = sides.home
    // "More than 23,000 people have been killed": a toll, which floods and quakes take too.
    const o = roles.object
    const toll =
      VIOLENCE_ROOTS.has(code.root) &&
      o !== undefined &&
      (t.word(o).upos === 'NUM' || t.childrenBy(o, 'nummod').length > 0)
    const onHome =
      home &&
      !toll &&
      code.quadClass === MATERIAL_CONFLICT &&
      targets.find((x) => x.country === home && !x.place)
    const verb = t.word(roles.verb)
    // "was detained in Zambia": a state holds people where it holds them.
    const held = code.root === COERCE && targets.length ? placeOf(sides, t, roles) : undefined
    if (held && held !== targets[0]?.country)
      return [
        {
          draft: null,
          country: held,
          sector: null,
          place: false,
          start: verb.start,
          end: verb.end,
        },
      ]
    return onHome
      ? [{ ...onHome, draft: null, sector: null, start: verb.start, end: verb.end }]
      : []
  }
  const dropped = input.lex.eventWords.list('feature').includes('null-subject')
  if (!dropped || !previous) return []
  // "«Mató a Otto Warmbier»": a quoted verb's dropped subject is the quoted speaker's
  // concern, not the actor of the sentence before; nor does a quotation's carry out.
  const verb = t.word(roles.verb).start
  const inQuote = (at: number) => input.quoted?.find((q) => q.start <= at && at < q.end)
  return inQuote(verb) === inQuote(previous.start) ? [previous] : []
}

/** The country a locative phrase of the verb places it in ("in Zambia", "en Caracas"). */
function placeOf(sides: SideContext, t: Tree, roles: Roles): string | undefined {
  for (const o of roles.obliques) {
    if (!sides.words.is('locative', o.prep)) continue
    const side = sideOf(sides, t, o.word, 'target')
    if (side && !side.draft?.sector && side.country.length === 3) return side.country
  }
  return undefined
}

/**
 * "Protesters' demands include … They had asked Carrie Lam to resign", "EU ministers met
 * on Monday. They called on Turkey to halt …": a subject "they" takes up the first plural
 * noun of the sentence before that names a side, with those joined to it.
 */
function groupBefore(input: ParsedInput, sides: SideContext, s: Sentence): Side[] {
  const { doc, lex } = input
  const before = doc.sentences[s.index - 1]
  if (!before || before.paragraph !== s.paragraph) return []
  const t = new Tree(doc, parsedSentence(doc, before, input.parser, lex.multiword))
  for (let w = 0; w < t.words.length; w++) {
    const word = t.word(w)
    if ((word.upos !== 'NOUN' && word.upos !== 'PROPN') || t.feat(w, 'Number') !== 'Plur') continue
    const found = withConjuncts(sides, t, w, 'source').filter((x) => !x.place)
    if (found.length) return found
  }
  return []
}

const MATERIAL_CONFLICT = 4
/** CAMEO roots of violence that leaves dead and wounded: assault, fight, mass violence. */
const VIOLENCE_ROOTS = new Set(['18', '19', '20'])
const FORCE_POSTURE = '15'

/** The sides joined in a "between"/"entre" phrase of the verb or its object. */
function between(sides: SideContext, t: Tree, roles: Roles): Side[] {
  const o = roles.obliques.find((x) => sides.words.is('between', x.prep))
  return o ? withConjuncts(sides, t, o.word, 'source') : []
}

/**
 * "llegó a ser detenido", "llegó a afirmar", "helped negotiate": a catenative verb with a
 * complement is no act of its own (its complement is), so the surface patterns' reading of
 * it and its mark ("llegar a": a visit) goes too. The span runs from the verb to the mark.
 */
function catenativeLead(t: Tree, v: number, words: EventWords): Span | undefined {
  if (t.word(v).upos !== 'VERB' || !words.is('catenative', t.lemma(v))) return undefined
  // The parse hangs "a ser detenido" on "llegó" as an adverbial clause as often as a complement.
  const marked = t
    .childrenBy(v, 'advcl')
    .find((c) => t.childrenBy(c, 'mark', 'case').includes(v + 1))
  const complement = t.child(v, 'xcomp') ?? marked
  if (complement === undefined) return undefined
  const mark = t.childrenBy(complement, 'mark', 'case').find((k) => k > v && k < complement)
  return { start: t.word(v).start, end: t.word(mark ?? v).end }
}

/**
 * A common noun the verb has for its own subject (not taken from another clause) that
 * names no one: no role or party word ("ambos ministros"), no actor or name in its phrase
 * ("la carta", not "el país" nor "una edición de Young India").
 */
function thingSubject(sides: SideContext, t: Tree, roles: Roles): boolean {
  const subject = roles.subject
  if (subject === undefined || roles.passive) return false
  if (t.heads[subject] !== roles.verb || t.word(subject).upos !== 'NOUN') return false
  const form = t.word(subject).form.toLowerCase()
  if (sides.dict.agents.has(form) || sides.dict.agents.has(t.lemma(subject))) return false
  if (isParty(sides, t, subject)) return false
  return t
    .phrase(subject)
    .every(
      (k) =>
        t.word(k).upos !== 'PROPN' &&
        !sides.words.is('reciprocal', t.word(k).form.toLowerCase()) &&
        sides.actors.at(t.tokens[k] as number) === undefined,
    )
}

/**
 * A verb that states an act of its own: not a noun the tagger took for a verb ("its
 * strikes"), nor a gerund describing a noun, nor the content of another verb or noun ("agreed to take in", "urged X to
 * send", "a proposal to send troops"), which the governing act already stands for.
 */
function isAct(t: Tree, v: number, words: EventWords): boolean {
  if (t.word(v).upos !== 'VERB') return false
  if (t.childrenBy(v, 'det', 'nmod:poss', 'case').length) return false
  // "he helped negotiate the deal": helping to do something is doing it, the complement
  // being the act.
  const helps = (k: number) => words.is('catenative', t.lemma(k))
  if (helps(v) && t.child(v, 'xcomp') !== undefined) return false
  // "living in or visiting Hong Kong", "promises to focus on … and giving power back": a
  // conjunct that is no finite verb and has no subject of its own is what its first verb is.
  const finite = t.feat(v, 'VerbForm') === 'Fin'
  let k = v
  let rel = t.rel(v)
  while (
    !finite &&
    rel === 'conj' &&
    (t.heads[k] as number) >= 0 &&
    t.child(k, 'nsubj') === undefined
  ) {
    k = t.heads[k] as number
    rel = t.rel(k)
  }
  if (rel === 'xcomp' && helps(t.heads[k] as number)) rel = 'root'
  // "the detained suspect's identity": a participle before a noun describes it.
  if (rel === 'xcomp' || rel === 'amod') return false
  if (secondComplement(t, v)) return false
  // "people living in or visiting Hong Kong": a gerund describing a noun tells what such
  // people do, not an act that took place.
  return !(rel === 'acl' && (t.feat(v, 'VerbForm') === 'Inf' || isGerund(t, v)))
}

/**
 * "deberían proporcionar asistencia … y apoyar los esfuerzos": an infinitive the parse
 * joined to a verb that already takes an infinitive complement is its second complement.
 */
function secondComplement(t: Tree, v: number): boolean {
  const head = t.heads[v] as number
  if (t.rel(v) !== 'conj' || t.feat(v, 'VerbForm') !== 'Inf' || head < 0) return false
  return t.childrenBy(head, 'xcomp').some((c) => c < v && t.feat(c, 'VerbForm') === 'Inf')
}

/**
 * "pressed his counterpart to investigate", "demanded that Chile expel", "accused X of
 * making": the clause an appeal, a demand, a pledge, blame, a refusal or a threat governs says what was asked or
 * promised, not an act of its own.
 */
function contentOf(input: ParsedInput, dict: VerbDictionary, t: Tree, v: number): boolean {
  const rel = t.rel(v)
  let head = t.heads[v] as number
  // "accused the Lib Dems of making …": the parse may hang the clause on the object.
  if (rel === 'acl' && t.child(v, 'mark') !== undefined && head >= 0 && t.rel(head) === 'obj')
    head = t.heads[head] as number
  else if (rel !== 'advcl' && rel !== 'ccomp') return false
  // "filed a petition, accusing the network of …": an adjoined gerund is an act of its own.
  if (adjoinedGerund(t, v)) return false
  if (head < 0 || t.word(head).upos !== 'VERB') return false
  const lemma = verbLemma(input.lex, dict, t, head)
  const found = matchPattern(t, head, rolesOf(t, head), dict.byLemma.get(lemma) ?? [])
  const cameo = found?.pattern.cameo ?? ownEntry(input.lex, t, head, lemma)?.pattern.cameo
  const root = cameo ? input.lex.cameo.get(cameo)?.root : undefined
  return !!root && TAKES_CONTENT.has(root)
}

function spanOf(t: Tree, head: number): Span {
  const words = t.phrase(head)
  let start = t.word(head).start
  let end = t.word(head).end
  for (const k of words) {
    start = Math.min(start, t.word(k).start)
    end = Math.max(end, t.word(k).end)
  }
  return { start, end }
}

/** CAMEO roots whose verbs take what is asked, promised, refused or threatened as content. */
const TAKES_CONTENT = new Set(['02', '03', '10', '11', '12', '13'])

/** "withdrew its troops": what the subject's own possessive marks is no one acted on. */
function ownedBySubject(words: EventWords, t: Tree, head: number): boolean {
  // "his counterpart" is another's.
  if (words.is('counterpart', t.word(head).form)) return false
  return t
    .childrenBy(head, 'nmod:poss', 'det')
    .some((k) => t.word(k).upos === 'PRON' || t.feat(k, 'Poss') === 'Yes')
}

/**
 * A speech verb with a clause for its content reports ("aseguró que …", "added that …"):
 * what was said is read by the quote layer and coded from its own verbs. Only a pattern
 * that names what the verb acts on ("accused X of …") makes the report an event; the
 * bare entries of the Spanish dictionary give such verbs codes of unrelated acts.
 */
function reports(lex: Lexicon, doc: Doc, t: Tree, v: number): boolean {
  if (!lex.speechCues.longestLower(doc.tokens, t.tokens[v] as number)) return false
  // "had asked Carrie Lam … to resign": an appeal to someone to act is no report.
  if (t.child(v, 'xcomp') !== undefined) return false
  return (
    t.child(v, 'ccomp', 'parataxis') !== undefined ||
    reportedClauses(lex.eventWords, t, v).length > 0
  )
}

/**
 * "the Liberal Democrats have demonstrated that …", "showed that": a verb with a clause
 * for its object states a fact. Only words (appeals, blame, refusals, threats) are acts
 * done in a that-clause; a plain verb of protest, force or cooperation is not.
 */
function states(t: Tree, v: number): boolean {
  return t.childrenBy(v, 'ccomp').some((c) => t.childrenBy(c, 'mark').length > 0)
}

/** CAMEO roots of acts done in words, which a that-clause may carry. */
const VERBAL_ROOTS = new Set(['01', '02', '03', '04', '05', '10', '11', '12', '13'])

/** A name the article gives no country, or a word for a party ("the accused", "the network"). */
function isHuman(sides: SideContext, t: Tree, head: number): boolean {
  return t.word(head).upos === 'PROPN' || isParty(sides, t, head)
}

/** Prepositions whose phrase names the one acted on. */
const TARGET_MARKS = new Set([
  'against',
  'on',
  'with',
  'to',
  'into',
  'at',
  'upon',
  'toward',
  'towards',
  'over',
  'for',
  'contra',
  'con',
  'a',
  'hacia',
  'sobre',
  'ante',
  'al',
])

const CRITICISE = '111'

const APPEAL = '02'

/**
 * "BBC Mundo solicitó entrevistar a un responsable del ministerio", "pidió una entrevista
 * con el ministro", "solicitó comentarios": a reporter's request for an interview or a
 * comment (`press-request` words) is the newsroom's work, no appeal between actors.
 */
function pressRequest(words: EventWords, t: Tree, v: number, roles: Roles): boolean {
  const asked = [roles.object, ...t.childrenBy(v, 'xcomp')]
  return asked.some(
    (k) =>
      k !== undefined &&
      (words.is('press-request', t.lemma(k)) ||
        words.is('press-request', t.word(k).form.toLowerCase())),
  )
}

/** CAMEO codes of acts done to people: arrest or detain, expel or deport. */
const PERSON_ACTS = new Set(['173', '174'])

/**
 * "detuvo a tres periodistas", not "detuvo la construcción del muro", "no detiene la
 * erosión", "el auto se detuvo": an arrest or an expulsion is done to people. It is not
 * coded when the one it falls on (the object, or a passive's subject) is a common noun
 * that names no one (no side, role noun, group, party or counted crowd), nor when a
 * reflexive verb has no one at all ("se detuvo", "se encierra": it stops, it shuts itself in).
 */
function onPersons(
  input: ParsedInput,
  sides: SideContext,
  t: Tree,
  v: number,
  roles: Roles,
): boolean {
  const patient = roles.passive ? roles.subject : roles.object
  if (patient === undefined) {
    const marked = roles.obliques.some((o) => input.lex.eventWords.is('object-marker', o.prep))
    const reflexive = t
      .childrenBy(v, 'expl:pv', 'expl', 'obj')
      .some((k) => t.word(k).form.toLowerCase() === 'se')
    return marked || !reflexive || roles.passive
  }
  const w = t.word(patient)
  if (w.upos !== 'NOUN') return true
  const form = w.form.toLowerCase()
  const lemma = t.lemma(patient).toLowerCase()
  const words = input.lex.eventWords
  const someone =
    sides.dict.agents.has(form) ||
    sides.dict.agents.has(lemma) ||
    input.lex.groupWords.has(form) ||
    isParty(sides, t, patient) ||
    words.is('quantity', form) ||
    words.is('collective', form) ||
    words.is('crowd', form) ||
    t.childrenBy(patient, 'nummod').length > 0 ||
    sides.actors.at(t.tokens[patient] as number) !== undefined
  return someone
}
/** CAMEO roots of force: coerce, assault, fight, mass violence. */
const FORCE_ROOTS = new Set(['17', '18', '19', '20'])

/**
 * "issued a subpoena to Pompeo", "issued a ruling against President Trump", "a deposition
 * request for Volker": the one an event noun's act falls on is in the noun's own phrase.
 */
function nounTarget(t: Tree, roles: Roles): number | undefined {
  if (roles.object === undefined) return undefined
  const marked = (k: number) => NOUN_TARGET_MARKS.has(t.caseOf(k) ?? '')
  // "a cease and desist order to the airline", the parse joining the name's words as conjuncts.
  const nouns = [roles.object, ...t.childrenBy(roles.object, 'conj')]
  const inner = nouns.flatMap((n) => t.childrenBy(n, 'nmod', 'obl'))
  return inner.find(marked) ?? inner.flatMap((k) => t.childrenBy(k, 'nmod')).find(marked)
}

/** Acts two sides do together: consult (04), co-operate (06), sign an agreement (057). */
const JOINT_ROOTS = new Set(['04', '06'])
const SIGN_AGREEMENT = '057'

/** Acts that take a stand on something: praise, blame, refusal. */
const STANCES = new Set(['SUPPORT', 'ACCUSE', 'REJECT'])

/** The decision, plan or words a light verb's noun is about: "support for the inquiry". */
function stanceComplement(lex: Lexicon, t: Tree, roles: Roles): number | undefined {
  const noun = nounTarget(t, roles)
  const form = noun === undefined ? undefined : t.word(noun).form.toLowerCase()
  return form && lex.eventWords.is('stance-object', form) ? noun : undefined
}

/** Prepositions that mark on whom an event noun's act falls ("a request for", "an order to"). */
const NOUN_TARGET_MARKS = new Set([
  'against',
  'to',
  'for',
  'from',
  'on',
  'into',
  'contra',
  'a',
  'para',
  'sobre',
])

/** The one acted on: the object when it names an actor, the indirect object, the phrase the pattern named, another oblique. */
function targetsOf(sides: SideContext, t: Tree, roles: Roles, named: number | undefined): Side[] {
  const candidates = [
    roles.object,
    roles.indirect,
    named,
    ...roles.obliques.filter((o) => TARGET_MARKS.has(o.prep)).map((o) => o.word),
  ]
  for (const c of candidates) {
    if (c === undefined || ownedBySubject(sides.words, t, c)) continue
    const found = withConjuncts(sides, t, c, 'target')
    if (!found.length) continue
    // "met with the IMF, then with President Trump": the same preposition again is another side.
    const prep = roles.obliques.find((o) => o.word === c)?.prep
    for (const o of roles.obliques)
      if (prep && o.prep === prep && o.word > c)
        found.push(...withConjuncts(sides, t, o.word, 'target'))
    return found
  }
  // In an article about one country, the one acted on that no name places ("the network",
  // "the accused") is of that country too, like the role nouns.
  const object = roles.object ?? roles.indirect
  if (
    object !== undefined &&
    sides.home &&
    isHuman(sides, t, object) &&
    !ownedBySubject(sides.words, t, object)
  ) {
    const w = t.word(object)
    return [
      { draft: null, country: sides.home, sector: null, place: false, start: w.start, end: w.end },
    ]
  }
  return []
}

/**
 * An act with no one on the other side is coded only when its pattern said what was
 * done ("voted against a no-deal Brexit", "gathered outside Congress"), the act needs no
 * target (protests), it is a stand taken against something named ("rejected the deal",
 * "condemned anti-semitism", "was criticised by the archbishop"), or a light verb's event
 * noun says it ("voiced support", "sent a letter of support"): a bare verb with no
 * target ("he died", "he served") is no interaction.
 */
function untargeted(
  words: EventWords,
  match: Match,
  plover: string,
  code: CameoCode,
  roles: Roles,
): boolean {
  if (UNTARGETED.has(plover)) return true
  // "criticó a sus adversarios": the personal "a" marks an object the parse may leave oblique.
  const marked = roles.obliques.some(
    (o) => o.word > roles.verb && words.is('object-marker', o.prep),
  )
  const p = match.pattern
  // "voted against a no-deal Brexit": the phrase the pattern asked for says what it stands against.
  if (STANDS.has(code.root) && (roles.object !== undefined || marked || p.preps.length > 0))
    return true
  if (match.lent) return true
  // A pattern that asks only for some phrase after a preposition ("enfrentar a": 141) is
  // about the one in it: with no one there, only an act of force still happened
  // ("encarceló a varios de sus ministros").
  const named = p.preps.some((x) => x.heads.length)
  return !!(p.object || p.subject || named || (p.preps.length && code.quadClass === 4))
}

/**
 * CAMEO roots whose act on something (no one) is still an act: disapprove, reject (a stand
 * taken against it), exhibit force posture ("desplegó 6.000 guardias en la frontera").
 */
const STANDS = new Set(['11', '12', '15'])
const UNTARGETED = new Set(['PROTEST'])

/** Unnamed sides are one actor when they share a sector ("police … the police") or their words. */
const sameActor = (a: Side, b: Side): boolean => {
  // "Milburn has defended his party's posters": one person is one actor however reached.
  if (a.draft && a.draft === b.draft && a.draft.kind === 'person') return true
  // "Hong Kong protesters" and "the Hong Kong government" are two actors of one place.
  if ((a.member || b.member) && a.draft === b.draft)
    return a.member === b.member && a.sector === b.sector
  if (a.draft || b.draft) return a.draft === b.draft
  if (a.country !== b.country) return false
  return a.sector ? a.sector === b.sector : a.start === b.start && a.end === b.end
}

function codeOf(side: Side, lex: Lexicon, date: string): string | null {
  if (side.sector) return `${side.country}${side.sector}`
  return (side.draft && actorCode(side.draft, lex, date)) || side.country
}

/**
 * The country the article is about, when one clearly leads: its actors are named half as
 * often again as the next country's. Role nouns no word places ("police", "the court") and
 * organisations the gazetteer does not place act there; an article split between two
 * countries has no home, and they stay unplaced.
 */
export function homeCountry(actors: ActorIndex): string | null {
  const counts = [...actors.salience].sort((a, b) => b[1] - a[1])
  const [first, second] = counts
  if (!first) return null
  return !second || first[1] >= HOME_LEAD * second[1] ? first[0] : null
}

const HOME_LEAD = 1.5

const discourse = (input: ParsedInput): Discourse => ({
  doc: input.doc,
  parser: input.parser,
  multiword: input.lex.multiword,
})
