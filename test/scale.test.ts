// End to end: articles queued on a private Redis, analysed by workers (one of them killed
// mid-run) into a private PostgreSQL, hold what `dyad ingest` puts in SQLite.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drained, queueStatus } from '../src/queue/index.js'
import { createDatabase, type Service, startPostgres, startRedis } from './services.mjs'

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const SAMPLES = fileURLToPath(new URL('../data/samples', import.meta.url))
const tmp = mkdtempSync(join(tmpdir(), 'dyad-scale-'))

const [postgres, redis] = await Promise.all([startPostgres(), startRedis()])
const skip = [postgres, redis].find((s) => 'skip' in s) as { skip: string } | undefined
if (skip) console.warn(`queue end-to-end tests skipped: ${skip.skip}`)
const pg = postgres as Service
const queue = (redis as Service).url
let db = ''
const workers: ChildProcess[] = []

beforeAll(async () => {
  if (!skip) db = await createDatabase(pg.url, 'dyad_scale')
})
afterAll(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL')
  await Promise.all([
    'stop' in postgres ? postgres.stop() : null,
    'stop' in redis ? redis.stop() : null,
  ])
  rmSync(tmp, { recursive: true, force: true })
})

function dyad(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

function worker(): ChildProcess {
  const child = spawn(
    process.execPath,
    [CLI, 'worker', '--queue', queue, '--db', db, '--lock', '2'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  workers.push(child)
  return child
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode === null ? child.once('exit', (code) => resolve(code)) : resolve(child.exitCode),
  )

async function until(ready: () => Promise<boolean>, seconds: number): Promise<void> {
  const end = Date.now() + seconds * 1000
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`not done within ${seconds} s`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

describe.skipIf(skip)('the job queue of workers', () => {
  it('queues each article once and names the inputs it cannot read', () => {
    const bad = join(tmp, 'empty.txt')
    writeFileSync(bad, '')
    const r = dyad(['enqueue', SAMPLES, bad, '--queue', queue])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/empty\.txt/)
    expect(r.err).toMatch(/queued 14 articles .*1 failed/)
    expect(dyad(['enqueue', SAMPLES, '--queue', queue]).code).toBe(0)
  })

  it('loses nothing and doubles nothing when a worker is killed mid-run', async () => {
    const status = () => queueStatus(queue)
    const first = worker()
    await until(async () => {
      const s = await status()
      return s.active > 0 || s.completed > 0
    }, 60)
    first.kill('SIGKILL')
    expect(await exited(first)).toBeNull()
    const rest = [worker(), worker()]
    await until(async () => drained(await status()), 120)
    const s = await status()
    expect(s).toMatchObject({ waiting: 0, active: 0, delayed: 0, completed: 13, failed: 1 })
    // The sample without a date fails every try, and says why.
    expect(s.failures[0]?.error).toMatch(/12-brazil.*has no publication date/)
    expect(s.failures[0]?.attempts).toBe(3)

    const sqlite = join(tmp, 'news.db')
    dyad(['ingest', SAMPLES, '--db', sqlite, '--quiet'])
    const expected = JSON.parse(dyad(['stats', '--db', sqlite, '--json']).out)
    const stored = JSON.parse(dyad(['stats', '--db', db, '--json']).out)
    expect(stored).toEqual(expected)
    expect(stored.articles).toBe(13)

    for (const w of rest) w.kill('SIGTERM')
    expect(await Promise.all(rest.map(exited))).toEqual([0, 0])
  }, 180_000)

  it('prints the queue counts as a table or as JSON', () => {
    const json = JSON.parse(dyad(['queue', 'status', '--queue', queue, '--json']).out)
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['waiting', 'active', 'completed', 'failed', 'delayed']),
    )
    const table = dyad(['queue', 'status', '--queue', queue]).out
    expect(table).toMatch(/^completed\s+13$/m)
    expect(table).toMatch(/failed articles:\n.*12-brazil/)
  })

  it('gives the same brief from PostgreSQL as from SQLite, actor ids aside', () => {
    const sqlite = join(tmp, 'news.db')
    // Actors are numbered, and a role credited to the first article that stated it, in the
    // order the workers happened to store the articles.
    const ids = new Set(['id', 'entity', 'source', 'target', 'speaker', 'holder', 'a', 'b'])
    const brief = (store: string) =>
      JSON.parse(
        dyad(['brief', 'Trump', 'Bukele', '--db', store, '--format', 'json']).out,
        (key, value) =>
          ids.has(key) && typeof value === 'number'
            ? 0
            : key === 'entities' && Array.isArray(value)
              ? value.length
              : key === 'role' && typeof value === 'string'
                ? value.split(', ').sort().join(', ')
                : value,
      )
    const fromPostgres = brief(db)
    expect(fromPostgres.timeline.length).toBeGreaterThan(0)
    expect(fromPostgres).toEqual(brief(sqlite))
  })

  it('serves the dashboard API from PostgreSQL', async () => {
    const server = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    workers.push(server)
    const base = await new Promise<string>((resolve, reject) => {
      let out = ''
      server.stdout?.on('data', (chunk) => {
        out += chunk
        const url = out.match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0]
        if (url) resolve(url)
      })
      server.once('exit', (code) => reject(new Error(`dyad serve exited with ${code}`)))
    })
    const stats = await (await fetch(`${base}api/stats`)).json()
    // The same figures the same samples give in SQLite, whatever the extractors find.
    const expected = JSON.parse(dyad(['stats', '--db', join(tmp, 'news.db'), '--json']).out)
    expect(stats.counts).toMatchObject({
      articles: 13,
      quotes: expected.quotes,
      events: expected.events,
    })
    const hits = await (await fetch(`${base}api/articles?q=deportees`)).json()
    expect(JSON.stringify(hits)).toMatch(/salvador-receives-first-deportees/)
    server.kill('SIGTERM')
    expect(await exited(server)).toBe(0)
  })
})

describe('the queue commands without a queue', () => {
  it('say the queue cannot be reached, naming it without its password', () => {
    for (const args of [
      ['queue', 'status', '--queue', 'redis://u:secret@127.0.0.1:1'],
      ['enqueue', SAMPLES, '--queue', 'redis://u:secret@127.0.0.1:1'],
    ]) {
      const r = dyad(args)
      expect(r.code).toBe(1)
      expect(r.err).toBe(
        'dyad: redis://u:***@127.0.0.1:1: cannot connect (is Redis running there?)\n',
      )
    }
  })

  it('refuse a queue that is not a redis:// URL', () => {
    const r = dyad(['queue', 'status', '--queue', 'http://example.org'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--queue must be a redis:\/\/host:port URL/)
  })
})
