import { createRoute, z } from '@hono/zod-openapi'
import {
  type Actor,
  type Brief,
  briefFromRows,
  buildTimeline,
  type DyadRows,
  dyadRows,
  keyEvents,
  monthlySeries,
  rowsInRange,
} from '../../analyze/index.js'
import type { DateRange } from '../../store/index.js'
import { actorParam } from '../actor-ref.js'
import { type ApiDeps, json, NOT_FOUND, newApi } from '../api.js'
import { RevisionCache } from '../cache.js'
import {
  briefQuery,
  dyadEventsQuery,
  dyadExpectationsQuery,
  dyadListQuery,
  dyadQuery,
} from '../schemas/params.js'
import {
  briefSchema,
  monthSchema,
  storedEventSchema,
  storedExpectationSchema,
  storedQuoteSchema,
} from '../schemas/responses.js'
import { Turns } from '../turns.js'

const tags = ['dyad']
const sides = z.object({ actors: briefSchema.shape.actors })
const total = z.number().int().openapi({ description: 'How many there are in all' })

const routes = {
  brief: createRoute({
    method: 'get',
    path: '/dyad/brief',
    tags,
    summary: 'The relationship brief of two actors',
    description:
      'Bottom line and outlook by horizon, convergences and frictions by topic, voices, key events and the monthly series. Lists are cut to `limit` entries and `evidence` items each; `totals` gives the full counts.',
    request: { query: briefQuery },
    responses: { 200: json(briefSchema, 'The brief'), ...NOT_FOUND },
  }),
  series: createRoute({
    method: 'get',
    path: '/dyad/series',
    tags,
    summary: 'Events per month by QuadClass, with the mean Goldstein weight',
    request: { query: dyadQuery },
    responses: {
      200: json(sides.extend({ series: z.array(monthSchema) }), 'The monthly series'),
      ...NOT_FOUND,
    },
  }),
  events: createRoute({
    method: 'get',
    path: '/dyad/events',
    tags,
    summary: 'The events between the two sides that the brief reads, in either direction',
    request: { query: dyadEventsQuery },
    responses: {
      200: json(sides.extend({ total, events: z.array(storedEventSchema) }), 'Events'),
      ...NOT_FOUND,
    },
  }),
  quotes: createRoute({
    method: 'get',
    path: '/dyad/quotes',
    tags,
    summary: 'The quotes the brief reads: those whose words or sentence speak of the pair',
    request: { query: dyadListQuery },
    responses: {
      200: json(sides.extend({ total, quotes: z.array(storedQuoteSchema) }), 'Quotes'),
      ...NOT_FOUND,
    },
  }),
  expectations: createRoute({
    method: 'get',
    path: '/dyad/expectations',
    tags,
    summary: 'The expectations the brief reads: those whose clause is about the pair',
    request: { query: dyadExpectationsQuery },
    responses: {
      200: json(
        sides.extend({ total, expectations: z.array(storedExpectationSchema) }),
        'Expectations',
      ),
      ...NOT_FOUND,
    },
  }),
}

/** `/api/dyad/*`: a relationship, its brief and the rows behind it. */
export function dyadRoutes({ store }: ApiDeps) {
  // A dyad's rows over all dates, read once: the brief of any date range is built from
  // them in a few milliseconds, where reading them takes tens.
  const rows = new RevisionCache<DyadRows>(8)
  // Built two at a time, the rest in turn (see Turns).
  const building = new Turns(2)
  // What the page asks for again and again, ready to send: the cut brief as JSON.
  const pages = new RevisionCache<string>(64)
  // Names are matched against every alias: worth remembering what "Trump" was.
  const actors = new RevisionCache<Actor>(512)
  const sidesOf = async (q: { a: string; b: string }): Promise<[Actor, Actor]> => {
    const revision = await store.revision()
    const side = (ref: string, parameter: string) =>
      actors.get(revision, ref, () => actorParam(store, ref, parameter))
    return Promise.all([side(q.a, 'a'), side(q.b, 'b')])
  }
  const rowsOf = async (a: Actor, b: Actor, range: DateRange) => {
    const all = await rows.get(await store.revision(), JSON.stringify([a.side, b.side]), () =>
      building.run(() => dyadRows(store, a, b)),
    )
    return rowsInRange(all, range)
  }

  return newApi()
    .openapi(routes.brief, async (c) => {
      const q = c.req.valid('query')
      const [a, b] = await sidesOf(q)
      const key = JSON.stringify([a, b, q.from ?? null, q.to ?? null, q.limit, q.evidence])
      const body = await pages.get(await store.revision(), key, async () =>
        JSON.stringify({
          ...cutBrief(briefFromRows(a, b, q, await rowsOf(a, b, q)), q.limit, q.evidence),
          actors: [a, b],
        }),
      )
      // Already JSON of the documented shape; typed routes only know c.json's objects.
      return c.body(body, 200, { 'content-type': 'application/json' }) as never
    })
    .openapi(routes.series, async (c) => {
      const q = c.req.valid('query')
      const [a, b] = await sidesOf(q)
      const { events } = await rowsOf(a, b, q)
      return c.json({ actors: [a, b], series: monthlySeries(buildTimeline(events)) }, 200)
    })
    .openapi(routes.events, async (c) => {
      const q = c.req.valid('query')
      const [a, b] = await sidesOf(q)
      const all = (await rowsOf(a, b, q)).events.filter(
        (e) => (q.negated || !e.negated) && (q.hypothetical || !e.hypothetical),
      )
      const events = all.slice(q.offset, q.offset + q.limit)
      return c.json({ actors: [a, b], total: all.length, events }, 200)
    })
    .openapi(routes.quotes, async (c) => {
      const q = c.req.valid('query')
      const [a, b] = await sidesOf(q)
      const all = (await rowsOf(a, b, q)).quotes
      const quotes = all.slice(q.offset, q.offset + q.limit)
      return c.json({ actors: [a, b], total: all.length, quotes }, 200)
    })
    .openapi(routes.expectations, async (c) => {
      const q = c.req.valid('query')
      const [a, b] = await sidesOf(q)
      const all = (await rowsOf(a, b, q)).expectations.filter(
        (x) => !q.horizon || x.horizon === q.horizon,
      )
      const expectations = all.slice(q.offset, q.offset + q.limit)
      return c.json({ actors: [a, b], total: all.length, expectations }, 200)
    })
}

/** The brief with every list cut to what a page shows; the totals say what was left out. */
function cutBrief(brief: Brief, limit: number, evidence: number) {
  const { bottomLine, convergences, frictions, voices, timeline } = brief
  const findings = (list: Brief['convergences']) =>
    list.slice(0, limit).map((f) => ({ ...f, items: f.items.slice(0, evidence) }))
  return {
    ...brief,
    bottomLine: {
      ...bottomLine,
      outlook: bottomLine.outlook.map((o) => ({ ...o, items: o.items.slice(0, limit) })),
    },
    convergences: findings(convergences),
    frictions: findings(frictions),
    voices: voices.slice(0, limit).map((v) => ({
      ...v,
      quoteCount: v.quotes.length,
      quotes: v.quotes.slice(0, evidence),
    })),
    timeline: keyEvents(timeline, limit).map((e) => ({
      ...e,
      evidence: e.evidence.slice(0, evidence),
    })),
    totals: {
      timeline: timeline.length,
      voices: voices.length,
      convergences: convergences.length,
      frictions: frictions.length,
      expectations: bottomLine.outlook.reduce((n, o) => n + o.items.length, 0),
    },
  }
}
