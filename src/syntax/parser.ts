import { f1, f2, f3, f4, hashString } from './hash.js'
import type { WordIds } from './lexical.js'
import type { LabelShortcuts } from './shortcuts.js'
import { argmax, type Scorer } from './weights.js'

// Arc-hybrid transitions (Kuhlmann et al. 2011) with the root at the end of the buffer
// (Ballesteros & Nivre 2013), so that the root takes its one dependent last.
export const SHIFT = 0
export const LEFT = 1
export const RIGHT = 2
export const N_MOVES = 3

export const MAX_PARSE_FEATURES = 160
export const MAX_LABEL_FEATURES = 48

const NONE = -1
const ROOT_ID = 0x7fffffff

// The move features in groups by what they read. The first four change less often than
// every move, so the greedy parser scores each once and keeps the sums (see `parseSentence`).
/** s0, s1, s2 and their children that stay while s0 is on the stack: per word on top. */
export const STACK = 0
/** s0 and its right children: per word on top, until a right arc gives it another. */
export const STACK_RIGHT = 1
/** b0, b1, b2: per position of the buffer's front. */
export const BUFFER = 2
/** b0 and its left children: per position, until a left arc gives b0 another. */
export const BUFFER_LEFT = 3
/** The stack against the buffer: new at every move. */
export const CROSS = 4
const N_GROUPS = 5

/** What the parser reads of each word besides its ids: its tag, and whether it is punctuation. */
export interface ParseInput {
  ids: WordIds
  /** Tag index per word (0-based). */
  tags: Int32Array
  /** The word's FEATS as an id (0 for none): verb form, tense, case tell heads apart. */
  fine: Uint32Array
  /** Punctuation marks before each word, a prefix sum (length n + 1). */
  punctBefore: Int32Array
  /** Verbs (and auxiliaries) before each word, a prefix sum (length n + 1). */
  verbsBefore: Int32Array
  /** Number, gender and person from the word's FEATS, packed (see `agreementOf`). */
  agreement: Int32Array
  /**
   * Whether the agreement templates are read (with the label model's templates added beside
   * them: the word beyond the dependent, its fine cluster with the head's tag). A model says
   * whether its tables were trained with them (`SyntaxMeta.agreement`): the Spanish greedy
   * parser's were; the English parser's and the beams' were not.
   */
  extended: boolean
  /**
   * Per word, its supertag's index (see `supertagger.ts`), or empty where the parser reads
   * none: only a greedy left-to-right parser whose model has a supertagger reads them.
   */
  supertags: Int32Array
}

export const NO_SUPERTAGS = new Int32Array(0)

/** The input as the beams read it: they were trained without agreement templates or supertags. */
export const beamInput = (input: ParseInput): ParseInput => ({
  ...input,
  extended: false,
  supertags: NO_SUPERTAGS,
})

export function parseInput(
  ids: WordIds,
  tags: Int32Array,
  feats: readonly (string | null)[],
  punctTag: number,
  verbTags: readonly number[] = [],
  extended = false,
): ParseInput {
  const n = tags.length
  const punctBefore = new Int32Array(n + 1)
  const verbsBefore = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) {
    const t = tags[i] as number
    punctBefore[i + 1] = (punctBefore[i] as number) + (t === punctTag ? 1 : 0)
    verbsBefore[i + 1] = (verbsBefore[i] as number) + (verbTags.includes(t) ? 1 : 0)
  }
  const fine = Uint32Array.from(feats, (f) => (f ? hashString(f) : 0))
  const agreement = extended
    ? Int32Array.from(feats, (f) => (f ? agreementOf(f) : 0))
    : new Int32Array(0)
  return { ids, tags, fine, punctBefore, verbsBefore, agreement, extended, supertags: NO_SUPERTAGS }
}

const AGREEMENT: Record<string, number> = {
  'Number=Sing': 1,
  'Number=Plur': 2,
  'Gender=Masc': 1 << 2,
  'Gender=Fem': 2 << 2,
  'Person=1': 1 << 4,
  'Person=2': 2 << 4,
  'Person=3': 3 << 4,
}
const agreements = new Map<string, number>()

