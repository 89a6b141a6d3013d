import type { Token } from '../../doc/index.js'
import type { Cue, QuoteContext, Speaker } from './context.js'
import type { QuotedSpan } from './marks.js'

export interface Attribution {
  speaker: Speaker | null
  cue: Cue | null
  addressee: Speaker | null
  /** The verb has no subject of its own ("«…», afirmó."): the speaker is the person in view. */
  implicit?: boolean
}

const COMPLEMENTISER = /^(that|que|:|,)$/i
/** A verb after one of these shares the subject of an earlier verb in the sentence. */
export const COORDINATOR = /^(and|but|although|though|y|e|pero|aunque)$/i

/**
 * Who says a quotation: a cue after it ("…,” the historian told VOA. / “…,” added
 * Lindo Fuentes.) or before it (Musk said that “…” / the president responded: “…”).
 */
export function attributeDirect(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  return aside(ctx, q) ?? after(ctx, q) ?? before(ctx, q) ?? namedBefore(ctx, q)
}

/**
 * Dialogue: the narrator's aside names the speaker ("—… —dice Ana Ruiz, que vende café—.").
 * Any verb may open it ("—se ríe Ana—"); an aside with no name ("—responde—") leaves the
 * speaker to the person in view.
 */
function aside(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  if (q.asideEnd === undefined || q.asideEnd <= q.outerEnd) return null
  const from = ctx.tokenFrom(q.outerEnd)
  const to = ctx.tokenFrom(q.asideEnd)
  const speaker = ctx.speakersIn(from, to)[0] ?? null
  let cue: Cue | null = null
  for (let k = from; k < to && !cue; k++)
    if (ctx.cueAt(k)?.cue.type === 'verb') cue = ctx.cueAt(k) ?? null
  if (speaker) return { speaker, cue, addressee: null }
  let named = false
  for (let k = from; k < to; k++) named ||= ctx.isTitleWord(k) || !!ctx.token(k)?.upper
  return named ? null : { speaker: null, cue, addressee: null, implicit: true }
}

/**
 * A quotation after a colon, with no speech verb: a headline's bare name ("Ana Ruiz: “…”")
 * or the person the sentence opens with ("Drummer Larry Mullen echoed those sentiments: “…”").
 */
function namedBefore(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  const colon = ctx.tokenFrom(q.outerStart) - 1
  const t = ctx.token(colon)
  if (t?.text !== ':') return null
  const sentence = ctx.sentenceOf(t.start)
  if (!sentence) return null
  const s = ctx.speakersIn(sentence.firstToken, colon)[0]
  if (s?.draft?.kind !== 'person') return null
  return ctx.titleStart(ctx.tokenFrom(s.start)) === sentence.firstToken
    ? { speaker: s, cue: null, addressee: null }
    : null
}

/** "«…», fue el comentario del reverendo Robert Jeffress": a copula, a speech noun and whose it is. */
function speechNounOwner(ctx: QuoteContext, k: number): Attribution | null {
  if (!ctx.lex.eventWords.isLower('passive-aux', ctx.token(k)?.lower)) return null
  let j = k + 1
  while (j < k + 3 && ctx.isTitleWord(j) && !ctx.cueAt(j)) j++
  const noun = ctx.cueAt(j)
  if (noun?.cue.type !== 'noun') return null
  j += noun.length
  if (!OWNER.test(ctx.token(j)?.text ?? '')) return null
  const speaker = ctx.speakerAfterTitles(j + 1)
  return speaker ? { speaker, cue: noun, addressee: null } : null
}

const OWNER = /^(of|de|del)$/i

