import type { Lang } from '../doc/index.js'
import { LANGS, loadLexicon, roleWords } from '../lexicon/index.js'

/** How many roles a voice shows: the ones the articles state most often. */
const SHOWN = 3
/** A title stated less than 1/RARE as often as the voice's main one is left out. */
const RARE = 4

/**
 * A role as the text states it, cut down to the title and the words that narrow it:
 * "Defeats President" → "President", "Cabinet colleagues Foreign Secretary" → "Foreign
 * Secretary", "Médico describió cómo" → "Doctor", "international relations expert" kept.
 * Null when no known title is in it.
 */
export function cleanTitle(title: string): string | null {
  const words = title.split(/\s+/).filter(Boolean)
  const lower = words.map((w) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
  const tokens = lower.map((text) => ({ text }))
  let best: { lang: Lang; from: number; to: number; title: string } | null = null
  for (const lang of LANGS) {
    const roles = loadLexicon(lang).roles
    for (let i = 0; i < tokens.length; i++) {
      const m = roles.longest(tokens, i)
      if (!m) continue
      const to = i + m.length
      // A title that ends the phrase wins; then the longest.
      const ends = (end: number) => end === tokens.length
      const better =
        !best ||
        (ends(to) && !ends(best.to)) ||
        (ends(to) === ends(best.to) && to - i > best.to - best.from)
      if (better) best = { lang, from: i, to, title: m.values[0]?.title ?? '' }
    }
  }
  if (!best) return null
  const vocabulary = roleWords(best.lang)
  let { from, to } = best
  while (from > 0 && vocabulary.has(lower[from - 1] as string)) from--
  while (to < words.length && vocabulary.has(lower[to] as string)) to++
  // A bare title reads as the lexicon names it, in one language and number ("Presidente",
  // "Presidents" → "President").
  if (from === best.from && to === best.to && best.title) return best.title
  const phrase = words.slice(from, to).join(' ')
  return phrase.charAt(0).toUpperCase() + phrase.slice(1)
}

/**
 * The roles of a voice: each title cleaned, the same title in any case once, a title
 * inside a longer one left to it ("Minister" beside "Foreign Minister"), the most often
 * stated first, at most three, none stated far less often than the first.
 */
export function roleList(titles: readonly string[]): string[] {
  const counts = new Map<string, { title: string; n: number }>()
  for (const t of titles) {
    const clean = cleanTitle(t)
    if (!clean) continue
    const key = clean.toLowerCase()
    const seen = counts.get(key)
    if (seen) seen.n++
    else counts.set(key, { title: clean, n: 1 })
  }
  const keys = [...counts.keys()]
  for (const key of keys) {
    const longer = keys.find((k) => k !== key && k.endsWith(` ${key}`) && counts.has(k))
    if (!longer) continue
    const into = counts.get(longer) as { title: string; n: number }
    into.n += (counts.get(key) as { n: number }).n
    counts.delete(key)
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n)
  // A title stated once beside one stated many times is more likely another person's.
  const floor = (ranked[0]?.n ?? 0) / RARE
  return ranked
    .filter((c) => c.n > floor)
    .slice(0, SHOWN)
    .map((c) => c.title)
}
