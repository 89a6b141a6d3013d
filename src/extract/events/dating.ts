import type { Doc, Sentence, Timex, Token } from '../../doc/index.js'

/** Marks the tokens inside a timex, so the trigger finder can step over dates. */
export function datedTokens(doc: Doc, timexes: readonly Timex[]): Uint8Array {
  const dated = new Uint8Array(doc.tokens.length)
  const { tokens } = doc
  for (const x of timexes) {
    // The first token at or after the timex start, then every token inside it.
    let lo = 0
    let hi = tokens.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((tokens[mid] as Token).start < x.start) lo = mid + 1
      else hi = mid
    }
    for (let k = lo; k < tokens.length && (tokens[k] as Token).end <= x.end; k++) dated[k] = 1
  }
  return dated
}

/** The date named in the sentence, the one closest before the trigger first. */
export function eventDate(timexes: readonly Timex[], s: Sentence, trigger: Token): string | null {
  const inside = timexes.filter((x) => x.start >= s.start && x.end <= s.end)
  const before = inside.filter((x) => x.start < trigger.start)
  return (before[before.length - 1] ?? inside[0])?.value ?? null
}

export const fullDate = (v: string): string =>
  v.length === 4 ? `${v}-07-01` : v.length === 7 ? `${v}-15` : v
