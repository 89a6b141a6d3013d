import type { Sentence, Token } from '../../doc/index.js'
import type { ActorMention } from './actors.js'
import { cliticReferent, mainCountry, resolvePending, sentencePartner } from './discourse.js'
import type { Reader } from './reader.js'
import { openingSubject, type Subject, subjectAfter, subjectBefore } from './subject.js'
import { afterWord, findTarget, hasNoObject, laterPartner } from './target.js'
import type { Trigger } from './triggers.js'

export interface Sides {
  source: ActorMention
  target: ActorMention | undefined
  /** The subject as written, for the quotation check. */
  subject: Subject | undefined
}

/**
 * Who acts on whom: the subject (before the verb, after it, or carried over from the
 * sentence before where the language drops subjects), the "by" agent of a passive, the
 * target in the pattern's slot, an object clitic's referent, a coordinated partner, or,
 * for an act whose other side goes unsaid, the nearest actor of another country.
 */
export function findSides(r: Reader, s: Sentence, t: Trigger, limit = s.endToken): Sides | null {
  const { subject, after } = locateSubject(r, s, t)
  let source: ActorMention | undefined
  let target: ActorMention | undefined
  if (t.passive) {
    source = afterWord(r, s, t.last + 1, 'agent')
    target = t.pattern.target === 'to' ? afterWord(r, s, t.targetFrom, 'recipient') : subject
  } else {
    if (hasNoObject(r, t)) return null
    source = subject
    const from = after && subject ? { ...t, targetFrom: subject.last + 1 } : t
    target =
      findTarget(r, s, from) ??
      // "lanzó 300 drones contra ciudades ucranianas": the target may follow the particle.
      (t.particle !== undefined
        ? findTarget(r, s, { ...t, targetFrom: t.particle + 1 })
        : undefined) ??
      cliticTarget(r, t, subject) ??
      (mutual(r, t) ? subject?.partner : undefined) ??
      laterPartner(r, s, t, limit)
  }
  if (target?.pending) target = resolvePending(r, target, source?.draft.country ?? null)
  if (source?.pending) source = resolvePending(r, source, target?.draft.country ?? null)
  // "las negociaciones con China", no one named as negotiating: the article's own country
  // (a company or a newspaper is no state's counterpart: "en diálogo con BBC Mundo").
  const state = target && target.draft.kind !== 'organization' && target.draft.kind !== 'group'
  if (!source && t.pattern.noun && target && state && slot(r, t) === 'partner')
    source = articleCountry(r, t, target)
  if (!source) return null
  if (target || t.passive) return { source, target, subject }
  // "se reunió con los gobernadores": a partner's slot that names no one we code.
  if (slot(r, t) === 'partner') return null
  // "llegó a un laboratorio en México": a visit's destination is a noun phrase that names no one.
  const next = r.doc.tokens[t.last + 1]?.lower
  const visit = r.lex.cameo.get(t.pattern.cameo)?.ploverMode === 'visit'
  if (visit && (r.words.isLower('determiner', next) || /^\d/.test(next ?? ''))) return null
  const mode = t.pattern.target
  // A "to" slot left empty stays empty: "sends them, not extradited but released".
  // It is looked for up to the next act joined by "and": "defendió la operación y acusó a
  // México" leaves México to "acusó".
  if (mode === 'none' || mode === 'after' || mode === 'counterpart')
    target = sentencePartner(r, s, t, source, limit)
  // "cerró la frontera", "rompió relaciones": the other side of a border or a tie is the article's other country.
  if (!target && mode === 'counterpart') target = articleCountry(r, t, source)
  // "llegó a los 900 mil casos": a slot its preposition opens, with no one in it.
  if (!target && slot(r, t) === 'other') return null
  return { source, target, subject }
}

/** Acts two sides do together: meeting, agreeing, cooperating, signing, breaking ties, fighting. */
const MUTUAL_ROOTS = new Set(['03', '04', '06', '16', '19'])
const MUTUAL_CODES = new Set(['050', '054', '057'])

/** "Chile y Argentina firmaron": each conjunct is the other's partner; "Brasil y Colombia pidieron a …" are co-authors. */
function mutual(r: Reader, t: Trigger): boolean {
  const code = t.pattern.cameo
  return MUTUAL_CODES.has(code) || MUTUAL_ROOTS.has(r.lex.cameo.get(code)?.root ?? '')
}