/** A FEATS string's number, gender and person, two bits each (0 where it has none). */
export function agreementOf(feats: string): number {
  let a = agreements.get(feats)
  if (a === undefined) {
    a = 0
    for (const kv of feats.split('|')) a |= AGREEMENT[kv] ?? 0
    if (agreements.size < 10_000) agreements.set(feats, a)
  }
  return a
}

/**
 * Whether two words agree in number, gender and person: per feature, 0 when either lacks
 * it, 1 when they agree, 2 when they do not (subjects agree with their verbs, determiners
 * and adjectives with their nouns).
 */
function agree(a: number, b: number): number {
  let out = 0
  for (let shift = 0; shift < 6; shift += 2) {
    const x = (a >> shift) & 3
    const y = (b >> shift) & 3
    out = out * 3 + (x === 0 || y === 0 ? 0 : x === y ? 1 : 2)
  }
  return out
}

function bucket(d: number): number {
  if (d < 5) return d
  if (d < 7) return 5
  if (d < 10) return 6
  if (d < 15) return 7
  return 8
}

/** A parser configuration: stack, buffer front, and the arcs made so far. */
export class ParseState {
  readonly n: number
  readonly stack: Int32Array
  sp = 0
  b = 0
  readonly heads: Int32Array
  readonly labels: Int32Array
  // Two outermost children on each side, child counts, and label sets as bit masks.
  private readonly lc1: Int32Array
  private readonly lc2: Int32Array
  private readonly rc1: Int32Array
  private readonly rc2: Int32Array
  private readonly nl: Int32Array
  private readonly nr: Int32Array
  private readonly lset: Int32Array
  private readonly rset: Int32Array

  constructor(readonly input: ParseInput) {
    const n = input.tags.length
    this.n = n
    this.stack = new Int32Array(n + 1)
    this.heads = new Int32Array(n).fill(NONE)
    this.labels = new Int32Array(n).fill(NONE)
    const children = () => new Int32Array(n + 1).fill(NONE)
    this.lc1 = children()
    this.lc2 = children()
    this.rc1 = children()
    this.rc2 = children()
    this.nl = new Int32Array(n + 1)
    this.nr = new Int32Array(n + 1)
    this.lset = new Int32Array(n + 1)
    this.rset = new Int32Array(n + 1)
  }

  /** Becomes a copy of another configuration of the same sentence (for the beam). */
  copyFrom(o: ParseState): void {
    this.sp = o.sp
    this.b = o.b
    this.stack.set(o.stack)
    this.heads.set(o.heads)
    this.labels.set(o.labels)
    this.lc1.set(o.lc1)
    this.lc2.set(o.lc2)
    this.rc1.set(o.rc1)
    this.rc2.set(o.rc2)
    this.nl.set(o.nl)
    this.nr.set(o.nr)
    this.lset.set(o.lset)
    this.rset.set(o.rset)
  }

  get done(): boolean {
    return this.b === this.n && this.sp === 0
  }

  s(k: number): number {
    return this.sp > k ? (this.stack[this.sp - 1 - k] as number) : NONE
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b < this.n
    if (move === LEFT) return this.sp > 0 && (this.b < this.n || this.sp === 1)
    return this.sp > 1
  }

