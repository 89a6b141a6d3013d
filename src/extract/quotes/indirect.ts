import type { Sentence, Token } from '../../doc/index.js'
import type { Cue, QuoteContext, Speaker } from './context.js'
import { subjectOf } from './direct.js'

export interface IndirectQuote {
  start: number
  end: number
  speaker: Speaker | null
  cue: Cue
  addressee: Speaker | null
}

/** Words of content before a comma, colon or semicolon may end the reported proposition. */
const MIN_CONTENT_WORDS = 5
const THAT = /^(that|que)$/i
/** Verbs whose first object is the listener ("told the VOA that …"): content needs "that". */
const TAKES_ADDRESSEE = /^(tell|inform|assure|remind|warn|decir|asegurar|advertir|recordar)$/
/** Fewer words than this after a verb is an object, not reported speech. */
const MIN_CLAUSE_WORDS = 4

/**
 * Reported speech without quotation marks: "X said (that) …", "X believes that …",
 * "according to X, …", "…, according to X.", "for X, …", "…, X said." The content runs
 * from the cue to the end of the proposition (a comma, colon or semicolon after a
 * few words, or the sentence end); quoted fragments inside it make it mixed.
 */
export function findIndirect(ctx: QuoteContext): IndirectQuote[] {
  const out: IndirectQuote[] = []
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = ctx.token(i) as Token
      if (ctx.insideQuote(t.start)) continue
      const cue = ctx.cueAt(i)
      if (!cue) continue
      const found = cue.cue.type === 'prep' ? prepCue(ctx, s, cue) : verbCue(ctx, s, cue)
      if (found) {
        out.push(found)
        i = Math.max(i, ctx.tokenFrom(found.end) - 1)
      } else {
        i += cue.length - 1
      }
    }
  }
  return out
}

function verbCue(ctx: QuoteContext, s: Sentence, cue: Cue): IndirectQuote | null {
  let k = cue.first + cue.length
  // "said on November 7 that", "told the VOA that": up to a few words before "that".
  let that = -1
  for (let j = k; j < Math.min(s.endToken, k + 8); j++) {
    const w = ctx.token(j) as Token
    if (THAT.test(w.text)) {
      that = j
      break
    }
    if (/^[.;:!?“”"«»]$/.test(w.text)) break
  }
  if (that >= 0 && !objectBeforeThat(ctx, k, that)) k = that + 1
  else if (
    that >= 0 ||
    cue.cue.bareClause !== true ||
    !startsClause(ctx, k) ||
    TAKES_ADDRESSEE.test(cue.cue.lemma)
  )
    return trailing(ctx, s, cue)
  const first = ctx.token(k)
  if (!first || k >= s.endToken || /^[“"«]$/.test(first.text)) return null
  const end = contentEnd(ctx, s, k)
  if (end <= first.start || wordCount(ctx, k, end) < MIN_CLAUSE_WORDS) return null
  const speaker = subjectOf(ctx, cue)
  if (!speaker) return null
  return { start: first.start, end, speaker, cue, addressee: null }
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
  const speaker = speakers[speakers.length - 1]
  if (!speaker || speaker.endToken !== cue.first) return null
  const comma = ctx.token(ctx.titleStart(ctx.tokenFrom(speaker.start)) - 1)
  if (comma?.text !== ',') return null
  if (!atEnd) {
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

/** "warned Colombia against deals that …": the "that" opens a relative clause, not reported speech. */
function objectBeforeThat(ctx: QuoteContext, from: number, that: number): boolean {
  for (let j = from; j < that; j++) {
    if (
      /^(against|about|of|for|with|over|from|contra|sobre|de|con)$/i.test(ctx.token(j)?.text ?? '')
    )
      return true
  }
  const before = ctx.token(that - 1)
  return (
    !!before &&
    that - 1 >= from &&
    !before.upper &&
    /s$/.test(before.text) &&
    !/^(reporters|journalists|periodistas)$/i.test(before.text)
  )
}

function prepCue(ctx: QuoteContext, s: Sentence, cue: Cue): IndirectQuote | null {
  const speaker =
    ctx.speakerAt(cue.first + cue.length) ?? roleThenSpeaker(ctx, cue.first + cue.length, s)
  if (!speaker) return null
  const isFor = /^(for|para)$/i.test(cue.cue.lemma)
  if (isFor && !(speaker.draft?.kind === 'person' || speaker.draft === null)) return null
  const atStart = cue.first === s.firstToken || ctx.token(cue.first - 1)?.text === ','
  // Skip an appositive after the speaker: "historian X, professor emeritus at …, the relationship …"
  let k = speaker.endToken
  if (ctx.token(k)?.text === ',') {
    k++
    const nextComma = findToken(ctx, k, s.endToken, ',')
    if (nextComma > 0 && looksLikeAppositive(ctx, k, nextComma)) k = nextComma + 1
    if (atStart) {
      const first = ctx.token(k)
      if (!first || k >= s.endToken) return null
      const end = contentEnd(ctx, s, k)
      return end > first.start ? { start: first.start, end, speaker, cue, addressee: null } : null
    }
  }
  if (isFor) return null
  // "…, according to analysts." : the content is the sentence before the cue.
  const prev = ctx.token(cue.first - 1)
  if (prev?.text !== ',') return null
  const start = contentStart(ctx, s)
  return start < prev.start ? { start, end: prev.start, speaker, cue, addressee: null } : null
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

function looksLikeAppositive(ctx: QuoteContext, from: number, to: number): boolean {
  if (to - from > 14) return false
  for (let k = from; k < to; k++) {
    if (ctx.lex.roles.longestLower(ctx.doc.tokens, k)) return true
  }
  return false
}

function findToken(ctx: QuoteContext, from: number, to: number, text: string): number {
  for (let k = from; k < to; k++) if (ctx.token(k)?.text === text) return k
  return -1
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

function wordCount(ctx: QuoteContext, k: number, end: number): number {
  let n = 0
  for (let j = k; (ctx.token(j)?.end ?? Number.POSITIVE_INFINITY) <= end; j++)
    if (ctx.token(j)?.word) n++
  return n
}

/**
 * The end of the reported proposition that starts at token `k`: the sentence end,
 * a semicolon, or a comma followed by an adjunct ("…, including …", "…, not only …").
 */
function contentEnd(ctx: QuoteContext, s: Sentence, k: number): number {
  let words = 0
  let end = (ctx.token(k) as Token).start
  for (let j = k; j < s.endToken; j++) {
    const t = ctx.token(j) as Token
    const quoted = ctx.insideQuote(t.start)
    if (!quoted && words >= MIN_CONTENT_WORDS) {
      if (t.text === ';') return end
      if (t.text === ',' && ctx.lex.contentBreaks.longestLower(ctx.doc.tokens, j + 1)) return end
    }
    if (/^[.!?]$/.test(t.text) && !quoted) return end
    if (t.word) words++
    end = t.end
  }
  return end
}

/** Where the content of a sentence starts, after an opening connective ("However,"). */
function contentStart(ctx: QuoteContext, s: Sentence): number {
  const first = ctx.token(s.firstToken) as Token
  const second = ctx.token(s.firstToken + 1)
  if (second?.text === ',' && ctx.lex.functionWords.has(first.text.toLowerCase()))
    return (ctx.token(s.firstToken + 2) as Token).start
  return first.start
}
