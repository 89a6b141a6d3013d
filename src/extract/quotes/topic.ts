import type { QuoteContext, Speaker } from './context.js'

/** Something already attributed: where it starts and who said it. */
export interface Said {
  start: number
  speaker: Speaker | null
}

/** How many paragraphs back the person in view may have been named. */
const MAX_PARAGRAPHS_BACK = 2

/**
 * The person in view at `offset`, for a speech verb without its subject ("«…», afirmó.")
 * or a cue that names its speaker by a possessive ("A su juicio, …"). Going back sentence
 * by sentence: the speaker of the last thing attributed there, else the first person the
 * sentence names outside quotations.
 */
export function speakerInView(
  ctx: QuoteContext,
  offset: number,
  said: readonly Said[],
): Speaker | null {
  const here = ctx.sentenceOf(offset)
  if (!here) return null
  for (let i = here.index; i >= 0; i--) {
    const s = ctx.doc.sentences[i]
    if (!s || here.paragraph - s.paragraph > MAX_PARAGRAPHS_BACK) break
    const end = i === here.index ? offset : s.end
    let last: Said | undefined
    for (const q of said)
      if (q.speaker && q.start >= s.start && q.start < end && (!last || q.start > last.start))
        last = q
    if (last) return last.speaker
    const person = ctx
      .speakersIn(s.firstToken, ctx.tokenFrom(end))
      .find((p) => p.draft?.kind === 'person')
    if (person) return person
  }
  return null
}
