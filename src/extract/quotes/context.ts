import type { Doc, Mention, ParsedWord, Sentence, Span, Token } from '../../doc/index.js'
import { countStartingBefore, firstTokenFrom } from '../../doc/index.js'
import type { Lexicon, SpeechCue } from '../../lexicon/index.js'
import { parsedSentence, parserOf, type TaggedWord, taggedSentence } from '../../syntax/layer.js'
import { sentenceAt } from '../../text/index.js'
import type { Draft, EntityLayer } from '../entities/index.js'
import type { QuotedSpan } from './marks.js'

/**
 * The words in `[start, end)` the tagger takes for verbs other than an "-ing" form or a
 * present participle, by index.
 */
function verbsIn(words: readonly TaggedWord[], start: number, end: number): number[] {
  const out: number[] = []
  words.forEach((w, i) => {
    if (
      w.start >= start &&
      w.end <= end &&
      (w.upos === 'VERB' || w.upos === 'AUX') &&
      !/VerbForm=Ger|Tense=Pres\|VerbForm=Part/.test(w.feats ?? '')
    )
      out.push(i)
  })
  return out
}

export interface Speaker {
  draft: Draft | null
  name: string
  start: number
  end: number
  /** Index one past the speaker's last token. */
  endToken: number
}

export interface Cue {
  cue: SpeechCue
  first: number
  length: number
  start: number
  end: number
}

/**
 * How far a speaker's name may stand behind its titles: "la ministra de Inclusión, Elma Saiz",
 * "el líder de la oposición demócrata en el Senado, Chuck Schumer".
 */
const MAX_TITLE_WORDS = 12
const MAX_AFFILIATION_WORDS = 3
/** How many words a place's name may take: "Democratic Republic of the Congo". */
const MAX_PLACE_WORDS = 6
/** Words that may stand between a determiner and an unnamed speaker's role: "a senior Turkish". */
const MAX_ROLE_MODIFIERS = 3
const OF = /^(of|de|del)$/i

interface Indexed {
  /** Where the quotation opens (its `outerStart`). */
  start: number
  q: QuotedSpan
  /** Its place in the extractor's list. */
  order: number
}

/**
 * The clause a speech verb reports: its `ccomp`, or, in a language whose reports may go
 * without "that" (the `bare-complement` speech convention), a finite clause with no subject and
 * no subordinator or relative pronoun that the parse hung on the verb or its object another way ("noted
 * [the military] had been disarmed" read as an object and an adverbial clause).
 */
function complementClause(words: readonly ParsedWord[], verb: number, bare: boolean): number {
  const own = words.findIndex((w) => w.head === verb + 1 && w.deprel === 'ccomp')
  if (own >= 0 || !bare) return own
  const object = words.findIndex((w) => w.head === verb + 1 && w.deprel === 'obj')
  if (object < 0) return -1
  return words.findIndex(
    (w, i) =>
      i > object &&
      (w.head === verb + 1 || w.head === object + 1) &&
      MISREAD.has(w.deprel) &&
      isFiniteVerb(words, i) &&
      !hasSubject(words, i) &&
      !words.some((k) => k.head === i + 1 && (k.deprel === 'mark' || isRelative(k))),
  )
}

const MISREAD = new Set(['advcl', 'parataxis', 'acl', 'acl:relcl', 'conj', 'xcomp'])

/** "la que", "which": a relative clause says what its noun is, not what was said. */
const isRelative = (w: ParsedWord): boolean => !!w.feats?.includes('PronType=Rel')

const hasSubject = (words: readonly ParsedWord[], i: number): boolean =>
  words.some((w) => w.head === i + 1 && w.deprel.startsWith('nsubj'))

/** A finite verb, or a verb whose auxiliary is finite ("had been disarmed"). */
function isFiniteVerb(words: readonly ParsedWord[], i: number): boolean {
  const fin = (w: ParsedWord | undefined) => !!w?.feats?.includes('VerbForm=Fin')
  if (fin(words[i])) return true
  return words.some((w, k) => w.head === i + 1 && w.deprel.startsWith('aux') && k < i && fin(w))
}

