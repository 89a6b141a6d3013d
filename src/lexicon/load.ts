import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EntityKind, Lang } from '../doc/index.js'
import { LexiconError } from '../errors.js'
import { type RawToken, tokenize } from '../text/tokens.js'
import { buildCountries, type CountryInfo, countrySources, regionCountries } from './countries.js'
import { EventWords } from './event-words.js'
import { inflect } from './inflect.js'
import { DATA_DIR } from './langs.js'
import { buildMultiwordRules, type MultiwordRules } from './multiword.js'
import { OfficeHolders } from './office-holders.js'
import { readJsonl, readJsonlDir } from './read-jsonl.js'
import type {
  CameoCode,
  EventPattern,
  ExpectationCue,
  LanguageInfo,
  OrgWord,
  Pronoun,
  Region,
  RoleTitle,
  SpeechCue,
} from './schemas.js'
import { derived, snapshotBeingWritten } from './snapshot.js'
import { TokenTrie } from './trie.js'

/** A name the gazetteer knows, with what it refers to. */
export interface GazetteerEntry {
  kind: EntityKind
  name: string
  country: string | null
  sector: string | null
  source: 'country' | 'capital' | 'region' | 'place' | 'organization' | 'person'
  /** The first and last months the name stood for this body (`YYYY-MM` or a full date). */
  from?: string
  to?: string
}

/** Everything the extractors know about one language, plus the facts shared by all. */
export interface Lexicon {
  lang: Lang
  /** The language's own settings (`language.jsonl`): date locale, country-name key, … */
  language: LanguageInfo
  abbreviations: ReadonlyMap<string, 'title' | 'other' | 'initial-safe'>
  functionWords: ReadonlySet<string>
  givenNames: ReadonlyMap<string, 'm' | 'f' | 'u'>
  countries: ReadonlyMap<string, CountryInfo>
  gazetteer: TokenTrie<GazetteerEntry>
  /** Seats of government by their gazetteer name ("Kremlin"): like capitals, they act for their government. */
  seats: ReadonlySet<string>
  /** Demonym as written ("Salvadoran", "salvadoreño") → ISO-3. */
  demonyms: ReadonlyMap<string, string>
  /** Regional adjective or name ("Central American") → the countries it covers. */
  regions: ReadonlyMap<string, readonly string[]>
  /** Role nouns, matched on lower-case tokens. */
  roles: TokenTrie<RoleTitle>
  orgWords: ReadonlyMap<string, OrgWord>
  /** Common nouns that type the name right after them: "airline Mahan Air", "el diario El País". */
  orgDescriptors: ReadonlyMap<string, OrgWord>
  /** Speech cues, matched on lower-case tokens. */
  speechCues: TokenTrie<SpeechCue>
  /** How the language's news writing marks speech beyond quotation marks. */
  speech: SpeechConventions
  groupWords: ReadonlySet<string>
  pronouns: ReadonlyMap<string, Pronoun>
  /** CAMEO event codes with Goldstein weight, QuadClass and PLOVER type. */
  cameo: ReadonlyMap<string, CameoCode>
  /** Forward-looking cues: modality, horizon, polarity and relationship words, on lower-case tokens. */
  expectationCues: TokenTrie<ExpectationCue>
  /** Forward-looking word endings (Spanish future "-rá"), for tokens no phrase matches. */
  expectationSuffixes: readonly ExpectationCue[]
  /** Topic words, on lower-case tokens. */
  topics: TokenTrie<string>
  /** Words of approval (+1) and disapproval (-1). */
  stance: ReadonlyMap<string, 1 | -1>
  /** Event verb patterns by lower-case verb form, and nominal ones by noun. */
  eventVerbs: ReadonlyMap<string, readonly EventPattern[]>
  eventNouns: ReadonlyMap<string, readonly EventPattern[]>
  /** The mood of event verb forms that have one by the inflection rules ("reuniría" → conditional). */
  verbMoods: ReadonlyMap<string, string>
  /** Negators, modals, prepositions and the other closed-class words events are read with. */
  eventWords: EventWords
  /** Lower-case words that may sit inside names, and in which kind of name. */
  particles: ReadonlyMap<string, 'org' | 'person' | 'both' | 'gazetteer'>
  /** Words that, after a comma, end reported content ("including", "not only"). */
  contentBreaks: TokenTrie<true>
  timexWords: {
    ignore: ReadonlySet<string>
    lead: ReadonlySet<string>
    duration: ReadonlySet<string>
    anchored: ReadonlySet<string>
    /** Matches a paragraph that may hold a date: a digit or a hint word. */
    hint: RegExp
    yearPreps: ReadonlySet<string>
    relativeYears: ReadonlyMap<string, number>
    future: ReadonlySet<string>
  }
  officeHolders: OfficeHolders
  tokenize: (text: string) => RawToken[]
  /** How tokens split into syntactic words ("del" → de el, "don't" → do n't). */
  multiword: MultiwordRules
}

