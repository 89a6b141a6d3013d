import type { Doc, Token } from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import { type Draft, type EntityLayer, leadPerson } from '../entities/index.js'

/** An actor named at a place in the text: a mention of an entity that can act. */
export interface ActorMention {
  draft: Draft
  start: number
  end: number
  first: number
  last: number
  /** "the Salvadoran government": a country mention that stands for its government. */
  sector: string | null
  /** A place: a capital acts for its government ("Caracas rejected"), other places are only targets. */
  place: 'capital' | 'other' | null
  /**
   * A mention that names no one until the event is read: "el país", "the country" (`country`)
   * and a bare "el Gobierno" (`government`) stand for a country the discourse gives.
   */
  pending?: 'country' | 'government' | 'previous-subject'
  /** A pronoun (or "the accused") the entity layer took for this person. */
  pronoun?: boolean
}

/** Actor mentions by token: which mention starts at, or covers, each token. */
export class ActorIndex {
  readonly list: ActorMention[] = []
  /**
   * How often each country's actors are named (pronouns left out: a misread "he" would
   * count for the wrong country): the article's main countries come first.
   */
  readonly salience = new Map<string, number>()
  private readonly covering: (ActorMention | undefined)[]
  /** The person `accused` names, once looked for (null: not yet). */
  private lead: Draft | undefined | null = null

  constructor(
    private readonly doc: Doc,
    private readonly entities: EntityLayer,
    private readonly lex: Lexicon,
    capitals: ReadonlySet<string>,
  ) {
    this.covering = new Array(doc.tokens.length)
    this.addEntities(capitals)
    this.addWords()
    this.list.sort((a, b) => a.start - b.start)
    // A private person the article is about ("An Australian, Brenton Tarrant, …") is not
    // where it happens: the country of the lead with no office counts only once.
    const lead = this.accused
    let leadCounted = false
    for (const a of this.list) {
      const code = a.draft.country
      if (!code || a.pending || a.pronoun) continue
      if (a.draft === lead && leadCounted) continue
      leadCounted ||= a.draft === lead
      this.salience.set(code, (this.salience.get(code) ?? 0) + 1)
    }
  }

  /**
   * "the accused", "the suspect": the person the article is about who holds no office,
   * named more often than any other such person (twice at least), else none.
   */
  get accused(): Draft | undefined {
    if (this.lead === null) this.lead = leadPerson(this.entities.registry)
    return this.lead
  }

  at(token: number): ActorMention | undefined {
    return this.covering[token]
  }

  /** The entity that stands for a country: its own draft when the article names it, else a stand-in. */
  countryDraft(code: string): Draft {
    const own = this.entities.registry.drafts.find(
      (d) => d.kind === 'country' && d.country === code,
    )
    return own ?? standIn(code, this.lex.countries.get(code)?.name ?? code)
  }

  /**
   * The last organisation named before token `at`, within `reach` sentences: what "the
   * organisation", "la organización" takes up.
   */
  lastOrganization(at: number, reach: number): ActorMention | undefined {
    const { tokens } = this.doc
    const sentence = (tokens[at] as Token).sentence
    for (let k = this.before(at) - 1; k >= 0; k--) {
      const a = this.list[k] as ActorMention
      if (sentence - (tokens[a.first] as Token).sentence > reach) return undefined
      if (!a.pending && !a.pronoun && a.draft.kind === 'organization') return a
    }
    return undefined
  }

  /**
   * The last state named before token `at` that is not of country `home`: a country, a
   * capital, a demonym or a person or body of its government ("Kim", "el dictador
   * norcoreano", "Pyongyang"). What "the regime" of an article about `home` stands for.
   */
  lastForeignState(at: number, home: string): ActorMention | undefined {
    for (let k = this.before(at) - 1; k >= 0; k--) {
      const a = this.list[k] as ActorMention
      const { country, kind, sector } = a.draft
      if (a.pending || a.pronoun || !country || country === home || a.place === 'other') continue
      if (kind === 'country' || a.place === 'capital' || STATE.has(a.sector ?? sector ?? ''))
        return a
    }
    return undefined
  }

