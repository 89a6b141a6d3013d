/** Anything that scores classes from a list of hashed features. */
export interface Scorer {
  readonly nClasses: number
  /** Adds each feature's weights to `out` (which the caller zeroes). */
  score(features: Uint32Array, n: number, out: Float64Array): void
}

/** A table's rows as a model file keeps them and training makes them. */
export interface WeightRows {
  /** Feature hashes, one per row, the most used first. */
  readonly keys: Uint32Array
  /** Row r's pairs are `rowStart[r]` … `rowStart[r + 1]`. */
  readonly rowStart: Uint32Array
  readonly classes: Uint8Array
  readonly values: Int16Array
}

/**
 * What scoring reads of a table: the hot and cold rows' open-addressed slots, the pairs
 * they point to and the Bloom filter over the cold keys. Built from the rows when a model
 * is read, or taken as they are from a model's index (`model-file.ts`), which is how the
 * threads of one process share a single copy.
 */
export interface TableIndex {
  readonly hot: Int32Array
  readonly cold: Int32Array
  /** (class << 16) | weight, row after row; empty when a slot holds its weights (few classes). */
  readonly pairs: Int32Array
  readonly filter: Int32Array
}

/**
 * A trained linear model in compact form: for each kept feature, only its non-zero
 * weights, as (class, weight) pairs quantised to 16 bits. Rows come most used first, and
 * the first `HOT_ROWS` go to a small table of their own that stays in the processor's
 * cache; a feature not found there is looked up in the table of the rest.
 *
 * Scoring is bound by memory: most lookups miss the processor's caches. So each step
 * first reads the slot (or pairs) of every feature in a loop without branches, which
 * lets the processor wait for all those reads at once, then does the lookups proper.
 */
export class WeightTable implements Scorer {
  /** The rows it was built from; null when it was read from an index, which keeps none. */
  readonly rows: WeightRows | null
  readonly index: TableIndex
  private readonly hot: RowIndex
  private readonly cold: RowIndex
  private readonly coldKeys: KeyFilter
  /** Few classes: a slot holds its weights (see `RowIndex`). */
  private readonly dense: boolean
  /** Scratch: the features as signed keys, those not in the hot table, the entries found. */
  private keys = new Int32Array(128)
  private missed = new Int32Array(128)
  private found = new Int32Array(128)

  constructor(
    readonly nClasses: number,
    /** Feature hashes, one per row, the most used first. */
    keys: Uint32Array,
    /** Row r's pairs are `rowStart[r]` … `rowStart[r + 1]`. */
    rowStart: Uint32Array,
    classes: Uint8Array,
    values: Int16Array,
    /** Ready-made lookup structures (then the rows are not kept, and may be empty). */
    index?: TableIndex,
  ) {
    this.rows = index ? null : { keys, rowStart, classes, values }
    this.index = index ?? buildIndex(nClasses, { keys, rowStart, classes, values })
    const { hot, cold, pairs, filter } = this.index
    this.hot = new RowIndex(hot, pairs, nClasses)
    this.cold = new RowIndex(cold, pairs, nClasses)
    this.coldKeys = new KeyFilter(filter)
    this.dense = nClasses <= DENSE_CLASSES
  }

  /** A table scoring from ready-made lookup structures alone. */
  static fromIndex(nClasses: number, index: TableIndex): WeightTable {
    const none = new Uint32Array(0)
    return new WeightTable(nClasses, none, none, new Uint8Array(0), new Int16Array(0), index)
  }

  score(features: Uint32Array, n: number, out: Float64Array): void {
    if (this.keys.length < n) {
      this.keys = new Int32Array(n)
      this.missed = new Int32Array(n)
      this.found = new Int32Array(n)
    }
    const { keys, missed, found, hot, cold } = this
    // The features as signed keys, the unused (0) left out: the loops below then read
    // one kind of array, which the compiler makes short work of.
    let nk = 0
    for (let f = 0; f < n; f++) {
      const key = (features[f] as number) | 0
      if (key !== 0) keys[nk++] = key
    }
    hot.touch(keys, nk)
    let m = 0
    let nf = 0
    if (this.dense) {
      for (let f = 0; f < nk; f++) {
        const key = keys[f] as number
        if (!hot.addWeights(key, out)) missed[m++] = key
      }
    } else {
      for (let f = 0; f < nk; f++) {
        const key = keys[f] as number
        const entry = hot.entryOf(key)
        if (entry === ABSENT) missed[m++] = key
        else found[nf++] = entry
      }
    }
    m = this.coldKeys.keep(missed, m)
    cold.touch(missed, m)
    if (this.dense) for (let f = 0; f < m; f++) cold.addWeights(missed[f] as number, out)
    else
      for (let f = 0; f < m; f++) {
        const entry = cold.entryOf(missed[f] as number)
        if (entry !== ABSENT) found[nf++] = entry
      }
    if (nf > 0) hot.addPairs(found, nf, out)
  }
}

