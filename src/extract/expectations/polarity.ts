import type { Doc, Expectation, Token } from '../../doc/index.js'
import type { Found } from './cues.js'

type Polarity = Expectation['polarity']

/** A signed outcome word, placed where it acts ("deepen" for "deepen the deficit"). */
interface Item {
  readonly at: number
  readonly sign: 1 | -1
}

/**
 * The polarity of a clause from the cues of its scope. What the predicate says
 * outweighs the subject ("the agreement will become a source of tension" is
 * negative); "grow" and "deepen" take the sign of what grows ("pressure could
 * grow"), "reduce" and "give up" turn it round ("reduce tensions"); a negation
 * turns round what follows it, and "unlikely" the whole outlook.
 *
 * @example polarityOf(doc, cuesOfScope, head) // 'negative' for "the plan is unlikely to survive"
 */
export function polarityOf(doc: Doc, cues: readonly Found[], head: Found): Polarity {
  const items = signedItems(doc, cues, head)
  const predicate = items.filter((i) => i.at >= head.first)
  const counted = predicate.length ? predicate : items
  const pos = counted.some((i) => i.sign > 0)
  const neg = counted.some((i) => i.sign < 0)
  const outcome: Polarity | null = pos && neg ? 'mixed' : pos ? 'positive' : neg ? 'negative' : null
  if (head.cue.value === 'unlikely') return outcome ? flip(outcome) : 'negative'
  if (outcome) return outcome
  // With no outcome word, a plan or development that goes ahead is good for those
  // it concerns, one denied ("will not sign", "no aceptará") is bad.
  return cues.some((c) => c.cue.type === 'negation' && Math.abs(c.first - head.first) <= NEAR)
    ? 'negative'
    : 'positive'
}

/** How close to the modal a negation denies it: "no aceptará", "tampoco va a ofrecer". */
const NEAR = 2

const flip = (p: Polarity): Polarity =>
  p === 'positive' ? 'negative' : p === 'negative' ? 'positive' : 'mixed'

const signOf = (c: Found): 1 | -1 => (c.cue.value === 'negative' ? -1 : 1)

export const isShifter = (c: Found): boolean =>
  c.cue.type === 'amplify' || c.cue.type === 'invert' || c.cue.type === 'diminish'

/** How far a topic word may stand after "on": "a deal on steel tariffs". */
const TOPIC_REACH = 3

function signedItems(doc: Doc, cues: readonly Found[], head: Found): Item[] {
  const words = cues.filter((c) => c.cue.type === 'polarity' && !isTopic(c, cues))
  const governed = new Map<Found, Found[]>()
  const used = new Set<Found>()
  for (const c of cues) {
    if (!isShifter(c)) continue
    const objects = objectsOf(doc, c, words, cues).filter((w) => !used.has(w))
    // A change of state in the predicate falls back on what changes, which may follow
    // the modal: "the pressure … could grow", "lo más probable es que el déficit crezca".
    // "Hit" and "reduce" act on an object, never on their subject.
    const changes = c.cue.type !== 'invert' && c.first >= head.first
    const subject = objects.length || !changes ? [] : subjectOf(c.first, words, used)
    for (const w of [...objects, ...subject]) used.add(w)
    governed.set(c, [...objects, ...subject])
  }
  const reaches = cues
    .filter((c) => c.cue.type === 'negation' && c.cue.value === 'not')
    .map((n) => ({ from: n.first, to: reachOf(doc, n, cues) }))
  const negated = (at: number) => reaches.filter((r) => r.from <= at && at < r.to).length % 2 === 1
  const out: Item[] = []
  const push = (at: number, sign: 1 | -1) =>
    out.push({ at, sign: negated(at) ? (-sign as 1 | -1) : sign })
  for (const c of cues) {
    if (words.includes(c) && !used.has(c)) push(c.first, signOf(c))
    const objects = governed.get(c)
    if (!objects) continue
    const turn = c.cue.type === 'amplify' ? 1 : -1
    // "reduce" alone tells nothing: what is reduced decides.
    if (!objects.length && c.cue.value !== 'none') push(c.first, signOf(c))
    for (const w of objects) push(c.first, (signOf(w) * turn) as 1 | -1)
  }
  return out
}

/** What a deal is "on" or talks are "about" is their topic, not their outcome. */
function isTopic(word: Found, cues: readonly Found[]): boolean {
  const topic = cues.findLast(
    (c) => c.cue.type === 'link' && c.cue.value === 'topic' && c.first < word.first,
  )
  if (!topic || word.first - (topic.first + topic.length) >= TOPIC_REACH) return false
  return !cues.some((c) => c.first > topic.first && c.first < word.first && c.cue.type !== 'about')
}

/** How far after a negation its own verb may stand, past clitics ("no se lo"). */
const NEGATED_VERB = 2

/** A negation turns round what follows it up to a break, a condition or a new modal ("If we don't, it will get worse"). */
function reachOf(doc: Doc, negation: Found, cues: readonly Found[]): number {
  const from = negation.first + negation.length
  let to = doc.tokens.length
  // The negated verb may itself be a modal, after clitics: "no resolverá", "no se verá afectado".
  for (const c of cues)
    if (c.first > from + NEGATED_VERB && c.first < to && endsReach(c)) to = c.first
  for (let k = from; k < to; k++) if (/^[,;:]$/.test((doc.tokens[k] as Token).text)) to = k
  return to
}

const endsReach = (c: Found): boolean =>
  ['modal', 'scope'].includes(c.cue.type) || (c.cue.type === 'link' && c.cue.value === 'contrast')

/** The outcome words after a shifter, up to the next break or shifter: "give up tariffs as a tool of pressure". */
function objectsOf(doc: Doc, shifter: Found, words: readonly Found[], cues: readonly Found[]) {
  const from = shifter.first + shifter.length
  let to = Number.POSITIVE_INFINITY
  for (const c of cues) if (c.first >= from && c.first < to && endsObject(c)) to = c.first
  for (let k = from; k < to && k < doc.tokens.length; k++)
    if (/^[,;:]$/.test((doc.tokens[k] as Token).text)) to = k
  return words.filter((w) => w.first >= from && w.first < to)
}

const endsObject = (c: Found): boolean =>
  ['modal', 'scope'].includes(c.cue.type) ||
  isShifter(c) ||
  (c.cue.type === 'link' && c.cue.value === 'contrast')

/** The last outcome word before token `bound`. */
function subjectOf(bound: number, words: readonly Found[], used: ReadonlySet<Found>): Found[] {
  const before = words.filter((w) => w.first < bound && !used.has(w))
  const last = before.at(-1)
  return last ? [last] : []
}
