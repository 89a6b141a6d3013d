import { createRoute, z } from '@hono/zod-openapi'
import { actorNetwork } from '../../analyze/index.js'
import { type ApiDeps, ERRORS, json, NOT_FOUND, newApi } from '../api.js'
import { ApiError } from '../errors.js'
import { actorListQuery, actorQuotesQuery, actorsQuery, idParam } from '../schemas/params.js'
import {
  counterpartSchema,
  entitySchema,
  networkSchema,
  roleSchema,
  storedQuoteSchema,
} from '../schemas/responses.js'

const tags = ['actors']

const routes = {
  search: createRoute({
    method: 'get',
    path: '/actors',
    tags,
    summary: 'Actors whose name, alias or code matches, the most written-about first',
    request: { query: actorsQuery },
    responses: { 200: json(z.object({ actors: z.array(entitySchema) }), 'Actors'), ...ERRORS },
  }),
  actor: createRoute({
    method: 'get',
    path: '/actors/{id}',
    tags,
    summary: 'One actor and its roles',
    request: { params: idParam },
    responses: {
      200: json(z.object({ actor: entitySchema, roles: z.array(roleSchema) }), 'The actor'),
      ...NOT_FOUND,
    },
  }),
  counterparts: createRoute({
    method: 'get',
    path: '/actors/{id}/counterparts',
    tags,
    summary: 'The actors this one deals with, the most events first',
    request: { params: idParam, query: actorListQuery },
    responses: {
      200: json(z.object({ counterparts: z.array(counterpartSchema) }), 'Counterparts'),
      ...NOT_FOUND,
    },
  }),
  network: createRoute({
    method: 'get',
    path: '/actors/{id}/network',
    tags,
    summary: 'The actor, its counterparts, and who among them deals with whom',
    request: { params: idParam, query: actorListQuery },
    responses: { 200: json(networkSchema, 'Nodes and edges'), ...NOT_FOUND },
  }),
  quotes: createRoute({
    method: 'get',
    path: '/actors/{id}/quotes',
    tags,
    summary: 'Quotes by the actor, or quotes that name it',
    request: { params: idParam, query: actorQuotesQuery },
    responses: {
      200: json(z.object({ quotes: z.array(storedQuoteSchema) }), 'Quotes, latest first'),
      ...NOT_FOUND,
    },
  }),
}

/** `/api/actors/*`: who is in the store, and each actor's roles, counterparts and quotes. */
export function actorRoutes({ store }: ApiDeps) {
  const known = async (id: number) => {
    const actor = await store.entity(id)
    if (!actor) throw new ApiError(404, 'E_NOT_FOUND', `no actor with id ${id}`, 'id')
    return actor
  }
  return newApi()
    .openapi(routes.search, async (c) => {
      const { q, kind, limit } = c.req.valid('query')
      return c.json({ actors: await store.findEntities(q, { kind, limit }) }, 200)
    })
    .openapi(routes.actor, async (c) => {
      const { id } = c.req.valid('param')
      const actor = await known(id)
      return c.json({ actor, roles: await store.roles(id) }, 200)
    })
    .openapi(routes.counterparts, async (c) => {
      const { id } = c.req.valid('param')
      await known(id)
      return c.json({ counterparts: await store.counterparts(id, c.req.valid('query')) }, 200)
    })
    .openapi(routes.network, async (c) => {
      const { id } = c.req.valid('param')
      const network = await actorNetwork(store, id, c.req.valid('query'))
      if (!network) throw new ApiError(404, 'E_NOT_FOUND', `no actor with id ${id}`, 'id')
      return c.json(network, 200)
    })
    .openapi(routes.quotes, async (c) => {
      const { id } = c.req.valid('param')
      const { role, ...filter } = c.req.valid('query')
      await known(id)
      const quotes = await store.quotes(
        role === 'by' ? { ...filter, speaker: [id] } : { ...filter, mentions: [id] },
      )
      return c.json({ quotes }, 200)
    })
}
