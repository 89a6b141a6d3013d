import { z } from '@hono/zod-openapi'
import { ENTITY_KINDS } from '../../doc/index.js'

const span = z.object({ start: z.number().int(), end: z.number().int() })
const polarity = z.enum(['positive', 'negative', 'mixed'])
const horizon = z.enum(['short', 'long', 'unspecified'])
const nullable = <T extends z.ZodType>(t: T) => t.nullable()

export const errorSchema = z
  .object({
    error: z.object({
      status: z.number().int().openapi({ example: 400 }),
      code: z.string().openapi({ example: 'E_PARAM' }),
      message: z.string().openapi({ example: 'limit must be at most 100' }),
      parameter: z.string().optional().openapi({ example: 'limit' }),
    }),
  })
  .openapi('Error')

export const evidenceSchema = z
  .object({
    article: z.string(),
    title: nullable(z.string()),
    url: nullable(z.string()),
    source: nullable(z.string()),
    published: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string().openapi({ description: 'The span of article text: untrusted, show as text' }),
  })
  .openapi('Evidence')

export const entitySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(ENTITY_KINDS),
    country: nullable(z.string()),
    code: nullable(z.string()),
    aliases: z.array(z.string()),
    articles: z.number().int(),
    mentions: z.number().int(),
    firstSeen: z.string(),
    lastSeen: z.string(),
  })
  .openapi('Actor')

export const entityRefSchema = entitySchema
  .pick({ id: true, name: true, kind: true, country: true, code: true })
  .openapi('ActorRef')

export const roleSchema = z
  .object({
    title: z.string(),
    of: nullable(z.string()),
    from: nullable(z.string()),
    to: nullable(z.string()),
    via: z.enum(['text', 'lexicon']),
    article: z.string(),
    published: z.string(),
    span: nullable(z.object({ start: z.number().int(), end: z.number().int() })).openapi({
      description: 'Where the article states the role; null for roles from the lexicon',
    }),
  })
  .openapi('Role')

const ties = {
  events: z.number().int(),
  cooperation: z.number().int(),
  conflict: z.number().int(),
  meanGoldstein: nullable(z.number()),
  articles: z.number().int(),
}

export const counterpartSchema = z
  .object({ entity: entityRefSchema, ...ties })
  .openapi('Counterpart')

export const networkSchema = z
  .object({
    nodes: z.array(
      entityRefSchema.extend({
        events: z.number().int(),
        articles: z.number().int(),
        centre: z.boolean(),
      }),
    ),
    edges: z.array(z.object({ a: z.number().int(), b: z.number().int(), ...ties })),
  })
  .openapi('Network')

export const storedEventSchema = z
  .object({
    evidence: evidenceSchema,
    trigger: span,
    plover: z.string(),
    cameo: z.string(),
    quadClass: z.number().int(),
    goldstein: z.number(),
    source: nullable(z.number().int()),
    target: nullable(z.number().int()),
    sourceName: nullable(z.string()),
    targetName: nullable(z.string()),
    sourceCode: nullable(z.string()),
    targetCode: nullable(z.string()),
    sourceCountry: nullable(z.string()),
    targetCountry: nullable(z.string()),
    date: nullable(z.string()),
    negated: z.boolean(),
    hypothetical: z.boolean(),
    topics: z.array(z.string()),
  })
  .openapi('Event')

export const storedQuoteSchema = z
  .object({
    evidence: evidenceSchema,
    kind: z.enum(['direct', 'indirect', 'mixed']),
    speaker: nullable(z.number().int()),
    speakerName: nullable(z.string()),
    cue: nullable(z.string()),
    topics: z.array(z.string()),
    about: z.array(z.string()),
  })
  .openapi('Quote')

export const storedExpectationSchema = z
  .object({
    evidence: evidenceSchema,
    holder: nullable(z.number().int()),
    holderName: nullable(z.string()),
    subjects: z.array(z.string()),
    polarity,
    horizon,
    modality: z.string(),
    topics: z.array(z.string()),
  })
  .openapi('Expectation')

