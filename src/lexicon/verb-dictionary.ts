import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Lang } from '../doc/index.js'
import { LexiconError } from '../errors.js'
import { DATA_DIR } from './langs.js'
import { readJsonl } from './read-jsonl.js'
import { derived, derivedWithText, type TextRanges, textInMemory } from './snapshot.js'
import type { CameoPattern, CameoVerb } from './verb-schemas.js'

/** A noun slot of a pattern: the phrase's head is one of `heads` (any when empty), every `mods` word is in it. */
export interface VerbSlot {
  heads: readonly string[]
  mods: readonly string[]
  /** The synset `heads` came from (`&CEASEFIRE`). */
  syn?: string
  /** Modifiers written as a synset: one word of each must be in the phrase. */
  modSyns?: readonly { syn: string; words: readonly string[] }[]
}

/** A prepositional slot: `prep` (one or more words: "a lo largo de") and its noun. */
export interface VerbPrep extends VerbSlot {
  prep: string
}

/**
 * One way a verb codes an event, from the PETRARCH dictionaries: a pattern of the verb's
 * block, or the verb's bare entry (no object, prepositions or subject), which comes last.
 */
export interface VerbPattern {
  /** The pattern's id in `cameo-patterns.jsonl` (shared by the verbs of its block), or the verb's own. */
  id: string
  lemma: string
  /** The verb's own words ("ask for") and those the pattern adds ("set up"). */
  particles: readonly string[]
  /** The active code; null is "recognised, no event". */
  cameo: string | null
  /** The code when the roles are read turned round (the subject is acted upon). */
  passive: string | null
  object: VerbSlot | null
  preps: readonly VerbPrep[]
  subject: VerbSlot | null
  /** Where the pattern puts the source or target actor (`object`, `prep:with`), when it says. */
  sourceSlot?: string
  targetSlot?: string
  /** The verbs the pattern was written for ("assert" for "- * SUPPORT [032] # ASSERT"). */
  for?: readonly string[]
  /** The source dictionary's `file:line`. */
  src: string
}

/** A role noun and the sector it gives an actor ("police" → COP). */
export interface Agent {
  words: readonly string[]
  plurals?: readonly (readonly string[])[]
  sector: string
  /** The rest of a compound code (`~GOVMIL` → sector GOV, more MIL). */
  more?: string
  /** The code goes before the actor's code (`IGO~`). */
  before?: true
  src: string
}

/** The event verbs and agents of one language, converted from the PETRARCH dictionaries. */
export interface VerbDictionary {
  /** Patterns by lower-case lemma, most specific first, bare entries last. */
  byLemma: PatternIndex
  /** Agents by their space-joined lower-case words, plurals included. */
  agents: ReadonlyMap<string, Agent>
  /** The most words any agent key has, to bound a matcher's look-ahead. */
  agentMaxWords: number
  /**
   * Whether a lower-case word may be a form of a verb the dictionary knows: a form it
   * lists, or a word that starts with a lemma's stem. A cheap test before parsing a sentence.
   */
  mayBeVerb: (lower: string) => boolean
}

/** A lemma's patterns, looked up by lemma or listed all. */
export interface PatternIndex extends Iterable<[string, readonly VerbPattern[]]> {
  get(lemma: string): readonly VerbPattern[] | undefined
  readonly size: number
}

/**
 * Applies a verb's block patterns the first time its lemma is asked for: an article
 * meets a few hundred lemmas of the dictionary's thousands, and applying them all
 * was most of the dictionary's load time. The verbs of a lemma and the patterns of a
 * block are kept as JSON text until then, and parsed once.
 */
class LazyPatterns implements PatternIndex {
  private readonly built = new Map<string, readonly VerbPattern[]>()

  constructor(
    private readonly verbs: LazyJson<CameoVerb>,
    private readonly blocks: LazyJson<CameoPattern>,
  ) {}

  get size(): number {
    return this.verbs.size
  }

  get(lemma: string): readonly VerbPattern[] | undefined {
    let list = this.built.get(lemma)
    if (!list) {
      const verbs = this.verbs.get(lemma)
      if (!verbs) return undefined
      list = patternsOf(lemma, verbs, this.blocks, (w) => this.verbs.has(w))
      this.built.set(lemma, list)
    }
    return list
  }

  *[Symbol.iterator](): Iterator<[string, readonly VerbPattern[]]> {
    for (const lemma of this.verbs.keys()) yield [lemma, this.get(lemma) ?? []]
  }
}

/** Lists by key, each read and parsed from its range of a JSON text the first time it is asked for. */
class LazyJson<V> {
  private readonly parsed = new Map<string, readonly V[]>()

