import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type Service, startPostgres } from '../../../test/services.mjs'
import { StoreError } from '../../errors.js'
import { openStore } from '../index.js'
import { analyse, FIRST, runStoreCases, SECOND } from '../store.case.js'
import { MIGRATIONS } from './schema.js'

const server = await startPostgres()
if ('skip' in server) console.warn(`PostgreSQL store tests skipped: ${server.skip}`)
const pg = 'skip' in server ? null : (server as Service)
afterAll(() => pg?.stop())

const urls = new Map<string, string>()
beforeAll(async () => {
  if (!pg) return
  for (const name of ['cases', 'races', 'revision', 'old'])
    urls.set(name, await createDatabase(pg.url, `dyad_${name}`))
})
const url = (name: string) => urls.get(name) as string

describe.skipIf(!pg)('PostgreSQL', () => {
  runStoreCases('PostgreSQL', () => openStore(url('cases')))

  it('writes an article once when several writers race to add it', async () => {
    const stores = [1, 2, 3, 4].map(() => openStore(url('races')))
    const results = await Promise.all(
      stores.flatMap((s) => [s.add(FIRST), s.add(SECOND), s.add(FIRST)]),
    )
    expect(results.filter((r) => r === 'added')).toHaveLength(2)
    const counts = await stores[0]?.counts()
    expect(counts).toMatchObject({
      articles: 2,
      quotes: FIRST.quotes.length + SECOND.quotes.length,
    })
    expect(counts?.events).toBe(FIRST.events.length + SECOND.events.length)
    const [bukele] = (await stores[0]?.findEntities('Bukele')) ?? []
    expect(bukele?.articles).toBe(2)
    await Promise.all(stores.map((s) => s.close()))
  })

  it('searches each article with the stemming of its language', async () => {
    const store = openStore(url('races'))
    // "firmar" and "firmaron" share a Spanish stem, "ally" and "allies" an English one.
    expect((await store.search('firmar')).map((h) => h.id)).toEqual([SECOND.article.id])
    const [hit] = await store.search('ally')
    expect(hit?.id).toBe(FIRST.article.id)
    expect(hit?.snippet).toMatch(/\[allies\]/)
    await store.close()
  })

  it('changes its revision when another process writes', async () => {
    const reader = openStore(url('revision'))
    const before = await reader.revision()
    const writer = openStore(url('revision'))
    await writer.add(analyse('Mexico and Canada signed a trade accord on Friday.', '2025-06-06'))
    await writer.close()
    expect(await reader.revision()).not.toBe(before)
    await reader.close()
  })

  it('brings a database of an older schema up to date, keeping what it holds', async () => {
    const store = openStore(url('old'))
    await store.add(FIRST)
    await store.close()
    const { default: pg } = await import('pg')
    const client = new pg.Client(url('old'))
    await client.connect()
    await client.query('UPDATE dyad_schema SET version = 1')
    const upgraded = openStore(url('old'))
    expect((await upgraded.counts()).articles).toBe(1)
    expect((await client.query('SELECT version FROM dyad_schema')).rows).toEqual([
      { version: MIGRATIONS.length },
    ])
    await client.query(`UPDATE dyad_schema SET version = ${MIGRATIONS.length + 1}`)
    const newer = openStore(url('old'))
    await expect(newer.counts()).rejects.toThrow(/written by a newer dyad/)
    await Promise.all([client.end(), upgraded.close(), newer.close()])
  })

  it('names the database, without its password, when it cannot be reached', async () => {
    const store = openStore('postgres://dyad:secret@127.0.0.1:1/news')
    const error = await store.counts().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreError)
    expect(String((error as Error).message)).toMatch(
      /^postgres:\/\/dyad:\*\*\*@127\.0\.0\.1:1\/news: cannot connect/,
    )
    await store.close()
  })
})
