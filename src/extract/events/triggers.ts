import type { Doc, Sentence, Token } from '../../doc/index.js'
import type { EventPattern, Lexicon } from '../../lexicon/index.js'

export interface Trigger {
  pattern: EventPattern
  /** Token range of the trigger: clitics before, the verb or noun, fixed words after. */
  first: number
  last: number
  /** The verb or noun itself. */
  head: number
  /** The token after which the target is looked for. */
  targetFrom: number
  passive: boolean
}

const NONE: readonly EventPattern[] = []

/** Every place in a sentence where an event pattern matches, the most specific pattern first. */
export function findTriggers(doc: Doc, lex: Lexicon, s: Sentence): Trigger[] {
  const out: Trigger[] = []
  const { tokens } = doc
  for (let i = s.firstToken; i < s.endToken; i++) {
    const lower = (tokens[i] as Token).lower
    const verbs = lex.eventVerbs.get(lower) ?? NONE
    const nouns = lex.eventNouns.get(lower) ?? NONE
    if (verbs === NONE && nouns === NONE) continue
    const matches: Trigger[] = []
    for (const p of [...verbs, ...nouns]) {
      const before = p.before ?? []
      if (!before.every((w, k) => (tokens[i - before.length + k]?.text.toLowerCase() ?? '') === w))
        continue
      const then = p.then ?? []
      if (!then.every((w, k) => (tokens[i + 1 + k]?.text.toLowerCase() ?? '') === w)) continue
      if (p.particle && !hasParticle(tokens, i + 1 + then.length, s.endToken, p.particle)) continue
      const first = i - before.length
      const last = i + then.length
      // "was meeting with" is progressive, not passive.
      const progressive = lex.eventWords.hasSuffix('progressive-suffix', lower)
      const passive =
        verbs.includes(p) && !progressive && isPassive(lex, tokens, first, s.firstToken)
      matches.push({ pattern: p, first, last, head: i, targetFrom: last + 1, passive })
    }
    // The longest fixed phrase wins: "spoke by phone with" over "spoke".
    // A pattern with a particle is more specific than one without at the same length.
    matches.sort(
      (a, b) =>
        b.last - b.first - (a.last - a.first) ||
        Number(!!b.pattern.particle) - Number(!!a.pattern.particle),
    )
    const best = matches[0]
    if (best) {
      out.push(best)
      i = best.last
    }
  }
  return out
}

function hasParticle(
  tokens: readonly Token[],
  from: number,
  end: number,
  particle: string,
): boolean {
  for (let k = from; k < Math.min(end, from + 5); k++)
    if ((tokens[k] as Token).text.toLowerCase() === particle) return true
  return false
}

function isPassive(
  lex: Lexicon,
  tokens: readonly Token[],
  first: number,
  sentenceStart: number,
): boolean {
  for (let k = first - 1; k >= Math.max(sentenceStart, first - 2); k--) {
    const t = (tokens[k] as Token).text
    if (lex.eventWords.is('passive-aux', t)) return true
    if (!lex.eventWords.is('passive-skip', t)) return false
  }
  return false
}
