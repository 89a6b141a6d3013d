import type { EventWords } from '../../../lexicon/index.js'
import type { Tree } from './tree.js'

/** A prepositional dependent of a verb or of its object: "against Iran", "con Petro". */
export interface Oblique {
  prep: string
  word: number
}

/** The arguments of one verb as the parse gives them. */
export interface Roles {
  verb: number
  /** Who acts: the subject, the "by" agent of a passive, a controller or a shared subject. */
  subject: number | undefined
  /** Who or what is acted on: the object, or the subject of a passive. */
  object: number | undefined
  indirect: number | undefined
  obliques: Oblique[]
  passive: boolean
}

/** Prepositions that mark a passive's agent. */
const AGENT_MARKS = new Set(['by', 'por'])

/** An -ing form or gerund: "calling", "acusando". */
export const isGerund = (t: Tree, v: number): boolean => {
  const form = t.feat(v, 'VerbForm')
  return form === 'Ger' || (form === 'Part' && t.feat(v, 'Tense') === 'Pres')
}

/** "…, accusing the network of …": an -ing form adjoined after a clause, with no conjunction of its own. */
export const adjoinedGerund = (t: Tree, v: number): boolean =>
  t.rel(v) === 'advcl' &&
  (t.heads[v] as number) < v &&
  isGerund(t, v) &&
  t.child(v, 'mark') === undefined

/**
 * "became Sultan after overthrowing his father", "tras reunirse con Petro": a gerund or
 * infinitive placed in time by its mark, with no subject of its own, is done by its
 * clause's subject. (An infinitive of purpose, "went to Oslo to sign", is only intended.)
 */
const sequenced = (t: Tree, v: number, words: EventWords): boolean =>
  t.rel(v) === 'advcl' &&
  (isGerund(t, v) || t.feat(v, 'VerbForm') === 'Inf') &&
  t
    .childrenBy(v, 'mark', 'case')
    .some((k) => words.is('sequence-mark', t.word(k).form.toLowerCase()))

/** A past participle: "the talks held", "los acuerdos firmados". */
const isParticiple = (t: Tree, v: number): boolean =>
  t.feat(v, 'VerbForm') === 'Part' && t.feat(v, 'Tense') !== 'Pres'

export function rolesOf(t: Tree, v: number, words?: EventWords): Roles {
  // "the talks held in Oslo"; not "Tory leader Michael Howard has accused …", which the
  // parse may hang on the title as a relative clause with a subject of its own.
  const active = t.children(v).some((k) => ['nsubj', 'aux'].includes(t.word(k).deprel))
  const reduced = t.rel(v) === 'acl' && isParticiple(t, v) && !active
  const passive =
    reduced ||
    t.childrenBy(v, 'nsubj:pass', 'aux:pass').length > 0 ||
    (!!words && isParticiple(t, v) && passiveAux(t, v, words))
  const obliques = obliquesOf(t, v)
  // "shut down the broadcaster": a particle the parse took for a preposition leaves the
  // verb's object in a prepositional phrase.
  const particled =
    !passive && words && t.child(v, 'obj') === undefined
      ? obliques.findIndex(
          (o) => t.childrenBy(o.word, 'case').includes(v + 1) && words.is('particle', o.prep),
        )
      : -1
  const moved = particled >= 0 ? obliques.splice(particled, 1)[0]?.word : undefined
  const agentAt = obliques.findIndex((o) => AGENT_MARKS.has(o.prep))
  const agent = !passive
    ? undefined
    : agentAt >= 0
      ? (obliques.splice(agentAt, 1)[0]?.word ?? undefined)
      : nestedAgent(t, obliques)
  const given = reduced
    ? (t.heads[v] as number)
    : passive
      ? (t.child(v, 'nsubj:pass', 'nsubj') ?? sharedSubject(t, v))
      : (t.child(v, 'obj') ?? moved)
  // "Hungría, a la que acusa de …", "the embassy that police raided": a relative pronoun
  // object stands for the noun its clause hangs on. (A passive's, "the offer, which was
  // criticised by …", is left as it was: read as its noun, it lost right events in the BBC corpus.)
  const object = given !== undefined && !passive && isRelative(t, given) ? antecedent(t, v) : given
  if (object !== undefined) obliques.push(...obliquesOf(t, object).filter((o) => o.prep !== 'of'))
  return {
    verb: v,
    subject: passive ? agent : subjectOf(t, v, words),
    object,
    indirect: t.child(v, 'iobj'),
    obliques,
    passive,
  }
}