/** Read from `speech-conventions.jsonl`. */
export interface SpeechConventions {
  /** A dash that opens a paragraph of dialogue and frames the narrator's asides ("—dijo X—"). */
  dialogueDash: string | null
  /** Subjects may go unsaid ("«…», afirmó."): a bare speech verb speaks for the person in view. */
  nullSubject: boolean
  /** Reports may go without "that" ("noted the talks had failed"). */
  bareComplement: boolean
  /** Interview turn labels ("P.", "Q:") and answer labels ("R.", "A:"). */
  questionLabels: ReadonlySet<string>
  answerLabels: ReadonlySet<string>
  /** Connectors that may open a sentence before a verb with no subject ("Sin embargo, comentó:"). */
  openers: ReadonlySet<string>
  /** Words that may stand between a speaker and the speech verb ("also", "recently", "ha"). */
  interposed: ReadonlySet<string>
  /** Words that open a group of people by number: "many Venezuelans", "muchos venezolanos". */
  groupQuantifiers: ReadonlySet<string>
  /** Nouns for what someone said, naming its speaker after the quotations: "these were the words of X". */
  wordNouns: ReadonlySet<string>
}

export { DATA_DIR, LANGS } from './langs.js'

const cache = new Map<Lang, Lexicon>()

/** Loads (once per process) and checks the lexicon of `lang`. Throws `LexiconError` naming `file:line`. */
export function loadLexicon(lang: Lang, dataDir: string = DATA_DIR): Lexicon {
  const cached = dataDir === DATA_DIR ? cache.get(lang) : undefined
  if (cached) return cached
  const lexicon = buildLexicon(lang, dataDir)
  if (dataDir === DATA_DIR) cache.set(lang, lexicon)
  return lexicon
}

