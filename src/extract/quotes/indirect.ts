import type { Sentence, Token } from '../../doc/index.js'
import { contentEnd, contentStart, findToken, secondReport, THAT, wordCount } from './content.js'
import type { Cue, QuoteContext, Speaker } from './context.js'
import { COORDINATOR, namesAfter, saysUnnamed, subjectOf } from './direct.js'
import { personForRole, SaidIndex, speakerInView } from './topic.js'

export interface IndirectQuote {
  start: number
  end: number
  speaker: Speaker | null
  cue: Cue
  addressee: Speaker | null
}

/** How far "that" may stand from its verb: "pide a los vecinos y a las empresas que". */
const MAX_BEFORE_THAT = 10
const ARTICLE = /^(the|el|la|los|las|lo)$/i
const OF = /^(of|from|de|del)$/i
/** Words that may qualify a speaker before the comma: "los analistas consultados por esta agencia". */
const MAX_QUALIFIER = 4
/** How far back in its paragraph "several said" looks for the group it stands for. */
const MAX_GROUP_SENTENCES = 6
/** How many words the subject of a report inside "according to X, …" may take. */
const MAX_INNER_SUBJECT = 8
/** Verbs whose first object is the listener ("told the VOA that …"): content needs "that". */
const TAKES_ADDRESSEE =
  /^(tell|inform|assure|remind|warn|ask|urge|decir|asegurar|advertir|recordar|pedir|exigir|instar)$/
/** Fewer words than this after a verb is an object, not reported speech. */
const MIN_CLAUSE_WORDS = 4
/** After "that" a clause may be short: "said that talks continue". */
const MIN_THAT_CLAUSE_WORDS = 2

/**
 * Reported speech without quotation marks: "X said (that) …", "X believes that …",
 * "according to X, …", "…, according to X.", "for X, …", "…, X said." The content runs
 * from the cue to the end of the proposition (a comma, colon or semicolon after a
 * few words, or the sentence end); quoted fragments inside it make it mixed.
 */
export function findIndirect(ctx: QuoteContext): IndirectQuote[] {
  const out: IndirectQuote[] = []
  const said = new SaidIndex()
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = ctx.token(i) as Token
      if (ctx.insideQuote(t.start)) continue
      const cue = ctx.cueAt(i)
      if (!cue) continue
      const found =
        cue.cue.type === 'prep' ? prepCue(ctx, s, cue, said) : verbCue(ctx, s, cue, said)
      if (found) {
        let last = found
        for (let r: IndirectQuote | null = found; r; r = furtherReport(ctx, s, r)) {
          out.push(r)
          said.add(r)
          last = r
        }
        i = Math.max(i, ctx.tokenFrom(last.end) - 1)
      } else {
        i += cue.length - 1
      }
    }
  }
  return out
}