  /** The head the move would give the stack's top (NONE for a shift). */
  headFor(move: number): number {
    if (move === LEFT) return this.b
    if (move === RIGHT) return this.s(1)
    return NONE
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++
      return
    }
    const dep = this.stack[--this.sp] as number
    const head = move === LEFT ? this.b : (this.stack[this.sp - 1] as number)
    this.heads[dep] = head
    this.labels[dep] = label
    const bit = 1 << (label & 31)
    if (dep < head) {
      if (this.lc1[head] === NONE || dep < (this.lc1[head] as number)) {
        this.lc2[head] = this.lc1[head] as number
        this.lc1[head] = dep
      } else if (this.lc2[head] === NONE || dep < (this.lc2[head] as number)) this.lc2[head] = dep
      this.nl[head] = (this.nl[head] as number) + 1
      this.lset[head] = (this.lset[head] as number) | bit
    } else {
      if (this.rc1[head] === NONE || dep > (this.rc1[head] as number)) {
        this.rc2[head] = this.rc1[head] as number
        this.rc1[head] = dep
      } else if (this.rc2[head] === NONE || dep > (this.rc2[head] as number)) this.rc2[head] = dep
      this.nr[head] = (this.nr[head] as number) + 1
      this.rset[head] = (this.rset[head] as number) | bit
    }
  }

  private w(i: number): number {
    if (i === NONE) return 0
    return i === this.n ? ROOT_ID : (this.input.ids.word[i] as number)
  }
  private t(i: number): number {
    if (i === NONE) return 0
    return i === this.n ? 1000 : (this.input.tags[i] as number) + 1
  }
  private c(i: number): number {
    if (i === NONE || i === this.n) return 0
    return this.input.ids.cluster[i] as number
  }
  private cf(i: number): number {
    if (i === NONE || i === this.n) return 0
    return this.input.ids.clusterFine[i] as number
  }
  private f(i: number): number {
    if (i === NONE || i === this.n) return 0
    return this.input.fine[i] as number
  }
  private a(i: number): number {
    if (i === NONE || i === this.n) return 0
    return this.input.ids.ambiguity[i] as number
  }
  /** How words i and j agree (see `agree`); 0 when either is missing or the root. */
  private ag(i: number, j: number): number {
    if (i === NONE || j === NONE || i === this.n || j === this.n) return 0
    return agree(this.input.agreement[i] as number, this.input.agreement[j] as number)
  }
  /** The word's supertag (0 when missing, or when the parser reads none). */
  private st(i: number): number {
    if (i === NONE) return 0
    if (i === this.n) return 999
    return this.input.supertags.length > 0 ? (this.input.supertags[i] as number) + 1 : 0
  }
  private l(i: number): number {
    return i === NONE || i === this.n ? 0 : (this.labels[i] as number) + 1
  }
  private at(arr: Int32Array, i: number): number {
    return i === NONE ? NONE : (arr[i] as number)
  }
  /** Verbs strictly between words i < j (at most 2); 0 when either is missing. */
  private verbsBetween(i: number, j: number): number {
    if (i === NONE || j === NONE) return 0
    const vb = this.input.verbsBefore
    return Math.min(2, (vb[Math.min(j, this.n)] as number) - (vb[i + 1] as number))
  }

  /** Features of the configuration for choosing the next move: every group's. */
  features(out: Uint32Array): number {
    let n = 0
    for (let g = 0; g < N_GROUPS; g++) n = this.groupFeatures(g, out, n)
    return n
  }

  /**
   * One group of the move features (see `STACK` … `CROSS`), written from `out[n]` on;
   * returns the new count.
   */
  groupFeatures(group: number, out: Uint32Array, n: number): number {
    if (group === STACK) return this.stackFeatures(out, n)
    if (group === STACK_RIGHT) return this.stackRightFeatures(out, n)
    if (group === BUFFER) return this.bufferFeatures(out, n)
    if (group === BUFFER_LEFT) return this.bufferLeftFeatures(out, n)
    return this.crossFeatures(out, n)
  }

  // s0, s1, s2 and the children of s0 and s1 that stay while s0 is on the stack.
  private stackFeatures(out: Uint32Array, n: number): number {
    const s0 = this.s(0)
    const s1 = this.s(1)
    const s2 = this.s(2)
    const s0w = this.w(s0)
    const s0t = this.t(s0)
    const s1w = this.w(s1)
    const s1t = this.t(s1)
    const s0L1 = this.at(this.lc1, s0)
    const s0L2 = this.at(this.lc2, s0)
    const s1L1 = this.at(this.lc1, s1)
    const s1R1 = this.at(this.rc1, s1)
    const d01 = s1 === NONE || s0 === NONE ? 0 : bucket(s0 - s1)
    const s0c = this.c(s0)
    const s1c = this.c(s1)
    const s0f = this.f(s0)
    const s1f = this.f(s1)
    const s0a = this.a(s0)
    out[n++] = f2(1, s0w, s0t)
    out[n++] = f1(2, s0w)
    out[n++] = f1(3, s0t)
    out[n++] = f2(4, s1w, s1t)
    out[n++] = f1(5, s1w)
    out[n++] = f1(6, s1t)
    out[n++] = f1(15, this.t(s2))
    out[n++] = f1(16, this.w(s2))
    out[n++] = f2(25, s1w, s0w)
    out[n++] = f2(26, s1t, s0t)
    out[n++] = f3(27, s1w, s1t, s0t)
    out[n++] = f3(28, s1t, s0w, s0t)
    out[n++] = f3(33, this.t(s2), s1t, s0t)
    out[n++] = f4(35, s1w, s1t, s0w, s0t)
    out[n++] = f3(41, s1t, s0t, d01)
    out[n++] = f3(42, s1w, s0w, d01)
    out[n++] = f2(45, s0w, this.at(this.nl, s0))
    out[n++] = f2(46, s0t, this.at(this.nl, s0))
    out[n++] = f2(47, s1w, this.at(this.nr, s1))
    out[n++] = f2(48, s1t, this.at(this.nr, s1))
    out[n++] = f1(51, this.w(s0L1))
    out[n++] = f1(52, this.t(s0L1))
    out[n++] = f1(53, this.l(s0L1))
    out[n++] = f2(60, this.t(s1R1), this.l(s1R1))
    out[n++] = f2(61, this.t(s1L1), this.l(s1L1))
    out[n++] = f2(62, this.t(s0L2), this.l(s0L2))
    out[n++] = f3(65, s0t, this.t(s0L1), this.t(s0L2))
    out[n++] = f3(68, s0t, this.l(s0L1), this.l(s0L2))
    out[n++] = f3(71, s1t, this.t(s1R1), s0t)
    out[n++] = f2(72, s0w, this.at(this.lset, s0))
    out[n++] = f2(73, s0t, this.at(this.lset, s0))
    out[n++] = f2(78, s1t, this.at(this.rset, s1))
    out[n++] = f1(79, s0c)
    out[n++] = f1(81, s1c)
    out[n++] = f2(86, s1c, s0c)
    out[n++] = f2(92, s0t, s0f)
    out[n++] = f2(94, s1t, s1f)
    out[n++] = f4(96, s1t, s1f, s0t, s0f)
    out[n++] = f3(99, s0t, s0f, this.l(s0L1))
    // The tags a word can take, which tagging errors do not touch.
    out[n++] = f2(101, s0t, s0a)
    out[n++] = f2(104, this.a(s1), s0a)
    const s0cf = this.cf(s0)
    const s1cf = this.cf(s1)
    out[n++] = f1(140, s0cf)
    out[n++] = f1(141, s1cf)
    out[n++] = f2(142, s1cf, s0cf)
    out[n++] = f1(143, this.w(s0L2))
    out[n++] = f3(144, s1t, s0t, this.t(s0L1))
    out[n++] = f3(145, s1t, this.t(s1L1), s0t)
    const vs = this.verbsBetween(s1, s0)
    out[n++] = f3(146, s1t, s0t, vs)
    out[n++] = f3(160, s1w, s0t, vs)
    if (this.input.extended) out[n++] = f3(166, s1t, s0t, this.ag(s1, s0))
    if (this.input.supertags.length > 0) {
      const s0s = this.st(s0)
      const s1s = this.st(s1)
      out[n++] = f1(170, s0s)
      out[n++] = f2(171, s0s, s0t)
      out[n++] = f1(172, s1s)
      out[n++] = f2(173, s1s, s0s)
      out[n++] = f3(174, s1t, s0t, s1s)
    }
    return n
  }

  // s0 and its right children, which change only when a right arc gives it one.
  private stackRightFeatures(out: Uint32Array, n: number): number {
    const s0 = this.s(0)
    const s0w = this.w(s0)
    const s0t = this.t(s0)
    const s0R1 = this.at(this.rc1, s0)
    const s0R2 = this.at(this.rc2, s0)
    out[n++] = f2(43, s0w, this.at(this.nr, s0))
    out[n++] = f2(44, s0t, this.at(this.nr, s0))
    out[n++] = f1(54, this.w(s0R1))
    out[n++] = f1(55, this.t(s0R1))
    out[n++] = f1(56, this.l(s0R1))
    out[n++] = f2(63, this.t(s0R2), this.l(s0R2))
    out[n++] = f3(66, s0t, this.t(s0R1), this.t(s0R2))
    out[n++] = f3(69, s0t, this.l(s0R1), this.l(s0R2))
    out[n++] = f2(74, s0w, this.at(this.rset, s0))
    out[n++] = f2(75, s0t, this.at(this.rset, s0))
    return n
  }

  // b0 and the two words after it: fixed for a position of the buffer's front.
  private bufferFeatures(out: Uint32Array, n: number): number {
    const b0 = this.b
    const b1 = b0 + 1 <= this.n ? b0 + 1 : NONE
    const b2 = b0 + 2 <= this.n ? b0 + 2 : NONE
    const b0w = this.w(b0)
    const b0t = this.t(b0)
    const b1t = this.t(b1)
    out[n++] = f2(7, b0w, b0t)
    out[n++] = f1(8, b0w)
    out[n++] = f1(9, b0t)
    out[n++] = f2(10, this.w(b1), b1t)
    out[n++] = f1(11, this.w(b1))
    out[n++] = f1(12, b1t)
    out[n++] = f1(13, this.w(b2))
    out[n++] = f1(14, this.t(b2))
    out[n++] = f2(24, b0t, b1t)
    out[n++] = f3(30, b0t, b1t, this.t(b2))
    out[n++] = f1(80, this.c(b0))
    out[n++] = f1(85, this.c(b1))
    out[n++] = f2(93, b0t, this.f(b0))
    out[n++] = f2(98, this.t(b1), this.f(b1))
    out[n++] = f2(102, b0t, this.a(b0))
    const b1cf = this.cf(b1)
    out[n++] = f1(147, this.cf(b0))
    out[n++] = f1(148, b1cf)
    out[n++] = f2(149, b0w, this.w(b1))
    out[n++] = f2(150, b0t, b1cf)
    if (this.input.supertags.length > 0) {
      const b0s = this.st(b0)
      out[n++] = f1(175, b0s)
      out[n++] = f2(176, b0s, b0t)
      out[n++] = f1(177, this.st(b1))
      out[n++] = f2(178, b0s, this.st(b1))
    }
    return n
  }

  // b0 and its left children, which change only when a left arc gives it one.
  private bufferLeftFeatures(out: Uint32Array, n: number): number {
    const b0 = this.b
    const b0w = this.w(b0)
    const b0t = this.t(b0)
    const b0L1 = this.at(this.lc1, b0)
    const b0L2 = this.at(this.lc2, b0)
    out[n++] = f2(49, b0w, this.at(this.nl, b0))
    out[n++] = f2(50, b0t, this.at(this.nl, b0))
    out[n++] = f1(57, this.w(b0L1))
    out[n++] = f1(58, this.t(b0L1))
    out[n++] = f1(59, this.l(b0L1))
    out[n++] = f2(64, this.t(b0L2), this.l(b0L2))
    out[n++] = f3(67, b0t, this.t(b0L1), this.t(b0L2))
    out[n++] = f3(70, b0t, this.l(b0L1), this.l(b0L2))
    out[n++] = f2(76, b0w, this.at(this.lset, b0))
    out[n++] = f2(77, b0t, this.at(this.lset, b0))
    out[n++] = f3(100, b0t, this.f(b0), this.l(b0L1))
    out[n++] = f1(151, this.w(b0L2))
    return n
  }

  // What pairs the stack with the buffer: new at every move.
  private crossFeatures(out: Uint32Array, n: number): number {
    const s0 = this.s(0)
    const s1 = this.s(1)
    const b0 = this.b
    const b1 = b0 + 1 <= this.n ? b0 + 1 : NONE
    const s0w = this.w(s0)
    const s0t = this.t(s0)
    const s1t = this.t(s1)
    const b0w = this.w(b0)
    const b0t = this.t(b0)
    const b1t = this.t(b1)
    const d = s0 === NONE ? 0 : bucket(b0 - s0)
    const pb = this.input.punctBefore
    const punct =
      s0 === NONE ? 0 : Math.min(3, (pb[Math.min(b0, this.n)] as number) - (pb[s0 + 1] as number))
    const s0c = this.c(s0)
    const b0c = this.c(b0)
    const s0f = this.f(s0)
    const b0f = this.f(b0)
    out[n++] = f4(17, s0w, s0t, b0w, b0t)
    out[n++] = f3(18, s0w, s0t, b0w)
    out[n++] = f3(19, s0w, b0w, b0t)
    out[n++] = f3(20, s0w, s0t, b0t)
    out[n++] = f3(21, s0t, b0w, b0t)
    out[n++] = f2(22, s0w, b0w)
    out[n++] = f2(23, s0t, b0t)
    out[n++] = f2(29, s1t, b0t)
    out[n++] = f3(31, s0t, b0t, b1t)
    out[n++] = f3(32, s1t, s0t, b0t)
    out[n++] = f4(34, s1t, s0t, b0t, b1t)
    out[n++] = f2(36, s0w, d)
    out[n++] = f2(37, s0t, d)
    out[n++] = f2(38, b0w, d)
    out[n++] = f2(39, b0t, d)
    out[n++] = f3(40, s0t, b0t, d)
    out[n++] = f2(82, s0c, b0c)
    out[n++] = f2(83, s0c, b0t)
    out[n++] = f2(84, s0t, b0c)
    out[n++] = f3(87, s0t, b0t, punct)
    out[n++] = f3(88, s1t, s0t, punct)
    out[n++] = f2(89, Math.min(this.sp, 4), b0t)
    out[n++] = f3(90, s0t, this.t(s0 === NONE ? NONE : s0 + 1), b0t)
    out[n++] = f3(91, s0t, this.t(b0 > 0 ? b0 - 1 : NONE), b0t)
    out[n++] = f4(95, s0t, s0f, b0t, b0f)
    out[n++] = f3(97, s0f, b0t, d)
    out[n++] = f2(103, this.a(s0), this.a(b0))
    const s0cf = this.cf(s0)
    const b0cf = this.cf(b0)
    out[n++] = f2(152, s0cf, b0cf)
    out[n++] = f2(153, s0cf, b0t)
    out[n++] = f2(154, s0t, b0cf)
    out[n++] = f3(155, s0t, this.t(this.at(this.lc1, s0)), b0t)
    out[n++] = f3(156, s0t, this.t(this.at(this.rc1, s0)), b0t)
    out[n++] = f3(157, s0t, b0t, this.t(this.at(this.lc1, b0)))
    const vb = this.verbsBetween(s0, b0)
    out[n++] = f3(158, s0t, b0t, vb)
    out[n++] = f3(159, s0w, b0t, vb)
    if (this.input.extended) out[n++] = f3(167, s0t, b0t, this.ag(s0, b0))
    if (this.input.supertags.length > 0) {
      const s0s = this.st(s0)
      const b0s = this.st(b0)
      out[n++] = f2(179, s0s, b0s)
      out[n++] = f3(180, s0s, b0s, d)
      out[n++] = f3(181, this.st(s1), s0s, b0s)
      out[n++] = f3(182, s0s, b0s, vb)
    }
    return n
  }

  /** Features for labelling the arc the move would make. */
  labelFeatures(move: number, out: Uint32Array): number {
    const dep = this.s(0)
    const head = this.headFor(move)
    const dir = move
    const hw = this.w(head)
    const ht = this.t(head)
    const dw = this.w(dep)
    const dt = this.t(dep)
    const dist = bucket(Math.abs(head - dep))
    const dL1 = this.at(this.lc1, dep)
    const dR1 = this.at(this.rc1, dep)
    const hL1 = this.at(this.lc1, head)
    const hR1 = this.at(this.rc1, head)
    let n = 0
    out[n++] = f1(101, dir)
    out[n++] = f2(102, dir, hw)
    out[n++] = f2(103, dir, ht)
    out[n++] = f2(104, dir, dw)
    out[n++] = f2(105, dir, dt)
    out[n++] = f3(106, dir, ht, dt)
    out[n++] = f4(107, dir, hw, dt, 0)
    out[n++] = f4(108, dir, ht, dw, 0)
    out[n++] = f3(109, dir, hw, dw)
    out[n++] = f4(110, dir, ht, dt, dist)
    out[n++] = f3(111, dir, dt, this.w(dL1))
    out[n++] = f3(112, dir, dt, this.t(dL1))
    out[n++] = f3(113, dir, dt, this.l(dL1))
    out[n++] = f3(114, dir, dt, this.w(dR1))
    out[n++] = f3(115, dir, dt, this.l(dR1))
    out[n++] = f3(116, dir, dt, this.at(this.lset, dep))
    out[n++] = f3(117, dir, dt, this.at(this.rset, dep))
    out[n++] = f3(118, dir, ht, this.at(this.lset, head))
    out[n++] = f3(119, dir, ht, this.at(this.rset, head))
    out[n++] = f3(120, dir, ht, this.l(hL1))
    out[n++] = f3(121, dir, ht, this.l(hR1))
    out[n++] = f3(122, dir, this.c(head), this.c(dep))
    out[n++] = f3(123, dir, dt, this.c(head))
    out[n++] = f3(124, dir, this.c(dep), ht)
    out[n++] = f4(125, dir, dt, ht, this.w(dL1))
    out[n++] = f3(126, dir, dt, this.t(dep > 0 ? dep - 1 : NONE))
    out[n++] = f3(127, dir, dt, this.t(dep + 1 < this.n ? dep + 1 : NONE))
    out[n++] = f4(128, dir, ht, dt, dep === 0 ? 1 : 0)
    out[n++] = f4(129, dir, ht, dt, this.t(dL1))
    out[n++] = f4(130, dir, dw, this.w(dL1), dt)
    out[n++] = f3(131, dir, this.input.ids.suffix3[dep] as number, dt)
    out[n++] = f4(132, dir, ht, this.at(this.nl, head), this.at(this.nr, head))
    out[n++] = f4(133, dir, dt, this.f(dep), ht)
    out[n++] = f4(134, dir, ht, this.f(head), dt)
    out[n++] = f4(135, dir, this.f(dep), this.f(head), this.w(dL1))
    out[n++] = f3(136, dir, this.cf(head), this.cf(dep))
    out[n++] = f4(137, dir, dt, ht, this.l(hL1))
    out[n++] = f4(138, dir, dt, ht, this.l(hR1))
    if (this.input.supertags.length > 0) {
      const ds = this.st(dep)
      out[n++] = f2(150, dir, ds)
      out[n++] = f3(151, dir, ds, ht)
      out[n++] = f3(152, dir, ds, this.st(head))
    }
    if (!this.input.extended) return n
    // The word on the dependent's other side from the head: the buffer's front after a
    // right arc's dependent (an object before another: iobj), the word under it before a
    // left arc's.
    const ot = this.t(move === LEFT ? this.s(1) : this.b)
    out[n++] = f4(141, dir, dt, ht, ot)
    out[n++] = f3(142, dir, dw, ot)
    out[n++] = f3(143, dir, this.cf(dep), ht)
    out[n++] = f4(144, dir, dt, ht, this.ag(dep, head))
    return n
  }
}

