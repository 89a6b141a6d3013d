import { createRoute, z } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { type ApiDeps, ERRORS, json, newApi } from '../api.js'
import { ApiError, paramError } from '../errors.js'
import { analysisSchema } from '../schemas/analysis.js'
import { analyzeJsonBody, analyzeTextQuery } from '../schemas/params.js'
import { errorSchema } from '../schemas/responses.js'

const MEDIA_TYPES = ['application/json', 'text/plain']

/** 415 unless the body is JSON or plain text: before anything reads it. */
const mediaType: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (!type || !MEDIA_TYPES.includes(type))
    throw new ApiError(
      415,
      'E_MEDIA_TYPE',
      `send the article as application/json ({"text", "published", …}) or text/plain (got ${type ? `"${type}"` : 'no Content-Type'})`,
    )
  await next()
}

const route = (maxBodyBytes: number) =>
  createRoute({
    method: 'post',
    path: '/analyze',
    tags: ['analyze'],
    summary: 'Analyse one article without storing it',
    description: `The article as JSON, or its text as text/plain with \`published\`, \`lang\` and \`title\` in the query. Bodies over ${maxBodyBytes} bytes are refused (413).`,
    middleware: [
      bodyLimit({
        maxSize: maxBodyBytes,
        onError: () => {
          throw new ApiError(
            413,
            'E_TOO_LARGE',
            `the article is larger than ${Math.round(maxBodyBytes / 1024)} KB`,
          )
        },
      }),
      mediaType,
    ] as const,
    request: {
      query: analyzeTextQuery,
      body: {
        content: {
          'application/json': { schema: analyzeJsonBody },
          'text/plain': { schema: z.string().openapi({ description: 'The article text' }) },
        },
        required: false,
      },
    },
    responses: {
      200: json(z.object({ analysis: analysisSchema }), 'The dyad.analysis/1 document'),
      ...ERRORS,
      413: json(errorSchema, 'The body is too large'),
      415: json(errorSchema, 'The body is neither JSON nor plain text'),
      422: json(errorSchema, 'The article could not be analysed'),
    },
  })

/** `POST /api/analyze`: one article in, its analysis out; nothing is stored. */
export function analyzeRoutes({ analyzer, maxBodyBytes }: ApiDeps) {
  return newApi().openapi(route(maxBodyBytes), async (c) => {
    const query = c.req.valid('query')
    const isJson = c.req.header('content-type')?.toLowerCase().includes('json')
    const raw = isJson ? (c.req.valid('json') as object) : { text: await c.req.text() }
    const parsed = analyzeJsonBody.safeParse({ ...query, ...raw })
    if (!parsed.success) throw paramError(parsed.error.issues, 'json')
    const { text, lang, published, ...rest } = parsed.data
    if (!published)
      throw new ApiError(
        400,
        'E_PARAM',
        'published is needed: relative dates and roles are read against it (YYYY-MM-DD)',
        'published',
      )
    const outcome = await analyzer.analyze(
      { origin: 'request', text, ...rest },
      { published, lang },
    )
    if (outcome.error !== undefined)
      throw new ApiError(422, 'E_INPUT', outcome.error.replace(/^request: /, ''))
    return c.json({ analysis: outcome.analysis }, 200)
  })
}
