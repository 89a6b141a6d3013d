import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { StoreError } from '../errors.js'
import { analyzeArticle } from '../extract/index.js'
import { ftsQuery, openStore } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const analyse = (text: string, published: string, lang: 'en' | 'es' = 'en') =>
  analyzeArticle({ origin: 'test', text }, { published, lang })

const FIRST = analyse(
  'President Nayib Bukele of El Salvador met Donald Trump at the White House on Monday. “We are allies,” Bukele told reporters. Analysts say ties with the United States will remain a source of friction in the long run.',
  '2025-04-15',
)
const SECOND = analyse(
  'El presidente Nayib Bukele conversó con Donald Trump. Estados Unidos y El Salvador firmaron un acuerdo de seguridad, informó la Casa Blanca.',
  '2025-05-21',
  'es',
)

describe('the SQLite store', () => {
  const path = join(dir, 'news.db')

  it('stores an article once, however often it is added', async () => {
    const store = openStore(path)
    expect(await store.add(FIRST)).toBe('added')
    expect(await store.add(FIRST)).toBe('exists')
    expect(await store.has(FIRST.article.id)).toBe(true)
    expect((await store.counts()).articles).toBe(1)
    await store.close()
  })

  it('merges one actor across articles and languages', async () => {
    const store = openStore(path)
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
    await store.close()
  })

  it('keeps everything it committed when reopened, with the article text restored', async () => {
    const store = openStore(path)
    const back = await store.article(FIRST.article.id)
    expect(back?.analysis.article.text).toBe(FIRST.article.text)
    expect(back?.analysis.quotes).toEqual(FIRST.quotes)
    const all = []
    for await (const a of store.analyses()) all.push(a.article.id)
    expect(all).toEqual([FIRST.article.id, SECOND.article.id])
    await store.close()
  })

  it('answers dyad queries in either direction and by date', async () => {
    const store = openStore(path)
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

  it('searches article text, treating the query as words only', async () => {
    const store = openStore(path)
    const hits = await store.search('Casa Blanca')
    expect(hits.map((h) => h.id)).toEqual([SECOND.article.id])
    expect(await store.search('"unbalanced OR (')).toEqual([])
    expect(ftsQuery('a "b" OR c*')).toBe('"a" "b" "OR" "c"')
    await store.close()
  })

  it('names the file when it is not a store', () => {
    const bad = join(dir, 'not-a-db.db')
    writeFileSync(bad, 'this is a text file, not a database, and it is long enough to be read')
    expect(() => openStore(bad)).toThrow(StoreError)
    expect(() => openStore(bad)).toThrow(/not-a-db\.db: is not a dyad store/)
  })
})
