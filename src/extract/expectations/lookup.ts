import {
  countStartingBefore,
  type Doc,
  type Entity,
  type Mention,
  type Quote,
  type Sentence,
  SpanFinder,
} from '../../doc/index.js'
import type { EntityLayer } from '../entities/index.js'

/**
 * What the expectations look up for every clause (the quote around an offset, the
 * mention at a token, an entity by id, the sentence at an offset), indexed once per
 * article so that each lookup is a binary search or a map read rather than a scan:
 * an article of many quotes and names stays linear. Every lookup returns what the
 * first match of a scan in the lists' order would.
 */
export class Lookup {
  readonly quotes: SpanFinder<Quote>
  /** The quotes with a speaker's name. */
  readonly spoken: SpanFinder<Quote>
  readonly sentences: SpanFinder<Sentence>
  private readonly mentions: readonly Mention[]
  private readonly entities: ReadonlyMap<string, Entity>
  private endingAt: Map<number, Mention> | null = null

  /** `quotes` and the layer's mentions are sorted by start, as their extractors leave them. */
  constructor(doc: Doc, entities: EntityLayer, quotes: readonly Quote[]) {
    this.quotes = new SpanFinder(quotes)
    this.spoken = new SpanFinder(quotes.filter((q) => q.speakerName))
    this.sentences = new SpanFinder(doc.sentences)
    this.mentions = entities.mentions
    const byId = new Map<string, Entity>()
    for (const e of entities.entities) if (!byId.has(e.id)) byId.set(e.id, e)
    this.entities = byId
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id)
  }

  /** The first mention that starts at `offset`. */
  mentionStartingAt(offset: number): Mention | undefined {
    const m = this.mentions[countStartingBefore(this.mentions, offset)]
    return m?.start === offset ? m : undefined
  }

  /** The first mention that ends at `offset`. */
  mentionEndingAt(offset: number): Mention | undefined {
    if (!this.endingAt) {
      this.endingAt = new Map()
      for (const m of this.mentions) if (!this.endingAt.has(m.end)) this.endingAt.set(m.end, m)
    }
    return this.endingAt.get(offset)
  }

  /** The paragraph of the sentence that holds `offset`, -1 outside any. */
  paragraphAt(offset: number): number {
    return this.sentences.first(offset, offset)?.paragraph ?? -1
  }
}