function buildLexicon(lang: Lang, root: string): Lexicon {
  const shared = (f: string) => join(root, 'shared', f)
  const own = (f: string) => join(root, lang, f)

  const abbreviations = new Map<string, 'title' | 'other' | 'initial-safe'>()
  for (const a of readJsonl(own('abbreviations.jsonl'), 'abbreviation', root)) {
    // British style writes some titles without the period: "Mr Smith", "Dr Jones".
    for (const part of a.text.split(' '))
      if (part.endsWith('.') || a.kind === 'title') abbreviations.set(part, a.kind)
  }
  const keepsPeriod = (w: string) => abbreviations.has(w) || /^\p{Lu}\.$/u.test(w)
  const tok = (text: string) => tokenize(text, keepsPeriod)
  const words = (text: string) => tok(text).map((t) => t.text)

  const functionWords = new Set(
    readJsonl(own('function-words.jsonl'), 'word', root).map((w) => w.word.toLowerCase()),
  )
  const givenNames = once(() => {
    // From the build's snapshot as the names and their genders (a letter each): a Map
    // from them is quicker to make than from eight thousand objects.
    const file = shared('given-names.jsonl')
    const compute = () => {
      const entries = readJsonl(file, 'givenName', root)
      return {
        names: entries.map((g) => g.name),
        genders: entries.map((g) => g.gender).join(''),
      }
    }
    const { names, genders } =
      root === DATA_DIR
        ? (derived(
            'given-names',
            [file, fileURLToPath(import.meta.url)].filter((f) => existsSync(f)),
            compute,
          ) as { names: string[]; genders: string })
        : compute()
    const map = new Map<string, 'm' | 'f' | 'u'>()
    for (let i = 0; i < names.length; i++)
      map.set(names[i] as string, genders[i] as 'm' | 'f' | 'u')
    return map
  })
  const language = readJsonl(own('language.jsonl'), 'language', root)[0] ?? {
    id: `${lang}.language`,
    name: lang,
    dateLocale: 'en',
    countryNames: 'eng',
    titleDeterminers: [],
    indefiniteDeterminers: [],
    markers: [],
  }
  const countries = buildCountries(
    lang,
    language.countryNames,
    readJsonl(own('countries.jsonl'), 'countryNames', root),
  )

  const demonyms = new Map<string, string>()
  for (const c of countries.values()) for (const d of c.demonyms) demonyms.set(d, c.code)
  const regionEntries = readJsonl(own('regions.jsonl'), 'region', root)
  const regions = new Map<string, readonly string[]>()
  for (const r of regionEntries) {
    const codes = regionCountries(r, countries)
    for (const n of r.names) regions.set(n, codes)
    for (const a of r.adjectives) regions.set(a, codes)
  }
  // The gazetteer's names as words, from the build's snapshot while its sources are
  // unchanged: reading and tokenising the places, organisations and office holders was
  // a fifth of every start.
  const gazetteer = once(() => {
    const compute = () => gazetteerNames(countries, regionEntries, root, words)
    const names =
      root === DATA_DIR
        ? (derived(`gazetteer-${lang}`, gazetteerSources(lang, root), compute) as GazetteerNames)
        : compute()
    const trie = new TokenTrie<GazetteerEntry>()
    for (let i = 0; i < names.words.length; i++)
      trie.add(
        names.words[i] as string[],
        names.entries[names.entryOf[i] as number] as GazetteerEntry,
      )
    return trie
  })
  const seats = once(() => {
    const places = shared('places.jsonl')
    const compute = () =>
      readJsonl(places, 'place', root)
        .filter((p) => p.type === 'seat')
        .map((p) => p.name)
    return new Set(
      root === DATA_DIR
        ? (derived(
            'seats',
            [places, fileURLToPath(import.meta.url)].filter((f) => existsSync(f)),
            compute,
          ) as string[])
        : compute(),
    )
  })
  const officeTerms = () => readJsonlDir(shared('office-holders'), 'officeTerm', root)

  // The tries' phrases as words, from the build's snapshot while their files (and the
  // abbreviations the words are cut by) are unchanged.
  const compiled = <V>(file: string, fill: (adds: TrieAdds<V>) => void): TokenTrie<V> => {
    const compute = () => {
      const adds = new TrieAdds<V>()
      fill(adds)
      return adds.data
    }
    const data =
      root === DATA_DIR
        ? (derived(
            `tries/${lang}/${file}`,
            [own(file), ...wordSources(lang, root)].filter((f) => existsSync(f)),
            compute,
          ) as TrieData<V>)
        : compute()
    return trieOf(data)
  }
  const roles = compiled<RoleTitle>('role-titles.jsonl', (adds) => {
    for (const r of readJsonl(own('role-titles.jsonl'), 'roleTitle', root))
      for (const w of r.words) adds.add(words(w.toLowerCase()), r)
  })
  const orgEntries = readJsonl(own('org-words.jsonl'), 'orgWord', root)
  const orgWords = new Map(
    orgEntries.filter((o) => o.position !== 'descriptor').map((o) => [o.word, o]),
  )
  const orgDescriptors = new Map(
    orgEntries.filter((o) => o.position === 'descriptor').map((o) => [o.word.toLowerCase(), o]),
  )
  const speechCues = compiled<SpeechCue>('speech-cues.jsonl', (adds) => {
    for (const c of readJsonl(own('speech-cues.jsonl'), 'speechCue', root))
      for (const f of c.forms) adds.add(words(f.toLowerCase()), c)
  })
  const conventions = readJsonl(own('speech-conventions.jsonl'), 'speechConvention', root)
  const labels = (kind: string) =>
    new Set(conventions.filter((c) => c.kind === kind).map((c) => c.text ?? ''))
  const speech: SpeechConventions = {
    dialogueDash: conventions.find((c) => c.kind === 'dialogue-dash')?.text ?? null,
    nullSubject: conventions.some((c) => c.kind === 'null-subject'),
    bareComplement: conventions.some((c) => c.kind === 'bare-complement'),
    questionLabels: labels('question-label'),
    answerLabels: labels('answer-label'),
    openers: new Set([...labels('opener')].flatMap((o) => words(o.toLowerCase()))),
    interposed: new Set([...labels('interposed')].map((w) => w.toLowerCase())),
    groupQuantifiers: new Set([...labels('group-quantifier')].map((w) => w.toLowerCase())),
    wordNouns: new Set([...labels('words')].map((w) => w.toLowerCase())),
  }
  const groupWords = new Set(
    readJsonl(own('group-words.jsonl'), 'word', root).map((w) => w.word.toLowerCase()),
  )
  const pronouns = new Map(
    readJsonl(own('pronouns.jsonl'), 'pronoun', root).map((p) => [p.word.toLowerCase(), p]),
  )

  const particles = new Map(
    readJsonl(own('name-particles.jsonl'), 'particle', root).map((p) => [p.word, p.joins]),
  )

  const timex = readJsonl(own('timex-words.jsonl'), 'timexWord', root)
  const ofType = (type: string) => timex.filter((w) => w.type === type)
  const timexWords = {
    ignore: new Set(ofType('ignore').map((w) => w.word)),
    lead: new Set(ofType('lead').map((w) => w.word)),
    duration: new Set(ofType('duration').map((w) => w.word)),
    anchored: new Set(ofType('anchored').map((w) => w.word)),
    hint: new RegExp(
      `\\d{4}|\\d{1,2}[/.-]\\d{1,2}|(?<![\\p{L}])(?:${ofType('hint')
        .map((w) => w.word)
        .join('|')})(?![\\p{L}])`,
      'iu',
    ),
    yearPreps: new Set(ofType('year-prep').map((w) => w.word)),
    relativeYears: new Map(ofType('relative-year').map((w) => [w.word, w.offset ?? 0])),
    future: new Set(ofType('future').map((w) => w.word)),
  }

  const cameo = new Map(
    readJsonl(shared('cameo-codes.jsonl'), 'cameoCode', root).map((c) => [c.code, c]),
  )
  // The event patterns by form, inflections included, from the build's snapshot while
  // their files are unchanged.
  const events = once(() => {
    const compute = () => eventPatterns(lang, root, cameo)
    const patterns =
      root === DATA_DIR
        ? (derived(
            `event-patterns-${lang}`,
            [
              own('event-patterns.jsonl'),
              own('verb-inflections.jsonl'),
              shared('cameo-codes.jsonl'),
              fileURLToPath(import.meta.url),
              fileURLToPath(new URL('./inflect.js', import.meta.url)),
            ].filter((f) => existsSync(f)),
            compute,
          ) as EventPatterns)
        : compute()
    const byForm = (lists: [string, number[]][]) =>
      new Map(
        lists.map(([form, list]) => [form, list.map((i) => patterns.list[i] as EventPattern)]),
      )
    return {
      verbs: byForm(patterns.verbs),
      nouns: byForm(patterns.nouns),
      moods: new Map(patterns.moods),
    }
  })

  const eventWords = new EventWords()
  for (const w of readJsonl(own('event-words.jsonl'), 'eventWord', root))
    eventWords.add(w.type, w.word)

  const stance = new Map<string, 1 | -1>(
    readJsonl(own('stance-words.jsonl'), 'stanceWord', root).map((w) => [
      w.word.toLowerCase(),
      w.polarity === 'positive' ? 1 : -1,
    ]),
  )

  const expectations = once(() => {
    let suffixes: ExpectationCue[] = []
    const read = () => {
      const cues = readJsonl(own('expectation-cues.jsonl'), 'expectationCue', root)
      suffixes = cues
        .filter((c) => c.match === 'suffix')
        .map((c) => ({ ...c, phrase: c.phrase.replace(/^-/, '') }))
      return cues
    }
    let entries: ExpectationCue[] | undefined
    const cues = compiled<ExpectationCue>('expectation-cues.jsonl', (adds) => {
      entries = read()
      for (const c of entries)
        if (c.match !== 'suffix')
          adds.add(
            words(c.phrase).map((w) => w.toLowerCase()),
            c,
          )
    })
    // The suffixes are read from the file (its snapshot) when the trie came from the build's.
    if (!entries) read()
    return { cues, suffixes }
  })
  const topics = compiled<string>('topics.jsonl', (adds) => {
    for (const t of readJsonl(own('topics.jsonl'), 'topic', root))
      for (const w of t.words) adds.add(words(w.toLowerCase()), t.topic)
  })
  const contentBreaks = compiled<true>('content-breaks.jsonl', (adds) => {
    for (const w of readJsonl(own('content-breaks.jsonl'), 'word', root))
      adds.add(words(w.word), true)
  })

  const lexicon = new LoadedLexicon(
    {
      lang,
      language,
      particles,
      contentBreaks,
      timexWords,
      abbreviations,
      functionWords,
      countries,
      demonyms,
      regions,
      roles,
      orgWords,
      orgDescriptors,
      speechCues,
      speech,
      groupWords,
      pronouns,
      cameo,
      topics,
      stance,
      eventWords,
      tokenize: tok,
      multiword: buildMultiwordRules(readJsonl(own('multiword-tokens.jsonl'), 'multiword', root)),
    },
    {
      givenNames,
      gazetteer,
      seats,
      expectations,
      events,
      officeHolders: once(() => new OfficeHolders(officeTerms())),
    },
  )
  // The larger parts are built when first used (a brief needs a language's countries, not
  // its gazetteer). Data other than the bundled, checked lexicon is read and checked whole
  // here, so that its errors show at once, and so is everything while the build writes
  // its snapshot.
  if (root !== DATA_DIR || snapshotBeingWritten()) {
    givenNames()
    gazetteer()
    seats()
    events()
    expectations()
    officeTerms()
  }
  return lexicon
}

