import { z } from '@hono/zod-openapi'
import { ENTITY_KINDS } from '../../doc/index.js'
import { parseIsoDate } from '../../extract/index.js'

/** A whole number in a query string, within bounds. */
const count = (name: string, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be 0 or more`)
    .max(max, `${name} must be at most ${max}`)
    .default(fallback)
    .openapi({ param: { name, in: 'query' }, example: fallback })

const positive = (name: string, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`)
    .max(max, `${name} must be at most ${max}`)
    .default(fallback)
    .openapi({ param: { name, in: 'query' }, example: fallback })

const date = (name: string) =>
  z.iso
    .date({ error: `${name} must be a date like 2025-03-16` })
    .optional()
    .openapi({
      param: { name, in: 'query' },
      description: `Inclusive bound on the publication date (YYYY-MM-DD)`,
    })

const flag = (name: string) =>
  z
    .enum(['true', 'false', '1', '0'], { error: `${name} must be true or false` })
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .openapi({ param: { name, in: 'query' } })

const actorRef = (name: string, example: string) =>
  z
    .string()
    .trim()
    .min(1, `${name} must name an actor`)
    .max(200, `${name} is too long (200 characters at most)`)
    .openapi({
      param: { name, in: 'query' },
      example,
      description:
        'An actor: a store id from /api/actors, a name ("Bukele"), a country name or ISO-3 code ("SLV")',
    })

const range = { from: date('from'), to: date('to') }

export const idParam = z.object({
  id: z.coerce
    .number({ error: 'id must be a number' })
    .int('id must be a whole number')
    .min(1, 'id must be at least 1')
    .openapi({ param: { name: 'id', in: 'path' }, example: 3 }),
})

export const articleIdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(300, 'id is too long (300 characters at most)')
    .openapi({ param: { name: 'id', in: 'path' } }),
})

export const actorsQuery = z.strictObject({
  q: z
    .string()
    .max(200, 'q is too long (200 characters at most)')
    .default('')
    .openapi({
      param: { name: 'q', in: 'query' },
      example: 'Buk',
      description: 'Part of a name or alias, or an actor code; empty for the most written-about',
    }),
  kind: z
    .enum(ENTITY_KINDS, { error: `kind must be one of ${ENTITY_KINDS.join(', ')}` })
    .optional()
    .openapi({ param: { name: 'kind', in: 'query' } }),
  limit: positive('limit', 100, 10),
})

export const actorListQuery = z.strictObject({ ...range, limit: positive('limit', 100, 20) })

export const actorQuotesQuery = z.strictObject({
  ...range,
  role: z
    .enum(['by', 'about'], { error: 'role must be by or about' })
    .default('by')
    .openapi({
      param: { name: 'role', in: 'query' },
      description: 'Quotes the actor said, or quotes that name the actor',
    }),
  limit: positive('limit', 500, 50),
})

export const dyadQuery = z.strictObject({
  a: actorRef('a', 'Trump'),
  b: actorRef('b', 'Bukele'),
  ...range,
})

export const briefQuery = dyadQuery.extend({
  limit: positive('limit', 1000, 20).openapi({
    description: 'At most this many voices, topics, outlook items and key events',
  }),
  evidence: positive('evidence', 100, 3).openapi({
    description: 'At most this many pieces of evidence (quotes, reports) per entry',
  }),
})

const page = { limit: positive('limit', 1000, 100), offset: count('offset', 1_000_000, 0) }

export const dyadEventsQuery = dyadQuery.extend({
  ...page,
  negated: flag('negated').openapi({ description: 'Include negated events' }),
  hypothetical: flag('hypothetical').openapi({ description: 'Include hypothetical events' }),
})

export const dyadListQuery = dyadQuery.extend(page)

export const dyadExpectationsQuery = dyadQuery.extend({
  ...page,
  horizon: z
    .enum(['short', 'long', 'unspecified'], { error: 'horizon must be short, long or unspecified' })
    .optional()
    .openapi({ param: { name: 'horizon', in: 'query' } }),
})

export const articlesQuery = z.strictObject({
  q: z
    .string()
    .max(500, 'q is too long (500 characters at most)')
    .optional()
    .openapi({ param: { name: 'q', in: 'query' }, description: 'Words to search for' }),
  entity: z.coerce
    .number({ error: 'entity must be a number' })
    .int('entity must be a whole number')
    .min(1, 'entity must be at least 1')
    .optional()
    .openapi({ param: { name: 'entity', in: 'query' }, description: 'Articles naming this actor' }),
  ...range,
  limit: positive('limit', 200, 20),
  offset: count('offset', 1_000_000, 0),
})

export const LANGS = ['en', 'es', 'auto'] as const

export const analyzeJsonBody = z
  .strictObject({
    text: z
      .string({ error: 'text must be a string' })
      .refine((t) => t.trim().length > 0, { error: 'text must not be empty' }),
    title: z.string().max(1000).nullish(),
    published: z
      .string()
      .refine((v) => parseIsoDate(v) !== null, {
        error: 'published must be a date like 2025-03-16',
      })
      .nullish(),
    lang: z.enum(LANGS, { error: 'lang must be en, es or auto' }).default('auto'),
    url: z.string().max(2000).nullish(),
    source: z.string().max(500).nullish(),
  })
  .openapi('AnalyzeRequest')

export const analyzeTextQuery = z.strictObject({
  title: z
    .string()
    .max(1000)
    .optional()
    .openapi({ param: { name: 'title', in: 'query' } }),
  published: date('published').openapi({
    description: 'Publication date for a text/plain body (YYYY-MM-DD)',
  }),
  lang: z
    .enum(LANGS, { error: 'lang must be en, es or auto' })
    .default('auto')
    .openapi({ param: { name: 'lang', in: 'query' } }),
})
