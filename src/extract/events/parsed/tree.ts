import type { Doc, ParsedWord, Token } from '../../../doc/index.js'
import type { DocParse } from '../../../syntax/layer.js'

/**
 * A parsed sentence read as a tree: children by relation, the Doc token each word
 * starts in, and the spans of phrases. Word indices are 0-based here; `head` is -1
 * for the root.
 */
export class Tree {
  readonly words: readonly ParsedWord[]
  readonly heads: Int32Array
  /** The Doc token each word starts in (a clitic shares its host's token). */
  readonly tokens: Int32Array
  private readonly kids: number[][]

  constructor(doc: Doc, parse: DocParse) {
    this.words = repairParse(parse.words)
    const n = this.words.length
    this.heads = new Int32Array(n)
    this.tokens = new Int32Array(n)
    this.kids = Array.from({ length: n }, () => [])
    this.words.forEach((w, i) => {
      this.heads[i] = w.head - 1
      if (w.head > 0) this.kids[w.head - 1]?.push(i)
      this.tokens[i] = tokenCovering(doc.tokens, w.start)
    })
  }

  word(i: number): ParsedWord {
    return this.words[i] as ParsedWord
  }

  lemma(i: number): string {
    return (this.words[i] as ParsedWord).lemma.toLowerCase()
  }

  /** The relation without its subtype: `nsubj:pass` → `nsubj`. */
  rel(i: number): string {
    const d = (this.words[i] as ParsedWord).deprel
    const colon = d.indexOf(':')
    return colon < 0 ? d : d.slice(0, colon)
  }

  children(i: number): readonly number[] {
    return this.kids[i] ?? []
  }

  /** The children of `i` whose relation (with or without subtype) is one of `rels`. */
  childrenBy(i: number, ...rels: string[]): number[] {
    return this.children(i).filter(
      (k) => rels.includes((this.words[k] as ParsedWord).deprel) || rels.includes(this.rel(k)),
    )
  }

  child(i: number, ...rels: string[]): number | undefined {
    return this.childrenBy(i, ...rels)[0]
  }

  feat(i: number, name: string): string | undefined {
    const feats = (this.words[i] as ParsedWord).feats
    if (!feats) return undefined
    for (const pair of feats.split('|')) {
      const eq = pair.indexOf('=')
      if (pair.slice(0, eq) === name) return pair.slice(eq + 1)
    }
    return undefined
  }

  /**
   * The words of the phrase `i` heads, without the clauses hanging off it (relative
   * clauses, complements, coordinated phrases): "the Iraqi parliament's speaker".
   */
  phrase(i: number): number[] {
    const out = [i]
    for (const k of this.children(i)) {
      if (CLAUSAL.has(this.rel(k)) || this.rel(k) === 'punct') continue
      out.push(...this.phrase(k))
    }
    return out.sort((a, b) => a - b)
  }

  /** The phrase's preposition or case marker ("against", "de"), lower case, multi-word joined. */
  caseOf(i: number): string | null {
    const marks = this.childrenBy(i, 'case').filter((k) => k < i)
    if (!marks.length) return null
    return marks.map((k) => (this.words[k] as ParsedWord).form.toLowerCase()).join(' ')
  }
}

/**
 * Misparses of news prose (a web treebank taught the parser) put right before events read
 * the tree: a name read as a vocative, a phrase hung on a comma or an adverb, a second
 * clause read as a relative one, a preposition read as a participle's mark, a phrase of
 * time read as a second subject, a second act read as an aside and a preposition hung on a
 * word of a name (each explained where it is mended). The words come back unchanged when
 * none applies.
 */
export function repairParse(words: readonly ParsedWord[]): readonly ParsedWord[] {
  let out: ParsedWord[] | undefined
  const edit: Edit = (k, word) => {
    out ??= [...words]
    out[k] = word
  }
  for (let i = 0; i < words.length; i++)
    for (const repair of REPAIRS) repair(words, i, edit, words[i] as ParsedWord)
  return out ?? words
}

/** Replaces word `k` (0-based) of the repaired copy. */
type Edit = (k: number, word: ParsedWord) => void
type Repair = (words: readonly ParsedWord[], i: number, edit: Edit, w: ParsedWord) => void

/**
 * "a Republican, Mark Amodei, has voiced …": news has no vocatives; a name the parse read as
 * one, before a verb that has no subject, is that verb's subject.
 */
const vocativeSubject: Repair = (words, i, edit, w) => {
  if (w.deprel !== 'vocative' || w.head <= i + 1) return
  const verb = w.head
  const subject = words.some((x) => x.head === verb && /^nsubj|^csubj|^expl/.test(x.deprel))
  if (!subject && (words[verb - 1] as ParsedWord).upos === 'VERB')
    edit(i, { ...w, deprel: 'nsubj' })
}

/**
 * ", then with President Castillo": a phrase the parse hung on a comma or an adverb belongs
 * to the first word above them that can take one.
 */
const hungPhrase: Repair = (words, i, edit, w) => {
  if ((w.deprel !== 'obl' && w.deprel !== 'nmod') || w.head <= 0) return
  let head = w.head
  for (
    let hops = 0;
    hops < 3 && head > 0 && HOLDS_NOTHING.has((words[head - 1] as ParsedWord).upos);
    hops++
  )
    head = (words[head - 1] as ParsedWord).head
  if (head !== w.head && head > 0) edit(i, { ...w, head })
}

