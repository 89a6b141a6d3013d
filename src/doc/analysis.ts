// The `dyad.analysis/1` document: field names are binding (shared/spec/analysis-format.md).

export const ANALYSIS_FORMAT = 'dyad.analysis/1'

export const ENTITY_KINDS = ['person', 'organization', 'country', 'location', 'group'] as const
export type EntityKind = (typeof ENTITY_KINDS)[number]

export interface Article {
  id: string
  title: string | null
  url: string | null
  source: string | null
  published: string
  language: string
  text: string
  byline?: string | null
}

export interface Role {
  title: string
  /** ISO-3 country, or the organisation's name, the role belongs to. */
  of: string | null
  from: string | null
  to: string | null
  /** `[start, end]` of the text that states the role; absent for roles known from the lexicon. */
  evidence?: [number, number]
  sector?: string
  /** Where the role came from: the article text or the office-holder lexicon. */
  via: 'text' | 'lexicon'
}

export interface Entity {
  id: string
  name: string
  kind: EntityKind
  country: string | null
  code: string | null
  roles: Role[]
  aliases: string[]
}

export interface Mention {
  entity: string
  start: number
  end: number
  via: 'name' | 'alias' | 'title' | 'pronoun' | 'demonym' | 'description'
}

export interface Quote {
  id: string
  start: number
  end: number
  kind: 'direct' | 'indirect' | 'mixed'
  speaker: string | null
  speakerName: string | null
  speakerMention: { start: number; end: number } | null
  cue: { start: number; end: number; lemma: string } | null
  addressee?: string | null
  /** Topics of the quoted content (topic lexicon), tagged by the pipeline. */
  topics?: string[]
}

export interface Timex {
  start: number
  end: number
  value: string
  type: 'DATE'
}

export interface Event {
  id: string
  start: number
  end: number
  trigger: { start: number; end: number }
  /** The whole sentence that holds the event: the evidence exports quote. */
  sentence: { start: number; end: number }
  plover: string
  cameo: string
  quadClass: number
  goldstein: number
  source: string | null
  target: string | null
  sourceCode: string | null
  targetCode: string | null
  date: string | null
  negated: boolean
  hypothetical: boolean
  /** Topics of the event's sentence (topic lexicon), tagged by the pipeline. */
  topics?: string[]
}

export interface Expectation {
  id: string
  start: number
  end: number
  holder: string | null
  holderName: string | null
  subjects: string[]
  polarity: 'positive' | 'negative' | 'mixed'
  horizon: 'short' | 'long' | 'unspecified'
  modality: 'certain' | 'likely' | 'possible' | 'unlikely' | 'conditional'
  topics: string[]
}

/** A UD word of the optional syntax layer; the words of a multi-word token ("del") share its span. */
export interface ParsedWord {
  form: string
  start: number
  end: number
  upos: string
  lemma: string
  /** CoNLL-U FEATS (`Number=Sing|Person=3`), or null. */
  feats: string | null
  /** 1-based index of the head word in the sentence, 0 for the root. */
  head: number
  deprel: string
}

/** One sentence of the syntax layer: its span and its words in UD order. */
export interface ParsedSentence {
  start: number
  end: number
  words: ParsedWord[]
}

export interface Analysis {
  format: typeof ANALYSIS_FORMAT
  article: Article
  entities: Entity[]
  mentions: Mention[]
  quotes: Quote[]
  timexes: Timex[]
  events: Event[]
  expectations: Expectation[]
  /** Only when asked for (`dyad analyze --syntax`): one entry per sentence. */
  syntax?: ParsedSentence[]
  warnings?: string[]
}