/** The parts of a lexicon built when first used. */
interface LazyParts {
  givenNames: () => ReadonlyMap<string, 'm' | 'f' | 'u'>
  gazetteer: () => TokenTrie<GazetteerEntry>
  seats: () => ReadonlySet<string>
  expectations: () => { cues: TokenTrie<ExpectationCue>; suffixes: readonly ExpectationCue[] }
  events: () => {
    verbs: ReadonlyMap<string, readonly EventPattern[]>
    nouns: ReadonlyMap<string, readonly EventPattern[]>
    moods: ReadonlyMap<string, string>
  }
  officeHolders: () => OfficeHolders
}

type LazyField =
  | 'givenNames'
  | 'gazetteer'
  | 'seats'
  | 'expectationCues'
  | 'expectationSuffixes'
  | 'eventVerbs'
  | 'eventNouns'
  | 'verbMoods'
  | 'officeHolders'

/**
 * A lexicon: its fields, and getters on the class for the parts built when first used.
 * (Getters on an object literal would put every lexicon in dictionary mode, which made
 * every field's read in the extractors a hash lookup: 10 % of the analysis.)
 */
class LoadedLexicon implements Lexicon {
  readonly lang: Lexicon['lang']
  readonly language: Lexicon['language']
  readonly particles: Lexicon['particles']
  readonly contentBreaks: Lexicon['contentBreaks']
  readonly timexWords: Lexicon['timexWords']
  readonly abbreviations: Lexicon['abbreviations']
  readonly functionWords: Lexicon['functionWords']
  readonly countries: Lexicon['countries']
  readonly demonyms: Lexicon['demonyms']
  readonly regions: Lexicon['regions']
  readonly roles: Lexicon['roles']
  readonly orgWords: Lexicon['orgWords']
  readonly orgDescriptors: Lexicon['orgDescriptors']
  readonly speechCues: Lexicon['speechCues']
  readonly speech: Lexicon['speech']
  readonly groupWords: Lexicon['groupWords']
  readonly pronouns: Lexicon['pronouns']
  readonly cameo: Lexicon['cameo']
  readonly topics: Lexicon['topics']
  readonly stance: Lexicon['stance']
  readonly eventWords: Lexicon['eventWords']
  readonly tokenize: Lexicon['tokenize']
  readonly multiword: Lexicon['multiword']
  readonly #parts: LazyParts

