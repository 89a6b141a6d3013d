import { createRoute, z } from '@hono/zod-openapi'
import { type ApiDeps, ERRORS, json, NOT_FOUND, newApi } from '../api.js'
import { ApiError } from '../errors.js'
import { analysisSchema } from '../schemas/analysis.js'
import { articleIdParam, articlesQuery } from '../schemas/params.js'
import { articleSchema, countsSchema } from '../schemas/responses.js'

const tags = ['articles']

const routes = {
  list: createRoute({
    method: 'get',
    path: '/articles',
    tags,
    summary: 'Stored articles: the words of `q` (best matches first), else the latest',
    request: { query: articlesQuery },
    responses: {
      200: json(z.object({ articles: z.array(articleSchema) }), 'Articles'),
      ...ERRORS,
    },
  }),
  article: createRoute({
    method: 'get',
    path: '/articles/{id}',
    tags,
    summary: 'One article with its annotations (a dyad.analysis/1 document)',
    request: { params: articleIdParam },
    responses: {
      200: json(z.object({ article: articleSchema, analysis: analysisSchema }), 'The article'),
      ...NOT_FOUND,
    },
  }),
  stats: createRoute({
    method: 'get',
    path: '/stats',
    tags: ['store'],
    summary: 'How much the store holds',
    responses: { 200: json(z.object({ counts: countsSchema }), 'Counts') },
  }),
}

/** `/api/articles/*` and `/api/stats`: the stored articles and their annotations. */
export function articleRoutes({ store }: ApiDeps) {
  return newApi()
    .openapi(routes.list, async (c) => {
      const { q, entity, from, to, limit, offset } = c.req.valid('query')
      if (q?.trim()) {
        if (entity !== undefined || from || to || offset)
          throw new ApiError(
            400,
            'E_PARAM',
            'q cannot be combined with entity, from, to or offset',
            'q',
          )
        return c.json({ articles: await store.search(q, { limit }) }, 200)
      }
      return c.json({ articles: await store.articles({ entity, from, to, limit, offset }) }, 200)
    })
    .openapi(routes.article, async (c) => {
      const { id } = c.req.valid('param')
      const found = await store.article(id)
      if (!found) throw new ApiError(404, 'E_NOT_FOUND', 'no article with this id', 'id')
      const { analysis, ...article } = found
      return c.json({ article, analysis }, 200)
    })
    .openapi(routes.stats, async (c) => c.json({ counts: await store.counts() }, 200))
}
