import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeArticle } from '../extract/index.js'
import { fromJsonObject } from '../ingest/index.js'
import { type Evidence, openStore, type Store } from '../store/index.js'
import { createApp } from './index.js'

const CORPUS = fileURLToPath(new URL('../../test/fixtures/brief-corpus/articles', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'dyad-server-'))
let store: Store
let app: ReturnType<typeof createApp>

beforeAll(async () => {
  store = openStore(join(dir, 'corpus.db'))
  for (const name of readdirSync(CORPUS).sort())
    await store.add(
      analyzeArticle(fromJsonObject(JSON.parse(readFileSync(join(CORPUS, name), 'utf8')), name)),
    )
  await store.flush()
  app = createApp({
    store,
    analyzer: {
      analyze: async (input, options) => {
        try {
          return { analysis: analyzeArticle(input, options) }
        } catch (err) {
          return { error: (err as Error).message }
        }
      },
    },
    maxBodyBytes: 4096,
    allowedHosts: ['localhost', '127.0.0.1'],
  })
})
afterAll(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const HOST = { host: '127.0.0.1:8080' }
const get = (path: string) => app.request(path, { headers: HOST })
// Bytes, so that no Content-Type is added unless the test gives one.
const post = (path: string, body: string, type?: string, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    body: new TextEncoder().encode(body),
    headers: { ...HOST, ...(type ? { 'content-type': type } : {}), ...headers },
  })

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely, as a client would
type Body = Record<string, any>

async function json(res: Response | Promise<Response>) {
  const r = await res
  return { status: r.status, body: (await r.json()) as Body }
}