  constructor(
    private readonly ranges: Readonly<Record<string, [number, number]>>,
    private readonly text: TextRanges,
  ) {}

  get size(): number {
    return Object.keys(this.ranges).length
  }

  has(key: string): boolean {
    return Object.hasOwn(this.ranges, key)
  }

  keys(): string[] {
    return Object.keys(this.ranges)
  }

  get(key: string): readonly V[] | undefined {
    let list = this.parsed.get(key)
    if (!list && this.has(key)) {
      const [start, length] = this.ranges[key] as [number, number]
      list = JSON.parse(this.text.read(start, length)) as V[]
      this.parsed.set(key, list)
    }
    return list
  }
}

/**
 * The patterns of one lemma: each of its verbs' block patterns, then its bare entries.
 * Most constrained first and bare entries last, so a matcher can take the first that
 * fits. The sort is stable: equals keep file order (a lemma's first block first). Among
 * equals, a pattern written for this very verb goes first ("express support" is 051,
 * not the 032 the same block wrote for "assert").
 */
function patternsOf(
  lemma: string,
  verbs: readonly CameoVerb[],
  blocks: { get(block: string): readonly CameoPattern[] | undefined },
  isVerb: (lemma: string) => boolean,
): VerbPattern[] {
  const list: VerbPattern[] = []
  const bare = new Set<VerbPattern>()
  for (const v of verbs) {
    for (const p of blocks.get(v.block) ?? []) {
      if (!sharedWith(p, lemma, verbs, isVerb)) continue
      list.push(applied(v, p))
    }
    const entry: VerbPattern = {
      id: v.id,
      lemma: v.lemma,
      particles: v.particles,
      cameo: v.cameo,
      passive: v.passive,
      object: null,
      preps: [],
      subject: null,
      src: v.src,
    }
    bare.add(entry)
    list.push(entry)
  }
  const own = (p: VerbPattern) => (p.for?.includes(lemma) ? 0 : 1)
  return list.sort(
    (a, b) =>
      Number(bare.has(a)) - Number(bare.has(b)) ||
      specificity(b) - specificity(a) ||
      own(a) - own(b),
  )
}

const cache = new Map<Lang, VerbDictionary>()

/**
 * Loads (once per process for the default folder) the verb patterns and agents of `lang`
 * from `cameo-verbs.jsonl`, `cameo-patterns.jsonl` and `agents.jsonl`. Kept apart from
 * `loadLexicon` because it is large. Throws `LexiconError` naming `file:line`.
 *
 * @example
 * const { byLemma, agents } = loadVerbDictionary('en')
 * byLemma.get('ask')?.find((p) => p.preps.some((q) => q.prep === 'for'))?.cameo // "0213"
 * agents.get('police')?.sector // "COP"
 */
export function loadVerbDictionary(lang: Lang, dataDir: string = DATA_DIR): VerbDictionary {
  const cached = dataDir === DATA_DIR ? cache.get(lang) : undefined
  if (cached) return cached
  const dictionary = buildVerbDictionary(lang, dataDir)
  if (dataDir === DATA_DIR) cache.set(lang, dictionary)
  return dictionary
}

function buildVerbDictionary(lang: Lang, root: string): VerbDictionary {
  const verbFile = join(root, lang, 'cameo-verbs.jsonl')
  const patternFile = join(root, lang, 'cameo-patterns.jsonl')
  const codeFile = join(root, 'shared', 'cameo-codes.jsonl')
  // Checked and grouped by the build while the files are unchanged: parsing every
  // pattern was most of the dictionary's load time.
  const compute = () => groupedVerbs(verbFile, patternFile, codeFile, root)
  const sources = [verbFile, patternFile, codeFile, fileURLToPath(import.meta.url)]
  const { value: grouped, text } =
    root === DATA_DIR
      ? derivedWithText(
          `verbs-${lang}`,
          sources.filter((f) => existsSync(f)),
          compute,
        )
      : inMemory(compute())
  const byLemma = new LazyPatterns(
    new LazyJson(grouped.lemmas, text),
    new LazyJson(grouped.blocks, text),
  )

  // The agents by key, from the build's snapshot while their file is unchanged.
  const agentFile = join(root, lang, 'agents.jsonl')
  const computeAgents = () => agentTable(agentFile, root)
  const table =
    root === DATA_DIR
      ? (derived(
          `agents-${lang}`,
          [agentFile, fileURLToPath(import.meta.url)].filter((f) => existsSync(f)),
          computeAgents,
        ) as AgentTable)
      : computeAgents()
  const agents = new Map<string, Agent>()
  for (let i = 0; i < table.keys.length; i++)
    agents.set(table.keys[i] as string, table.agents[table.agentOf[i] as number] as Agent)
  const agentMaxWords = table.maxWords
  return { byLemma, agents, agentMaxWords, mayBeVerb: verbTest(grouped.test) }
}

