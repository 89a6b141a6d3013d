import { type LemmaData, Lemmatizer, ruleBetween } from '../lemmatizer.js'
import { countPair } from './counts.js'

const MAX_SUFFIX = 7

/**
 * Learns suffix rules from (form, tag, lemma) types: for every suffix of every form the
 * rule most used under that tag, kept only where it differs from the rule of the suffix
 * one letter shorter. Then the forms the rules still get wrong become exceptions.
 */
export function trainLemmas(
  words: Iterable<{ form: string; upos: string; lemma: string }>,
): LemmaData {
  // Most frequent lemma per (tag, form): the training truth for that type.
  const typeCounts = new Map<string, Map<string, number>>()
  for (const w of words) {
    countPair(typeCounts, `${w.upos}\t${w.form.toLowerCase()}`, w.lemma.toLowerCase())
  }
  const types: { upos: string; lower: string; lemma: string }[] = []
  for (const [key, c] of [...typeCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [upos, lower] = key.split('\t') as [string, string]
    const lemma = [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] as string
    types.push({ upos, lower, lemma })
  }
  const ruleIndex = new Map<string, number>([['0|', 0]])
  const ruleCounts = new Map<string, Map<number, number>>()
  for (const t of types) {
    const rule = ruleBetween(t.lower, t.lemma)
    if (!ruleIndex.has(rule)) ruleIndex.set(rule, ruleIndex.size)
    const r = ruleIndex.get(rule) as number
    for (let k = 0; k <= Math.min(MAX_SUFFIX, t.lower.length); k++) {
      countPair(ruleCounts, `${t.upos}\t${t.lower.slice(t.lower.length - k)}`, r)
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
    exceptions: {},
    maxSuffix: MAX_SUFFIX,
  }
  const lemmatizer = new Lemmatizer(data)
  for (const t of types)
    if (lemmatizer.lemma(t.lower, t.upos).toLowerCase() !== t.lemma)
      data.exceptions[`${t.upos}\t${t.lower}`] = t.lemma
  return data
}
