import type { eld as Eld } from 'eld/medium'
import type { Lang } from '../doc/index.js'
import { LANGS } from '../lexicon/langs.js'
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