/**
 * "Turkey is under sanctions, and was condemned …": a "relative clause" that opens on a
 * conjunction and has no relative word is the second of two joined clauses.
 */
const joinedClause: Repair = (words, i, edit, w) => {
  if (w.deprel !== 'cc' || w.head <= i + 1) return
  const clause = words[w.head - 1] as ParsedWord
  const opens = words.every((x, k) => x.head !== w.head || k >= i || x.upos === 'PUNCT')
  const relative = words.some((x) => x.head === w.head && /PronType=Rel/.test(x.feats ?? ''))
  if (clause.deprel === 'acl:relcl' && opens && !relative)
    edit(w.head - 1, { ...clause, deprel: 'conj' })
}

/**
 * "a ruling against President Trump finding that …": the parse may take the preposition for
 * the mark of the participle after it and its noun for that clause's subject. The noun goes
 * back to the phrase the preposition opens, on the clause's head.
 */
const markedPhrase: Repair = (words, i, edit, w) => {
  if (w.deprel !== 'mark' || w.upos !== 'ADP' || w.head <= i + 1) return
  const clause = words[w.head - 1] as ParsedWord
  if (clause.upos !== 'VERB' || !/^(acl|advcl)/.test(clause.deprel) || clause.head <= 0) return
  // A finite clause has a subject of its own: "resigned after Lopez criticised him".
  if (!/VerbForm=(Ger|Part)/.test(clause.feats ?? '')) return
  const subject = words.findIndex(
    (x, k) => k > i && k < w.head - 1 && x.head === w.head && x.deprel === 'nsubj',
  )
  if (subject < 0) return
  const owner = words[clause.head - 1] as ParsedWord
  edit(subject, {
    ...(words[subject] as ParsedWord),
    head: clause.head,
    deprel: owner.upos === 'VERB' ? 'obl' : 'nmod',
  })
  edit(i, { ...w, head: subject + 1, deprel: 'case' })
}

/**
 * A verb has one subject; of two before it, parted by a comma, one is misread. Set off by
 * commas on both sides, the nearer is an apposition ("A Chilean man, Pedro Rojas,
 * appeared"); else the farther is a phrase of time or place ("Friday, the House issued").
 */
const secondSubject: Repair = (words, i, edit, w) => {
  if (w.deprel !== 'nsubj' || w.head <= i + 1) return
  const verb = w.head - 1
  const nearer = words.findIndex(
    (x, k) => k > i && k < verb && x.head === w.head && x.deprel.startsWith('nsubj'),
  )
  if (nearer < 0) return
  const comma = (from: number, to: number) =>
    words.some((x, k) => k > from && k < to && x.upos === 'PUNCT' && x.form === ',')
  if (!comma(i, nearer)) return
  if (comma(nearer, verb))
    edit(nearer, { ...(words[nearer] as ParsedWord), head: i + 1, deprel: 'appos' })
  else edit(i, { ...w, deprel: 'obl:unmarked' })
}

/**
 * "Hungary licensed …, then agreed with Airbus to …": a finite verb with no subject of its
 * own, set beside an earlier verb after a comma, is that verb's second act, not an aside.
 */
const subjectlessAside: Repair = (words, i, edit, w) => {
  if (w.deprel !== 'parataxis' || w.head <= 0 || w.head > i || w.upos !== 'VERB') return
  // A past form the tagger may take for a participle ("agreed") is as finite as "agrees".
  const feats = w.feats ?? ''
  const past = feats.includes('Tense=Past')
  if (!(feats.includes('VerbForm=Fin') || past) || feats.includes('Mood=Imp')) return
  const own = words.some((x) => x.head === i + 1 && /^(nsubj|csubj|expl|aux)/.test(x.deprel))
  const comma = (words[i - 1] as ParsedWord | undefined)?.form === ','
  const adverb = (words[i - 1] as ParsedWord | undefined)?.upos === 'ADV'
  // The comma right before it, or before one adverb ("then").
  const opens = comma || ((words[i - 2] as ParsedWord | undefined)?.form === ',' && adverb)
  if (!own && opens && (words[w.head - 1] as ParsedWord).upos === 'VERB')
    edit(i, { ...w, deprel: 'conj' })
}

/**
 * "then with President Pedro Castillo", "with" hung on "Pedro": a preposition marks the
 * noun its phrase is headed by, not a word of a name or compound before that noun.
 */
const caseOnModifier: Repair = (words, i, edit, w) => {
  if (w.deprel !== 'case' || w.head <= i + 1) return
  const modifier = words[w.head - 1] as ParsedWord
  if (!/^(compound|flat|nmod:desc)$/.test(modifier.deprel) || modifier.head <= w.head) return
  edit(i, { ...w, head: modifier.head })
}

const REPAIRS: readonly Repair[] = [
  vocativeSubject,
  hungPhrase,
  joinedClause,
  markedPhrase,
  secondSubject,
  subjectlessAside,
  caseOnModifier,
]

/** Tags of words no phrase hangs on. */
const HOLDS_NOTHING = new Set(['PUNCT', 'ADV', 'CCONJ'])

/** Relations that open a clause or a new phrase of their own, not part of the head's phrase. */
const CLAUSAL = new Set(['acl', 'advcl', 'ccomp', 'xcomp', 'parataxis', 'conj', 'cc', 'csubj'])

function tokenCovering(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length - 1
  let found = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if ((tokens[mid] as Token).start <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}