function verbCue(ctx: QuoteContext, s: Sentence, cue: Cue, said: SaidIndex): IndirectQuote | null {
  const inverted = invertedTrailing(ctx, s, cue)
  if (inverted) return inverted
  let k = cue.first + cue.length
  // "said on November 7 that", "told the VOA that": up to a few words before "that".
  let that = -1
  for (let j = k; j < Math.min(s.endToken, k + MAX_BEFORE_THAT); j++) {
    const w = ctx.token(j) as Token
    if (THAT.test(w.text)) {
      // "la conversación en la que …": after an article, "que" opens a relative clause.
      if (!ARTICLE.test(ctx.token(j - 1)?.text ?? '')) that = j
      break
    }
    // A nearer speech verb owns the "that": "who asked not to be named explained that".
    if (/^[.;:!?“”"«»]$/.test(w.text) || ctx.cueAt(j)?.cue.type === 'verb') break
  }
  if (that >= 0 && !objectBeforeThat(ctx, cue, k, that)) k = that + 1
  else if (
    that >= 0 ||
    cue.cue.bareClause !== true ||
    !startsClause(ctx, k) ||
    TAKES_ADDRESSEE.test(cue.cue.lemma)
  )
    return (
      trailing(ctx, s, cue) ??
      (that < 0 || secondThat(ctx, that) ? parsedClause(ctx, s, cue, said) : null)
    )
  // "cree que, si …": the content starts after the comma; "apuntó que, a su juicio, …":
  // after the aside that names the speaker's view.
  while (ctx.token(k)?.text === ',') k++
  const aside = ctx.cueAt(k)
  if (aside?.cue.type === 'prep' && aside.cue.anaphoric) {
    const comma = findToken(ctx, k + aside.length, Math.min(s.endToken, k + aside.length + 2), ',')
    if (comma > 0) k = comma + 1
  }
  const first = ctx.token(k)
  if (!first || k >= s.endToken) return null
  let end = contentEnd(ctx, s, k)
  if (/^[“"«]$/.test(first.text)) {
    // "pide a X y a Y que «…».": the content is the quotation, which ends the sentence.
    const q = ctx.insideQuote(first.start)
    const next = q && ctx.token(ctx.tokenFrom(q.outerEnd))
    if (!q || (next && next.sentence === s.index && !/^[.!?]$/.test(next.text))) return null
    end = q.outerEnd
  } else if (
    end <= first.start ||
    wordCount(ctx, k, end) < (that >= 0 ? MIN_THAT_CLAUSE_WORDS : MIN_CLAUSE_WORDS)
  )
    // Too short to tell a clause from an object by its words: the parse tells ("claimed 190 were dead").
    return that < 0 ? parsedClause(ctx, s, cue, said) : null
  else if (that < 0 && !ctx.verbIn(s, first.start, end)) return null
  const speaker =
    subjectOf(ctx, cue) ??
    roleAnaphor(ctx, cue, said) ??
    postverbal(ctx, cue, that, said) ??
    coordinated(ctx, cue, said) ??
    groupAnaphor(ctx, cue, said)
  if (!speaker) return null
  return { start: first.start, end, speaker, cue, addressee: null }
}

/**
 * The report the same verb goes on to: after "and that" / "y que" (see `secondReport`), or
 * after the verb that closed the first one ("…, Maróth said, and paying it back seems realistic").
 */
function furtherReport(ctx: QuoteContext, s: Sentence, r: IndirectQuote): IndirectQuote | null {
  const afterCue = r.cue.first + r.cue.length
  if (r.end <= r.cue.start) {
    const k = afterCue + 2
    const first = ctx.token(k)
    if (
      ctx.token(afterCue)?.text !== ',' ||
      !ctx.lex.eventWords.isLower('coordinator', ctx.token(afterCue + 1)?.lower) ||
      !first ||
      k >= s.endToken ||
      ctx.insideQuote(first.start)
    )
      return null
    const end = contentEnd(ctx, s, k)
    if (wordCount(ctx, k, end) < MIN_CLAUSE_WORDS || !ctx.verbIn(s, first.start, end)) return null
    return { ...r, start: first.start, end }
  }
  const k = secondReport(ctx, ctx.tokenFrom(r.end))
  const first = ctx.token(k)
  if (k < 0 || !first || k >= s.endToken) return null
  const end = contentEnd(ctx, s, k)
  if (wordCount(ctx, k, end) < MIN_THAT_CLAUSE_WORDS) return null
  return { ...r, start: first.start, end }
}

/**
 * "La secretaria agregó que …, pero dijo que …": a speech verb joined to an earlier one
 * of the sentence shares its speaker, however that one was found.
 */
function coordinated(ctx: QuoteContext, cue: Cue, said: SaidIndex): Speaker | null {
  let k = cue.first - 1
  while (ctx.isInterposed(k)) k--
  if (!COORDINATOR.test(ctx.token(k)?.text ?? '')) return null
  const sentence = ctx.sentenceOf((ctx.token(cue.first) as Token).start)
  return sentence ? said.lastSpeakerIn(sentence.start, cue.start) : null
}

/**
 * "Police alleged the accused performed two attacks", "Mujahid claimed 190 were dead":
 * a speech verb with no "that" whose complement clause the parse shows.
 */
function parsedClause(
  ctx: QuoteContext,
  s: Sentence,
  cue: Cue,
  said: SaidIndex,
): IndirectQuote | null {
  // The speaker is looked for first: it is cheap, and parsing the sentence is not.
  const speaker =
    subjectOf(ctx, cue) ?? roleAnaphor(ctx, cue, said) ?? postverbal(ctx, cue, -1, said)
  if (!speaker) return null
  const clause = ctx.complementOf(s, cue)
  if (!clause || ctx.insideQuote(clause.start)) return null
  const first = ctx.tokenFrom(clause.start)
  // The parse's clause may run on into a second report ("… and that she would …", "… and
  // several said …"): the content ends where the surface shows one.
  const end = Math.min(
    clause.end,
    contentEnd(ctx, s, first),
    secondReportStart(ctx, first, clause.end),
  )
  // The parse says it is a clause: a subject and its verb are enough ("190 were dead").
  if (wordCount(ctx, first, end) < MIN_THAT_CLAUSE_WORDS) return null
  return { start: clause.start, end, speaker, cue, addressee: null }
}

/** The end of the words before an "and that" opening a second report inside a span, or the span's end. */
function secondReportStart(ctx: QuoteContext, first: number, end: number): number {
  for (let k = first + 1; (ctx.token(k)?.end ?? end + 1) <= end; k++)
    if (secondReport(ctx, k) >= 0) return (ctx.token(k - 1) as Token).end
  return end
}

/**
 * "Some of the protesters said …; several said they …": a quantifier standing alone as the
 * subject speaks for the group that last spoke in the paragraph.
 */
function groupAnaphor(ctx: QuoteContext, cue: Cue, said: SaidIndex): Speaker | null {
  let k = cue.first - 1
  while (ctx.isInterposed(k)) k--
  const t = ctx.token(k)
  if (!t || !ctx.lex.speech.groupQuantifiers.has(t.lower) || ctx.token(k + 1)?.word === false)
    return null
  const sentence = ctx.sentenceOf(t.start)
  if (!sentence) return null
  // Back to the paragraph's start, a bounded number of sentences.
  let first = sentence
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - MAX_GROUP_SENTENCES); i--) {
    const s = ctx.doc.sentences[i]
    if (!s || s.paragraph !== sentence.paragraph) break
    first = s
  }
  return said.lastGroupIn(first.start, t.start, (name) => ctx.lex.groupWords.has(name))
}

/** "La secretaria agregó que …": a definite role right before the verb is the person in view. */
function roleAnaphor(ctx: QuoteContext, cue: Cue, said: SaidIndex): Speaker | null {
  const role = ctx.roleSpeakerEndingAt(cue.first, 'definite')
  return role ? personForRole(ctx, role, said) : null
}

/** "underlined they keep channels open and that he would be …": a "that" opening the second of two reports. */
function secondThat(ctx: QuoteContext, that: number): boolean {
  return ctx.lex.eventWords.isLower('coordinator', ctx.token(that - 1)?.lower)
}

/**
 * A subject after the verb ("Dijo la ministra Ana Paz que …"); with none, a verb that
 * opens its sentence speaks for the person in view ("Dice que …"), but not when an
 * unnamed subject follows it ("Dice la leyenda que …").
 */
function postverbal(ctx: QuoteContext, cue: Cue, that: number, said: SaidIndex): Speaker | null {
  const after = cue.first + cue.length
  const named = ctx.speakerAfterTitles(after)
  // The subject stands between the verb and "que"; "dice Ana, que vende café" is a relative clause.
  if (named) return named.endToken === that ? named : null
  if (namesAfter(ctx, after) || !saysUnnamed(ctx, cue)) return null
  return speakerInView(ctx, cue.start, said)
}

/**
 * "…, X said." / "…, analysts agree.": the content is what comes before.
 * "In the long run, X said, the border …": a cue between commas; the content follows.
 */
function trailing(ctx: QuoteContext, s: Sentence, cue: Cue): IndirectQuote | null {
  const after = ctx.token(cue.first + cue.length)
  const atEnd = !after || after.sentence !== s.index || /^[.!?]$/.test(after.text)
  if (!atEnd && after?.text !== ',') return null
  const speakers = ctx.speakersIn(s.firstToken, cue.first)
  const speaker = speakers[speakers.length - 1] ?? ctx.roleSpeakerEndingAt(cue.first)
  if (!speaker || speaker.endToken !== cue.first) return null
  const comma = ctx.token(ctx.titleStart(ctx.tokenFrom(speaker.start)) - 1)
  if (comma?.text !== ',') return null
  // "…, Maróth said, and paying back …": what follows is another thought; the report is before.
  if (!atEnd && !COORDINATOR.test(ctx.token(cue.first + cue.length + 1)?.text ?? '')) {
    const k = cue.first + cue.length + 1
    const first = ctx.token(k)
    if (!first || k >= s.endToken || ctx.insideQuote(first.start)) return null
    const end = contentEnd(ctx, s, k)
    return end > first.start ? { start: first.start, end, speaker, cue, addressee: null } : null
  }
  const start = contentStart(ctx, s)
  if (start >= comma.start) return null
  return { start, end: comma.start, speaker, cue, addressee: null }
}

/** "…, informó la Cancillería en un comunicado." / "…, said the minister.": the speaker follows the verb. */
function invertedTrailing(ctx: QuoteContext, s: Sentence, cue: Cue): IndirectQuote | null {
  const comma = ctx.token(cue.first - 1)
  if (comma?.text !== ',' || cue.first - 1 <= s.firstToken) return null
  const speaker = ctx.speakerAfterTitles(cue.first + cue.length)
  if (!speaker) return null
  // "X, chief economist at Y, said he believed …": a verb of the speaker's own follows.
  const next = ctx.token(speaker.endToken)
  if (next?.word && speaker.endToken < s.endToken && !ctx.opensAdjunct(speaker.endToken))
    return null
  for (let k = speaker.endToken; k < s.endToken; k++)
    if (/^[,;:“”"«»]$/.test(ctx.token(k)?.text ?? '') || THAT.test(ctx.token(k)?.text ?? ''))
      return null
  const start = contentStart(ctx, s)
  const first = ctx.tokenFrom(start)
  if (ctx.insideQuote(start) || wordCount(ctx, first, comma.start) < MIN_CLAUSE_WORDS) return null
  return { start, end: comma.start, speaker, cue, addressee: null }
}

/** "warned Colombia against deals that …": the "that" opens a relative clause, not reported speech. */
function objectBeforeThat(ctx: QuoteContext, cue: Cue, from: number, that: number): boolean {
  // "pide a los vecinos que": a listener, not an object.
  if (TAKES_ADDRESSEE.test(cue.cue.lemma) && /^(to|a)$/i.test(ctx.token(from)?.text ?? ''))
    return false
  let prep = false
  for (let j = from; j < that; j++) {
    // "aseguró en una entrevista con una radio que": the occasion of speaking, not an
    // object; "tuiteó un comentario … que" has the noun for its object, and "que" relates.
    if (ctx.cueAt(j)?.cue.type === 'noun') return !prep
    const lower = ctx.token(j)?.lower
    // "señaló el pasado 13 de septiembre que": a date's "de" governs no object.
    if (ctx.lex.timexWords.hint.test(ctx.token(j + 1)?.lower ?? '')) continue
    if (/^(against|about|of|for|with|over|from|contra|sobre|de|con)$/i.test(lower ?? ''))
      return true
    prep ||= ctx.lex.eventWords.isLower('preposition', lower)
  }
  const before = ctx.token(that - 1)
  return (
    !!before &&
    that - 1 >= from &&
    !before.upper &&
    /s$/.test(before.text) &&
    // "said on Thursday that" / "afirmó este jueves que": a day is no object.
    !ctx.lex.functionWords.has(before.lower) &&
    !/^(reporters|journalists|periodistas)$/i.test(before.text)
  )
}

function prepCue(ctx: QuoteContext, s: Sentence, cue: Cue, said: SaidIndex): IndirectQuote | null {
  const next = cue.first + cue.length
  const speaker = cue.cue.anaphoric
    ? speakerInView(ctx, cue.start, said)
    : (ctx.speakerAt(next) ??
      roleThenSpeaker(ctx, next, s) ??
      titledPerson(ctx, next) ??
      verbThenSpeaker(ctx, next, s) ??
      (ARTICLE.test(ctx.token(next)?.text ?? '') ? ctx.speakerAt(next + 1) : undefined) ??
      sourceOf(ctx, next, s) ??
      ctx.roleSpeakerAt(next))
  if (!speaker) return null
  const isFor = /^(for|para)$/i.test(cue.cue.lemma)
  if (isFor && !(speaker.draft?.kind === 'person' || speaker.draft === null)) return null
  const atStart = cue.first === s.firstToken || ctx.token(cue.first - 1)?.text === ','
  let k = cue.cue.anaphoric ? next : speaker.endToken
  // "Según los analistas consultados, …": a few words may qualify the speaker.
  if (atStart && !isFor && !cue.cue.anaphoric && ctx.token(k)?.text !== ',') {
    const comma = findToken(ctx, k, Math.min(s.endToken, k + MAX_QUALIFIER + 1), ',')
    if (comma > 0 && !opensClause(ctx, k, comma)) k = comma
  }
  if (ctx.token(k)?.text === ',') {
    k++
    // Skip an appositive after the speaker: "historian X, professor emeritus at …, the relationship …"
    const nextComma = findToken(ctx, k, s.endToken, ',')
    if (!cue.cue.anaphoric && nextComma > 0 && looksLikeAppositive(ctx, k, nextComma))
      k = nextComma + 1
    // "X admitted it, according to prosecutors, but …": the report is before the cue.
    const reportBefore = cue.first > s.firstToken && COORDINATOR.test(ctx.token(k)?.text ?? '')
    if (atStart && !reportBefore) {
      const first = ctx.token(k)
      if (!first || k >= s.endToken || reportsInside(ctx, s, k, said)) return null
      const end = contentEnd(ctx, s, k)
      return end > first.start ? { start: first.start, end, speaker, cue, addressee: null } : null
    }
  }
  if (isFor) return null
  // "…, according to analysts." : the content is the sentence before the cue, which may
  // go without the comma when the source ends the sentence ("… in the square according to police.").
  const prev = ctx.token(cue.first - 1)
  const closes = /^[.!?]$/.test(ctx.token(speaker.endToken)?.text ?? '.')
  if (!prev || (prev.text !== ',' && !(closes && prev.word))) return null
  const start = contentStart(ctx, s)
  if (prev.text === ',')
    return start < prev.start ? { start, end: prev.start, speaker, cue, addressee: null } : null
  const first = ctx.tokenFrom(start)
  if (ctx.insideQuote(start) || wordCount(ctx, first, prev.end) < MIN_CLAUSE_WORDS) return null
  return { start, end: prev.end, speaker, cue, addressee: null }
}

/**
 * "According to the BBC, a spokesman for the ministry said that …": the content that
 * follows the source has a speaker and a verb of saying of its own, which reports it.
 */
function reportsInside(ctx: QuoteContext, s: Sentence, k: number, said: SaidIndex): boolean {
  for (let j = k; j < Math.min(s.endToken, k + MAX_INNER_SUBJECT + 1); j++) {
    if (/^[,;:“”"«»]$/.test(ctx.token(j)?.text ?? '')) return false
    const cue = ctx.cueAt(j)
    if (cue?.cue.type !== 'verb') continue
    const speaker = subjectOf(ctx, cue)
    if (!speaker || speaker.start < (ctx.token(k) as Token).start) return false
    // "According to the figures, firms added 146,000 jobs": "added" reports nothing here.
    return verbCue(ctx, s, cue, said) !== null
  }
  return false
}

/** "according to historian Héctor Lindo Fuentes": a role word may stand before the name. */
function roleThenSpeaker(ctx: QuoteContext, i: number, s: Sentence): Speaker | undefined {
  for (let k = i + 1; k < Math.min(s.endToken, i + 5); k++) {
    const sp = ctx.speakerAt(k)
    if (sp?.draft?.kind === 'person') return sp
    if (/^[,.;:]$/.test(ctx.token(k)?.text ?? '')) break
  }
  return undefined
}

/** "Para el líder de la oposición en el Senado, Chuck Schumer, …": a person after a long title. */
function titledPerson(ctx: QuoteContext, i: number): Speaker | undefined {
  const found = ctx.speakerAfterTitles(i)
  return found?.draft?.kind === 'person' ? found : undefined
}

/** How many words may stand between a verb and the speaker after it: "por separado". */
const ADVERBIAL_WORDS = 3

/** "según han declarado por separado el expresidente Carlos Mesa": a speech verb, then its subject. */
function verbThenSpeaker(ctx: QuoteContext, i: number, s: Sentence): Speaker | undefined {
  let k = i
  while (ctx.lex.eventWords.isLower('perfect-aux', ctx.token(k)?.lower)) k++
  const verb = ctx.cueAt(k)
  if (verb?.cue.type !== 'verb') return undefined
  const from = k + verb.length
  for (let j = from; j < Math.min(s.endToken, from + ADVERBIAL_WORDS + 1); j++) {
    const found = ctx.speakerAfterTitles(j)
    if (found) return found
    if (/^[,.;:]$/.test(ctx.token(j)?.text ?? '')) break
  }
  return undefined
}

/**
 * "un comunicado de la Casa Presidencial", "a poll published by NBC News", "a
 * whistle-blower complaint": a statement or document names its source after "of", after
 * "by" (a participle may come first), or by a role before it.
 */
function sourceOf(ctx: QuoteContext, i: number, s: Sentence): Speaker | undefined {
  let k = i
  // "a March 14, 2019 NATO press release": a date and the owner may come before the noun.
  while (k < Math.min(s.endToken, i + MAX_DOCUMENT_MODIFIERS) && !ctx.cueAt(k)) k++
  const noun = ctx.cueAt(k)
  if (noun?.cue.type !== 'noun') return undefined
  if (k > i && !ctx.isTitleWord(k - 1)) {
    const named = ctx.speakersIn(i, k).at(-1)
    if (named?.draft && named.endToken === k) return named
  }
  if (ctx.doc.tokens.slice(i, k).some((t) => /^[;:“«"]$/.test(t.text))) return undefined
  const owner = ctx.roleSpeakerAt(i)
  k += noun.length
  if (OF.test(ctx.token(k)?.text ?? '')) return k + 1 < s.endToken ? ctx.sourceAt(k + 1) : undefined
  for (let j = k; j <= k + 1 && j + 1 < s.endToken; j++) {
    if (ctx.lex.eventWords.isLower('agent', ctx.token(j)?.lower)) return ctx.sourceAt(j + 1)
  }
  return owner?.endToken === noun.first ? owner : undefined
}

/** How many words may stand between "according to" and the document it names. */
const MAX_DOCUMENT_MODIFIERS = 8

/** Words that make a clause rather than qualify a noun: "that", or a speech verb. */
function opensClause(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.token(k) as Token
    if (THAT.test(t.text) || ctx.cueAt(k)?.cue.type === 'verb' || /^[:;“«"]$/.test(t.text))
      return true
  }
  return false
}

function looksLikeAppositive(ctx: QuoteContext, from: number, to: number): boolean {
  if (to - from > 14) return false
  // "X, de la Universidad de San Carlos, …": an affiliation.
  if (OF.test(ctx.token(from)?.text ?? '') && ctx.sourceAt(from + 1)) return true
  for (let k = from; k < to; k++) {
    if (ctx.lex.roles.longestLower(ctx.doc.tokens, k)) return true
  }
  return false
}

/** A clause can start here: a determiner, pronoun, name, number or bare noun, not an adverb. */
function startsClause(ctx: QuoteContext, k: number): boolean {
  const t = ctx.token(k)
  if (!t) return false
  if (t.upper && t.word) return true
  const w = t.text.toLowerCase()
  return (
    ctx.lex.pronouns.get(w)?.case === 'subj' ||
    /^(the|a|an|this|these|those|there|it|el|la|los|las|un|una|su|sus)$/.test(w) ||
    // A bare noun subject: "analysts say trade … will grow".
    (t.word && !ctx.lex.functionWords.has(w) && !/ly$/.test(w))
  )
}
