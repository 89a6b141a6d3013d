// Features are 32-bit hashes built from integer ids, never strings, so that extracting
// them allocates nothing: a template number is mixed with the ids of the words, tags and
// labels it looks at.

/** FNV-1a over UTF-16 code units: a word's id. */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Mixes one more value into a running hash (a murmur3-style round). */
export function mix(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51)
  k = (k << 15) | (k >>> 17)
  k = Math.imul(k, 0x1b873593)
  h ^= k
  h = (h << 13) | (h >>> 19)
  return (Math.imul(h, 5) + 0xe6546b64) | 0
}

/** Final avalanche, so that nearby inputs spread over the table. */
export function finish(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const SEED = 0x9747b28c
// The seed mixed with each template number below 256, worked out once.
const TEMPLATES = Int32Array.from({ length: 256 }, (_, t) => mix(SEED, t))
const template = (t: number): number => (t < 256 ? (TEMPLATES[t] as number) : mix(SEED, t))

// A feature's hash as a signed 32-bit integer, the same 32 bits `finish` gives: the callers
// store it into a Uint32Array, and a value above 2^31 would otherwise be boxed as a heap
// number wherever a call is not inlined (about 70 MB of garbage per 200 BBC articles).
const feature = (h: number): number => finish(h) | 0

export const f1 = (t: number, a: number): number => feature(mix(template(t), a))
export const f2 = (t: number, a: number, b: number): number => feature(mix(mix(template(t), a), b))
export const f3 = (t: number, a: number, b: number, c: number): number =>
  feature(mix(mix(mix(template(t), a), b), c))
export const f4 = (t: number, a: number, b: number, c: number, d: number): number =>
  feature(mix(mix(mix(mix(template(t), a), b), c), d))

/** A small seeded generator (mulberry32), so training is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const tmp = items[i] as T
    items[i] = items[j] as T
    items[j] = tmp
  }
  return items
}