/** The models the parser runs: one for moves, one for arc labels. */
export interface ParserModels {
  moves: Scorer
  labels: Scorer
  /** Index of the `root` label. */
  root: number
  /** Arcs whose label the tags settle, chosen unscored (a left-to-right parser's only). */
  fixedLabels?: LabelShortcuts | null
}

/** Parses greedily; returns heads (1-based, 0 = root) and label indices. */
export function parseSentence(
  input: ParseInput,
  models: ParserModels,
): { heads: Int32Array; labels: Int32Array } {
  const state = new ParseState(input)
  const n = state.n
  const feats = new Uint32Array(MAX_PARSE_FEATURES)
  const labelFeats = new Uint32Array(MAX_LABEL_FEATURES)
  const moveScores = new Float64Array(N_MOVES)
  const labelScores = new Float64Array(models.labels.nClasses)
  const validMove = (m: number) => state.valid(m)
  // Per group and word (slot n stands for an empty stack), the group's move scores once
  // scored. A WeightTable's weights are integers, so summing them in another order than
  // all features at once changes nothing.
  const slots = n + 1
  const cached = new Float64Array(CROSS * slots * N_MOVES)
  const ready = new Uint8Array(CROSS * slots)
  const part = new Float64Array(N_MOVES)
  const makeMove = (state: ParseState, move: number): void => {
    if (move === SHIFT) state.apply(move, NONE)
    else {
      const head = state.headFor(move)
      state.apply(move, chooseLabel(state, move, models, labelFeats, labelScores))
      // The head has a new child: its group's scores are stale.
      if (move === LEFT) ready[BUFFER_LEFT * slots + head] = 0
      else ready[STACK_RIGHT * slots + head] = 0
    }
  }
  while (!state.done) {
    // A move that is the only one allowed is made unscored (about one in ten): the scores
    // could not choose another.
    const only = onlyMove(state)
    if (only >= 0) {
      makeMove(state, only)
      continue
    }
    const s0 = state.s(0)
    const top = s0 === NONE ? n : s0
    moveScores.fill(0)
    for (let g = 0; g < CROSS; g++) {
      const k = g * slots + (g < BUFFER ? top : state.b)
      if (ready[k] === 0) {
        part.fill(0)
        models.moves.score(feats, state.groupFeatures(g, feats, 0), part)
        cached.set(part, k * N_MOVES)
        ready[k] = 1
      }
      for (let m = 0; m < N_MOVES; m++)
        moveScores[m] = (moveScores[m] as number) + (cached[k * N_MOVES + m] as number)
    }
    models.moves.score(feats, state.groupFeatures(CROSS, feats, 0), moveScores)
    makeMove(state, argmax(moveScores, N_MOVES, validMove))
  }
  const heads = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const h = state.heads[i] as number
    heads[i] = h === n ? 0 : h + 1
  }
  return { heads, labels: state.labels }
}

/** The one move the configuration allows, or -1 when it allows more than one. */
function onlyMove(state: ParseState): number {
  const shift = state.valid(SHIFT)
  const left = state.valid(LEFT)
  const right = state.valid(RIGHT)
  if (shift) return left || right ? -1 : SHIFT
  if (left) return right ? -1 : LEFT
  return right ? RIGHT : -1
}

/** The best label for the arc; `root` exactly when the head is the root. */
export function chooseLabel(
  state: ParseState,
  move: number,
  models: ParserModels,
  feats: Uint32Array,
  scores: Float64Array,
): number {
  const head = state.headFor(move)
  if (head === state.n) return models.root
  const fixed = models.fixedLabels
  if (fixed) {
    const { tags } = state.input
    const dep = state.s(0)
    const k = ((tags[dep] as number) * fixed.nTags + (tags[head] as number)) * 2
    const label = fixed.table[move === LEFT ? k : k + 1] as number
    if (label > 0) return label - 1
  }
  const n = state.labelFeatures(move, feats)
  scores.fill(0)
  models.labels.score(feats, n, scores)
  return argmax(scores, models.labels.nClasses, (k) => k !== models.root)
}