function after(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  let i = ctx.tokenFrom(q.outerEnd)
  const first = ctx.token(i)
  // The attribution shares the quote's paragraph: a new paragraph is someone else's.
  if (
    !first ||
    first.start - q.outerEnd > 3 ||
    ctx.doc.text.slice(q.outerEnd, first.start).includes('\n')
  )
    return null
  if (first.text === ',') i++
  // Inverted: "added Lindo Fuentes", "said the then presidential candidate".
  let k = i
  while (ctx.isInterposed(k)) k++
  const owned = speechNounOwner(ctx, k)
  if (owned) return owned
  const cue = ctx.cueAt(k)
  // "…,” according to strategist Glen Yearwood. (Not "the “time is ripe” for a loosening".)
  if (cue?.cue.type === 'prep' && /,\s*$/.test(ctx.doc.text.slice(q.start, q.end))) {
    const speaker =
      ctx.speakerAfterTitles(cue.first + cue.length) ?? describedAt(ctx, cue.first + cue.length)
    return speaker ? { speaker, cue, addressee: null } : null
  }
  // "afirmó a periodistas": a listener follows, not the speaker.
  const toListener = ctx.lex.eventWords.isLower(
    'recipient',
    ctx.token(k + (cue?.length ?? 0))?.lower,
  )
  if (cue?.cue.type === 'verb' && toListener && ctx.lex.speech.nullSubject)
    return { speaker: null, cue, addressee: null, implicit: true }
  if (cue?.cue.type === 'verb' && !toListener) {
    const speaker =
      ctx.speakerAfterTitles(cue.first + cue.length) ??
      describedAt(ctx, cue.first + cue.length) ??
      partOf(ctx, cue.first + cue.length, false) ??
      ctx.roleSpeakerAt(cue.first + cue.length)
    if (speaker) return { speaker, cue, addressee: addresseeAfter(ctx, speaker.endToken) }
    const next = cue.first + cue.length
    if (ctx.lex.speech.nullSubject && (!namesAfter(ctx, next) || datedAt(ctx, next)))
      return { speaker: null, cue, addressee: null, implicit: true }
  }
  // Plain: "the historian told the Voice of America", "he said", "Campos explained";
  // a part of a group: "one of the analysts said".
  const speaker =
    ctx.speakerAfterTitles(i) ??
    describedAt(ctx, i) ??
    partOf(ctx, i) ??
    ctx.roleSpeakerAt(i) ??
    bodyPronoun(ctx, i)
  if (speaker) {
    let c = pastAppositive(ctx, speaker.endToken)
    while (ctx.isInterposed(c)) c++
    const cue2 = ctx.cueAt(c)
    if (cue2?.cue.type === 'verb' && !(closesSentence(ctx, q) && saysMore(ctx, c + cue2.length)))
      return { speaker, cue: cue2, addressee: addresseeAfter(ctx, c + cue2.length) }
  }
  return null
}

function before(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  let i = ctx.tokenFrom(q.outerStart) - 1
  const sentence = ctx.token(i + 1)?.sentence
  // Skip "that", ":" or "," between the cue and the quotation.
  let hops = 0
  while (i >= 0 && COMPLEMENTISER.test(ctx.token(i)?.text ?? '') && hops < 2) {
    i--
    hops++
  }
  const t = ctx.token(i)
  if (!t || t.sentence !== sentence) return null
  // The cue may be one or two words long ("point out"), or be followed by an addressee ("told the VOA that").
  for (let back = 0; back < 5; back++) {
    const k = i - back
    const tok = ctx.token(k)
    if (!tok || tok.sentence !== sentence || ctx.insideQuote(tok.start)) break
    const cue = ctx.cueAt(k)
    if (cue?.cue.type !== 'verb') continue
    if (cue.first + cue.length - 1 < i - 3) continue
    const speaker = subjectOf(ctx, cue) ?? describedBefore(ctx, cue) ?? namedAfterVerb(ctx, cue, i)
    if (speaker) return { speaker, cue, addressee: addresseeAfter(ctx, cue.first + cue.length) }
    return { speaker: null, cue, addressee: null, implicit: saysUnnamed(ctx, cue) }
  }
  // "Continuó: «…»": a few words with no name before a colon, where subjects may go unsaid.
  if (ctx.lex.speech.nullSubject && ctx.token(ctx.tokenFrom(q.outerStart) - 1)?.text === ':') {
    const first = ctx.sentenceOf(t.start)?.firstToken ?? i
    const words = ctx.doc.tokens.slice(first, i + 1).filter((w) => w.word)
    // A verb, not a noun phrase ("El lema: «…»" is no one's speech).
    const bare = words.every(
      (w, n) => (n === 0 || !w.upper) && !ctx.lex.eventWords.isLower('determiner', w.lower),
    )
    if (words.length <= BARE_COLON_WORDS && bare)
      return { speaker: null, cue: null, addressee: null, implicit: true }
  }
  // "According to X: “…”" and a colon after a bare name are left to other rules.
  return null
}

