/** The closed-class words the event coder reads, by what they do in a clause. */
export const EVENT_WORD_TYPES = [
  'accused',
  'adverb-suffix',
  'agent',
  'backer',
  'backing',
  'between',
  'catenative',
  'clause-break',
  'collective',
  'complementizer',
  'condition',
  'coordinator',
  'counterpart',
  'country-anaphor',
  'crowd',
  'demonstrative',
  'determiner',
  'feature',
  'generic',
  'gathering',
  'genitive',
  'governing-head',
  'inclusion',
  'government',
  'intent',
  'label-mark',
  'label-verb',
  'light-verb',
  'locative',
  'meeting-noun',
  'modal',
  'negator',
  'object-marker',
  'opening-anaphor',
  'ordering-verb',
  'organization-anaphor',
  'particle',
  'partner',
  'party',
  'passive-aux',
  'passive-skip',
  'perfect-aux',
  'planned',
  'possessive',
  'possessive-marker',
  'preposition',
  'press-request',
  'progressive-suffix',
  'quantity',
  'recipient',
  'reciprocal',
  'refusal',
  'regime',
  'relative',
  'sequence-mark',
  'singular-aux',
  'singular-ending',
  'stance-object',
  'summit',
  'victim',
] as const

export type EventWordType = (typeof EVENT_WORD_TYPES)[number]

type Lower = { readonly lower: string }

/**
 * Event words by type: one-word lookups, phrases matched on lower-case tokens
 * ("va a", "the two"), suffixes ("-mente") and language features ("null-subject").
 *
 * @example
 * words.is('negator', 'no') // true in both languages
 * words.endingAt('modal', tokens, k) // 2 when tokens k-1, k read "va a"
 */
export class EventWords {
  private readonly single = new Map<EventWordType, Set<string>>()
  private readonly phrases = new Map<EventWordType, string[][]>()
  private readonly lists = new Map<EventWordType, readonly string[]>()
  private readonly firsts = new Map<EventWordType, Set<string>>()
  private readonly lasts = new Map<EventWordType, Set<string>>()

  add(type: EventWordType, word: string): void {
    const parts = word.toLowerCase().split(' ')
    const list = this.phrases.get(type) ?? []
    list.push(parts)
    list.sort((a, b) => b.length - a.length)
    this.phrases.set(type, list)
    const firsts = this.firsts.get(type) ?? new Set()
    firsts.add(parts[0] as string)
    this.firsts.set(type, firsts)
    const lasts = this.lasts.get(type) ?? new Set()
    lasts.add(parts[parts.length - 1] as string)
    this.lasts.set(type, lasts)
    if (parts.length === 1) {
      const set = this.single.get(type) ?? new Set()
      set.add(parts[0] as string)
      this.single.set(type, set)
      this.lists.set(type, [...set])
    }
  }

  /** Whether a one-word entry of `type` is `word` (any case). */
  is(type: EventWordType, word: string | undefined): boolean {
    const set = word ? this.single.get(type) : undefined
    if (!set || !word) return false
    if (set.has(word)) return true
    // Most words are already lower case; only others need the copy.
    const c = word.charCodeAt(0)
    return (c < 97 || c > 122) && set.has(word.toLowerCase())
  }

  /** `is` for a word already in lower case, as tokens carry it. */
  isLower(type: EventWordType, lower: string | undefined): boolean {
    return !!lower && !!this.single.get(type)?.has(lower)
  }

  /** Whether a phrase of `type` may start with this lower-case word. */
  opens(type: EventWordType, lower: string): boolean {
    return !!this.firsts.get(type)?.has(lower)
  }

  /** The last words of the phrases of `type` ("país" of "el país"). */
  lastWords(type: EventWordType): readonly string[] {
    return [...(this.lasts.get(type) ?? [])]
  }

  /** The words of `type`, e.g. the suffixes or the features a language has. */
  list(type: EventWordType): readonly string[] {
    return this.lists.get(type) ?? []
  }

  /** Length of the longest phrase of `type` whose last token is `k` (and not before `floor`), or 0. */
  endingAt(type: EventWordType, tokens: readonly Lower[], k: number, floor = 0): number {
    const last = tokens[k]?.lower
    if (last === undefined || !this.lasts.get(type)?.has(last)) return 0
    for (const p of this.phrases.get(type) ?? []) {
      const first = k - p.length + 1
      if (first < floor) continue
      if (p.every((w, i) => tokens[first + i]?.lower === w)) return p.length
    }
    return 0
  }

  /** Length of the longest phrase of `type` that starts at token `k` (and ends before `end`), or 0. */
  startingAt(type: EventWordType, tokens: readonly Lower[], k: number, end: number): number {
    const first = tokens[k]?.lower
    if (first === undefined || !this.opens(type, first)) return 0
    for (const p of this.phrases.get(type) ?? []) {
      if (k + p.length > end) continue
      if (p.every((w, i) => tokens[k + i]?.lower === w)) return p.length
    }
    return 0
  }

  /** Whether a word ends in a suffix of `type` ("temporalmente"). */
  hasSuffix(type: EventWordType, word: string): boolean {
    const suffixes = this.lists.get(type)
    if (!suffixes) return false
    const w = word.toLowerCase()
    return suffixes.some((s) => w.length > s.length + 2 && w.endsWith(s))
  }
}