  /** How many mentions start before token `at`. */
  private before(at: number): number {
    let lo = 0
    let hi = this.list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.list[mid] as ActorMention).first < at) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private addEntities(capitals: ReadonlySet<string>): void {
    const { doc } = this
    for (const d of this.entities.registry.drafts) {
      if (d.kind === 'location' && !d.country) continue
      const capital = d.kind === 'location' && capitals.has(d.name)
      const place = d.kind !== 'location' ? null : capital ? 'capital' : 'other'
      for (const m of d.mentions) {
        const first = tokenAt(doc.tokens, m.start)
        if (first < 0) continue
        let last = first
        while (last + 1 < doc.tokens.length && (doc.tokens[last + 1] as Token).end <= m.end) last++
        const next = doc.tokens[last + 1]
        const sector =
          (d.kind === 'country' && this.lex.eventWords.is('government', next?.text)) || capital
            ? 'GOV'
            : null
        const extended = sector !== null && !capital
        this.add({
          draft: d,
          start: m.start,
          end: extended ? (next as Token).end : m.end,
          first,
          last: extended ? last + 1 : last,
          sector,
          place,
          // "the accused" taken for a person counts no more for the country than "he".
          pronoun: m.via === 'pronoun' || (m.via === 'description' && d.kind === 'person'),
        })
      }
    }
  }

  /** One pass over the words for the actors names don't give: demonyms and pending mentions. */
  private addWords(): void {
    const { tokens } = this.doc
    const cues = cueWords(this.lex)
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token
      if (t.lower.length < cues.shortest || !t.word || this.covering[i]) continue
      if (!cues.words.has(t.lower)) continue
      i = this.addDemonym(i) ?? this.addPending(i) ?? i
    }
  }

  /**
   * A lower-case demonym the name finder leaves alone: Spanish puts it after the noun
   * ("el gobierno mexicano", "los productos mexicanos", "a seis estadounidenses").
   */
  private addDemonym(i: number): number | undefined {
    const { tokens } = this.doc
    const words = this.lex.eventWords
    const t = tokens[i] as Token
    const code = t.upper ? undefined : this.lex.demonyms.get(t.text)
    if (!code) return undefined
    const head = tokens[i - 1]
    // "el gobierno mexicano", "el Gobierno español" (Spanish news capitalises it).
    const headWord = head && (!head.upper || words.isLower('government', head.lower))
    const noun =
      head && head.sentence === t.sentence && head.word && headWord && !this.covering[i - 1]
    const first =
      noun && !words.isLower('determiner', head.lower) && !words.isLower('preposition', head.lower)
        ? i - 1
        : i
    this.add({
      draft: this.countryDraft(code),
      start: (tokens[first] as Token).start,
      end: t.end,
      first,
      last: i,
      sector: words.isLower('government', tokens[first]?.lower) ? 'GOV' : null,
      place: null,
    })
    return i
  }

  /**
   * "el país", "ese país", a sentence-opening "it"; a bare "el Gobierno" or "su gobierno" that
   * no country or demonym follows.
   */
  private addPending(i: number): number | undefined {
    const { tokens } = this.doc
    const words = this.lex.eventWords
    const t = tokens[i] as Token
    // Matched at its last word ("país"), which is rarer than its first ("el").
    const n = words.endingAt('country-anaphor', tokens, i)
    if (n && !this.covering[i - n + 1]) {
      this.add(this.pendingAt(i - n + 1, i, 'country'))
      return i
    }
    const prev = tokens[i - 1]
    // "Taipei ended relations. It accused Honduras …": a sentence's opening "it" may stand for
    // the country the sentence before opened with (an "it" elsewhere is mostly a thing).
    if (words.isLower('opening-anaphor', t.lower) && prev?.sentence !== t.sentence) {
      this.add(this.pendingAt(i, i, 'previous-subject'))
      return i
    }
    if (!words.isLower('government', t.lower) || !prev) return undefined
    if (!words.isLower('determiner', prev.lower) && !words.isLower('possessive', prev.lower))
      return undefined
    const next = tokens[i + 1]
    if (this.covering[i + 1] || words.isLower('genitive', next?.lower)) return undefined
    // "el gobierno mexicano" is a demonym's, found when the scan reaches "mexicano".
    if (next && !next.upper && this.lex.demonyms.has(next.text)) return undefined
    this.add(this.pendingAt(i, i, 'government'))
    return i
  }

  private pendingAt(
    first: number,
    last: number,
    kind: NonNullable<ActorMention['pending']>,
  ): ActorMention {
    const { tokens } = this.doc
    return {
      draft: standIn('', ''),
      start: (tokens[first] as Token).start,
      end: (tokens[last] as Token).end,
      first,
      last,
      sector: kind === 'government' ? 'GOV' : null,
      place: null,
      pending: kind,
    }
  }

  private add(a: ActorMention): void {
    this.list.push(a)
    for (let k = a.first; k <= a.last; k++) {
      const c = this.covering[k]
      if (!c || c.end - c.start < a.end - a.start) this.covering[k] = a
    }
  }
}

interface Cues {
  words: ReadonlySet<string>
  shortest: number
}

const cueSets = new WeakMap<Lexicon, Cues>()

/** The lower-case words that may make an actor of their own: demonyms, "país", "gobierno". */
function cueWords(lex: Lexicon): Cues {
  let cues = cueSets.get(lex)
  if (!cues) {
    const words = new Set([
      ...[...lex.demonyms.keys()].map((d) => d.toLowerCase()),
      ...lex.eventWords.lastWords('country-anaphor'),
      ...lex.eventWords.list('opening-anaphor'),
      ...lex.eventWords.list('government'),
    ])
    cues = { words, shortest: Math.min(...[...words].map((w) => w.length)) }
    cueSets.set(lex, cues)
  }
  return cues
}

/** The index of the token that starts at `offset`, or -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const start = (tokens[mid] as Token).start
    if (start === offset) return mid
    if (start < offset) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

/** A country the article does not name as such ("mexicanos" only): no entity id, but a code. */
function standIn(code: string, name: string): Draft {
  return {
    index: -1,
    name,
    kind: 'country',
    country: code || null,
    sector: null,
    lexiconName: null,
    aliases: new Set(),
    keys: new Set(),
    roles: [],
    roleIds: new Set(),
    mentions: [],
    gender: 'u',
    confidence: 0,
  }
}

/** Sectors that speak for a state. */
const STATE = new Set(['GOV', 'MIL'])