/**
 * The dictionary's verbs by lemma and patterns by block, each list as the byte range of
 * its JSON in a text beside, and its verb test's words.
 */
interface GroupedVerbs {
  lemmas: Record<string, [number, number]>
  blocks: Record<string, [number, number]>
  test: VerbTestWords
}

const inMemory = (computed: { value: GroupedVerbs; text: string }) => ({
  value: computed.value,
  text: textInMemory(computed.text),
})

/** The agents (each once, without its id), the keys that find them and the agent each key finds, and the most words a key has. */
interface AgentTable {
  agents: Agent[]
  keys: string[]
  agentOf: number[]
  maxWords: number
}

function agentTable(file: string, root: string): AgentTable {
  const agents = new Map<string, Agent>()
  const entries = readJsonl(file, 'agent', root)
  const agentOf = ({ id: _id, ...a }: (typeof entries)[number]): Agent => a
  const values = entries.map(agentOf)
  // An entry's own words win over another entry's plural.
  for (const a of values) agents.set(a.words.join(' '), a)
  for (const a of values)
    for (const p of a.plurals ?? []) if (!agents.has(p.join(' '))) agents.set(p.join(' '), a)
  let maxWords = 0
  for (const key of agents.keys()) maxWords = Math.max(maxWords, key.split(' ').length)
  const index = new Map(values.map((a, i) => [a, i]))
  return {
    agents: values,
    keys: [...agents.keys()],
    agentOf: [...agents.values()].map((a) => index.get(a) as number),
    maxWords,
  }
}

/** Reads and checks the verbs and patterns, and groups them. */
function groupedVerbs(
  verbFile: string,
  patternFile: string,
  codeFile: string,
  root: string,
): { value: GroupedVerbs; text: string } {
  const codes = new Set(readJsonl(codeFile, 'cameoCode', root).map((c) => c.code))
  const checkCodes = (file: string, entries: readonly (CameoVerb | CameoPattern)[]) =>
    entries.forEach((e, i) => {
      for (const c of [e.cameo, e.passive])
        if (c !== null && codes.size > 0 && !codes.has(c))
          throw new LexiconError(relative(root, file), i + 1, `unknown CAMEO code "${c}"`)
    })
  const verbs = readJsonl(verbFile, 'cameoVerb', root)
  const patterns = readJsonl(patternFile, 'cameoPattern', root)
  checkCodes(verbFile, verbs)
  checkCodes(patternFile, patterns)

  const blocks = new Map<string, CameoPattern[]>()
  for (const v of verbs) if (!blocks.has(v.block)) blocks.set(v.block, [])
  patterns.forEach((p, i) => {
    const list = blocks.get(p.block)
    if (!list)
      throw new LexiconError(
        relative(root, patternFile),
        i + 1,
        `block "${p.block}" has no verb in ${relative(root, verbFile)}`,
      )
    list.push(p)
  })

  const verbsByLemma = new Map<string, CameoVerb[]>()
  for (const v of verbs) {
    const list = verbsByLemma.get(v.lemma)
    if (list) list.push(v)
    else verbsByLemma.set(v.lemma, [v])
  }
  const parts: string[] = []
  let bytes = 0
  const ranges = <V>(map: ReadonlyMap<string, V>) => {
    const out: Record<string, [number, number]> = {}
    for (const [k, v] of map) {
      const json = JSON.stringify(v)
      const length = Buffer.byteLength(json)
      out[k] = [bytes, length]
      parts.push(json)
      bytes += length
    }
    return out
  }
  const value = { lemmas: ranges(verbsByLemma), blocks: ranges(blocks), test: verbTestWords(verbs) }
  return { value, text: parts.join('') }
}

/**
 * Whether a block's pattern serves `lemma`. One written for this verb does; one written
 * for no verb in particular does unless it names nothing but a bare preposition (then it
 * is as weak as a bare code, below); one written for many of the block's verbs does,
 * unless the verb's own code has another root. One written for one or a few sibling verbs
 * does not: "issue a request" is no "grant a request" (030), "start … with" no "open fire
 * with" (194), "gather" no "meet". The Spanish patterns name the English verb they were
 * translated for, no verb of the language: they serve a verb whose own entry has the same
 * root code ("encarcelar" 173 takes "jail"'s patterns, "recibir" no "receive"'s praise,
 * "resultar" no "result"'s talks).
 */
