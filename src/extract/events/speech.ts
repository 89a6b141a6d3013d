import type { Doc, Event, Quote, Span, Timex, Token } from '../../doc/index.js'
import { firstTokenFrom } from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import { actorCode, type Draft, type EntityLayer } from '../entities/index.js'
import type { ActorIndex, ActorMention } from './actors.js'
import { homeCountry } from './parsed/index.js'

/** CAMEO codes for speech that praises (051 praise or endorse) or criticises (111 criticize or denounce). */
const PRAISE = '051'
const CRITICISE = '111'

/**
 * Speech as events: a quote whose words approve or disapprove of another actor it
 * names is a SUPPORT or ACCUSE by its speaker ("El Salvador has an incredible leader");
 * so is a short quoted label after "called X" ("called China “interference”").
 */
export function speechEvents(
  doc: Doc,
  lex: Lexicon,
  entities: EntityLayer,
  actors: ActorIndex,
  quotes: readonly Quote[],
  quoted: readonly Span[],
  timexes: readonly Timex[],
): Omit<Event, 'id'>[] {
  const byId = new Map(entities.registry.drafts.map((d) => [entities.idOf(d), d]))
  const out: Omit<Event, 'id'>[] = []
  for (const q of quotes) {
    const speaker = q.speaker ? byId.get(q.speaker) : undefined
    // Only words the speaker is quoted saying, by an actor with a country, count as praise or blame.
    if (!speaker?.country || q.kind !== 'direct') continue
    // A long quotation's tone says little about any one actor it names.
    if (wordsIn(doc, q).length > MAX_STANCE_WORDS) continue
    // The first actor it names, other than the speaker's own side, with praise or blame near it.
    let target: ActorMention | undefined
    let polarity: 1 | -1 | 0 = 0
    for (const a of actors.list) {
      if (a.pending || a.start < q.start || a.end > q.end || !differs(a.draft, speaker)) continue
      polarity = stanceNear(doc, lex, q, a)
      if (polarity) {
        target = a
        break
      }
    }
    if (!target || !polarity) continue
    const trigger = q.cue ?? { start: q.start, end: q.end }
    out.push(
      build(
        doc,
        lex,
        entities,
        speaker,
        target,
        polarity,
        { start: Math.min(trigger.start, q.start), end: q.end },
        trigger,
        timexes,
      ),
    )
  }
  for (const label of quoted) {
    const ev = labelEvent(doc, lex, entities, actors, label, timexes)
    if (ev) out.push(ev)
  }
  return out
}

/**
 * "called China “interference”", "tachó al régimen de «brutal»", "calificó de «otra
 * burla» el anuncio": a labelling verb a few words before a short quoted label that
 * praises or blames. Its subject is the source; an actor between the verb and the label
 * is the target, and with none the stand has no one on the other side.
 */
function labelEvent(
  doc: Doc,
  lex: Lexicon,
  entities: EntityLayer,
  actors: ActorIndex,
  label: Span,
  timexes: readonly Timex[],
) {
  const words = doc.text.slice(label.start, label.end).split(/\s+/)
  if (words.length > 4) return null
  const polarity = score(lex, words)
  if (!polarity) return null
  const { tokens } = doc
  const before = firstTokenFrom(tokens, label.start) - 1
  const sentence = (tokens[before] as Token | undefined)?.sentence
  let v = -1
  for (let j = before; j >= 0 && j >= before - LABEL_REACH; j--) {
    const t = tokens[j] as Token
    if (t.sentence !== sentence) break
    if (lex.eventWords.is('label-verb', t.text)) {
      v = j
      break
    }
  }
  const verb = tokens[v]
  if (!verb) return null
  let target: ActorMention | undefined
  for (let j = v + 1; j <= before && !target; j++) {
    const a = actors.at(j)
    if (a && !a.pending) target = a
  }
  let source: ActorMention | undefined
  // "… visited Trump and called him “ally”": a second verb shares the sentence's subject.
  const coordinated = lex.eventWords.is('coordinator', tokens[v - 1]?.text)
  const s = doc.sentences[verb.sentence]
  const from = coordinated && s ? s.firstToken : v - 1
  const step = coordinated ? 1 : -1
  for (
    let j = from;
    j >= 0 && j < v && (tokens[j] as Token).sentence === verb.sentence;
    j += step
  ) {
    const a = actors.at(j)
    if (a) {
      source = a
      break
    }
  }
  // "Capriles calificó de «otra burla» …": a speaker the article places nowhere speaks
  // for the article's own country, when one clearly leads.
  const country =
    source?.draft.country ?? (source?.draft.kind === 'person' ? homeCountry(actors) : null)
  // A label may fall on someone of the speaker's own country ("Tom Watson called Theresa
  // May's deal “lousy”"), not on the speaker.
  if (!source || !country || target?.draft === source.draft) return null
  return build(
    doc,
    lex,
    entities,
    source.draft,
    target ?? null,
    polarity,
    { start: source.start, end: label.end + 1 },
    verb,
    timexes,
    source.draft.country ? undefined : country,
  )
}

