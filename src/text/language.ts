import type { eld as Eld } from 'eld/medium'
import type { Lang } from '../doc/index.js'
import { LANGS } from '../lexicon/langs.js'
import { markerWords } from '../lexicon/language-markers.js'
import { onDemand } from '../on-demand.js'

const SUPPORTED = new Set<string>(LANGS)
/** What mixed or unknown text is read as. */
const FALLBACK = 'en'

export interface LanguageGuess {
  lang: Lang
  /** Set when the text was not clearly one of the supported languages. */
  warning: string | null
}

/**
 * Identifies one of the languages dyad reads from the text itself (whole articles are reliable;
 * a sentence or two is not). Anything else falls back to the closest of them, else English, with a warning.
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 4000)
  const marked = markedLanguage(sample)
  if (marked) return { lang: marked, warning: null }
  const { eld } = onDemand<{ eld: typeof Eld }>('eld/medium')
  const result = eld.detect(sample)
  const code = result.language
  if (SUPPORTED.has(code) && result.isReliable()) return { lang: code as Lang, warning: null }
  const scores = result.getScores() as Record<string, number>
  const best = LANGS.reduce((a, b) => ((scores[a] ?? 0) >= (scores[b] ?? 0) ? a : b))
  if (SUPPORTED.has(code))
    return {
      lang: code as Lang,
      warning: `language identification was unsure; analysed as ${code}`,
    }
  return {
    lang: (scores[best] ?? 0) > 0 ? best : FALLBACK,
    warning: `language looks like "${code || 'unknown'}", which dyad does not read; analysed as ${(scores[best] ?? 0) > 0 ? best : FALLBACK}`,
  }
}

/** How many marker words a text needs, and what share of its words they must be. */
const MIN_MARKERS = 8
const MIN_SHARE = 0.15
/** How far the first language's markers must outnumber the next one's. */
const LEAD = 4

/**
 * A text plainly in one language by its most frequent words ("the", "of"; "de", "los"),
 * without loading the n-gram identifier, whose data takes a third of a second or more to
 * load. Mixed, short or other-language text is left to it: French writes "de" and "la"
 * too, but not at the share Spanish does alongside "los", "del" and "por".
 */
function markedLanguage(sample: string): Lang | null {
  const markers = markerWords()
  const counts = new Map<Lang, number>()
  let words = 0
  for (const [word] of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    words++
    const lang = markers.get(word)
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1)
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1])
  if (!first || first[1] < MIN_MARKERS || first[1] < MIN_SHARE * words) return null
  return !second || first[1] >= LEAD * second[1] ? first[0] : null
}
