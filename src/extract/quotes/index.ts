/** Quotes: direct, indirect and mixed speech with speakers resolved through coreference. */
import {
  countStartingBefore,
  type Doc,
  type Quote,
  type Sentence,
  type Span,
  type Token,
} from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import type { EntityLayer } from '../entities/index.js'
import { QuoteContext, type Speaker } from './context.js'
import { type Attribution, attributeDirect } from './direct.js'
import { findIndirect } from './indirect.js'
import type { QuotedSpan } from './marks.js'
import { personForRole, SaidIndex, speakerInView } from './topic.js'
import { findTurns } from './transcript.js'

export { findQuotedSpans, type QuotedSpan } from './marks.js'

/** A quotation without a cue beside it counts when it reads like speech: this many words or more. */
const MIN_UNATTRIBUTED_WORDS = 6

export function extractQuotes(
  doc: Doc,
  lex: Lexicon,
  entities: EntityLayer,
  quoted: readonly QuotedSpan[],
  timexes: readonly Span[] = [],
): Quote[] {
  const ctx = new QuoteContext(doc, lex, entities, quoted, timexes)
  const indirect = findIndirect(ctx)
  const out: Omit<Quote, 'id'>[] = []
  const said = new SaidIndex()
  const merged = new Set<QuotedSpan>()
  const byStart = [...quoted].sort((a, b) => a.start - b.start)
  const add = (start: number, end: number, kind: Quote['kind'], a: Attribution) => {
    out.push(toQuote(entities, start, end, kind, a))
    said.add({ start, speaker: a.speaker })
  }
  /** Where reported content ends, with its attribution: a quotation right after it goes on with it. */
  const reportEnds = new Map<number, Attribution>()

  for (const r of indirect) {
    const inner = startingIn(byStart, r.start - 1, r.end)
    for (const q of inner) merged.add(q)
    const a = { speaker: r.speaker, cue: r.cue, addressee: r.addressee }
    reportEnds.set(r.end, a)
    const only = inner.length === 1 ? (inner[0] as QuotedSpan) : null
    // "pide que «…»": reported content that is one quotation is direct speech.
    if (only && only.outerStart <= r.start && r.end <= only.outerEnd + 1)
      add(only.start, only.end, 'direct', a)
    else
      add(
        r.start,
        Math.max(r.end, ...inner.map((q) => q.end)),
        inner.length ? 'mixed' : 'indirect',
        a,
      )
  }

  for (const turn of findTurns(ctx)) {
    for (const q of startingIn(byStart, turn.start, turn.end)) merged.add(q)
    add(turn.start, turn.end, 'direct', { speaker: turn.speaker, cue: null, addressee: null })
  }

  let previous = null as Attribution | null
  let previousParagraph = -2
  for (const q of quoted) {
    if (merged.has(q)) continue
    const paragraph = ctx.sentenceOf(q.start)?.paragraph ?? -1
    let found = attributeDirect(ctx, q)
    if (found?.implicit) found = { ...found, speaker: speakerInView(ctx, q.outerStart, said) }
    const words = doc.text.slice(q.start, q.end).split(/\s+/).length
    const continued = !found?.cue && !found?.speaker ? continuesReport(ctx, q, reportEnds) : null
    if (continued) {
      found = { ...continued, cue: null }
    } else if (q.dialogue === 'resume' && !found?.speaker) {
      // Speech resumed after the narrator's aside belongs to the speaker the aside named.
      found = previous && paragraph === previousParagraph ? { ...previous, cue: null } : null
    } else if (!found?.cue && !found?.speaker) {
      // A shorter one counts when it is a sentence of its own right after its speaker's
      // words ("…», dijo Nielsen. «No daré más detalles hoy».").
      const own = ownSentence(ctx, q) && previous !== null && paragraph === previousParagraph
      // A lead of quotations that the sentence after them names keeps even short ones.
      const named = nameAfterQuotations(ctx, q)
      if (
        !named &&
        ((words < MIN_UNATTRIBUTED_WORDS && !(own && words >= MIN_OWN_SENTENCE_WORDS)) ||
          !/^[\p{Lu}\p{N}¿¡]/u.test(doc.text.slice(q.start)))
      )
        continue
      // A quotation paragraph with no cue continues the last speaker, whose last words may
      // have been reported ("Para Ben Rhodes, resultó chocante. «…»").
      const reported = said.lastSpeakerIn(paragraphStart(doc, paragraph - 1), q.outerStart)
      // "Su testimonio prescinde de todo comentario:" and the testimony as its own paragraph.
      const introduced = afterColon(doc, q) ? speakerInView(ctx, q.outerStart, said) : null
      const speaker =
        reported ?? (previous && paragraph - previousParagraph <= 1 ? null : (introduced ?? named))
      found = speaker
        ? { speaker, cue: null, addressee: null }
        : previous && paragraph - previousParagraph <= 1
          ? { ...previous, cue: null }
          : null
    }
    if (
      found?.speaker?.draft === null &&
      found.speaker.name &&
      previous?.speaker &&
      isPronoun(lex, doc, found.speaker)
    )
      found = { ...found, speaker: previous.speaker }
    const person = found?.speaker && personForRole(ctx, found.speaker, said)
    if (found && person) found = { ...found, speaker: person }
    add(q.start, q.end, 'direct', found ?? { speaker: null, cue: null, addressee: null })
    if (found?.speaker) {
      previous = found
      previousParagraph = paragraph
    }
  }
  return out.sort((a, b) => a.start - b.start).map((q, i) => ({ id: `q${i + 1}`, ...q }))
}

