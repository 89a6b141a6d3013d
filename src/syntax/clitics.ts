import type { MultiwordRules } from '../lexicon/index.js'

const ACCENTED = 'áéíóúÁÉÍÓÚ'
const PLAIN = 'aeiouAEIOU'
const VOWEL = /[aeiouáéíóúü]/
// a, e, o, and í, ú with a written accent, each make a syllable of their own.
const STRONG = /[aeoáéóíú]/

const plain = (c: string): string => PLAIN[ACCENTED.indexOf(c)] ?? c

/** A written í or ú beside a, e or o marks a hiatus ("oír", "reúnan"), which no clitic changes. */
function hiatus(s: string, i: number): boolean {
  if (!/[íúÍÚ]/.test(s[i] ?? '')) return false
  return /[aeoáéó]/i.test(s[i - 1] ?? '') || /[aeoáéó]/i.test(s[i + 1] ?? '')
}

/** The verb as written without clitics: the accent they called for goes ("transmitiéndo" → "transmitiendo"). */
function unstressed(verb: string): string {
  let out = ''
  for (let i = 0; i < verb.length; i++) {
    const c = verb[i] as string
    out += hiatus(verb, i) ? c : plain(c)
  }
  return out
}

/** Which syllable, counted from the end (0 = last), carries the written accent; -1 when none does. */
function accentFromEnd(word: string): number {
  const s = word.toLowerCase()
  let nuclei = 0
  let accent = -1
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string
    if (!VOWEL.test(c)) continue
    const prev = s[i - 1] ?? ''
    if (!VOWEL.test(prev) || (STRONG.test(prev) && STRONG.test(c))) nuclei++
    if (ACCENTED.includes(c)) accent = nuclei
  }
  return accent < 0 ? -1 : nuclei - accent
}

function isVerb(verb: string, clitics: readonly string[], rules: MultiwordRules): boolean {
  const bare = unstressed(verb).toLowerCase()
  if (rules.verbs.has(bare)) return true
  const flat = [...bare].map(plain).join('')
  if (rules.keepEndings.some((e) => flat.endsWith(e))) return false
  const alone = clitics.length > 1 || !!rules.clitics.get(clitics[0] ?? '')?.imperative
  return rules.verbEndings.some(
    (e) =>
      flat.endsWith(e.form) &&
      flat.length >= Math.max(e.min, e.form.length + 1) &&
      // Only an accent the clitics moved tells a gerund or an imperative: "dígame", not "escándalo".
      (!e.accented || accentFromEnd(verb) === 1) &&
      (!e.imperative || alone),
  )
}

/**
 * Splits a verb with enclitic pronouns into the verb and the pronouns, as UD Spanish does:
 * "dárselo" → dar, se, lo; "dígame" → diga, me. Null when the token is not one.
 */
export function splitEnclitics(surface: string, rules: MultiwordRules): string[] | null {
  if (rules.clitics.size === 0) return null
  const lower = surface.toLowerCase()
  if (rules.keep.has(lower) || rules.keepEndings.some((e) => lower.endsWith(e))) return null
  for (const [one, a] of rules.clitics) {
    if (!lower.endsWith(one)) continue
    const rest = lower.length - one.length
    const last = surface.slice(rest)
    if (isVerb(surface.slice(0, rest), [one], rules))
      return [unstressed(surface.slice(0, rest)), last]
    for (const [two, b] of rules.clitics) {
      const cut = rest - two.length
      if (b.rank >= a.rank || !lower.slice(0, rest).endsWith(two)) continue
      if (isVerb(surface.slice(0, cut), [two, one], rules))
        return [unstressed(surface.slice(0, cut)), surface.slice(cut, rest), last]
    }
  }
  return null
}
