import type { Doc, Expectation, Quote, Sentence, Timex, Token } from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import type { EntityLayer } from '../entities/index.js'
import { topicsIn } from '../topics.js'
import { type Clause, clausesOf } from './clauses.js'
import { cuesIn, type Found, isType, within } from './cues.js'
import {
  type Holder,
  NOBODY,
  quoteHolder,
  sentenceSpeaker,
  sourceHolder,
  speaks,
  subjectHolder,
  trailer,
} from './holder.js'
import { type Horizon, horizonOf } from './horizon.js'
import { type Interview, interviewOf } from './interview.js'
import { Lookup } from './lookup.js'
import { polarityOf } from './polarity.js'
import { type SubjectIndex, subjectIndex, subjectsOf } from './subjects.js'

interface Context {
  readonly doc: Doc
  readonly lex: Lexicon
  readonly entities: EntityLayer
  readonly quotes: readonly Quote[]
  readonly timexes: readonly Timex[]
  readonly interview: Interview
  readonly subjects: SubjectIndex
  readonly look: Lookup
}

type Draft = Omit<Expectation, 'id'>

/**
 * A clause holds an expectation when a modal or future cue ("could", "will
 * continue to", "should not be expected") comes with what its strength asks for:
 * an outcome, relationship or term word, or a bounding date (see `isEvident`).
 * The holder is the subject of a verb of expecting ("she expects"), else the
 * speaker of the quote around it, else the source an opening "according to" or a
 * trailing "…, officials said" names, else an earlier speaker of the sentence, else
 * the interviewee of an answer, else the voice of the paragraph (analysts go on
 * being quoted), else the article itself.
 *
 * @example extractExpectations(doc, lex, entities, quotes, timexes)[0]?.polarity // 'negative'
 */
export function extractExpectations(
  doc: Doc,
  lex: Lexicon,
  entities: EntityLayer,
  quotes: readonly Quote[],
  timexes: readonly Timex[] = [],
): Expectation[] {
  const ctx: Context = {
    doc,
    lex,
    entities,
    quotes,
    timexes,
    interview: interviewOf(doc, lex, entities),
    subjects: subjectIndex(doc, entities),
    look: new Lookup(doc, entities, quotes),
  }
  const out: Draft[] = []
  let previous: { holder: Holder; paragraph: number } | null = null
  // "In the long run, the picture is darker. X thinks that …": a horizon that frames the paragraph.
  let frame: { horizon: Horizon; paragraph: number } | null = null
  for (const s of doc.sentences) {
    if (doc.tokens[s.endToken - 1]?.text === '?') continue
    if (frame && frame.paragraph !== s.paragraph) frame = null
    // An interviewer's question frames what follows; it is nobody's outlook.
    if (ctx.interview.turns.get(s.paragraph) === 'question') continue
    const cues = cuesIn(doc, lex, s)
    let found = false
    for (const c of clausesOf(doc, lex, s, cues)) {
      if (asks(doc, c)) continue
      const x = expectationOf(ctx, s, cues, c, frame?.horizon ?? null)
      if (!x) continue
      found = true
      const voice = previous?.paragraph === s.paragraph ? previous.holder : null
      let holder = holderOf(ctx, s, c, x, voice)
      const impersonal = c.modals.some((m) => m.cue.holder === 'none')
      if (!holder.name && !impersonal && previous && goesOn(ctx, s, cues, previous.paragraph))
        holder = previous.holder
      const subjects = subjectsOf(doc, ctx.entities, s, x, holder.id, lex, ctx.subjects)
      out.push({ ...x, holder: holder.id, holderName: holder.name, subjects })
      previous = { holder, paragraph: s.paragraph }
    }
    const opening = cues.find((c) => c.first === s.firstToken && c.cue.type === 'horizon')
    if (!found && opening && opening.cue.value !== 'date')
      frame = { horizon: opening.cue.value as Horizon, paragraph: s.paragraph }
  }
  return out.map((x, i) => ({ id: `x${i + 1}`, ...x }))
}