export const articleSchema = z
  .object({
    id: z.string(),
    title: nullable(z.string()),
    url: nullable(z.string()),
    source: nullable(z.string()),
    published: z.string(),
    language: z.string(),
    chars: z.number().int(),
    snippet: z.string().optional(),
  })
  .openapi('Article')

const actorSideSchema = z
  .object({
    query: z.string(),
    name: z.string(),
    kind: z.enum(ENTITY_KINDS),
    country: nullable(z.string()),
    code: nullable(z.string()),
    entity: nullable(z.number().int()),
    side: z.object({ entities: z.array(z.number().int()), countries: z.array(z.string()) }),
  })
  .openapi('DyadSide')

export const monthSchema = z
  .object({
    month: z.string().openapi({ example: '2025-03' }),
    events: z.number().int(),
    quadClass: z.tuple([z.number(), z.number(), z.number(), z.number()]).openapi({
      description:
        'Events by QuadClass: verbal and material cooperation, verbal and material conflict',
    }),
    meanGoldstein: z.number(),
  })
  .openapi('Month')

const findingSchema = z
  .object({
    topic: z.string(),
    weight: z.number().int(),
    items: z.array(
      z.object({
        kind: z.enum(['event', 'expectation']),
        summary: z.string(),
        evidence: evidenceSchema,
      }),
    ),
  })
  .openapi('TopicFinding')

export const timelineEventSchema = z
  .object({
    date: z.string(),
    dated: z.boolean(),
    plover: z.string(),
    cameo: z.string(),
    quadClass: z.number().int(),
    goldstein: z.number(),
    source: nullable(z.string()),
    target: nullable(z.string()),
    sourceCode: nullable(z.string()),
    targetCode: nullable(z.string()),
    sourceCountry: nullable(z.string()),
    targetCountry: nullable(z.string()),
    topics: z.array(z.string()),
    sources: z.number().int(),
    evidence: z.array(evidenceSchema),
  })
  .openapi('TimelineEvent')

export const briefSchema = z
  .object({
    format: z.literal('dyad.brief/1'),
    actors: z.tuple([actorSideSchema, actorSideSchema]),
    range: z.object({ from: nullable(z.string()), to: nullable(z.string()) }),
    articles: z.number().int(),
    bottomLine: z.object({
      summary: z.string(),
      outlook: z.array(
        z.object({
          horizon,
          polarity: nullable(polarity),
          counts: z.object({ positive: z.number(), negative: z.number(), mixed: z.number() }),
          holders: z.array(z.string()),
          items: z.array(
            z.object({
              holder: nullable(z.string()),
              polarity,
              modality: z.string(),
              evidence: evidenceSchema,
            }),
          ),
        }),
      ),
    }),
    convergences: z.array(findingSchema),
    frictions: z.array(findingSchema),
    voices: z.array(
      z.object({
        name: z.string(),
        entity: nullable(z.number().int()),
        role: nullable(z.string()),
        affiliation: nullable(z.string()),
        country: nullable(z.string()),
        stance: z.enum(['positive', 'negative', 'mixed', 'neutral']),
        quoteCount: z.number().int(),
        quotes: z.array(
          z.object({ kind: z.string(), topics: z.array(z.string()), evidence: evidenceSchema }),
        ),
      }),
    ),
    timeline: z.array(timelineEventSchema).openapi({
      description: 'The key events (most sources, strongest weight), in date order',
    }),
    series: z.array(monthSchema),
    totals: z.object({
      timeline: z.number().int(),
      voices: z.number().int(),
      convergences: z.number().int(),
      frictions: z.number().int(),
      expectations: z.number().int(),
    }),
  })
  .openapi('Brief')

export const countsSchema = z
  .object({
    articles: z.number().int(),
    entities: z.number().int(),
    mentions: z.number().int(),
    quotes: z.number().int(),
    events: z.number().int(),
    expectations: z.number().int(),
  })
  .openapi('Counts')
