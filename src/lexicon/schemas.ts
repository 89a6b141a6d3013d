import { z } from 'zod'
import { EVENT_WORD_TYPES } from './event-words.js'

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.\-_]*$/, 'ids are lower-case ascii with dots and hyphens')
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code')
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM')
const sector = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter CAMEO sector code')

export const OFFICES = [
  'head-of-state',
  'head-of-government',
  'head-of-state-and-government',
  'foreign-minister',
  'interior-minister',
  'justice-minister',
  'defense-minister',
  'prosecutor-general',
  'president-elect',
  'candidate',
] as const

export const officeTermSchema = z.object({
  id,
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)).default([]),
  country: iso3,
  office: z.enum(OFFICES),
  title: z.string().min(2),
  from: isoDate,
  to: isoDate.nullable(),
  sector,
  source: z.string().optional(),
})

export const personSchema = z.object({
  id,
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)).default([]),
  country: iso3.nullable(),
  sector,
  note: z.string().optional(),
})

export const givenNameSchema = z.object({
  id,
  name: z.string().min(2),
  gender: z.enum(['m', 'f', 'u']),
})

export const organizationSchema = z.object({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(['organization', 'location', 'group']).default('organization'),
  country: iso3.nullable().default(null),
  sector: sector.optional(),
  /** When the body came into being or ceased to be, where a name was another's before or after. */
  from: isoDate.optional(),
  to: isoDate.optional(),
})

export const placeSchema = z.object({
  id,
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)).default([]),
  kind: z.literal('location').default('location'),
  country: iso3.nullable().default(null),
  /** `seat`: a seat of government that speaks for it ("el Kremlin", "the White House"). */
  type: z.enum(['city', 'state', 'region', 'landmark', 'seat', 'capital']),
})

export const abbreviationSchema = z.object({
  id,
  text: z.string().min(2),
  kind: z.enum(['title', 'other', 'initial-safe']),
})

export const roleTitleSchema = z.object({
  id,
  words: z.array(z.string().min(2)).min(1),
  title: z.string().min(2),
  /** None for titles any body gives ("head", "director"): the body names the sector. */
  sector: sector.optional(),
  person: z.boolean().default(true),
  office: z.enum(OFFICES).optional(),
  expert: z.boolean().optional(),
  /** A general word ("the official", "el académico") for anyone who holds a role of its sector. */
  generic: z.boolean().optional(),
})

export const orgWordSchema = z.object({
  id,
  word: z.string().min(2),
  kind: z.enum(['organization', 'location']),
  /** `descriptor`: a common noun that stands right before a name and types it ("airline Mahan Air"). */
  position: z.enum(['head', 'any', 'descriptor']).default('head'),
})

export const speechCueSchema = z.object({
  id,
  lemma: z.string().min(2),
  forms: z.array(z.string().min(2)).min(1),
  type: z.enum(['verb', 'prep', 'noun']),
  belief: z.boolean().optional(),
  bareClause: z.boolean().optional(),
  /** The phrase names its speaker only by a possessive ("a su juicio"): the speaker is the one last in view. */
  anaphoric: z.boolean().optional(),
})

export const speechConventionSchema = z
  .object({
    id,
    kind: z.enum([
      'dialogue-dash',
      'null-subject',
      'bare-complement',
      'question-label',
      'answer-label',
      'opener',
      'interposed',
      'group-quantifier',
      'words',
    ]),
    text: z.string().min(1).optional(),
  })
  .refine(
    (c) => c.kind === 'null-subject' || c.kind === 'bare-complement' || c.text,
    'a mark or label needs its text',
  )

export const wordSchema = z.object({ id, word: z.string().min(1) })

export const particleSchema = z.object({
  id,
  word: z.string().min(1),
  joins: z.enum(['org', 'person', 'both', 'gazetteer']),
})

export const timexWordSchema = z.object({
  id,
  word: z.string().min(1),
  type: z.enum([
    'ignore',
    'year-prep',
    'relative-year',
    'future',
    'lead',
    'duration',
    'anchored',
    'hint',
  ]),
  offset: z.number().int().optional(),
})

export const cameoCodeSchema = z.object({
  id,
  code: z.string().regex(/^\d{2,4}$/),
  root: z.string().regex(/^\d{2}$/),
  name: z.string(),
  goldstein: z.number().min(-10).max(10),
  quadClass: z.number().int().min(1).max(4),
  plover: z.string().optional(),
  ploverMode: z.string().optional(),
})

