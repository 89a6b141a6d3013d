import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { StoreError } from '../errors.js'
import { openStore } from './index.js'
import { FIRST, runStoreCases } from './store.case.js'

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

runStoreCases('SQLite', () => openStore(join(dir, 'news.db')))

describe('the SQLite store', () => {
  it('brings a store of an older schema up to date, evidence texts and role spans included', async () => {
    const old = join(dir, 'old.db')
    const store = openStore(old)
    await store.add(FIRST)
    const slv = { entities: [], countries: ['SLV'] }
    const usa = { entities: [], countries: ['USA'] }
    const [bukele] = await store.findEntities('Bukele')
    const rows = async (s: typeof store) => [
      await s.dyadEvents(usa, slv),
      await s.dyadQuotes(slv, usa),
      await s.dyadExpectations(slv, usa),
      await s.roles(bukele?.id as number),
    ]
    const before = await rows(store)
    await store.close()
    // As version 2 left it: no evidence texts stored with the rows, no spans with the roles.
    const db = new Database(old)
    for (const table of ['quotes', 'expectations', 'events'])
      db.exec(`ALTER TABLE ${table} DROP COLUMN text`)
    db.exec('ALTER TABLE entity_roles DROP COLUMN start; ALTER TABLE entity_roles DROP COLUMN end')
    db.pragma('user_version = 2')
    db.close()
    const upgraded = openStore(old)
    expect(await rows(upgraded)).toEqual(before)
    expect(before.every((rows) => rows.length > 0)).toBe(true)
    expect(before[3]?.some((r) => 'span' in r && r.span !== null)).toBe(true)
    await upgraded.close()
  })

  it('names the file when it is not a store', () => {
    const bad = join(dir, 'not-a-db.db')
    writeFileSync(bad, 'this is a text file, not a database, and it is long enough to be read')
    expect(() => openStore(bad)).toThrow(StoreError)
    expect(() => openStore(bad)).toThrow(/not-a-db\.db: is not a dyad store/)
  })
})