/** The lookup structures of a table's rows. */
function buildIndex(nClasses: number, rows: WeightRows): TableIndex {
  const { keys, classes, values } = rows
  if (values.length >= 1 << 24) throw new RangeError('weight table too large')
  // (class << 16) | weight, row after row, shared by both indexes; a dense index keeps
  // the weights in its slots and needs none.
  const pairs = new Int32Array(nClasses <= DENSE_CLASSES ? 0 : values.length)
  for (let p = 0; p < pairs.length; p++)
    pairs[p] = ((classes[p] as number) << 16) | ((values[p] as number) & 0xffff)
  const split = Math.min(HOT_ROWS, keys.length)
  return {
    hot: fillSlots(rows, nClasses, 0, split),
    cold: fillSlots(rows, nClasses, split, keys.length),
    pairs,
    filter: fillFilter(keys, split, keys.length),
  }
}

const HOT_ROWS = 1 << 14

/**
 * A Bloom filter over the cold rows' keys, a byte of bits per key, each key setting two
 * bits of one 32-bit word (so a test is one read): most features a step reads are in no
 * row, and the filter turns nearly all of those away without a read of the cold table,
 * which is mostly a cache miss. A key it turns away is surely absent: scores do not change.
 */
class KeyFilter {
  private readonly mask: number
  /** Written by the reads ahead, so that the compiler keeps them. */
  sink = 0

  constructor(private readonly words: Int32Array) {
    this.mask = words.length - 1
  }

  /**
   * Keeps (in order, from the front) the keys the filter does not turn away; returns how
   * many. Most features are in the hot rows: only the rest come here.
   */
  keep(keys: Int32Array, n: number): number {
    const { words, mask } = this
    let t = 0
    // Each key's word read first, to have them all on their way into the cache.
    for (let f = 0; f < n; f++) t ^= words[((keys[f] as number) >>> 10) & mask] as number
    this.sink = t
    let kept = 0
    for (let f = 0; f < n; f++) {
      const key = keys[f] as number
      const bits = (1 << (key & 31)) | (1 << ((key >>> 5) & 31))
      if (((words[(key >>> 10) & mask] as number) & bits) === bits) keys[kept++] = key
    }
    return kept
  }
}
/** Up to this many classes (the parser's moves), a slot holds every class's weight itself. */
const DENSE_CLASSES = 4
/** Int32s per slot of a table of `nClasses`: the key, then its weights or where its pairs are. */
export const slotStride = (nClasses: number): number =>
  nClasses <= DENSE_CLASSES ? 1 + nClasses : 2
/** What `RowIndex.entryOf` returns for a key that is not there (no entry is -1: see `buildIndex`). */
const ABSENT = -1

/**
 * Open addressing over some rows of a table. Few classes (the parser's moves): slot i
 * holds the key and then every class's weight, so a lookup touches one cache line. Many
 * classes: slot i holds the key and where its pairs start (high 24 bits) and how many
 * there are (low 8). Key 0 marks a free slot; a feature hashing to 0 goes unused.
 */
class RowIndex {
  private readonly stride: number
  private readonly mask: number
  /** Written by the reads ahead, so that the compiler keeps them. */
  sink = 0

  constructor(
    private readonly slots: Int32Array,
    private readonly pairs: Int32Array,
    nClasses: number,
  ) {
    this.stride = slotStride(nClasses)
    this.mask = slots.length / this.stride - 1
  }

  /** Reads each key's first slot, to have them all on their way into the cache. */
  touch(keys: Int32Array, n: number): void {
    const { slots, mask, stride } = this
    let t = 0
    for (let f = 0; f < n; f++) t ^= slots[Math.imul((keys[f] as number) & mask, stride)] as number
    this.sink = t
  }

  /** Where a key's slot is (its key's index in `slots`), or ABSENT. */
  private slotOf(key: number): number {
    const { slots, mask, stride } = this
    let i = key & mask
    let at = Math.imul(i, stride)
    let found = slots[at] as number
    while (found !== key) {
      if (found === 0) return ABSENT
      i = (i + 1) & mask
      at = Math.imul(i, stride)
      found = slots[at] as number
    }
    return at
  }

  /** Few classes: adds a key's weights to `out`; false when the key is not here. */
  addWeights(key: number, out: Float64Array): boolean {
    const at = this.slotOf(key)
    if (at === ABSENT) return false
    const { slots, stride } = this
    if (stride === 4) {
      out[0] = (out[0] as number) + (slots[at + 1] as number)
      out[1] = (out[1] as number) + (slots[at + 2] as number)
      out[2] = (out[2] as number) + (slots[at + 3] as number)
    } else
      for (let k = 1; k < stride; k++)
        out[k - 1] = (out[k - 1] as number) + (slots[at + k] as number)
    return true
  }