export const eventPatternSchema = z
  .object({
    id,
    verb: z.string().optional(),
    forms: z.array(z.string().min(1)).optional(),
    noun: z.array(z.string().min(1)).optional(),
    before: z.array(z.string()).optional(),
    // biome-ignore lint/suspicious/noThenProperty: the data names the words that follow a verb "then"
    then: z.array(z.string()).optional(),
    particle: z.string().optional(),
    cameo: z.string().regex(/^\d{2,4}$/),
    /** The code when the act is denied: "no reconoce" is a rejection, not a negated recognition. */
    negatedCameo: z
      .string()
      .regex(/^\d{2,4}$/)
      .optional(),
    target: z.enum(['object', 'after', 'to', 'none', 'counterpart']),
    passive: z.boolean().optional(),
    /** `passive`: the pattern holds only in the passive ("fue recibido por" is hosting, "recibió ayuda" is not). */
    voice: z.literal('passive').optional(),
  })
  .refine(
    (p) => (p.verb && p.forms?.length) || p.noun?.length,
    'a pattern needs verb and forms, or noun',
  )

export const verbInflectionSchema = z.object({
  id,
  /** Rules of one group compete: only the longest matching `from` applies to a form. */
  group: z.string().min(1),
  /** The ending of a listed form that is rewritten. */
  from: z.string().min(1),
  to: z.array(z.string().min(1)).min(1),
  /** Only for verbs whose lemma ends so ("ar", "arse"). */
  lemma: z.array(z.string().min(1)).optional(),
  mood: z
    .enum(['present', 'past', 'future', 'conditional', 'subjunctive', 'participle'])
    .optional(),
  /** The pattern's clitic is glued after the new ending ("reunir" + "se"). */
  clitic: z.boolean().optional(),
})

export const eventWordSchema = z.object({
  id,
  word: z.string().min(1),
  type: z.enum(EVENT_WORD_TYPES),
})

export const stanceWordSchema = z.object({
  id,
  word: z.string().min(2),
  polarity: z.enum(['positive', 'negative']),
})

/** The values each type of expectation cue may carry. */
export const EXPECTATION_CUE_VALUES = {
  modal: ['certain', 'likely', 'possible', 'unlikely', 'conditional'],
  horizon: ['short', 'long', 'date'],
  /** A span of time units ahead: a lead word ("next", "coming") and a unit ("weeks": short, "years": long). */
  span: ['ahead', 'short', 'long'],
  polarity: ['positive', 'negative'],
  amplify: ['positive', 'negative', 'none'],
  invert: ['positive', 'negative', 'none'],
  diminish: ['positive', 'negative', 'none'],
  about: ['relationship', 'pair'],
  negation: ['not'],
  scope: ['reason', 'condition', 'concession', 'time'],
  link: ['contrast', 'and', 'that', 'relative', 'topic', 'question', 'goal'],
  turn: ['answer', 'question'],
  ignore: ['phrase'],
} as const

export const expectationCueSchema = z
  .object({
    id,
    phrase: z.string().min(1),
    type: z.enum(Object.keys(EXPECTATION_CUE_VALUES) as [keyof typeof EXPECTATION_CUE_VALUES]),
    value: z.string().min(2),
    /** `suffix`: the phrase is a word ending ("-rá"), matched on single tokens. */
    match: z.enum(['phrase', 'suffix']).default('phrase'),
    /**
     * What a modal needs besides itself to make a forecast: `outcome` (a bare future,
     * "will": an outcome word after it, a relationship or a term), `term` ("would",
     * "can": a term such as "in the long run"), `nothing` ("should not be expected"
     * forecasts alone). Other modals take an outcome or relationship word, a term or a date.
     */
    needs: z.enum(['outcome', 'term', 'nothing']).optional(),
    /** For a `suffix` cue: the ending to drop to find the word's own cues ("mejorará" → "mejorar"). */
    strip: z.string().optional(),
    /** A calendar horizon ("this year", "soon"): it dates an outlook but makes no bare future one. */
    schedule: z.boolean().optional(),
    /**
     * `subject`: the subject of this verb holds the expectation ("she expects …");
     * `none`: an impersonal cue ("it is expected", "se espera") voices no one, so the
     * voice of the paragraph does not carry over to it.
     */
    holder: z.enum(['subject', 'none']).optional(),
    /** A copula with an infinitive ("is to"): a plan, unless its subject names a goal ("the aim is to …"). */
    copular: z.boolean().optional(),
  })
  .refine((c) => (EXPECTATION_CUE_VALUES[c.type] as readonly string[]).includes(c.value), {
    message: 'value does not fit the type (see EXPECTATION_CUE_VALUES)',
    path: ['value'],
  })

export const topicSchema = z.object({
  id,
  topic: z.string().regex(/^[a-z-]+$/),
  words: z.array(z.string().min(2)).min(1),
})