/** '"…," said John Smith, "…"': the verb's subject after it, ending right before the quotation's token `i + 1`. */
function namedAfterVerb(ctx: QuoteContext, cue: Cue, i: number): Speaker | null {
  const named = ctx.speakerAfterTitles(cue.first + cue.length)
  return named?.endToken === i + 1 ? named : null
}

/** How many words may stand before a colon that opens a quotation with no named speaker. */
const BARE_COLON_WORDS = 3

/** How many words an appositive after a speaker's name may hold: ", a Lufthansa spokesman,". */
const APPOSITIVE_WORDS = 8

/**
 * Past ", a Lufthansa spokesman," after a name, to where the speech verb may stand (the
 * closing comma is sometimes lost: ", a Lufthansa spokesman told the BBC").
 */
/** How many sentences back "it" may find the organisation it stands for. */
const BODY_SENTENCES_BACK = 4

/**
 * '"…," it said': a singular neuter subject pronoun speaks for the organisation last
 * named in the sentences before it; with none in view, for no one.
 */
function bodyPronoun(ctx: QuoteContext, i: number): Speaker | null {
  const t = ctx.token(i)
  const p = t && ctx.lex.pronouns.get(t.lower)
  if (!t || !p || p.gender !== 'n' || p.number !== 'sg' || p.case !== 'subj') return null
  const here = ctx.sentenceOf(t.start)
  if (!here) return null
  for (let k = here.index; k >= 0 && here.index - k <= BODY_SENTENCES_BACK; k--) {
    const s = ctx.doc.sentences[k]
    if (!s) break
    const to = k === here.index ? i : s.endToken
    const body = ctx
      .speakersIn(s.firstToken, to)
      .filter((x) => x.draft?.kind === 'organization')
      .at(-1)
    if (body) return { ...body, start: t.start, end: t.end, endToken: i + 1 }
  }
  return null
}

const AFFILIATION = /^(from|of|at|de|del)$/i

function pastAppositive(ctx: QuoteContext, i: number): number {
  // ", a Lufthansa spokesman,", ", from Goldman Sachs,": a title or an affiliation.
  const opener = ctx.token(i + 1)?.text ?? ''
  if (ctx.token(i)?.text !== ',' || !(ctx.isTitleWord(i + 1) || AFFILIATION.test(opener))) return i
  const sentence = ctx.token(i)?.sentence
  for (let k = i + 1; k <= i + APPOSITIVE_WORDS; k++) {
    const t = ctx.token(k)
    if (!t || t.sentence !== sentence) break
    if (t.text === ',') return k + 1
    if (ctx.cueAt(k)?.cue.type === 'verb') return k
  }
  return i
}

/** The quotation ends its own sentence: “… practices.” */
function closesSentence(ctx: QuoteContext, q: QuotedSpan): boolean {
  return /[.!?…]\s*$/.test(ctx.doc.text.slice(q.start, q.end))
}

/**
 * After a quotation that ends its sentence, "The company says it no longer …" is a new
 * statement, not the attribution: the verb goes on with words of its own rather than
 * stopping, or naming a listener, place or time ("he said on Monday").
 */
function saysMore(ctx: QuoteContext, i: number): boolean {
  const t = ctx.token(i)
  if (t?.sentence !== ctx.token(i - 1)?.sentence) return false
  // "remarked, “Today I …”": the verb opens a quotation of its own.
  const next = ctx.token(i + 1)
  if (t && /^[,:]$/.test(t.text) && next && ctx.insideQuote(next.start)) return true
  if (!t?.word) return false
  return !(
    ctx.opensAdjunct(i) ||
    ctx.lex.eventWords.isLower('recipient', t.lower) ||
    addresseeAfter(ctx, i)
  )
}

/** "dijo el martes", "dijo el pasado jueves": a date, not a subject, follows the verb. */
function datedAt(ctx: QuoteContext, i: number): boolean {
  for (let k = i; k < i + 3; k++) {
    const t = ctx.token(k)
    if (!t?.word) return false
    if (ctx.lex.timexWords.hint.test(t.lower)) return true
    if (t.upper || !ctx.lex.functionWords.has(t.lower)) return false
  }
  return false
}

/** How many words may describe an unnamed speaker: "a senior US official". */
const DESCRIPTION_WORDS = 4