  /** Many classes: a key's entry (where its pairs are, for `addPairs`), or ABSENT. */
  entryOf(key: number): number {
    const at = this.slotOf(key)
    return at === ABSENT ? ABSENT : (this.slots[at + 1] as number)
  }

  /** Adds the pairs of the entries `entryOf` gave, reading the first of each ahead. */
  addPairs(entries: Int32Array, n: number, out: Float64Array): void {
    const pairs = this.pairs
    let t = 0
    for (let e = 0; e < n; e++) t ^= pairs[(entries[e] as number) >>> 8] as number
    this.sink = t
    for (let e = 0; e < n; e++) {
      const entry = entries[e] as number
      const start = entry >>> 8
      const end = start + (entry & 0xff)
      let p = start
      // Two pairs a turn: the loop's own checks cost as much as a pair's sum.
      for (; p + 1 < end; p += 2) {
        const a = pairs[p] as number
        const b = pairs[p + 1] as number
        out[a >>> 16] = (out[a >>> 16] as number) + ((a << 16) >> 16)
        out[b >>> 16] = (out[b >>> 16] as number) + ((b << 16) >> 16)
      }
      if (p < end) {
        const a = pairs[p] as number
        out[a >>> 16] = (out[a >>> 16] as number) + ((a << 16) >> 16)
      }
    }
  }
}

// Apart from any constructor, with everything in locals: a loop over hundreds of
// thousands of rows runs at start-up, before the compiler has optimised much.
function fillSlots(rows: WeightRows, nClasses: number, from: number, to: number): Int32Array {
  const { keys, rowStart, classes, values } = rows
  const dense = nClasses <= DENSE_CLASSES
  const stride = slotStride(nClasses)
  let size = 16
  while (size < (to - from) * 1.5) size *= 2
  const mask = size - 1
  const slots = new Int32Array(size * stride)
  for (let r = from; r < to; r++) {
    const key = (keys[r] as number) | 0
    if (key === 0) continue
    let i = key & mask
    while (slots[i * stride] !== 0) i = (i + 1) & mask
    const at = i * stride
    const start = rowStart[r] as number
    const end = rowStart[r + 1] as number
    slots[at] = key
    if (dense)
      for (let p = start; p < end; p++) slots[at + 1 + (classes[p] as number)] = values[p] as number
    else slots[at + 1] = (start << 8) | (end - start)
  }
  return slots
}

/** The Bloom filter's words over rows `from` … `to`: about a byte per key, a power of two. */
function fillFilter(keys: Uint32Array, from: number, to: number): Int32Array {
  let size = 64
  while (size * 4 < to - from) size *= 2
  const mask = size - 1
  const words = new Int32Array(size)
  for (let r = from; r < to; r++) {
    const key = (keys[r] as number) | 0
    const w = (key >>> 10) & mask
    words[w] = (words[w] as number) | (1 << (key & 31)) | (1 << ((key >>> 5) & 31))
  }
  return words
}

/**
 * An averaged perceptron being trained. Averages are kept with the usual trick: each
 * update also adds `step × delta` to a second accumulator, and the average is
 * `w − acc / step` at the end.
 */
export class Perceptron implements Scorer {
  private readonly index = new Map<number, number>()
  private w: Float32Array
  private acc: Float64Array
  /** How many updates touched each row: features met only once or twice are mostly noise. */
  private updates: Int32Array
  private rows = 0
  private step = 1

  constructor(readonly nClasses: number) {
    this.w = new Float32Array(nClasses * 1024)
    this.acc = new Float64Array(nClasses * 1024)
    this.updates = new Int32Array(1024)
  }

  score(features: Uint32Array, n: number, out: Float64Array): void {
    const nc = this.nClasses
    for (let f = 0; f < n; f++) {
      const r = this.index.get((features[f] as number) | 0)
      if (r === undefined) continue
      const base = r * nc
      for (let k = 0; k < nc; k++) out[k] = (out[k] as number) + (this.w[base + k] as number)
    }
  }

  /** Call once per training example, updated or not. */
  tick(): void {
    this.step++
  }

  update(features: Uint32Array, n: number, truth: number, guess: number): void {
    if (truth === guess) return
    const nc = this.nClasses
    for (let f = 0; f < n; f++) {
      const row = this.rowOf((features[f] as number) | 0)
      this.updates[row] = (this.updates[row] as number) + 1
      const base = row * nc
      const { w, acc } = this
      w[base + truth] = (w[base + truth] as number) + 1
      acc[base + truth] = (acc[base + truth] as number) + this.step
      w[base + guess] = (w[base + guess] as number) - 1
      acc[base + guess] = (acc[base + guess] as number) - this.step
    }
  }

