import { apostrophes, type MultiwordRules } from '../lexicon/index.js'
import { splitEnclitics } from './clitics.js'

/** Capitalised but not all capitals: inside a sentence, a name ("Del Potro", "Carlos"). */
const titleCase = (s: string): boolean => /^\p{Lu}/u.test(s) && s !== s.toUpperCase()

/** A listed token's words in the token's own case: sliced from it when they spell it ("Cannot" → Can not). */
function inCase(surface: string, words: readonly string[]): string[] {
  if (words.join('') === apostrophes(surface.toLowerCase())) {
    let at = 0
    return words.map((w) => {
      at += w.length
      return surface.slice(at - w.length, at)
    })
  }
  if (surface.length > 1 && surface === surface.toUpperCase())
    return words.map((w) => w.toUpperCase())
  if (titleCase(surface))
    return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
  return [...words]
}

/** "don't" → do n't, "we'll" → we 'll: endings split off while what is left ends in a letter. */
function splitSuffixes(surface: string, rules: MultiwordRules): string[] | null {
  const parts: string[] = []
  let rest = surface
  for (;;) {
    const low = apostrophes(rest.toLowerCase())
    const s = rules.suffixes.find(
      (x) => low.endsWith(x) && /\p{L}$/u.test(low.slice(0, low.length - x.length)),
    )
    if (!s) break
    parts.unshift(rest.slice(rest.length - s.length))
    rest = rest.slice(0, rest.length - s.length)
  }
  return parts.length ? [rest, ...parts] : null
}

/**
 * The UD words one token stands for, or null when it is a single word. `initial` says the
 * token opens the sentence (or a quotation), where a capital tells nothing about names.
 */
export function splitToken(
  surface: string,
  rules: MultiwordRules,
  initial: boolean,
): string[] | null {
  const name = titleCase(surface) && !initial
  const listed = rules.words.get(apostrophes(surface.toLowerCase()))
  if (listed) return listed.name && name ? null : inCase(surface, listed.words)
  return splitSuffixes(surface, rules) ?? (name ? null : splitEnclitics(surface, rules))
}
