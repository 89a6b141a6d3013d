import { type LemmaData, Lemmatizer, lemmaClass, parseRule, ruleBetween } from '../lemmatizer.js'
import { countPair } from './counts.js'

const MAX_SUFFIX = 7
// A rule only one training word takes, rewriting letters beyond the suffix it is learned
// for, is that word's quirk (a misspelt "appologized" would teach "strip 9, add ologize"
// for "-logized"): the word becomes an exception instead. Candidate rules need it too.
const MIN_RULE_SUPPORT = 2
// The tags whose lemmas are checked against those seen in training (measured: adverbs,
// whose lemma is mostly the form, gained a wrong "-ly").
const CHECKED = ['ADJ', 'NOUN', 'VERB']

/**
 * Learns suffix rules from (form, tag, inflection, lemma) types: for every suffix of every
 * form the rule most used under its class (the tag with its inflection, and the tag
 * alone), kept only where it differs from the rule of the suffix one letter shorter, and
 * the rules at least two words took there, which the lemmatiser tries when the first gives
 * no known lemma. Then the forms the rules still get wrong become exceptions.
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
  const strips = [...ruleIndex.keys()].map((rule) => parseRule(rule).strip)
  const ranked = (upos: string, suffix: string) =>
    [...(ruleCounts.get(`${upos}\t${suffix}`) ?? [])].sort((a, b) => b[1] - a[1] || a[0] - b[0])
  const inSuffix = (r: number, suffix: string) => (strips[r] as number) <= suffix.length
  const best = (upos: string, suffix: string): number | undefined =>
    ranked(upos, suffix).find(
      ([r, n]) => r === 0 || n >= MIN_RULE_SUPPORT || inSuffix(r, suffix),
    )?.[0]
  // The rule a suffix takes: its own best, or else the nearest shorter suffix's.
  const ruleOf = (upos: string, suffix: string): number => {
    for (let k = suffix.length; k >= 0; k--) {
      const r = best(upos, suffix.slice(suffix.length - k))
      if (r !== undefined) return r
    }
    return 0
  }
  // Candidates undo only letters the suffix's words share.
  const within = (upos: string, suffix: string) =>
    ranked(upos, suffix)
      .filter(([r, n]) => n >= MIN_RULE_SUPPORT && inSuffix(r, suffix))
      .map(([r]) => r)
  const suffixes: Record<string, number> = {}
  const candidates: Record<string, number[]> = {}
  for (const key of [...ruleCounts.keys()].sort()) {
    const [upos, suffix] = key.split('\t') as [string, string]
    const r = best(upos, suffix)
    if (r !== undefined && r !== (suffix.length === 0 ? 0 : ruleOf(upos, suffix.slice(1))))
      suffixes[key] = r
    const mine = within(upos, suffix)
    const shorter = suffix.length === 0 ? [] : within(upos, suffix.slice(1))
    if (mine.length && mine.join() !== shorter.join()) candidates[key] = mine
  }
  const known: Record<string, string[]> = {}
  for (const upos of CHECKED) {
    const lemmas = [...new Set(types.filter((t) => t.upos === upos).map((t) => t.lemma))].sort()
    if (lemmas.length) known[upos] = lemmas
  }
  const data: LemmaData = {
    rules: [...ruleIndex.keys()],
    suffixes,
    candidates,
    known,
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