  /** Adds `delta` to one class's weight of every feature (a structured update's half). */
  nudge(features: Uint32Array, n: number, cls: number, delta: number): void {
    const nc = this.nClasses
    for (let f = 0; f < n; f++) {
      const row = this.rowOf((features[f] as number) | 0)
      this.updates[row] = (this.updates[row] as number) + 1
      const i = row * nc + cls
      this.w[i] = (this.w[i] as number) + delta
      this.acc[i] = (this.acc[i] as number) + delta * this.step
    }
  }

  private rowOf(key: number): number {
    let r = this.index.get(key)
    if (r !== undefined) return r
    r = this.rows++
    this.index.set(key, r)
    if (this.rows * this.nClasses > this.w.length) {
      const w = new Float32Array(this.w.length * 2)
      w.set(this.w)
      this.w = w
      const acc = new Float64Array(this.acc.length * 2)
      acc.set(this.acc)
      this.acc = acc
      const updates = new Int32Array(this.updates.length * 2)
      updates.set(this.updates)
      this.updates = updates
    }
    return r
  }

  /**
   * Folds another model's averaged weights into this one's, the other counting for
   * `share` of the result: parsers trained in different orders, averaged, make fewer
   * mistakes than any of them.
   */
  absorb(other: Perceptron, share: number): void {
    const nc = this.nClasses
    this.settle()
    other.settle()
    for (const [key, r] of other.index) {
      const row = this.rowOf(key)
      this.updates[row] = (this.updates[row] as number) + (other.updates[r] as number)
    }
    for (let i = 0; i < this.rows * nc; i++) this.w[i] = (this.w[i] as number) * (1 - share)
    for (const [key, r] of other.index) {
      const row = this.index.get(key) as number
      for (let k = 0; k < nc; k++)
        this.w[row * nc + k] =
          (this.w[row * nc + k] as number) + share * (other.w[r * nc + k] as number)
    }
  }

  /** Replaces the weights by their averages, ending training. */
  private settle(): void {
    for (let i = 0; i < this.rows * this.nClasses; i++) {
      this.w[i] = (this.w[i] as number) - (this.acc[i] as number) / this.step
      this.acc[i] = 0
    }
  }

  /**
   * The averaged weights as a compact table: weights whose size is under `minWeight`
   * of the largest are dropped, and so are features updated fewer than `minUpdates`
   * times or left with no weights; at most `maxRows` features are kept, the most updated.
   */
  compile(minWeight = 1e-3, minUpdates = 1, maxRows = Number.POSITIVE_INFINITY): WeightTable {
    const nc = this.nClasses
    let max = 0
    const avg = new Float32Array(this.rows * nc)
    for (let i = 0; i < avg.length; i++) {
      const v = (this.w[i] as number) - (this.acc[i] as number) / this.step
      avg[i] = v
      if (Math.abs(v) > max) max = Math.abs(v)
    }
    const scale = max > 0 ? 32767 / max : 1
    const cut = Math.max(0.5, minWeight * 32767)
    const keys: number[] = []
    const rowStart: number[] = [0]
    const classes: number[] = []
    const values: number[] = []
    // Most used first (the table keeps those at hand), then by key, so files are reproducible.
    const rows = [...this.index].sort(
      (a, b) =>
        (this.updates[b[1]] as number) - (this.updates[a[1]] as number) ||
        (a[0] >>> 0) - (b[0] >>> 0),
    )
    for (const [signed, r] of rows) {
      const key = signed >>> 0
      if (keys.length >= maxRows) break
      if ((this.updates[r] as number) < minUpdates) continue
      const before = classes.length
      for (let k = 0; k < nc; k++) {
        const q = Math.round((avg[r * nc + k] as number) * scale)
        if (Math.abs(q) < cut) continue
        classes.push(k)
        values.push(q)
      }
      if (classes.length === before) continue
      keys.push(key)
      rowStart.push(classes.length)
    }
    return new WeightTable(
      nc,
      Uint32Array.from(keys),
      Uint32Array.from(rowStart),
      Uint8Array.from(classes),
      Int16Array.from(values),
    )
  }
}

/** The best class among those `allowed` says may be chosen (all, when it is undefined). */
export function argmax(scores: Float64Array, n: number, allowed?: (k: number) => boolean): number {
  let best = -1
  let bestScore = Number.NEGATIVE_INFINITY
  for (let k = 0; k < n; k++) {
    if (allowed && !allowed(k)) continue
    const s = scores[k] as number
    if (s > bestScore) {
      bestScore = s
      best = k
    }
  }
  return best
}