/**
 * A speaker described, not named: "«…», dijo una consumidora al diario", "…,” a senior
 * official said. Never a date ("dijo el martes") or a listener.
 */
function describedAt(ctx: QuoteContext, i: number): Speaker | null {
  const det = ctx.token(i)
  const { lex } = ctx
  if (!det?.word || !lex.eventWords.isLower('determiner', det.lower)) return null
  const first = ctx.token(i + 1)
  if (!first?.word || first.sentence !== det.sentence) return null
  // "the Black Sabbath singer": capitalised words only before a title.
  if (first.upper && !ctx.affiliationEnd(i + 1)) return null
  let end = i + 1
  for (; end <= i + DESCRIPTION_WORDS; end++) {
    const t = ctx.token(end)
    if (!t?.word || t.sentence !== det.sentence || ctx.cueAt(end)) break
    if (lex.functionWords.has(t.lower) || lex.eventWords.isLower('preposition', t.lower)) break
    if (lex.timexWords.hint.test(t.lower)) return null
  }
  if (end === i + 1) return null
  const last = ctx.token(end - 1) as Token
  return {
    draft: null,
    name: ctx.doc.text.slice(det.start, last.end),
    start: det.start,
    end: last.end,
    endToken: end,
  }
}

/** How many words may open a part of a group: "one of the", "uno de los". */
const PART_WORDS = 3

/**
 * "one of the analysts said", "dijo uno de los analistas": a group speaker a few words on,
 * before its verb (`beforeVerb`) or after it.
 */
function partOf(ctx: QuoteContext, i: number, beforeVerb = true): Speaker | null {
  const sentence = ctx.token(i)?.sentence
  for (let k = i; k <= i + PART_WORDS; k++) {
    const t = ctx.token(k)
    if (!t?.word || t.upper || t.sentence !== sentence || ctx.cueAt(k)) return null
    const s = ctx.speakerAt(k + 1)
    if (s && (!beforeVerb || ctx.cueAt(s.endToken)?.cue.type === 'verb')) return s
  }
  return null
}

/** "A spokesperson said: “…”": a speaker described, not named, right before the verb. */
function describedBefore(ctx: QuoteContext, cue: Cue): Speaker | null {
  const sentence = ctx.sentenceOf((ctx.token(cue.first) as Token).start)
  if (!sentence) return null
  const described = describedAt(ctx, sentence.firstToken)
  return described?.endToken === cue.first ? described : null
}

/**
 * The subject of a speech verb: the nearest speaker to its left in the same sentence;
 * for a participle ("adding that") or a second verb ("… and questioned:"), the
 * subject of the sentence's main clause.
 */
export function subjectOf(ctx: QuoteContext, cue: Cue): Speaker | null {
  const cueToken = ctx.token(cue.first) as Token
  const sentence = ctx.sentenceOf(cueToken.start)
  if (!sentence) return null
  // "…; TVN24 reported he received surgery": a semicolon opens a clause of its own.
  let from = sentence.firstToken
  for (let k = cue.first - 1; k > from; k--) if (ctx.token(k)?.text === ';') from = k + 1
  const left = ctx.speakersIn(from, cue.first)
  const prev = ctx.token(cue.first - 1)?.text.toLowerCase() ?? ''
  const participle = /ing$|ndo$/.test(cueToken.text.toLowerCase())
  if ((participle || COORDINATOR.test(prev)) && left.length) {
    const earlierCue = findEarlierCueSubject(ctx, from, cue.first)
    if (earlierCue) return earlierCue
    if (participle || prev === 'and' || prev === 'y') return left[0] ?? null
  }
  return (
    beforeAppositive(ctx, from, cue.first) ??
    nearestSpeaker(left) ??
    ctx.roleSpeakerEndingAt(cue.first) ??
    ctx.placeSpeakerEndingAt(cue.first) ??
    null
  )
}

/** After a speech verb, a word that could open its subject: a name, a title or a determiner. */
export function namesAfter(ctx: QuoteContext, i: number): boolean {
  const t = ctx.token(i)
  if (!t?.word || t.sentence !== ctx.token(i - 1)?.sentence) return false
  return t.upper || ctx.isTitleWord(i)
}

/**
 * A finite speech verb that opens its sentence, with nothing before it but function
 * words ("Dice que …", "Además, advirtió que …"): in a null-subject language its subject
 * is the person in view.
 */