/**
 * What the pattern's fixed words end in: a partner's preposition ("se reunió con", "met with"),
 * another preposition ("llegó a", "invirtió en"), or none.
 */
function slot(r: Reader, t: Trigger): 'partner' | 'other' | null {
  const then = t.pattern.then ?? []
  const last = then[then.length - 1]
  if (t.pattern.target !== 'after' || !r.words.is('preposition', last)) return null
  return r.words.is('partner', last) && !r.words.is('recipient', last) ? 'partner' : 'other'
}

function locateSubject(r: Reader, s: Sentence, t: Trigger): { subject?: Subject; after: boolean } {
  if (t.agent !== undefined) return { subject: r.actors.at(t.agent), after: false }
  // "the tariff threats that Washington has aimed at …": a relative clause names the noun's agent.
  const relative = t.pattern.noun && r.words.is('complementizer', r.doc.tokens[t.last + 1]?.text)
  const agent = relative ? r.actors.at(t.last + 2) : undefined
  if (agent && !agent.pending && agent.place !== 'other') return { subject: agent, after: true }
  const before = subjectBefore(r, s, t.first, isSingular(r, t))
  if (before || t.pattern.noun || !r.words.list('feature').includes('null-subject'))
    return { subject: before, after: false }
  // Spanish may put the subject after the verb, or leave it out.
  const later = subjectAfter(r, s, t.last + 1)
  if (later && !isObject(r, s, t, later)) return { subject: later, after: true }
  return { subject: carriedSubject(r, s), after: false }
}

/** "ha criticado", "criticó": a verb that agrees with one subject only. */
function isSingular(r: Reader, t: Trigger): boolean {
  const head = (r.doc.tokens[t.head] as Token).text
  if (r.words.hasSuffix('singular-ending', head)) return true
  for (let k = t.first - 1; k >= Math.max(0, t.first - 2); k--) {
    const w = (r.doc.tokens[k] as Token).text
    if (r.words.is('singular-aux', w)) return true
    if (!r.words.is('passive-skip', w)) break
  }
  return false
}

/** "visitó Panamá": the actor after the verb is its object unless another object follows it. */
function isObject(r: Reader, s: Sentence, t: Trigger, a: ActorMention): boolean {
  if (t.passive) return false
  // "«…», advirtió la escritora": after a quotation the verb comes before its speaker.
  const before = r.doc.tokens[t.first - 1]?.text
  if (before === ',' && /^[”"»’']$/.test(r.doc.tokens[t.first - 2]?.text ?? '')) return false
  const object = findTarget(r, s, t)
  if (object?.first !== a.first) return false
  return !findTarget(r, s, { ...t, targetFrom: a.last + 1 })
}

/** The subject of the sentence before, in the same paragraph: "Milei llegó a Washington. Se reunió con Trump." */
function carriedSubject(r: Reader, s: Sentence): Subject | undefined {
  const prev = r.doc.sentences[s.index - 1]
  if (!prev || prev.paragraph !== s.paragraph) return undefined
  return openingSubject(r, prev)
}

function cliticTarget(
  r: Reader,
  t: Trigger,
  subject: ActorMention | undefined,
): ActorMention | undefined {
  for (let k = t.first; k < t.head; k++) {
    const p = r.lex.pronouns.get((r.doc.tokens[k] as Token).lower)
    if (p?.case === 'obj') return cliticReferent(r, k, subject)
  }
  // "le pidió ayuda": a pattern of the verb and its object ("pedir ayuda") leaves the
  // clitic before the verb out of the trigger; it still names whom the act falls on.
  const before = t.first - 1
  const token = r.doc.tokens[before]
  const clitic = token && token.sentence === r.doc.tokens[t.first]?.sentence
  const verb = !t.pattern.noun && !t.pattern.before?.length
  if (clitic && verb && r.lex.pronouns.get(token.lower)?.case === 'obj')
    return cliticReferent(r, before, subject)
  return undefined
}

/**
 * The article's main country other than `other`'s: who negotiates in "las negociaciones con
 * China" when no one is named, whose border "cerró la frontera" closes.
 */
function articleCountry(r: Reader, t: Trigger, other: ActorMention): ActorMention | undefined {
  const code = mainCountry(r, other.draft.country)
  if (!code) return undefined
  const head = r.doc.tokens[t.head] as Token
  return {
    draft: r.actors.countryDraft(code),
    start: head.start,
    end: head.end,
    first: t.head,
    last: t.head,
    sector: null,
    place: null,
  }
}
