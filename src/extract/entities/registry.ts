import type { EntityKind, Mention } from '../../doc/index.js'
import { type Lexicon, nameKey } from '../../lexicon/index.js'
import { addKey, type Draft, firstSurname, newDraft, personNameTails } from './draft.js'

/** The entities of one document, looked up by any of their names. */
export class Registry {
  readonly drafts: Draft[] = []
  private readonly byKey = new Map<string, Draft[]>()
  /** Spans already mentioned, per entity: a name repeated thousands of times stays linear. */
  private readonly spans = new Map<Draft, Set<string>>()

  constructor(private readonly lex: Lexicon) {}

  find(name: string, kind?: EntityKind): Draft | undefined {
    const list = this.byKey.get(nameKey(name)) ?? []
    return kind ? list.find((d) => d.kind === kind) : list[0]
  }

  create(name: string, kind: EntityKind, country: string | null): Draft {
    const d = newDraft(this.drafts.length, name, kind, country)
    this.drafts.push(d)
    this.index(d, name)
    if (kind === 'person') {
      const words = this.lex.tokenize(name).map((t) => t.text)
      const isParticle = (w: string) => this.lex.particles.has(w)
      for (const tail of personNameTails(words, isParticle)) this.alias(d, tail, false)
      const surname = firstSurname(words, (w) => this.lex.givenNames.has(w), isParticle)
      if (surname) this.alias(d, surname, false)
      const given = words[0] ? this.lex.givenNames.get(words[0]) : undefined
      if (given) d.gender = given
    }
    return d
  }

  /** Adds a name the entity goes by; `shown` puts it in the output aliases. */
  alias(d: Draft, name: string, shown = true): void {
    if (shown) addKey(d, name)
    this.index(d, name)
  }

  mention(d: Draft, start: number, end: number, via: Mention['via']): void {
    let seen = this.spans.get(d)
    if (!seen) {
      seen = new Set()
      this.spans.set(d, seen)
    }
    const span = `${start}:${end}`
    if (seen.has(span)) return
    seen.add(span)
    d.mentions.push({ entity: '', start, end, via })
  }

  private index(d: Draft, name: string): void {
    const key = nameKey(name)
    const list = this.byKey.get(key) ?? []
    if (!list.includes(d)) list.push(d)
    this.byKey.set(key, list)
  }
}