describe('the JSON API', () => {
  it('finds actors by part of a name, with kind, country and code', async () => {
    const { status, body } = await json(get('/api/actors?q=bukel'))
    expect(status).toBe(200)
    expect(body.actors[0]).toMatchObject({
      name: 'Nayib Bukele',
      kind: 'person',
      country: 'SLV',
      code: 'SLVGOV',
    })
    const countries = await json(get('/api/actors?kind=country&limit=3'))
    expect(countries.body.actors).toHaveLength(3)
    for (const a of countries.body.actors) expect(a.kind).toBe('country')
  })

  it('answers the brief of a dyad named by names, codes or ids, cut to the page', async () => {
    const byName = await json(get('/api/dyad/brief?a=Trump&b=Bukele&limit=2&evidence=1'))
    expect(byName.status).toBe(200)
    const brief = byName.body
    expect(brief.format).toBe('dyad.brief/1')
    expect(brief.actors.map((a: { name: string }) => a.name)).toEqual([
      'Donald Trump',
      'Nayib Bukele',
    ])
    expect(brief.timeline.length).toBeLessThanOrEqual(2)
    expect(brief.totals.timeline).toBeGreaterThan(2)
    for (const v of brief.voices) expect(v.quotes.length).toBeLessThanOrEqual(1)
    expect(brief.series.length).toBeGreaterThan(0)
    const byId = await json(
      get(`/api/dyad/brief?a=${brief.actors[0].entity}&b=${brief.actors[1].entity}`),
    )
    expect(byId.body.series).toEqual(brief.series)
    const countries = await json(get('/api/dyad/series?a=USA&b=El%20Salvador'))
    expect(countries.body.series.length).toBeGreaterThan(0)
  })

  it("lists a dyad's events, quotes and expectations with totals and pages", async () => {
    const events = await json(get('/api/dyad/events?a=USA&b=SLV&limit=2&offset=1'))
    expect(events.body.events).toHaveLength(2)
    expect(events.body.total).toBeGreaterThan(2)
    const quotes = await json(get('/api/dyad/quotes?a=USA&b=SLV&limit=3'))
    expect(quotes.body.quotes[0].evidence.text.length).toBeGreaterThan(0)
    const long = await json(get('/api/dyad/expectations?a=USA&b=SLV&horizon=long'))
    for (const x of long.body.expectations) expect(x.horizon).toBe('long')
  })

  it('lists the very rows the brief reads (issue 16)', async () => {
    const { body: brief } = await json(get('/api/dyad/brief?a=USA&b=SLV&limit=500'))
    const { body: rows } = await json(get('/api/dyad/expectations?a=USA&b=SLV&limit=500'))
    expect(rows.total).toBe(brief.totals.expectations)
    const inBrief = new Set(
      brief.bottomLine.outlook.flatMap((o: { items: { evidence: Evidence }[] }) =>
        o.items.map((i) => `${i.evidence.article}|${i.evidence.start}`),
      ),
    )
    for (const x of rows.expectations)
      expect(inBrief.has(`${x.evidence.article}|${x.evidence.start}`)).toBe(true)
  })

  it('gives an actor its roles, counterparts, network and quotes', async () => {
    const [bukele] = (await json(get('/api/actors?q=Bukele'))).body.actors
    const one = await json(get(`/api/actors/${bukele.id}`))
    expect(one.body.actor.name).toBe('Nayib Bukele')
    expect(one.body.roles.length).toBeGreaterThan(0)
    const counterparts = await json(get(`/api/actors/${bukele.id}/counterparts?limit=5`))
    expect(counterparts.body.counterparts[0].entity.name).toBe('Donald Trump')
    const network = await json(get(`/api/actors/${bukele.id}/network?limit=5`))
    expect(network.body.nodes[0].centre).toBe(true)
    expect(network.body.edges.length).toBeGreaterThan(0)
    const by = await json(get(`/api/actors/${bukele.id}/quotes?role=by&limit=5`))
    for (const q of by.body.quotes) expect(q.speaker).toBe(bukele.id)
    const about = await json(get(`/api/actors/${bukele.id}/quotes?role=about`))
    expect(about.body.quotes.length).toBeGreaterThan(0)
  })

  it('serves an article with its annotations, and lists and searches articles', async () => {
    const list = await json(get('/api/articles?limit=2'))
    expect(list.body.articles).toHaveLength(2)
    const { article, analysis } = (
      await json(get(`/api/articles/${encodeURIComponent(list.body.articles[0].id)}`))
    ).body
    expect(article.id).toBe(list.body.articles[0].id)
    expect(analysis.format).toBe('dyad.analysis/1')
    expect(analysis.article.text.length).toBe(article.chars)
    const hits = await json(get('/api/articles?q=CECOT'))
    expect(hits.body.articles.length).toBeGreaterThan(0)
  })

  it('describes itself in OpenAPI 3.1', async () => {
    const { body } = await json(get('/api/openapi.json'))
    expect(body.openapi).toBe('3.1.0')
    for (const path of [
      '/api/actors',
      '/api/actors/{id}',
      '/api/actors/{id}/counterparts',
      '/api/actors/{id}/network',
      '/api/actors/{id}/quotes',
      '/api/dyad/brief',
      '/api/dyad/series',
      '/api/dyad/events',
      '/api/dyad/quotes',
      '/api/dyad/expectations',
      '/api/articles',
      '/api/articles/{id}',
      '/api/analyze',
    ])
      expect(Object.keys(body.paths)).toContain(path)
    expect(body.components.schemas.Brief).toBeDefined()
  })
})