export const pronounSchema = z.object({
  id,
  word: z.string().min(1),
  gender: z.enum(['m', 'f', 'n']),
  number: z.enum(['sg', 'pl']),
  case: z.enum(['subj', 'obj', 'poss', 'refl']),
  /** False where the form is too ambiguous to point at a person ("la" is also an article). */
  resolve: z.boolean().default(true),
})

/** What the code needs to know of a language beyond its word lists. */
export const languageSchema = z.object({
  id,
  name: z.string().min(2),
  /** The chrono-node locale that reads its dates (en, es, fr, pt, de, nl, ja, …). */
  dateLocale: z.string().regex(/^[a-z]{2}$/),
  /** The world-countries translation key of its country names (eng, spa, fra, por, …). */
  countryNames: z.string().regex(/^[a-z]{3}$/),
  /** Words that may stand before a title in an attribution ("the", "former"). */
  titleDeterminers: z.array(z.string()).default([]),
  /** Words that introduce someone not met before ("a", "one"): "a court clerk said" is a new, unnamed speaker. */
  indefiniteDeterminers: z.array(z.string()).default([]),
  /** Frequent words few other languages write ("the", "of"): text full of them is this language. */
  markers: z.array(z.string()).default([]),
  /** How an age is set off after a person's name: "Brenton Tarrant, aged 28," / "Ana Paz, de 45 años,". */
  agePhrase: z
    .object({ before: z.array(z.string()).default([]), after: z.array(z.string()).default([]) })
    .optional(),
})

export const countryNamesSchema = z.object({
  id,
  country: iso3,
  names: z.array(z.string().min(2)).default([]),
  demonyms: z.array(z.string().min(3)).default([]),
  /** The capital's name in this language where the country packages give another ("Pekín"). */
  capitals: z.array(z.string().min(2)).default([]),
})

export const regionSchema = z.object({
  id,
  names: z.array(z.string().min(2)).default([]),
  adjectives: z.array(z.string().min(2)).default([]),
  subregion: z.string().optional(),
  subregions: z.array(z.string()).optional(),
  region: z.string().optional(),
  countries: z.array(iso3).optional(),
})

export type OfficeTerm = z.infer<typeof officeTermSchema>
export type Office = (typeof OFFICES)[number]
export type KnownPerson = z.infer<typeof personSchema>
export type KnownOrganization = z.infer<typeof organizationSchema>
export type RoleTitle = z.infer<typeof roleTitleSchema>
export type OrgWord = z.infer<typeof orgWordSchema>
export type SpeechCue = z.infer<typeof speechCueSchema>
export type SpeechConvention = z.infer<typeof speechConventionSchema>
export type Pronoun = z.infer<typeof pronounSchema>
export type LanguageInfo = z.infer<typeof languageSchema>
export type CountryNames = z.infer<typeof countryNamesSchema>
export type Region = z.infer<typeof regionSchema>
export type CameoCode = z.infer<typeof cameoCodeSchema>
export type EventPattern = z.infer<typeof eventPatternSchema>
export type VerbInflection = z.infer<typeof verbInflectionSchema>
export type ExpectationCue = z.infer<typeof expectationCueSchema>

/** How a language writes several syntactic words as one token (UD multi-word tokens). */
export const multiwordSchema = z
  .object({
    id,
    type: z.enum(['word', 'suffix', 'join', 'clitic', 'verb-ending', 'verb', 'keep']),
    form: z.string().min(1),
    /** `word`: the words the token stands for ("del" → de, el). */
    words: z.array(z.string().min(1)).min(2).optional(),
    /** `word`: also part of names ("Al Qaeda", "Del Potro"), so left whole when capitalised inside a sentence. */
    name: z.boolean().optional(),
    /** `join`: only after a word that ends so ("Edwards" + "'"). */
    after: z.string().min(1).optional(),
    /** `clitic`: its place when two are attached (se, then te, then me/nos, then the third person). */
    rank: z.number().int().min(1).optional(),
    /**
     * `clitic`: enough on its own after an accented verb to read it as an imperative ("dígame");
     * `verb-ending`: an imperative's, so it needs two clitics or one such ("únanse", not "órganos").
     */
    imperative: z.boolean().optional(),
    /** `verb-ending`: the shortest verb part with it ("parte" is no "par" + "te"). */
    min: z.number().int().min(1).optional(),
    /** `verb-ending`: only when a written accent shows the clitics moved the stress ("únanse"). */
    accented: z.boolean().optional(),
    /** `keep`: `form` ends tokens or verb parts that are no verb ("suerte" is no "suer" + "te"). */
    ending: z.boolean().optional(),
  })
  .refine((m) => m.type !== 'word' || m.words, 'a word needs the words it stands for')
  .refine((m) => m.type !== 'clitic' || m.rank, 'a clitic needs its rank')
