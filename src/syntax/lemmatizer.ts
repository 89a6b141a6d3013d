/**
 * Lemmas from suffix edit rules learned on a treebank: a rule strips some letters from
 * the end of the lower-cased form and adds others ("studies" → strip 3, add "y"). For a
 * word the lemmatiser takes the rule of the longest suffix it has seen with the same tag
 * and inflection ("halt" as an infinitive keeps its t), or with the same tag when that
 * inflection was never seen; the words the rules get wrong in training (went → go) are
 * kept as exceptions. Where the rule gives a word that is not a lemma seen in training with
 * that tag, the best-supported rule of the form's suffixes that gives one is taken instead
 * ("declined" → "decline", where most "-ined" verbs strip "ed").
 */
export interface LemmaData {
  rules: string[]
  /** `CLASS\tsuffix` → rule index, only where it differs from the shorter suffix's. A class
   * is a UPOS, or a UPOS with the inflection features (`VERB|Inf`, see `lemmaClass`). */
  suffixes: Record<string, number>
  /** `CLASS\tsuffix` → the rules at least two training words took there that rewrite only
   * the suffix, the most taken first, only where they differ from the shorter suffix's. */
  candidates: Record<string, number[]>
  /** UPOS → the lemmas (lower case) seen in training with that tag, for the tags checked. */
  known: Record<string, string[]>
  /** The UPOS-with-inflection classes seen in training. */
  classes: string[]
  /** `UPOS\tform` (lower case) → lemma, where the rules are wrong. */
  exceptions: Record<string, string>
  maxSuffix: number
}

/** Lemmas remembered at most: the memo starts over when full, so memory stays bounded. */
const MEMO_SIZE = 50_000

// Tags whose lemma keeps the form's capitals (a name's lemma is the name).
const KEEPS_CASE = new Set(['PROPN'])

export class Lemmatizer {
  private readonly rules: { strip: number; add: string }[]
  private readonly suffixes: Map<string, number>
  private readonly exceptions: Map<string, string>
  private readonly classes: Set<string>
  private readonly candidates: Map<string, number[]>
  private readonly known: Map<string, Set<string>>

  constructor(readonly data: LemmaData) {
    this.rules = data.rules.map(parseRule)
    this.classes = new Set(data.classes)
    this.suffixes = new Map(Object.entries(data.suffixes))
    this.candidates = new Map(Object.entries(data.candidates))
    this.known = new Map(Object.entries(data.known).map(([upos, ls]) => [upos, new Set(ls)]))
    this.exceptions = new Map(Object.entries(data.exceptions))
  }

  lemma(form: string, upos: string, feats: string | null = null): string {
    // Memoised by FEATS, tag and form (the class follows from the first two), which
    // spares building the class and a key per word.
    let byTag = this.byFeats.get(feats ?? '')
    if (!byTag) {
      byTag = new Map()
      this.byFeats.set(feats ?? '', byTag)
    }
    let byForm = byTag.get(upos)
    if (!byForm) {
      byForm = new Map()
      byTag.set(upos, byForm)
    }
    let lemma = byForm.get(form)
    if (lemma === undefined) {
      if (this.remembered++ >= MEMO_SIZE) {
        this.byFeats.clear()
        this.remembered = 0
      }
      lemma = this.lemmaIn(form, upos, lemmaClass(upos, feats))
      byForm.set(form, lemma)
    }
    return lemma
  }

  private readonly byFeats = new Map<string, Map<string, Map<string, string>>>()
  private remembered = 0

  // News repeats its words: a form's lemma is worked out once per tag and class.
  private readonly memo = new Map<string, string>()

  /** The lemma of a form of the given tag and class (see `lemmaClass`). */
  lemmaIn(form: string, upos: string, cls: string): string {
    const key = `${cls}\t${upos}\t${form}`
    let lemma = this.memo.get(key)
    if (lemma === undefined) {
      if (this.memo.size >= MEMO_SIZE) this.memo.clear()
      lemma = this.derive(form, upos, cls)
      this.memo.set(key, lemma)
    }
    return lemma
  }

  private derive(form: string, upos: string, cls: string): string {
    const lower = form.toLowerCase()
    const known = this.exceptions.get(`${upos}\t${lower}`)
    if (known !== undefined) return known
    const within = this.classes.has(cls) ? cls : upos
    const rule = this.rules[this.ruleFor(lower, within)]
    if (!rule || rule.strip >= lower.length) return KEEPS_CASE.has(upos) ? form : lower
    if (rule.strip === 0 && rule.add === '' && KEEPS_CASE.has(upos)) return form
    const lemma = applyRule(lower, rule)
    const seen = this.known.get(upos)
    if (!seen || seen.has(lemma)) return lemma
    return this.knownLemma(lower, within, seen) ?? lemma
  }

  /** The first known lemma the candidate rules give, longest suffix first, most taken first. */
  private knownLemma(lower: string, cls: string, known: Set<string>): string | undefined {
    for (let k = Math.min(this.data.maxSuffix, lower.length); k >= 0; k--) {
      for (const r of this.candidates.get(`${cls}\t${lower.slice(lower.length - k)}`) ?? []) {
        const rule = this.rules[r] as { strip: number; add: string }
        if (rule.strip >= lower.length) continue
        const lemma = applyRule(lower, rule)
        if (known.has(lemma)) return lemma
      }
    }
    return undefined
  }

  /** The rule index of the longest known suffix of the form under its class. */
  ruleFor(lower: string, cls: string): number {
    for (let k = Math.min(this.data.maxSuffix, lower.length); k >= 0; k--) {
      const r = this.suffixes.get(`${cls}\t${lower.slice(lower.length - k)}`)
      if (r !== undefined) return r
    }
    return 0
  }
}

export function parseRule(rule: string): { strip: number; add: string } {
  const bar = rule.indexOf('|')
  return { strip: Number(rule.slice(0, bar)), add: rule.slice(bar + 1) }
}

export function applyRule(lower: string, rule: { strip: number; add: string }): string {
  return lower.slice(0, lower.length - rule.strip) + rule.add
}

/** The rule that turns `lower` into `lemma`, as `strip|add`. */
export function ruleBetween(lower: string, lemma: string): string {
  let p = 0
  while (p < lower.length && p < lemma.length && lower[p] === lemma[p]) p++
  return `${lower.length - p}|${lemma.slice(p)}`
}

// The features that best tell which rule undoes an inflection (measured: adding Tense,
// Mood or Degree splits the training words too thinly and lemmatises worse).
const INFLECTION = /(?:^|\|)(?:VerbForm|Number)=([^|]+)/g

/** The tag with its inflection features: `VERB|Inf`, `NOUN|Plur`; the tag alone without any. */
export function lemmaClass(upos: string, feats: string | null): string {
  if (!feats) return upos
  let cls = upos
  for (const m of feats.matchAll(INFLECTION)) cls += `|${m[1]}`
  return cls
}