  constructor(fields: Omit<Lexicon, LazyField>, parts: LazyParts) {
    this.lang = fields.lang
    this.language = fields.language
    this.particles = fields.particles
    this.contentBreaks = fields.contentBreaks
    this.timexWords = fields.timexWords
    this.abbreviations = fields.abbreviations
    this.functionWords = fields.functionWords
    this.countries = fields.countries
    this.demonyms = fields.demonyms
    this.regions = fields.regions
    this.roles = fields.roles
    this.orgWords = fields.orgWords
    this.orgDescriptors = fields.orgDescriptors
    this.speechCues = fields.speechCues
    this.speech = fields.speech
    this.groupWords = fields.groupWords
    this.pronouns = fields.pronouns
    this.cameo = fields.cameo
    this.topics = fields.topics
    this.stance = fields.stance
    this.eventWords = fields.eventWords
    this.tokenize = fields.tokenize
    this.multiword = fields.multiword
    this.#parts = parts
  }

  get givenNames() {
    return this.#parts.givenNames()
  }
  get gazetteer() {
    return this.#parts.gazetteer()
  }
  get seats() {
    return this.#parts.seats()
  }
  get expectationCues() {
    return this.#parts.expectations().cues
  }
  get expectationSuffixes() {
    return this.#parts.expectations().suffixes
  }
  get eventVerbs() {
    return this.#parts.events().verbs
  }
  get eventNouns() {
    return this.#parts.events().nouns
  }
  get verbMoods() {
    return this.#parts.events().moods
  }
  get officeHolders() {
    return this.#parts.officeHolders()
  }
}

