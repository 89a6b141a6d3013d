import type { Doc, Token } from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import type { Draft, EntityLayer } from '../entities/index.js'

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
  pending?: 'country' | 'government'
}

/** Actor mentions by token: which mention starts at, or covers, each token. */
export class ActorIndex {
  readonly list: ActorMention[] = []
  /** How often each country's actors are mentioned: the article's main countries come first. */
  readonly salience = new Map<string, number>()
  private readonly covering: (ActorMention | undefined)[]

  constructor(
    private readonly doc: Doc,
    private readonly entities: EntityLayer,
    private readonly lex: Lexicon,
    capitals: ReadonlySet<string>,
  ) {
    this.covering = new Array(doc.tokens.length)
    this.addEntities(capitals)
    this.addDemonyms()
    this.addPending()
    this.list.sort((a, b) => a.start - b.start)
    for (const a of this.list)
      if (a.draft.country && !a.pending)
        this.salience.set(a.draft.country, (this.salience.get(a.draft.country) ?? 0) + 1)
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

  private addEntities(capitals: ReadonlySet<string>): void {
    const { doc } = this
    const byStart = new Map<number, number>()
    doc.tokens.forEach((t, i) => {
      byStart.set(t.start, i)
    })
    for (const d of this.entities.registry.drafts) {
      if (d.kind === 'location' && !d.country) continue
      const capital = d.kind === 'location' && capitals.has(d.name)
      const place = d.kind !== 'location' ? null : capital ? 'capital' : 'other'
      for (const m of d.mentions) {
        const first = byStart.get(m.start)
        if (first === undefined) continue
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
        })
      }
    }
  }

  /**
   * Lower-case demonyms the name finder leaves alone: Spanish puts them after the noun
   * ("el gobierno mexicano", "los productos mexicanos", "a seis estadounidenses").
   */
  private addDemonyms(): void {
    const { tokens } = this.doc
    const words = this.lex.eventWords
    tokens.forEach((t, i) => {
      if (t.upper || !t.word || this.covering[i]) return
      const code = this.lex.demonyms.get(t.text)
      if (!code) return
      const head = tokens[i - 1]
      // "el gobierno mexicano", "el Gobierno español" (Spanish news capitalises it).
      const headWord = head && (!head.upper || words.isLower('government', head.lower))
      const noun =
        head && head.sentence === t.sentence && head.word && headWord && !this.covering[i - 1]
      const first =
        noun && !words.is('determiner', head.text) && !words.is('preposition', head.text)
          ? i - 1
          : i
      this.add({
        draft: this.countryDraft(code),
        start: (tokens[first] as Token).start,
        end: t.end,
        first,
        last: i,
        sector: words.is('government', tokens[first]?.text) ? 'GOV' : null,
        place: null,
      })
    })
  }

  /** "el país", "ese país"; a bare "el Gobierno" or "su gobierno" that no country or demonym follows. */
  private addPending(): void {
    const { tokens } = this.doc
    const words = this.lex.eventWords
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token
      if (this.covering[i] || !t.word) continue
      const n = words.opens('country-anaphor', t.lower)
        ? words.startingAt('country-anaphor', tokens, i, tokens.length)
        : 0
      if (n) {
        this.add(this.pendingAt(i, i + n - 1, 'country'))
        i += n - 1
        continue
      }
      const prev = tokens[i - 1]
      if (!words.isLower('government', t.lower) || !prev) continue
      if (!words.isLower('determiner', prev.lower) && !words.isLower('possessive', prev.lower))
        continue
      const next = tokens[i + 1]
      if (this.covering[i + 1] || words.isLower('genitive', next?.lower)) continue
      this.add(this.pendingAt(i, i, 'government'))
    }
  }

  private pendingAt(first: number, last: number, kind: 'country' | 'government'): ActorMention {
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
