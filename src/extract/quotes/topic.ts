import { countStartingBefore } from '../../doc/index.js'
import type { QuoteContext, Speaker } from './context.js'

/** Something already attributed: where it starts and who said it. */
export interface Said {
  start: number
  speaker: Speaker | null
}

/** How many paragraphs back the person in view may have been named. */
const MAX_PARAGRAPHS_BACK = 2
/** And how many sentences: a paragraph of one-line sentences must not be read back whole each time. */
const MAX_SENTENCES_BACK = 12

/** What has been attributed so far, kept in text order for lookups by position. */
export class SaidIndex {
  private readonly items: Said[] = []

  add(said: Said): void {
    // After those that start at or before it: offsets are whole numbers.
    this.items.splice(countStartingBefore(this.items, said.start + 1), 0, said)
  }

  /** The speaker of the last thing attributed with a start in `[from, to)`, if any. */
  lastSpeakerIn(from: number, to: number): Speaker | null {
    const { items } = this
    for (let i = countStartingBefore(items, to) - 1; i >= 0; i--) {
      const q = items[i] as Said
      if (q.start < from) break
      if (q.speaker) return q.speaker
    }
    return null
  }

  /** The last unnamed group ("protesters", "analysts") that spoke with a start in `[from, to)`. */
  lastGroupIn(from: number, to: number, isGroup: (name: string) => boolean): Speaker | null {
    const { items } = this
    for (let i = countStartingBefore(items, to) - 1; i >= 0; i--) {
      const q = items[i] as Said
      if (q.start < from) break
      if (q.speaker && !q.speaker.draft && isGroup(q.speaker.name)) return q.speaker
    }
    return null
  }
}

/**
 * The person in view at `offset`, for a speech verb without its subject ("«…», afirmó.")
 * or a cue that names its speaker by a possessive ("A su juicio, …"). Going back sentence
 * by sentence: the speaker of the last thing attributed there, else the first person the
 * sentence names outside quotations.
 */
export function speakerInView(ctx: QuoteContext, offset: number, said: SaidIndex): Speaker | null {
  const here = ctx.sentenceOf(offset)
  if (!here) return null
  for (let i = here.index; i >= 0 && here.index - i <= MAX_SENTENCES_BACK; i--) {
    const s = ctx.doc.sentences[i]
    if (!s || here.paragraph - s.paragraph > MAX_PARAGRAPHS_BACK) break
    const end = i === here.index ? offset : s.end
    const last = said.lastSpeakerIn(s.start, end)
    if (last) return last
    const person = ctx
      .speakersIn(s.firstToken, ctx.tokenFrom(end))
      .find((p) => p.draft?.kind === 'person')
    if (person) return person
  }
  return null
}

/** The named person a definite role with no name takes up ("la secretaria agregó"), if it is one. */
export function personForRole(ctx: QuoteContext, role: Speaker, said: SaidIndex): Speaker | null {
  if (!ctx.isRoleAnaphor(role)) return null
  const person = speakerInView(ctx, role.start, said)
  return person?.draft ? person : null
}