/** A trie's phrases in the order they are added: each value once, and each phrase's words and value. */
interface TrieData<V> {
  values: V[]
  words: string[][]
  valueOf: number[]
}

/** Collects a trie's additions to keep them (as JSON: values that are objects keep their sharing). */
class TrieAdds<V> {
  readonly data: TrieData<V> = { values: [], words: [], valueOf: [] }
  readonly #index = new Map<V, number>()

  add(words: string[], value: V): void {
    let i = this.#index.get(value)
    if (i === undefined) {
      i = this.data.values.push(value) - 1
      this.#index.set(value, i)
    }
    this.data.words.push(words)
    this.data.valueOf.push(i)
  }
}

function trieOf<V>(data: TrieData<V>): TokenTrie<V> {
  const trie = new TokenTrie<V>()
  for (let i = 0; i < data.words.length; i++)
    trie.add(data.words[i] as string[], data.values[data.valueOf[i] as number] as V)
  return trie
}

/** What cutting a phrase into words depends on: the abbreviations, and the code. */
const wordSources = (lang: Lang, root: string): string[] => [
  join(root, lang, 'abbreviations.jsonl'),
  fileURLToPath(import.meta.url),
  fileURLToPath(new URL('../text/tokens.js', import.meta.url)),
]

/** A value computed the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let value: T | undefined
  let made = false
  return () => {
    if (!made) {
      value = make()
      made = true
    }
    return value as T
  }
}

/**
 * The event patterns (each object once, as `list`) and, by lower-case form, the indexes
 * of those a verb form or a noun takes, in the order a matcher tries them; and the mood
 * of inflected forms that have one.
 */
interface EventPatterns {
  list: EventPattern[]
  verbs: [string, number[]][]
  nouns: [string, number[]][]
  moods: [string, string][]
}

/** Reads and checks the event patterns and inflects their verbs. */
function eventPatterns(
  lang: Lang,
  root: string,
  cameo: ReadonlyMap<string, CameoCode>,
): EventPatterns {
  const own = (f: string) => join(root, lang, f)
  const eventVerbs = new Map<string, EventPattern[]>()
  const eventNouns = new Map<string, EventPattern[]>()
  const verbMoods = new Map<string, string>()
  const inflections = readJsonl(own('verb-inflections.jsonl'), 'verbInflection', root)
  const eventFile = own('event-patterns.jsonl')
  readJsonl(eventFile, 'eventPattern', root).forEach((p, i) => {
    for (const c of [p.cameo, p.negatedCameo ?? p.cameo])
      if (!cameo.has(c))
        throw new LexiconError(relative(root, eventFile), i + 1, `unknown CAMEO code "${c}"`)
    for (const f of p.forms ?? []) pushTo(eventVerbs, f.toLowerCase(), p)
    for (const n of p.noun ?? []) pushTo(eventNouns, n.toLowerCase(), p)
    // "felicitarlo" carries its clitic, so the pattern's "lo" is not looked for before it.
    const glued: EventPattern = { ...p, before: [] }
    for (const f of inflect(p, inflections)) {
      const list = eventVerbs.get(f.form) ?? []
      const pattern = f.enclitic ? glued : p
      if (!list.includes(pattern)) pushTo(eventVerbs, f.form, pattern)
      if (f.mood) verbMoods.set(f.form, f.mood)
    }
  })
  // Most specific first (clitics and fixed words), so a matcher can stop at the first that fits.
  const size = (p: EventPattern) =>
    ((p.before?.length ?? 0) + (p.then?.length ?? 0)) * 2 + Number(!!p.particle)
  for (const list of [...eventVerbs.values(), ...eventNouns.values()])
    list.sort((a, b) => size(b) - size(a))
  // Each pattern object once, so that lists sharing one still share it once read back.
  const list: EventPattern[] = []
  const indexOf = new Map<EventPattern, number>()
  const indexes = (map: ReadonlyMap<string, EventPattern[]>): [string, number[]][] =>
    [...map].map(([form, patterns]) => [
      form,
      patterns.map((p) => {
        let i = indexOf.get(p)
        if (i === undefined) {
          i = list.push(p) - 1
          indexOf.set(p, i)
        }
        return i
      }),
    ])
  const verbs = indexes(eventVerbs)
  const nouns = indexes(eventNouns)
  return { list, verbs, nouns, moods: [...verbMoods] }
}