/**
 * "Duda told reporters his heart was restarted “and there is hope …”": a quotation that
 * opens right where reported content of its sentence ends, with no cue of its own, goes
 * on with that report and its speaker.
 */
function continuesReport(
  ctx: QuoteContext,
  q: QuotedSpan,
  reportEnds: ReadonlyMap<number, Attribution>,
): Attribution | null {
  const sentence = ctx.sentenceOf(q.outerStart)
  if (!sentence) return null
  let at = q.outerStart
  while (at > sentence.start && /[\s,]/.test(ctx.doc.text[at - 1] ?? '')) at--
  return at > sentence.start ? (reportEnds.get(at) ?? null) : null
}

/**
 * «"Vamos a tener una relación fantástica". Estas son las palabras que Donald Trump …»: a
 * lead of quotations with no cue of their own is named by the sentence right after them
 * when it speaks of words ("Con estas palabras ha reaccionado X"), by its first person. A
 * verb of saying there is not enough: it often introduces the next speaker.
 */
function nameAfterQuotations(ctx: QuoteContext, q: QuotedSpan): Speaker | null {
  const { doc, lex } = ctx
  const own = ctx.sentenceOf(q.start)
  if (!own) return null
  const last = Math.min(doc.sentences.length, own.index + MAX_LEAD_SENTENCES)
  for (let i = own.index; i < last; i++) {
    const s = doc.sentences[i] as Sentence
    if (s.paragraph !== own.paragraph) return null
    let outside = 0
    let speaks = false
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = doc.tokens[k] as Token
      if (ctx.insideQuote(t.start)) continue
      if (t.word && !lex.functionWords.has(t.lower)) outside++
      speaks ||= lex.speech.wordNouns.has(t.lower)
    }
    // Sentences of quotations alone ("«…» que «…».") lead on to the one that names them.
    if (outside === 0) continue
    if (i === own.index || !speaks) return null
    const people = ctx.speakersIn(s.firstToken, s.endToken)
    return people.find((p) => p.draft?.kind === 'person') ?? null
  }
  return null
}

/** How many sentences of quotations a lead may hold before the one that names them. */
const MAX_LEAD_SENTENCES = 4

/** How many words a quotation that is a sentence of its own needs to count as speech. */
const MIN_OWN_SENTENCE_WORDS = 3

/** The quotation is its sentence, give or take the closing full stop. */
function ownSentence(ctx: QuoteContext, q: QuotedSpan): boolean {
  const s = ctx.sentenceOf(q.start)
  if (!s || s.start < q.outerStart - 1) return false
  return /^[\s.!?]*$/.test(ctx.doc.text.slice(q.outerEnd, s.end))
}

/** The quotation opens a paragraph after one that ends with a colon. */
function afterColon(doc: Doc, q: QuotedSpan): boolean {
  const before = doc.text.slice(Math.max(0, q.outerStart - 200), q.outerStart)
  return /:\s*\n\s*$/.test(before)
}

/** Where paragraph `p` starts (the text's start for none before the first). */
function paragraphStart(doc: Doc, p: number): number {
  return doc.sentences.find((s) => s.paragraph >= p)?.start ?? 0
}

function isPronoun(lex: Lexicon, doc: Doc, s: Speaker): boolean {
  return lex.pronouns.has(doc.text.slice(s.start, s.end).toLowerCase())
}

function toQuote(
  entities: EntityLayer,
  start: number,
  end: number,
  kind: Quote['kind'],
  a: Attribution,
): Omit<Quote, 'id'> {
  const s = a.speaker
  return {
    start,
    end,
    kind,
    speaker: s?.draft ? entities.idOf(s.draft) || null : null,
    speakerName: s ? (s.draft ? (s.draft.lexiconName ?? s.draft.name) : s.name) : null,
    speakerMention: s ? { start: s.start, end: s.end } : null,
    cue: a.cue ? { start: a.cue.start, end: a.cue.end, lemma: a.cue.cue.lemma } : null,
    addressee: a.addressee?.draft ? entities.idOf(a.addressee.draft) || null : null,
  }
}

/** The quotations that start in `[from, to)`, from a list sorted by start. */
function startingIn(quoted: readonly QuotedSpan[], from: number, to: number): QuotedSpan[] {
  const out: QuotedSpan[] = []
  for (let i = countStartingBefore(quoted, from); i < quoted.length; i++) {
    const q = quoted[i] as QuotedSpan
    if (q.start >= to) break
    out.push(q)
  }
  return out
}
