import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../extract/index.js'
import { ftsQuery } from './index.js'
import type { Store } from './types.js'

export const analyse = (text: string, published: string, lang: 'en' | 'es' = 'en') =>
  analyzeArticle({ origin: 'test', text }, { published, lang })

export const FIRST = analyse(
  'President Nayib Bukele of El Salvador met Donald Trump at the White House on Monday. “We are allies,” Bukele told reporters. Analysts say ties with the United States will remain a source of friction in the long run.',
  '2025-04-15',
)
export const SECOND = analyse(
  'El presidente Nayib Bukele conversó con Donald Trump. Estados Unidos y El Salvador firmaron un acuerdo de seguridad, informó la Casa Blanca.',
  '2025-05-21',
  'es',
)

/**
 * The behaviour every store shares, run against each backend by its own test file:
 * `open` opens (another connection to) one store that starts empty.
 */
export function runStoreCases(backend: string, open: () => Store): void {
  describe(`the ${backend} store`, () => {
    it('stores an article once, however often it is added', async () => {
      const store = open()
      expect(await store.add(FIRST)).toBe('added')
      expect(await store.add(FIRST)).toBe('exists')
      expect(await store.has(FIRST.article.id)).toBe(true)
      expect((await store.counts()).articles).toBe(1)
      await store.close()
    })

    it('merges one actor across articles and languages', async () => {
      const store = open()
      await store.add(SECOND)
      const [bukele] = await store.findEntities('Bukele')
      expect(bukele).toMatchObject({
        name: 'Nayib Bukele',
        kind: 'person',
        country: 'SLV',
        articles: 2,
      })
      const [usa] = await store.findEntities('USA', { kind: 'country' })
      expect(usa?.aliases).toEqual(expect.arrayContaining(['Estados Unidos']))
      expect(usa?.articles).toBe(2)
      const [whiteHouse] = await store.findEntities('Casa Blanca')
      expect(whiteHouse).toMatchObject({ name: 'White House', articles: 2 })
      await store.close()
    })

    it('reads many analyses in one call, as one by one', async () => {
      const store = open()
      const ids = [FIRST.article.id, SECOND.article.id, 'no-such-article', FIRST.article.id]
      const many = await store.analysesById(ids)
      expect([...many.keys()].sort()).toEqual([FIRST.article.id, SECOND.article.id].sort())
      expect(many.get(SECOND.article.id)).toEqual(
        (await store.article(SECOND.article.id))?.analysis,
      )
      expect(many.get(FIRST.article.id)?.article.text).toBe(FIRST.article.text)
      expect(await store.analysesById([])).toEqual(new Map())
      await store.close()
    })

    it('keeps everything it committed when reopened, with the article text restored', async () => {
      const store = open()
      const back = await store.article(FIRST.article.id)
      expect(back?.analysis.article.text).toBe(FIRST.article.text)
      expect(back?.analysis.quotes).toEqual(FIRST.quotes)
      const all = []
      for await (const a of store.analyses()) all.push(a.article.id)
      expect(all).toEqual([FIRST.article.id, SECOND.article.id])
      await store.close()
    })

    it('answers dyad queries in either direction and by date', async () => {
      const store = open()
      const slv = { entities: [], countries: ['SLV'] }
      const usa = { entities: [], countries: ['USA'] }
      const events = await store.dyadEvents(usa, slv)
      expect(events.map((e) => e.plover)).toContain('CONSULT')
      const texts = new Map([FIRST, SECOND].map((a) => [a.article.id, a.article.text]))
      for (const e of events)
        expect(e.evidence.text).toBe(
          texts.get(e.evidence.article)?.slice(e.evidence.start, e.evidence.end),
        )
      expect(await store.dyadEvents(usa, slv, { from: '2025-05-01' })).not.toContainEqual(
        expect.objectContaining({ evidence: expect.objectContaining({ published: '2025-04-15' }) }),
      )
      const expectations = await store.dyadExpectations(slv, usa)
      expect(expectations[0]).toMatchObject({ polarity: 'negative', horizon: 'long' })
      const quotes = await store.dyadQuotes(slv, usa)
      expect(quotes.map((q) => q.speakerName)).toContain('Nayib Bukele')
      await store.close()
    })

    it("ranks an actor's counterparts by their events, with the articles naming both", async () => {
      const store = open()
      const [bukele] = await store.findEntities('Bukele')
      const [trump] = await store.findEntities('Donald Trump')
      const counterparts = await store.counterparts(bukele?.id as number)
      const top = counterparts[0]
      expect(top?.entity.name).toBe('Donald Trump')
      expect(top?.events).toBeGreaterThan(0)
      expect(top?.cooperation).toBe(top?.events)
      expect(top?.articles).toBe(2)
      expect(counterparts.map((c) => c.entity.id)).not.toContain(bukele?.id)
      expect(counterparts.slice(1).every((c) => c.events <= (top?.events ?? 0))).toBe(true)
      expect(await store.counterparts(bukele?.id as number, { limit: 1 })).toHaveLength(1)
      expect(await store.counterparts(bukele?.id as number, { from: '2026-01-01' })).toEqual([])
      const ties = await store.interactions([trump?.id as number, bukele?.id as number])
      expect(ties).toEqual([
        expect.objectContaining({
          a: Math.min(trump?.id as number, bukele?.id as number),
          events: top?.events,
          articles: 2,
        }),
      ])
      expect(await store.interactions([bukele?.id as number])).toEqual([])
      await store.close()
    })

    it('finds quotes that name an actor, and the articles that do', async () => {
      const store = open()
      const [usa] = await store.findEntities('United States', { kind: 'country' })
      const about = await store.quotes({ mentions: [usa?.id as number] })
      for (const q of about) expect(q.evidence.text).toMatch(/United States|Estados Unidos/)
      const [bukele] = await store.findEntities('Bukele')
      const articles = await store.articles({ entity: bukele?.id as number })
      expect(articles.map((a) => a.id)).toEqual([SECOND.article.id, FIRST.article.id])
      expect(articles[0]?.chars).toBe(SECOND.article.text.length)
      expect(await store.articles({ limit: 1, offset: 1 })).toEqual([articles[1]])
      expect(await store.articles({ to: '2025-05-01' })).toHaveLength(1)
      const roles = await store.roles(bukele?.id as number)
      expect(roles.map((r) => r.published)).toContain('2025-04-15')
      const texts = new Map([FIRST, SECOND].map((a) => [a.article.id, a.article.text]))
      const read = roles.filter((r) => r.via === 'text')
      expect(read.length).toBeGreaterThan(0)
      for (const r of read) {
        const said = texts.get(r.article)?.slice(r.span?.start, r.span?.end) ?? ''
        expect(said.toLowerCase()).toContain(r.title.toLowerCase().split(' ')[0])
      }
      for (const r of roles.filter((r) => r.via === 'lexicon')) expect(r.span).toBeNull()
      await store.close()
    })

    it("gives many actors' countries and roles in one call, as one by one", async () => {
      const store = open()
      const actors = await store.findEntities('', { limit: 50 })
      const ids = [...actors.map((a) => a.id), 999_999]
      const many = await store.actorRoles(ids)
      expect(many.has(999_999)).toBe(false)
      expect(many.size).toBe(actors.length)
      for (const a of actors)
        expect(many.get(a.id)).toEqual({ country: a.country, roles: await store.roles(a.id) })
      expect([...many.values()].some((a) => a.roles.length > 0)).toBe(true)
      expect(await store.actorRoles([])).toEqual(new Map())
      await store.close()
    })

    it('cuts the text of quotes and expectations from their article', async () => {
      const store = open()
      const slv = { entities: [], countries: ['SLV'] }
      const usa = { entities: [], countries: ['USA'] }
      const texts = new Map([FIRST, SECOND].map((a) => [a.article.id, a.article.text]))
      const rows = [
        ...(await store.dyadQuotes(slv, usa)),
        ...(await store.dyadExpectations(slv, usa)),
      ]
      expect(rows.length).toBeGreaterThan(1)
      for (const { evidence: e } of rows)
        expect(e.text).toBe(texts.get(e.article)?.slice(e.start, e.end))
      await store.close()
    })

    it('changes its revision when another connection writes', async () => {
      const reader = open()
      const before = await reader.revision()
      expect(await reader.revision()).toBe(before)
      const writer = open()
      await writer.add(analyse('Mexico and Canada signed a trade accord on Friday.', '2025-06-06'))
      await writer.close()
      expect(await reader.revision()).not.toBe(before)
      await reader.close()
    })

    it('searches article text, treating the query as words only', async () => {
      const store = open()
      const hits = await store.search('Casa Blanca')
      expect(hits.map((h) => h.id)).toEqual([SECOND.article.id])
      expect(await store.search('"unbalanced OR (')).toEqual([])
      expect(ftsQuery('a "b" OR c*')).toBe('"a" "b" "OR" "c"')
      await store.close()
    })
  })
}
