import type { Sentence, Token } from '../../doc/index.js'
import type { Reader } from './reader.js'

/** A negator or a verb of refusal in the three tokens before the trigger: "did not meet", "refused to meet". */
export function isNegated(r: Reader, s: Sentence, first: number): boolean {
  for (let k = first - 1; k >= Math.max(s.firstToken, first - 3); k--) {
    const w = (r.doc.tokens[k] as Token).text
    if (r.words.is('negator', w) || r.words.is('refusal', w)) return true
  }
  return false
}

const IRREALIS = new Set(['future', 'conditional'])

/**
 * A verb in the future or conditional ("visitará"), a conditional opener, or a modal
 * or verb of intent shortly before the trigger in the same clause.
 */
export function isHypothetical(r: Reader, s: Sentence, first: number, head = first): boolean {
  const { tokens } = r.doc
  if (IRREALIS.has(r.lex.verbMoods.get((tokens[head] as Token).lower) ?? '')) return true
  const opener = tokens[s.firstToken] as Token
  if (r.words.is('condition', opener.text)) return true
  for (let k = first - 1; k >= Math.max(s.firstToken, first - 4); k--) {
    // "enviará más ayuda": a future verb governing the act ("Irán" is a name, not "they will go").
    const w = tokens[k] as Token
    if (!w.upper && IRREALIS.has(r.lex.verbMoods.get(w.lower) ?? '')) return true
    if (r.words.endingAt('modal', tokens, k, s.firstToken)) return true
    if (r.words.endingAt('intent', tokens, k, s.firstToken)) return true
    if (/^[,;]$/.test((tokens[k] as Token).text)) break
  }
  return false
}