/**
 * "was condemned in a joint statement by Egypt", "was arrested in a raid by police": a
 * passive with no agent of its own takes the "by" phrase of its oblique's noun.
 */
function nestedAgent(t: Tree, obliques: readonly Oblique[]): number | undefined {
  for (const o of obliques)
    for (const k of t.childrenBy(o.word, 'nmod')) if (AGENT_MARKS.has(t.caseOf(k) ?? '')) return k
  return undefined
}

/** "fueron detenidos" where the parse left the auxiliary a plain one: a participle after a form of "be". */
const passiveAux = (t: Tree, v: number, words: EventWords): boolean =>
  t.childrenBy(v, 'aux').some((k) => words.is('passive-aux', t.word(k).form))

/** "Turkey is under sanctions and was condemned by Egypt": a passive joined to a clause shares its subject. */
function sharedSubject(t: Tree, v: number): number | undefined {
  const head = t.heads[v] as number
  return t.rel(v) === 'conj' && head >= 0 ? t.child(head, 'nsubj:pass', 'nsubj') : undefined
}

function obliquesOf(t: Tree, head: number): Oblique[] {
  const out: Oblique[] = []
  for (const k of t.childrenBy(head, 'obl', 'nmod')) {
    const prep = t.caseOf(k)
    if (prep) out.push({ prep, word: k })
  }
  return out
}

/**
 * The subject of `v`, also where the parse leaves it unsaid: a verb joined by "and"
 * shares its partner's ("met Petro and signed …"), an infinitive takes its governor's
 * object ("urged the embassy to …") or subject ("agreed to …"), a relative clause
 * its noun ("the ministers, who called on …").
 */
export function subjectOf(t: Tree, v: number, words?: EventWords, depth = 0): number | undefined {
  const said = t.child(v, 'nsubj')
  // "Tras haber asumido …" with "Tras" as subject: a word that heads no noun phrase is a misparse.
  const own = said !== undefined && UNSUBJECTS.has(t.word(said).upos) ? undefined : said
  if (own !== undefined && t.feat(own, 'PronType') !== 'Rel') return own
  const head = t.heads[v] as number
  if (head < 0 || depth > 4) return undefined
  const rel = t.rel(v)
  if (own !== undefined) return head
  // "hundreds of Taliban killed": a participle on a noun says what was done to it, not who did it.
  if (rel === 'acl') {
    if (isParticiple(t, v)) return undefined
    // "un expediente contra Hungría, a la que acusa de …": where the relative pronoun is
    // the object, the noun is what the clause acts on, and the unsaid subject is the one
    // of the clause the noun is in; "el decreto en el que prohíbe …": a relative in any other
    // role leaves it unsaid.
    const relative = t.children(v).filter((k) => isRelative(t, k))
    if (relative.length === 0) return head
    return relative.some((k) => t.rel(k) === 'obj' || t.rel(k) === 'iobj')
      ? subjectOfClauseAround(t, head, words, depth)
      : undefined
  }
  if (rel === 'conj') return subjectOf(t, head, words, depth + 1)
  // "…, accusing the network of violating its franchise", "calling it “null and void”": a
  // gerund adjoined to a clause is done by that clause's subject.
  if (adjoinedGerund(t, v) || (words && sequenced(t, v, words)))
    return subjectOf(t, head, words, depth + 1)
  if (rel === 'xcomp') return t.child(head, 'obj', 'iobj') ?? subjectOf(t, head, words, depth + 1)
  return frontedApposition(t, v)
}

/**
 * "On Friday, the United States House of Representatives issued …": after a fronted
 * phrase and its comma, the parse may hang a long name on the phrase as an apposition
 * and leave a finite verb without a subject. The apposition right before the verb is it.
 */