/** The gazetteer's names in the order they are added, each as its words and its entry's index. */
interface GazetteerNames {
  /** One object per entry: aliases of an organisation, place or person share theirs. */
  entries: GazetteerEntry[]
  words: string[][]
  entryOf: number[]
}

function gazetteerNames(
  countries: ReadonlyMap<string, CountryInfo>,
  regionEntries: readonly Region[],
  root: string,
  words: (text: string) => string[],
): GazetteerNames {
  const shared = (f: string) => join(root, 'shared', f)
  const out: GazetteerNames = { entries: [], words: [], entryOf: [] }
  const entry = (e: GazetteerEntry) => out.entries.push(e) - 1
  const add = (name: string, index: number) => {
    const w = words(name)
    // TokenTrie.add skips what has no words.
    if (w.length === 0) return
    out.words.push(w)
    out.entryOf.push(index)
  }
  for (const c of countries.values()) {
    for (const n of c.names)
      add(
        n,
        entry({ kind: 'country', name: c.name, country: c.code, sector: null, source: 'country' }),
      )
    for (const cap of c.capitals)
      add(
        cap,
        entry({ kind: 'location', name: cap, country: c.code, sector: null, source: 'capital' }),
      )
  }
  for (const r of regionEntries)
    for (const n of r.names)
      add(
        n,
        entry({
          kind: 'location',
          name: r.names[0] ?? n,
          country: null,
          sector: null,
          source: 'region',
        }),
      )
  for (const o of readJsonl(shared('organizations.jsonl'), 'organization', root)) {
    const index = entry({
      kind: o.kind,
      name: o.name,
      country: o.country,
      sector: o.sector ?? null,
      source: 'organization',
      ...(o.from ? { from: o.from } : {}),
      ...(o.to ? { to: o.to } : {}),
    })
    for (const n of [o.name, ...o.aliases]) add(n, index)
  }
  for (const p of readJsonl(shared('places.jsonl'), 'place', root)) {
    const index = entry({
      kind: 'location',
      name: p.name,
      country: p.country,
      sector: null,
      source: p.type === 'capital' ? 'capital' : 'place',
    })
    for (const n of [p.name, ...p.aliases]) add(n, index)
  }
  const officeTerms = readJsonlDir(shared('office-holders'), 'officeTerm', root)
  const people = readJsonl(shared('people.jsonl'), 'person', root)
  const seenPeople = new Set<string>()
  for (const p of [...people, ...officeTerms]) {
    // Only full names go in the gazetteer: a bare surname is resolved in context.
    const names = [p.name, ...p.aliases.filter((a) => a.includes(' '))].filter(
      (n) => !seenPeople.has(`${n}|${p.name}`),
    )
    if (names.length === 0) continue
    const index = entry({
      kind: 'person',
      name: p.name,
      country: p.country,
      sector: p.sector,
      source: 'person',
    })
    for (const n of names) {
      const key = `${n}|${p.name}`
      if (seenPeople.has(key)) continue
      seenPeople.add(key)
      add(n, index)
    }
  }
  return out
}

/**
 * The files the gazetteer is built from, its code's included: a snapshot of it stands
 * while none has changed.
 */
function gazetteerSources(lang: Lang, root: string): string[] {
  const holders = join(root, 'shared', 'office-holders')
  return [
    ...['abbreviations', 'language', 'countries', 'regions'].map((f) =>
      join(root, lang, `${f}.jsonl`),
    ),
    ...['organizations', 'places', 'people'].map((f) => join(root, 'shared', `${f}.jsonl`)),
    ...(existsSync(holders)
      ? readdirSync(holders)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => join(holders, f))
      : []),
    ...countrySources(lang),
    fileURLToPath(import.meta.url),
    fileURLToPath(new URL('../text/tokens.js', import.meta.url)),
  ].filter((f) => existsSync(f))
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