function sharedWith(
  p: CameoPattern,
  lemma: string,
  verbs: readonly CameoVerb[],
  isVerb: (lemma: string) => boolean,
): boolean {
  if (p.for?.includes(lemma)) return true
  if (!p.for?.length && !namesNothing(p)) return true
  const root = p.cameo?.slice(0, 2)
  const agrees = !!root && verbs.some((v) => v.cameo?.slice(0, 2) === root)
  // Written for many of the block's verbs, it serves the rest too, unless a verb's own code
  // says otherwise ("criticar" 111 sits in a block of firing and shooting, 190).
  if (p.for?.some(isVerb))
    return new Set(p.for).size > FEW_VERBS && (agrees || !verbs.some((v) => v.cameo))
  return agrees
}

/**
 * A pattern whose only slot is a bare preposition ("- * A [181]": any object marked by the
 * Spanish personal "a") says no more than its verb; written for a whole block ("ir",
 * "visitar", "acompañar", "sacar" …), it serves only the verbs whose own code agrees.
 */
const namesNothing = (p: CameoPattern): boolean =>
  !p.object &&
  !p.subject &&
  !p.particles.length &&
  p.preps.every((q) => !q.heads.length && !q.mods.length && !q.modSyns?.length)

/** How many verbs a block's pattern may be written for and still be theirs alone. */
const FEW_VERBS = 3

/** A block's pattern as it applies to one of the block's verbs. */
function applied(v: CameoVerb, p: CameoPattern): VerbPattern {
  const particles =
    p.particles.length === 0
      ? v.particles
      : v.particles.length === 0
        ? p.particles
        : [...v.particles, ...p.particles]
  const out: VerbPattern = {
    id: p.id,
    lemma: v.lemma,
    particles,
    cameo: p.cameo,
    passive: p.passive,
    object: p.object,
    preps: p.preps,
    subject: p.subject,
    src: p.src,
  }
  if (p.sourceSlot) out.sourceSlot = p.sourceSlot
  if (p.targetSlot) out.targetSlot = p.targetSlot
  if (p.for) out.for = p.for
  return out
}

const slotWeight = (s: VerbSlot | null) =>
  s ? 1 + (s.heads.length ? 1 : 0) + s.mods.length + (s.modSyns?.length ?? 0) : 0

/** How much a pattern asks for: slots, their heads and modifiers, particles, actor marks. */
export function specificity(p: VerbPattern): number {
  return (
    slotWeight(p.object) +
    slotWeight(p.subject) +
    p.preps.reduce((n, q) => n + slotWeight(q), 0) +
    p.particles.length +
    (p.sourceSlot ? 1 : 0) +
    (p.targetSlot ? 1 : 0)
  )
}

/** The shortest stem worth testing: shorter lemmas ("go") are matched whole or by their listed forms. */
const MIN_STEM = 3

/**
 * Stems of every lemma: the lemma without its final vowels and an infinitive "-r"
 * ("accuse" → accus, "reunir" → reun, "deny" → den), also with a stem vowel turned as
 * Spanish verbs turn it ("sostener" → sostien, "mover" → muev, "pedir" → pid). Loose on
 * purpose: a false candidate costs a parse, a missed one an event.
 */
function verbTestWords(verbs: readonly CameoVerb[]): VerbTestWords {
  const whole = new Set<string>()
  const stems = new Set<string>()
  let longest = 0
  const addStem = (stem: string) => {
    if (stem.length < MIN_STEM) return
    stems.add(stem)
    longest = Math.max(longest, stem.length)
  }
  for (const v of verbs) {
    whole.add(v.lemma)
    for (const f of v.forms ?? []) whole.add(f)
    const stem = v.lemma.replace(/[aeiouáéíóúy]*r$/u, '').replace(/[aeiouy]+$/, '')
    // "sue", "see": a stem cut too short for a prefix test stands as the whole lemma ("sued").
    addStem(stem.length < MIN_STEM ? v.lemma : stem)
    for (const [from, to] of TURNED) {
      const at = stem.lastIndexOf(from)
      if (at > 0) addStem(stem.slice(0, at) + to + stem.slice(at + 1))
    }
  }
  return { whole: [...whole], stems: [...stems], longest }
}

/** The words a verb test knows whole, its stems, and the longest stem's length. */
interface VerbTestWords {
  whole: string[]
  stems: string[]
  longest: number
}

function verbTest(words: VerbTestWords): (lower: string) => boolean {
  const whole = new Set(words.whole)
  const stems = new Set(words.stems)
  const { longest } = words
  return (lower) => {
    if (whole.has(lower)) return true
    for (let n = Math.min(longest, lower.length); n >= MIN_STEM; n--)
      if (stems.has(lower.slice(0, n))) return true
    return false
  }
}

const TURNED: readonly (readonly [string, string])[] = [
  ['e', 'ie'],
  ['o', 'ue'],
  ['e', 'i'],
  ['u', 'ú'],
]