function frontedApposition(t: Tree, v: number): number | undefined {
  if (t.feat(v, 'VerbForm') !== 'Fin' || t.feat(v, 'Mood') === 'Imp') return undefined
  for (const k of t.children(v)) {
    if (k > v || (t.rel(k) !== 'obl' && t.rel(k) !== 'advmod')) continue
    const a = t.children(k).find((c) => t.rel(c) === 'appos' && c < v)
    if (a === undefined) continue
    const comma = t.children(k).some((c) => c < a && t.word(c).upos === 'PUNCT')
    const between = t
      .children(v)
      .some(
        (c) =>
          c > a && c < v && t.rel(c) !== 'punct' && t.rel(c) !== 'aux' && t.rel(c) !== 'advmod',
      )
    if (comma && !between) return a
  }
  return undefined
}

const isRelative = (t: Tree, k: number): boolean => t.feat(k, 'PronType') === 'Rel'

/** The noun a relative clause hangs on, or undefined for a verb that is no relative clause. */
const antecedent = (t: Tree, v: number): number | undefined =>
  t.rel(v) === 'acl' && (t.heads[v] as number) >= 0 ? (t.heads[v] as number) : undefined

/** The subject of the nearest verb above word `k` (a noun in that verb's clause). */
function subjectOfClauseAround(
  t: Tree,
  k: number,
  words: EventWords | undefined,
  depth: number,
): number | undefined {
  let at = k
  for (let up = 0; up < 4 && at >= 0; up++) {
    if (t.word(at).upos === 'VERB') return subjectOf(t, at, words, depth + 1)
    at = t.heads[at] as number
  }
  return undefined
}

/** Tags of words that cannot be a subject. */
const UNSUBJECTS = new Set(['ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'AUX', 'PART'])

/** "did not ban", "never met", "no firmó": a negator on the verb or on its auxiliary. */
export function isNegated(t: Tree, v: number, words: EventWords): boolean {
  return t
    .children(v)
    .some(
      (k) =>
        (t.rel(k) === 'advmod' || t.rel(k) === 'aux' || t.rel(k) === 'det') &&
        (words.is('negator', t.word(k).form) || t.feat(k, 'Polarity') === 'Neg'),
    )
}

/**
 * Not (yet) done: a modal or future auxiliary ("will ban", "could meet"), a future
 * or conditional verb form ("sancionará", "reuniría"), "is to" with an infinitive, or the content of a verb of
 * intent ("plans to visit", "amenaza con imponer").
 */
export function isHypothetical(t: Tree, v: number, words: EventWords): boolean {
  if (t.feat(v, 'Tense') === 'Fut' || t.feat(v, 'Mood') === 'Cnd') return true
  // "May is to step down", "schools are to take part": an arrangement, not yet done.
  if (
    t.feat(v, 'VerbForm') === 'Inf' &&
    t.childrenBy(v, 'cop', 'aux').some((k) => words.is('passive-aux', t.word(k).form))
  )
    return true
  for (const k of t.childrenBy(v, 'aux')) {
    const form = t.word(k).form
    if (words.is('modal', form) || t.feat(k, 'Tense') === 'Fut' || t.feat(k, 'Mood') === 'Cnd')
      return true
  }
  const head = t.heads[v] as number
  // "will spend months debating the proposal", "will boost them by denying …": as
  // hypothetical as the clause it is adjoined to; "debe cerrar la frontera y expulsar a …":
  // a conjunct that is no finite verb, as the verb it is joined to.
  if (adjoinedGerund(t, v) || sequenced(t, v, words) || sharesMood(t, v))
    return isHypothetical(t, head, words)
  if (head >= 0 && (t.rel(v) === 'xcomp' || t.rel(v) === 'advcl')) {
    const governor = t.word(head)
    return words.is('intent', governor.form) || words.is('intent', governor.lemma)
  }
  return false
}

/** A conjunct with no finite verb, subject or auxiliary of its own takes its first verb's mood. */
function sharesMood(t: Tree, v: number): boolean {
  return (
    t.rel(v) === 'conj' &&
    (t.heads[v] as number) >= 0 &&
    t.feat(v, 'VerbForm') !== 'Fin' &&
    t.childrenBy(v, 'nsubj', 'aux').length === 0
  )
}