export function saysUnnamed(ctx: QuoteContext, cue: Cue): boolean {
  if (!ctx.lex.speech.nullSubject) return false
  const first = ctx.token(cue.first) as Token
  if (cue.length === 1 && (first.lower === cue.cue.lemma || /ndo$/.test(first.lower))) return false
  const sentence = ctx.sentenceOf(first.start)
  if (!sentence) return false
  for (let k = afterFrontedClause(ctx, sentence.firstToken, cue.first); k < cue.first; k++) {
    const t = ctx.token(k) as Token
    if (
      t.word &&
      !ctx.lex.functionWords.has(t.lower) &&
      !ctx.lex.speech.openers.has(t.lower) &&
      !ctx.isInterposed(k) &&
      // A fronted date, with a word that modifies it: "El pasado 5 de septiembre informó que".
      !ctx.inTimex(k) &&
      !ctx.inTimex(k + 1)
    )
      return false
  }
  return true
}

/**
 * Where the words before a verb start once a fronted adverbial clause is passed: "Cuando
 * le preguntaron si …, respondió" opens with a function word that is no article, and
 * the verb's own subject (if any) follows its last comma.
 */
function afterFrontedClause(ctx: QuoteContext, from: number, cueFirst: number): number {
  const opener = ctx.token(from)
  if (
    !opener ||
    !ctx.lex.functionWords.has(opener.lower) ||
    ctx.lex.eventWords.isLower('determiner', opener.lower)
  )
    return from
  for (let k = cueFirst - 1; k > from; k--) if (ctx.token(k)?.text === ',') return k + 1
  return from
}

/**
 * "Lucía Barrios, who runs a shelter for migrants, said …": when a comma closes an
 * appositive or relative clause right before the verb, the subject stands before it.
 */
function beforeAppositive(ctx: QuoteContext, from: number, cueFirst: number): Speaker | null {
  let k = cueFirst - 1
  while (k > from && ctx.isInterposed(k)) k--
  if (ctx.token(k)?.text !== ',') return null
  // Appositives nest (", who directs the Observatory, a group based in Cúcuta,"): prefer a person.
  let fallback: Speaker | null = null
  for (let open = k - 1; open > from; open--) {
    if (ctx.token(open)?.text !== ',') continue
    const left = ctx.speakersIn(from, open)
    const s = left[left.length - 1]
    if (!s || s.endToken !== open) continue
    if (!s.draft || s.draft.kind === 'person') return s
    // "the director of Amnesty International, Mariela Belski, said": the name set off
    // after a body is the person the role phrase describes.
    fallback ??= nameBetween(ctx, open + 1, k) ?? s
  }
  return fallback
}

/** A person's name that fills the words from `start` to `end` exactly. */
function nameBetween(ctx: QuoteContext, start: number, end: number): Speaker | null {
  const [only, more] = ctx.speakersIn(start, end)
  const fills = only && !more && ctx.tokenFrom(only.start) === start && only.endToken === end
  return fills && only.draft?.kind === 'person' ? only : null
}

/** The closest speaker, preferring people and groups to an organisation named in an appositive. */
function nearestSpeaker(left: readonly Speaker[]): Speaker | null {
  for (let i = left.length - 1; i >= 0; i--) {
    const s = left[i] as Speaker
    if (!s.draft || s.draft.kind === 'person') return s
  }
  return left[left.length - 1] ?? null
}

/** In "X also said that …, and questioned:", the subject of the earlier verb. */
function findEarlierCueSubject(ctx: QuoteContext, from: number, to: number): Speaker | null {
  for (let k = from; k < to; k++) {
    const c = ctx.cueAt(k)
    if (c?.cue.type !== 'verb') continue
    const s = nearestSpeaker(ctx.speakersIn(from, k))
    if (s) return s
  }
  return null
}

function addresseeAfter(ctx: QuoteContext, i: number): Speaker | null {
  let k = i
  if (/^(to|a)$/i.test(ctx.token(k)?.text ?? '')) k++
  if (/^(the|el|la|los|las)$/i.test(ctx.token(k)?.text ?? '')) k++
  const s = ctx.speakerAt(k)
  return s?.draft && s.draft.kind !== 'person'
    ? s
    : s && /^(told|tell|tells|telling)$/i.test(ctx.token(i - 1)?.text ?? '')
      ? s
      : null
}
