import type { Doc, Token } from '../../doc/index.js'
import type { EventWords } from '../../lexicon/index.js'
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
}

/** Actor mentions by token: which mention starts at, or covers, each token. */
export class ActorIndex {
  readonly list: ActorMention[] = []
  private readonly covering: (ActorMention | undefined)[]

  constructor(doc: Doc, entities: EntityLayer, capitals: ReadonlySet<string>, words: EventWords) {
    const byStart = new Map<number, number>()
    doc.tokens.forEach((t, i) => {
      byStart.set(t.start, i)
    })
    this.covering = new Array(doc.tokens.length)
    for (const d of entities.registry.drafts) {
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
          (d.kind === 'country' && words.is('government', next?.text)) || capital ? 'GOV' : null
        const extended = sector !== null && !capital
        const a: ActorMention = {
          draft: d,
          start: m.start,
          end: extended ? (next as Token).end : m.end,
          first,
          last: extended ? last + 1 : last,
          sector,
          place,
        }
        this.list.push(a)
        for (let k = a.first; k <= a.last; k++)
          if (
            !this.covering[k] ||
            (this.covering[k] as ActorMention).end - (this.covering[k] as ActorMention).start <
              a.end - a.start
          )
            this.covering[k] = a
      }
    }
    this.list.sort((a, b) => a.start - b.start)
  }

  at(token: number): ActorMention | undefined {
    return this.covering[token]
  }
}
