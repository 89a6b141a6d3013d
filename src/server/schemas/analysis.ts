import { z } from '@hono/zod-openapi'
import { ENTITY_KINDS } from '../../doc/index.js'

const span = z.object({ start: z.number().int(), end: z.number().int() })
const polarity = z.enum(['positive', 'negative', 'mixed'])
const horizon = z.enum(['short', 'long', 'unspecified'])
const nullable = <T extends z.ZodType>(t: T) => t.nullable()

/** The `dyad.analysis/1` document (../shared/spec/analysis-format.md); extra fields are allowed. */
export const analysisSchema = z
  .looseObject({
    format: z.literal('dyad.analysis/1'),
    article: z.looseObject({
      id: z.string(),
      title: nullable(z.string()),
      url: nullable(z.string()),
      source: nullable(z.string()),
      published: z.string(),
      language: z.string(),
      text: z.string(),
    }),
    entities: z.array(
      z.looseObject({
        id: z.string(),
        name: z.string(),
        kind: z.enum(ENTITY_KINDS),
        country: nullable(z.string()),
        code: nullable(z.string()),
      }),
    ),
    mentions: z.array(z.looseObject({ entity: z.string(), ...span.shape, via: z.string() })),
    quotes: z.array(
      z.looseObject({
        id: z.string(),
        ...span.shape,
        kind: z.enum(['direct', 'indirect', 'mixed']),
        speaker: nullable(z.string()),
        speakerName: nullable(z.string()),
      }),
    ),
    timexes: z.array(z.looseObject({ ...span.shape, value: z.string() })),
    events: z.array(
      z.looseObject({
        id: z.string(),
        ...span.shape,
        plover: z.string(),
        cameo: z.string(),
        quadClass: z.number(),
        goldstein: z.number(),
        source: nullable(z.string()),
        target: nullable(z.string()),
      }),
    ),
    expectations: z.array(
      z.looseObject({ id: z.string(), ...span.shape, polarity, horizon, modality: z.string() }),
    ),
  })
  .openapi('Analysis')
