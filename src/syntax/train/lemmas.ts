import { type LemmaData, Lemmatizer, lemmaClass, ruleBetween } from '../lemmatizer.js'
import { countPair } from './counts.js'

const MAX_SUFFIX = 7

/**
 * Learns suffix rules from (form, tag, inflection, lemma) types: for every suffix of every
 * form the rule most used under its class (the tag with its inflection, and the tag
 * alone), kept only where it differs from the rule of the suffix one letter shorter. Then
 * the forms the rules still get wrong become exceptions.
 */
export function trainLemmas(
  words: Iterable<{ form: string; upos: string; feats: string | null; lemma: string }>,
): LemmaData {
  // Most frequent lemma per (tag, inflection, form), the truth the rules learn from, and
  // per (tag, form), the one a known word gets when the rules are wrong for it.
  const typeCounts = new Map<string, Map<string, number>>()
  const pairCounts = new Map<string, Map<string, number>>()
  for (const w of words) {
    const lower = w.form.toLowerCase()
    const lemma = w.lemma.toLowerCase()
    countPair(typeCounts, `${w.upos}\t${lemmaClass(w.upos, w.feats)}\t${lower}`, lemma)
    countPair(pairCounts, `${w.upos}\t${lower}`, lemma)
  }
  const commonest = (c: Map<string, number>) =>
    [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] as string
  const types: { upos: string; cls: string; lower: string; lemma: string }[] = []
  for (const [key, c] of [...typeCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [upos, cls, lower] = key.split('\t') as [string, string, string]
    types.push({ upos, cls, lower, lemma: commonest(c) })
  }
  const ruleIndex = new Map<string, number>([['0|', 0]])
  const ruleCounts = new Map<string, Map<number, number>>()
  for (const t of types) {
    const rule = ruleBetween(t.lower, t.lemma)
    if (!ruleIndex.has(rule)) ruleIndex.set(rule, ruleIndex.size)
    const r = ruleIndex.get(rule) as number
    for (let k = 0; k <= Math.min(MAX_SUFFIX, t.lower.length); k++) {
      const suffix = t.lower.slice(t.lower.length - k)
      countPair(ruleCounts, `${t.upos}\t${suffix}`, r)
      if (t.cls !== t.upos) countPair(ruleCounts, `${t.cls}\t${suffix}`, r)
    }
  }
  const bestRule = (key: string): number | undefined => {
    const c = ruleCounts.get(key)
    if (!c) return undefined
    return [...c].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0]
  }
  const suffixes: Record<string, number> = {}
  for (const key of [...ruleCounts.keys()].sort()) {
    const [upos, suffix] = key.split('\t') as [string, string]
    const r = bestRule(key) as number
    const parent = suffix.length === 0 ? 0 : bestRule(`${upos}\t${suffix.slice(1)}`)
    if (suffix.length === 0 ? r !== 0 : r !== parent) suffixes[key] = r
  }
  const data: LemmaData = {
    rules: [...ruleIndex.keys()],
    suffixes,
    classes: [...new Set(types.map((t) => t.cls))].filter((c) => c.includes('|')).sort(),
    exceptions: {},
    maxSuffix: MAX_SUFFIX,
  }
  const lemmatizer = new Lemmatizer(data)
  for (const t of types) {
    const pair = `${t.upos}\t${t.lower}`
    // Wrong under its class, or under its tag alone (where a mistaken FEATS leads).
    const wrong = (cls: string) =>
      lemmatizer.lemmaIn(t.lower, t.upos, cls).toLowerCase() !== t.lemma
    if (wrong(t.cls) || wrong(t.upos))
      data.exceptions[pair] = commonest(pairCounts.get(pair) as Map<string, number>)
  }
  return data
}