function expectationOf(
  ctx: Context,
  s: Sentence,
  cues: readonly Found[],
  c: Clause,
  framed: Horizon | null,
): Draft | null {
  const { doc, lex } = ctx
  const scope = within(cues, c.startToken, c.scopeEnd)
  const region = within(cues, c.from, c.to)
  const horizons = region.filter((x) => x.cue.type === 'horizon' && x.cue.value !== 'date')
  const horizon = horizonOf(doc, cues, ctx.timexes, c)
  const evidence: Evidence = {
    polar: scope.some(isType('polarity', 'amplify', 'invert', 'diminish')),
    predicate: within(scope, c.head.first + 1, c.predicateEnd).some(
      isType('polarity', 'amplify', 'invert', 'diminish'),
    ),
    about: scope.some(isType('about')),
    term: horizons.some((x) => !x.cue.schedule),
    dated: !!horizon,
  }
  if (!isEvident(c, evidence)) return null
  const start = (doc.tokens[c.startToken] as Token).start
  const tail = trailer(doc, lex, ctx.look, s, c.head.first)
  const endToken = tail && tail.comma < c.endToken ? tail.comma : c.endToken
  let end = quotedEnd(ctx.look, start, (doc.tokens[endToken - 1] as Token).end)
  while (end > start && /[\s,;:]/.test(doc.text[end - 1] ?? '')) end--
  const opener = cues.find((x) => x.first === s.firstToken)
  const conditional = opener?.cue.type === 'scope' && opener.cue.value === 'condition'
  return {
    start,
    end,
    holder: null,
    holderName: null,
    subjects: [],
    polarity: polarityOf(doc, scope, c.head),
    horizon: horizon ?? framed ?? 'unspecified',
    modality: conditional ? 'conditional' : (c.head.cue.value as Expectation['modality']),
    // The whole sentence: a condition ("if … deportations") tells what the outlook is about.
    topics: topicsIn(doc, lex, s.start, s.end),
  }
}

/** What makes a modal clause an outlook: an outcome or relationship word, a term ("in the long run"), a date. */
interface Evidence {
  polar: boolean
  predicate: boolean
  about: boolean
  term: boolean
  dated: boolean
}

/**
 * A weak modal asks for more: "will" needs an outcome word in its predicate, a
 * relationship or a term ("the crisis will be discussed this year" is narration);
 * "would" and "can" need a term.
 */
function isEvident(c: Clause, e: Evidence): boolean {
  if (c.tenseless) return e.polar
  if (c.head.cue.value === 'possible' && c.head.cue.needs === 'term') return e.term || e.dated
  return true
}

/**
 * The voice of a paragraph goes on to its end, and into the next paragraph when
 * that one opens with a connective ("However, …") or someone there speaks ("the
 * scholar warned that …").
 */
function goesOn(ctx: Context, s: Sentence, cues: readonly Found[], paragraph: number): boolean {
  if (s.paragraph === paragraph) return true
  if (s.paragraph !== paragraph + 1) return false
  return (
    cues.some((c) => c.first === s.firstToken && c.cue.type === 'link') ||
    speaks(ctx.doc, ctx.lex, s, cues)
  )
}

/** A clause that asks, also inside quotation marks: "«¿Nos van a ayudar?», preguntó". */
function asks(doc: Doc, c: Clause): boolean {
  for (let k = c.head.first; k < c.to; k++) if (doc.tokens[k]?.text === '?') return true
  return false
}

/** A statement that starts inside a quote ends with it, not with the attribution after it. */
function quotedEnd(look: Lookup, start: number, end: number): number {
  const q = look.quotes.first(start, start)
  return q && q.end < end ? q.end : end
}

function holderOf(ctx: Context, s: Sentence, c: Clause, x: Draft, voice: Holder | null): Holder {
  const { doc, lex, look } = ctx
  const verb = c.modals.find((m) => m.cue.holder === 'subject')
  return (
    (verb && subjectHolder(doc, lex, look, verb)) ??
    quoteHolder(look, x.start, x.end, voice) ??
    sourceHolder(doc, lex, look, s.firstToken, c.startToken) ??
    trailer(doc, lex, look, s, c.head.first)?.holder ??
    sentenceSpeaker(look, s, x.start) ??
    (ctx.interview.turns.get(s.paragraph) === 'answer' ? ctx.interview.interviewee : null) ??
    NOBODY
  )
}