/** How many words may stand between a labelling verb and its label: "tachó al régimen de". */
const LABEL_REACH = 5

function build(
  doc: Doc,
  lex: Lexicon,
  entities: EntityLayer,
  speaker: Draft,
  target: ActorMention | null,
  polarity: 1 | -1,
  span: Span,
  trigger: Span,
  timexes: readonly Timex[],
  /** The country of a speaker the article places nowhere. */
  placed?: string,
): Omit<Event, 'id'> {
  const code = lex.cameo.get(polarity > 0 ? PRAISE : CRITICISE)
  const sentence = doc.sentences.find((s) => s.start <= span.start && span.start < s.end) ?? {
    start: span.start,
    end: span.end,
  }
  const date =
    timexes.find((t) => t.start >= sentence.start && t.end <= sentence.end)?.value ?? null
  const asOf = date
    ? date.length === 4
      ? `${date}-07-01`
      : date.length === 7
        ? `${date}-15`
        : date
    : doc.published
  return {
    start: span.start,
    end: Math.min(span.end, doc.text.length),
    sentence: { start: sentence.start, end: Math.max(sentence.end, span.end) },
    trigger: { start: trigger.start, end: trigger.end },
    plover: polarity > 0 ? 'SUPPORT' : 'ACCUSE',
    cameo: code?.code ?? (polarity > 0 ? PRAISE : CRITICISE),
    quadClass: code?.quadClass ?? (polarity > 0 ? 1 : 3),
    goldstein: code?.goldstein ?? 0,
    source: entities.idOf(speaker) || null,
    target: target ? entities.idOf(target.draft) || null : null,
    sourceCode: actorCode(speaker, lex, asOf) ?? placed ?? null,
    targetCode: target ? actorCode(target.draft, lex, asOf) : null,
    date,
    negated: false,
    hypothetical: false,
  }
}

/** Quotations longer than this are not read for praise or blame. */
const MAX_STANCE_WORDS = 60
/** How many words either side of an actor's name its praise or blame may stand. */
const STANCE_WINDOW = 12

function wordsIn(doc: Doc, span: Span): string[] {
  return doc.text
    .slice(span.start, span.end)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
}

/** The tone of the words around an actor's name, inside the quotation. */
function stanceNear(doc: Doc, lex: Lexicon, q: Span, a: Span): 1 | -1 | 0 {
  const before = wordsIn(doc, { start: q.start, end: a.start }).slice(-STANCE_WINDOW)
  const after = wordsIn(doc, { start: a.end, end: q.end }).slice(0, STANCE_WINDOW)
  return score(lex, [...before, ...after])
}

function score(lex: Lexicon, words: readonly string[]): 1 | -1 | 0 {
  let total = 0
  for (const w of words) total += lex.stance.get(w.toLowerCase()) ?? 0
  return total > 0 ? 1 : total < 0 ? -1 : 0
}

/** Speech about oneself or one's own country is no interaction. */
function differs(a: Draft, b: Draft): boolean {
  return a !== b && !(a.country && a.country === b.country)
}