/** What quote attribution needs to look up, built once per document. */
/** Tags of a noun phrase's head. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON'])

export class QuoteContext {
  private readonly mentionsByStart = new Map<number, { m: Mention; d: Draft }>()
  private readonly tokenByStart = new Map<number, number>()

  /** Tokens inside a name after its first word: "Said" in "Qaboos bin Said" is no verb. */
  private readonly insideName = new Set<number>()
  /** Tokens inside a date or time expression ("El pasado 5 de septiembre informó que …"). */
  private readonly timexTokens = new Set<number>()

  constructor(
    readonly doc: Doc,
    readonly lex: Lexicon,
    readonly entities: EntityLayer,
    readonly quoted: readonly QuotedSpan[],
    timexes: readonly Span[] = [],
  ) {
    for (const t of timexes)
      for (
        let k = firstTokenFrom(doc.tokens, t.start);
        (doc.tokens[k]?.end ?? Infinity) <= t.end;
        k++
      )
        this.timexTokens.add(k)
    for (const d of entities.registry.drafts) {
      for (const m of d.mentions) {
        const prev = this.mentionsByStart.get(m.start)
        if (!prev || prev.m.end < m.end) this.mentionsByStart.set(m.start, { m, d })
        const first = firstTokenFrom(doc.tokens, m.start)
        for (let k = first + 1; (doc.tokens[k]?.end ?? Infinity) <= m.end; k++)
          this.insideName.add(k)
      }
    }
    doc.tokens.forEach((t, i) => {
      this.tokenByStart.set(t.start, i)
    })
  }

  /**
   * The tagger finds a verb other than an "-ing" form or a modifier in `[start, end)`:
   * words after a verb of saying are then a clause ("says trade will grow"), not its object
   * ("maintains a policy of not charging the sitting president"). Finiteness is not asked
   * for: after "say" the tagger often reads a past tense as a participle ("say the auction
   * violated the law").
   */
  verbIn(s: Sentence, start: number, end: number): boolean {
    // The tags alone decide unless every verb found follows a word that is not nominal:
    // only then is the parse asked how it hung them.
    const tagged = taggedSentence(this.doc, s, parserOf(this.doc), this.lex.multiword)
    const verbs = verbsIn(tagged.words, start, end)
    if (verbs.length === 0) return false
    const afterNoun = (i: number): boolean => NOMINAL.has(tagged.words[i - 1]?.upos ?? '')
    if (verbs.some(afterNoun)) return true
    const { words } = parsedSentence(this.doc, s, parserOf(this.doc), this.lex.multiword)
    // "the mayor required resuscitation": a verb right after its subject's noun is one,
    // however the parse hung it ("the proposed deal" is not).
    return verbs.some((i) => words[i]?.deprel !== 'amod')
  }

  inTimex(i: number): boolean {
    return this.timexTokens.has(i)
  }

  token(i: number): Token | undefined {
    return this.doc.tokens[i]
  }

  /**
   * The clause a speech verb takes as its complement in the dependency parse ("Police
   * alleged [the accused performed two attacks]"), as a span after the cue; null when
   * the parse gives it none. Sentences are parsed only when asked, once each.
   */
  complementOf(s: Sentence, cue: Cue): Span | null {
    const model = parserOf(this.doc)
    // No verb in the cue, no clause: the tags tell without the parse.
    const tagged = taggedSentence(this.doc, s, model, this.lex.multiword)
    const verb = tagged.words.findIndex(
      (w) => w.start >= cue.start && w.end <= cue.end && w.upos === 'VERB',
    )
    if (verb < 0) return null
    const { words } = parsedSentence(this.doc, s, model, this.lex.multiword)
    const clause = complementClause(words, verb, this.lex.speech.bareComplement)
    if (clause < 0) return null
    const roots = [clause]
    // "noted the military had been disarmed": the parse may take the clause's subject for
    // the verb's object; an object between the verb and a subjectless clause is its subject.
    const object = words.findIndex((w) => w.head === verb + 1 && w.deprel === 'obj')
    if (object > verb && object < clause && !hasSubject(words, clause)) roots.push(object)
    let start = Number.POSITIVE_INFINITY
    let end = 0
    const inside = (i: number): boolean => {
      for (let k = i; k >= 0; k = (words[k]?.head ?? 0) - 1) if (roots.includes(k)) return true
      return false
    }
    words.forEach((w, i) => {
      if (w.upos === 'PUNCT' || !inside(i)) return
      start = Math.min(start, w.start)
      end = Math.max(end, w.end)
    })
    return start >= cue.end && end > start ? { start, end } : null
  }

  tokenIndexAt(offset: number): number | undefined {
    return this.tokenByStart.get(offset)
  }

  /** The first token at or after `offset`. */
  tokenFrom(offset: number): number {
    return firstTokenFrom(this.doc.tokens, offset)
  }

  /** A preposition or a time word opens here: "he said on Monday", "dijo en un comunicado". */
  opensAdjunct(k: number): boolean {
    const lower = this.doc.tokens[k]?.lower
    return (
      this.lex.eventWords.isLower('preposition', lower) ||
      this.lex.timexWords.hint.test(lower ?? '')
    )
  }

  /** A word that may stand between a speaker and the speech verb ("also", "recently", "se"). */
  isInterposed(k: number): boolean {
    const t = this.doc.tokens[k]
    return !!t?.word && this.lex.speech.interposed.has(t.lower)
  }

  insideQuote(offset: number): QuotedSpan | undefined {
    const { byOuterStart: spans, reach } = this.quoteIndex()
    const lo = countStartingBefore(spans, offset + 1)
    // Walking back while some earlier span still reaches past the offset; of those that
    // hold it, the first in the extractor's order wins, as a linear search would give.
    let best: Indexed | undefined
    for (let i = lo - 1; i >= 0 && (reach[i] as number) > offset; i--) {
      const x = spans[i] as Indexed
      if (offset < x.q.outerEnd && (!best || x.order < best.order)) best = x
    }
    return best?.q
  }

  private index?: { byOuterStart: Indexed[]; reach: Float64Array }

  /** Quotations by where they open, with the furthest end reached up to each one. */
  private quoteIndex(): { byOuterStart: Indexed[]; reach: Float64Array } {
    if (!this.index) {
      const byOuterStart = this.quoted
        .map((q, order) => ({ start: q.outerStart, q, order }))
        .sort((a, b) => a.start - b.start)
      const reach = new Float64Array(byOuterStart.length)
      let furthest = Number.NEGATIVE_INFINITY
      byOuterStart.forEach((x, i) => {
        furthest = Math.max(furthest, x.q.outerEnd)
        reach[i] = furthest
      })
      this.index = { byOuterStart, reach }
    }
    return this.index
  }

  cueAt(i: number): Cue | undefined {
    if (this.insideName.has(i) && this.doc.tokens[i]?.upper) return undefined
    const m = this.lex.speechCues.longestLower(this.doc.tokens, i)
    const cue = m?.values[0]
    if (!m || !cue) return undefined
    const first = this.doc.tokens[i] as Token
    const last = this.doc.tokens[i + m.length - 1] as Token
    return { cue, first: i, length: m.length, start: first.start, end: last.end }
  }

  /** A mention or a group word ("analysts", "some experts") that starts at token `i`. */
  speakerAt(i: number): Speaker | undefined {
    const t = this.doc.tokens[i]
    if (!t) return undefined
    const hit = this.mentionsByStart.get(t.start)
    if (hit && hit.d.kind !== 'country' && hit.d.kind !== 'location') {
      return {
        draft: hit.d,
        name: hit.d.lexiconName ?? hit.d.name,
        start: hit.m.start,
        end: hit.m.end,
        endToken: this.tokenFrom(hit.m.end),
      }
    }
    // A determiner or quantifier may open a group: "the analysts", "some experts".
    for (let k = i; k <= i + 2; k++) {
      const w = this.doc.tokens[k]
      if (!w || w.sentence !== t.sentence) break
      // "muchos venezolanos", "many Venezuelans": people of a country, opened by a quantifier.
      const people =
        k > i &&
        /s$/.test(w.text) &&
        this.lex.demonyms.has(w.text) &&
        this.lex.speech.groupQuantifiers.has(
          this.doc.text.slice(t.start, (this.doc.tokens[k - 1] as Token).end).toLowerCase(),
        )
      if (this.lex.groupWords.has(w.text.toLowerCase()) || people) {
        return {
          draft: null,
          name: w.text.toLowerCase(),
          start: t.start,
          end: w.end,
          endToken: k + 1,
        }
      }
      // "to reporters" names a listener: a preposition opens no group.
      const opener =
        this.lex.functionWords.has(w.lower) && !this.lex.eventWords.isLower('preposition', w.lower)
      if (!opener && !/^(some|many|several|most|other|foreign|local|political)$/i.test(w.text))
        break
    }
    return undefined
  }

  /**
   * A person no name gives, by role: "a court clerk", "one MP", "a Turkish official",
   * "una portavoz". An indefinite determiner opens it ("the official" is someone named
   * before, left to the discourse), the role word ends it, and only modifiers stand
   * between (a name there is a named speaker's title, read by `speakerAt`).
   */
  roleSpeakerAt(i: number, opening: 'indefinite' | 'definite' = 'indefinite'): Speaker | undefined {
    const opener = this.doc.tokens[i]
    if (!opener) return undefined
    const indefinite = this.lex.language.indefiniteDeterminers.includes(opener.lower)
    const definite = !indefinite && this.lex.eventWords.isLower('determiner', opener.lower)
    if (opening === 'indefinite' ? !indefinite : !definite) return undefined
    for (let k = i + 1; k <= i + MAX_ROLE_MODIFIERS + 1; k++) {
      const w = this.doc.tokens[k]
      if (!w?.word || w.sentence !== opener.sentence) break
      const named = this.mentionsByStart.get(w.start)?.d.kind
      if (named && named !== 'country' && named !== 'location') break
      const role = this.lex.roles.longestLower(this.doc.tokens, k)
      if (role?.values.some((r) => r.person)) {
        const last = this.doc.tokens[k + role.length - 1] as Token
        // The role is the name, without its article ("a court clerk" is "court clerk").
        const article = this.lex.eventWords.isLower('determiner', opener.lower)
        const from = article ? (this.doc.tokens[i + 1] as Token) : opener
        return {
          draft: null,
          name: this.doc.text.slice(from.start, last.end),
          start: opener.start,
          end: last.end,
          endToken: k + role.length,
        }
      }
      if (this.lex.functionWords.has(w.lower) && !this.lex.demonyms.has(w.text)) break
    }
    return undefined
  }

  /**
   * A country or a place that speaks for its government, as the subject right before token
   * `end`: "Mexico said", "el gobierno de México dijo", "the Mexican government said",
   * "La Casa Blanca dice". The country's own mention is the speaker.
   */
  placeSpeakerEndingAt(end: number): Speaker | undefined {
    let k = end - 1
    while (k > 0 && this.isInterposed(k)) k--
    // "the Mexican government", "el gobierno mexicano": the government word names no one else.
    const government = (i: number) =>
      this.lex.eventWords.isLower('government', this.doc.tokens[i]?.lower)
    const candidates = government(k) ? [k - 1, k + 1] : [k]
    for (const last of candidates) {
      for (let i = last; i >= Math.max(0, last - MAX_PLACE_WORDS); i--) {
        const t = this.doc.tokens[i] as Token
        const hit = this.mentionsByStart.get(t.start)
        if (!hit || (hit.d.kind !== 'country' && hit.d.kind !== 'location')) continue
        const endToken = this.tokenFrom(hit.m.end)
        if (endToken !== last + 1) continue
        // "el gobierno mexicano dijo": the demonym follows the government word.
        if (last === k + 1 && endToken !== end) continue
        if (!this.opensSubject(i)) return undefined
        return {
          draft: hit.d,
          name: hit.d.lexiconName ?? hit.d.name,
          start: hit.m.start,
          end: hit.m.end,
          endToken,
        }
      }
    }
    return undefined
  }

  /**
   * The place named at token `i` opens the subject rather than ending a phrase inside it:
   * "el acuerdo entre Chile y Perú prevé" names no speaker, "el gobierno de México dijo" does.
   */
  private opensSubject(i: number): boolean {
    const before = this.doc.tokens[i - 1]
    if (!before || before.sentence !== this.doc.tokens[i]?.sentence) return true
    if (this.lex.eventWords.isLower('coordinator', before.lower)) return false
    const preposition =
      this.lex.eventWords.isLower('preposition', before.lower) ||
      this.lex.eventWords.isLower('genitive', before.lower)
    return !preposition || this.lex.eventWords.isLower('government', this.doc.tokens[i - 2]?.lower)
  }

  /** `roleSpeakerAt` for a role phrase that ends just before token `end` ("…, a spokesman said"). */
  roleSpeakerEndingAt(
    end: number,
    opening: 'indefinite' | 'definite' = 'indefinite',
  ): Speaker | undefined {
    for (let i = end - 1; i >= Math.max(0, end - MAX_ROLE_MODIFIERS - 3); i--) {
      const found = this.roleSpeakerAt(i, opening)
      if (found) return found.endToken === end ? found : undefined
    }
    return undefined
  }

  /**
   * "La secretaria agregó …", "the official said …": a definite singular role with no name
   * takes up someone named before; the person in view is who it is.
   */
  isRoleAnaphor(speaker: Speaker): boolean {
    if (speaker.draft) return false
    const first = this.tokenFrom(speaker.start)
    const found = this.roleSpeakerAt(first, 'definite')
    // A plural ("the officials") is a group, and a relative clause ("el vecino que presentó
    // la queja") introduces someone new: neither takes up a person named before.
    const next = this.doc.tokens[found?.endToken ?? 0]
    const relative = !!next && this.lex.eventWords.isLower('relative', next.lower)
    return !!found && found.end === speaker.end && !/s$/i.test(found.name) && !relative
  }

  /**
   * Whatever is named at token `i`, after an optional article, places and countries
   * included: the source of "un comunicado de la Casa Presidencial".
   */
  sourceAt(i: number): Speaker | undefined {
    const k = /^(the|el|la|los|las)$/i.test(this.doc.tokens[i]?.text ?? '') ? i + 1 : i
    const t = this.doc.tokens[k]
    const hit = t && this.mentionsByStart.get(t.start)
    // "a statement by the Presidential Spokesperson Harry Roque": titles before the name.
    if (!hit) return this.speakerAfterTitles(i)
    return {
      draft: hit.d,
      name: hit.d.lexiconName ?? hit.d.name,
      start: hit.m.start,
      end: hit.m.end,
      endToken: this.tokenFrom(hit.m.end),
    }
  }

  /**
   * A speaker after at most a few role words, determiners or demonyms: "said Foreign
   * Minister Carla Ortiz". A role may name its body and then the person ("la ministra
   * de Inclusión, Elma Saiz"); without a name after it, the body speaks ("una portavoz del IGM").
   */
  speakerAfterTitles(i: number): Speaker | undefined {
    const sentence = this.doc.tokens[i]?.sentence
    let role = false
    // A role's "of" has been passed: the words up to the name are its body ("of the central bank").
    let ofBody = false
    let body: Speaker | undefined
    for (let k = i; k < i + MAX_TITLE_WORDS; k++) {
      const t = this.doc.tokens[k]
      if (!t || t.sentence !== sentence) return body
      const s = this.speakerAt(k)
      // "the head of the IMF, Kristalina Georgieva" / "Goldman Sachs analyst Jim O'Neill": a
      // body named before the person stands in only when no person follows.
      if (s && s.draft?.kind !== 'person' && (ofBody || this.isRoleTitle(s.endToken))) {
        body ??= s
        k = s.endToken - 1
        continue
      }
      if (s) return s
      // "Investec economist David Page": a name unknown to us, then a title.
      const affiliation = this.affiliationEnd(k)
      if (affiliation) {
        k = affiliation - 1
        continue
      }
      if (this.isTitleWord(k)) {
        role ||= t.word && !this.lex.functionWords.has(t.text.toLowerCase())
        continue
      }
      const next = this.doc.tokens[k + 1]
      if (role && OF.test(t.text)) {
        ofBody = true
        continue
      }
      // "el entrenador azulgrana Xavi Pascual": a modifier between the title and the name.
      const modifier =
        t.word &&
        !t.upper &&
        !this.lex.functionWords.has(t.lower) &&
        !this.cueAt(k) &&
        !!next?.upper
      if (role && ((t.text === ',' && next?.upper) || (t.word && ofBody) || modifier)) continue
      return body
    }
    return body
  }

  /** Where a title before a name starts: back over role words, determiners and demonyms. */
  titleStart(i: number): number {
    let k = i
    while (k > 0 && this.isTitleWord(k - 1)) k--
    return k
  }

  /**
   * One past the words at `k` that narrow a role title after them: an affiliation
   * ("Investec economist", "the Black Sabbath singer") or modifiers ("media strategist").
   */
  affiliationEnd(k: number): number | null {
    let end = k
    while (end < k + MAX_AFFILIATION_WORDS) {
      const t = this.doc.tokens[end]
      if (!t?.word || this.isTitleWord(end) || this.cueAt(end)) break
      if (!t.upper && this.lex.functionWords.has(t.lower)) break
      end++
    }
    return end > k && this.isRoleTitle(end) ? end : null
  }

  /** A role word proper ("economist", "minister"), not a determiner or demonym. */
  isRoleTitle(k: number): boolean {
    return (
      !!this.doc.tokens[k]?.word && this.lex.roles.longestLower(this.doc.tokens, k) !== undefined
    )
  }

  /** A role word, determiner or demonym: what may stand before a speaker's name. */
  isTitleWord(k: number): boolean {
    const t = this.doc.tokens[k]
    if (!t?.word) return false
    const lower = t.text.toLowerCase()
    return (
      // Per language: "a" is an article in English, a preposition in Spanish ("dijo … a la VOA").
      this.lex.language.titleDeterminers.includes(lower) ||
      this.lex.abbreviations.get(t.text) === 'title' ||
      this.lex.demonyms.has(t.text) ||
      this.lex.roles.longestLower(this.doc.tokens, k) !== undefined ||
      [...this.lex.roles.get([lower])].length > 0
    )
  }

  /** Speakers named in a range of tokens, outside quotations, in order. */
  speakersIn(from: number, to: number): Speaker[] {
    const out: Speaker[] = []
    for (let i = from; i < to; i++) {
      const t = this.doc.tokens[i] as Token
      if (this.insideQuote(t.start)) continue
      const s = this.speakerAt(i)
      if (s) {
        out.push(s)
        i = Math.max(i, s.endToken - 1)
      }
    }
    return out
  }

  sentenceOf(offset: number): Sentence | undefined {
    return sentenceAt(this.doc.sentences, offset)
  }
}

export type { Span }