describe('the API refuses bad requests clearly', () => {
  it.each([
    ['/api/actors?limit=0', 'limit'],
    ['/api/actors?limit=abc', 'limit'],
    ['/api/actors?kind=planet', 'kind'],
    ['/api/actors?colour=red', 'colour'],
    ['/api/actors/x1', 'id'],
    ['/api/dyad/brief?a=Trump', 'b'],
    ['/api/dyad/brief?a=Trump&b=Bukele&from=2025-02-30', 'from'],
    ['/api/dyad/events?a=Trump&b=Bukele&negated=maybe', 'negated'],
    ['/api/dyad/expectations?a=Trump&b=Bukele&horizon=soon', 'horizon'],
    ['/api/articles?q=tariff&offset=5', 'q'],
  ])('400 for %s, naming %s', async (path, parameter) => {
    const { status, body } = await json(get(path))
    expect(status).toBe(400)
    expect(body.error).toMatchObject({ status: 400, parameter })
    expect(body.error.message).toContain(parameter)
  })

  it('404 for unknown actors, articles and endpoints', async () => {
    for (const path of [
      '/api/actors/99999',
      '/api/actors/99999/network',
      '/api/dyad/brief?a=Trump&b=Zzyzx%20Quux',
      '/api/dyad/brief?a=99999&b=Bukele',
      '/api/articles/no-such-article',
      '/api/nothing-here',
    ]) {
      const { status, body } = await json(get(path))
      expect(status, path).toBe(404)
      expect(body.error.code).toBe('E_NOT_FOUND')
    }
  })

  it('refuses a Host it does not serve, against DNS rebinding', async () => {
    const r = await app.request('/api/actors', { headers: { host: 'attacker.example:8080' } })
    expect(r.status).toBe(403)
  })
})

describe('POST /api/analyze', () => {
  const ARTICLE = 'Bukele met Trump at the White House on Monday. “We are friends,” Bukele said.'

  it('analyses a JSON article without storing it', async () => {
    const before = (await store.counts()).articles
    const { status, body } = await json(
      post(
        '/api/analyze',
        JSON.stringify({ text: ARTICLE, published: '2025-04-14', title: 'Visit' }),
        'application/json',
      ),
    )
    expect(status).toBe(200)
    expect(body.analysis.article).toMatchObject({ title: 'Visit', published: '2025-04-14' })
    expect(body.analysis.quotes[0].speakerName).toBe('Nayib Bukele')
    expect((await store.counts()).articles).toBe(before)
  })

  it('takes plain text with the date in the query', async () => {
    const { status, body } = await json(
      post('/api/analyze?published=2025-04-14&lang=en', ARTICLE, 'text/plain; charset=utf-8'),
    )
    expect(status).toBe(200)
    expect(body.analysis.article.text).toBe(ARTICLE)
  })

  it.each([
    ['no date', JSON.stringify({ text: ARTICLE }), 'application/json', 400, 'published'],
    ['blank text', JSON.stringify({ text: '  ' }), 'application/json', 400, 'text'],
    ['text not a string', JSON.stringify({ text: 1 }), 'application/json', 400, 'text'],
    [
      'unknown language',
      JSON.stringify({ text: ARTICLE, lang: 'fr' }),
      'application/json',
      400,
      'lang',
    ],
    [
      'unknown field',
      JSON.stringify({ text: ARTICLE, extra: 1 }),
      'application/json',
      400,
      'extra',
    ],
    ['broken JSON', '{"text": ', 'application/json', 400, undefined],
    ['HTML', '<p>hi</p>', 'text/html', 415, undefined],
    ['no Content-Type', ARTICLE, undefined, 415, undefined],
    ['a body over the limit', 'x'.repeat(5000), 'text/plain', 413, undefined],
  ])('refuses %s', async (_label, body, type, status, parameter) => {
    const query = parameter === 'published' ? '' : '?published=2025-01-01'
    const res = await json(post(`/api/analyze${query}`, body, type))
    expect(res.status).toBe(status)
    if (parameter) expect(res.body.error.parameter).toBe(parameter)
    expect(res.body.error.message.length).toBeGreaterThan(5)
  })

  it('refuses a post a page on another site makes', async () => {
    const r = await post('/api/analyze?published=2025-01-01', ARTICLE, 'text/plain', {
      origin: 'https://attacker.example',
    })
    expect(r.status).toBe(403)
  })
})

describe('the dashboard headers', () => {
  it('sets a strict Content-Security-Policy', async () => {
    const r = await get('/api/actors')
    const csp = r.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(r.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
