// Benchmark: the API calls of the dashboard's relationship page on a store of 10,000
// articles (the shared corpora, repeated with distinct ids), under 20 concurrent clients.
//
//   npm run bench:serve -- [--articles 10000] [--connections 20] [--seconds 8]
//                          [--db postgres://… | --postgres]
//
// With --db postgres://… the server reads the same articles from PostgreSQL (copied there
// from the SQLite bench store when the database holds fewer); --postgres does the same on
// a private PostgreSQL started for the run (test/services.mjs).
//
// Prints p50/p95/p99 latencies per call. "warm" repeats the same relationships (the
// server keeps their pages until the store changes); "new date range" builds every brief
// anew (from the relationship's rows, which the server reads from the store once); "new
// relationship" asks for more relationships than the server keeps, so every brief is
// built from rows read from the store.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { createDatabase, startPostgres } from '../test/services.mjs'
import { postgresBenchStore } from './serve-postgres.mjs'
import { benchStore } from './serve-store.mjs'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '8' },
    db: { type: 'string' },
    postgres: { type: 'boolean' },
  },
})
const here = fileURLToPath(new URL('.', import.meta.url))
const root = join(here, '..')
const connections = Number(values.connections)
const seconds = Number(values.seconds)

const sqlite = benchStore({
  corpora: join(root, '../shared/corpora'),
  dir: join(root, '.bench'),
  n: Number(values.articles),
})
const pg = values.postgres && !values.db ? await startPostgres() : null
if (pg && 'skip' in pg) throw new Error(pg.skip)
const db =
  values.db || pg
    ? await postgresBenchStore(sqlite, values.db ?? (await createDatabase(pg.url, 'bench_serve')))
    : sqlite
console.log(`serving ${db.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@')}`)

const server = spawn(process.execPath, ['dist/cli/main.js', 'serve', '--db', db, '--port', '0'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
})
const base = await new Promise((resolve, reject) => {
  let out = ''
  server.stdout.on('data', (chunk) => {
    out += chunk
    const url = out.match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0]
    if (url) resolve(url.slice(0, -1))
  })
  server.once('exit', (code) => reject(new Error(`dyad serve exited with ${code}`)))
})

try {
  const get = async (path) => {
    const t0 = performance.now()
    const res = await fetch(base + path)
    const body = await res.json()
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`)
    return { body, ms: performance.now() - t0 }
  }
  const { body: counts } = await get('/api/stats')
  // The busiest relationships: the four most written-about countries, and the most
  // written-about person with their busiest counterpart.
  const { body: countries } = await get('/api/actors?kind=country&limit=4')
  const c = countries.actors.map((a) => a.id)
  const { body: many } = await get('/api/actors?kind=country&limit=16')
  const pairs = many.actors.flatMap((x, i) => many.actors.slice(i + 1).map((y) => [x.id, y.id]))
  const { body: people } = await get('/api/actors?kind=person&limit=1')
  const person = people.actors[0]
  const { body: ties } = await get(`/api/actors/${person.id}/counterparts?limit=1`)
  const dyads = [
    [c[0], c[1]],
    [c[0], c[2]],
    [c[1], c[2]],
    [c[0], c[3]],
    [person.id, ties.counterparts[0].entity.id],
  ]
  const names = new Map(
    [...countries.actors, person, ties.counterparts[0].entity].map((a) => [a.id, a.name]),
  )
  const label = ([a, b]) => `${names.get(a)} – ${names.get(b)}`
  // Exactly what the relationship page asks for (web/src/pages/relationship.tsx).
  const briefPath = ([a, b], extra = '') =>
    `/api/dyad/brief?a=${a}&b=${b}&limit=30&evidence=3${extra}`

  console.log(
    `store: ${counts.counts.articles} articles, ${counts.counts.entities} actors, ${counts.counts.quotes} quotes, ${counts.counts.events} events, ${counts.counts.expectations} expectations`,
  )
  console.log('\nfirst request for each relationship (one client, brief built from the store):')
  for (const d of dyads) {
    const { body, ms } = await get(briefPath(d))
    const size = JSON.stringify(body).length
    console.log(
      `  ${label(d).padEnd(40)} ${ms.toFixed(1).padStart(6)} ms  (${body.articles} articles, ${body.totals.timeline} events, ${body.totals.voices} voices; ${(size / 1024).toFixed(0)} KB)`,
    )
  }

  let n = 0
  let m = 0
  const scenarios = [
    {
      name: 'brief, warm: the 5 relationships in turn',
      requests: dyads.map((d) => ({ path: briefPath(d) })),
    },
    {
      name: 'brief, a new date range every request',
      requests: [
        {
          setupRequest: (req) => {
            const d = dyads[n % dyads.length]
            const day = String(1 + (n++ % 28)).padStart(2, '0')
            return { ...req, path: briefPath(d, `&from=2017-01-${day}`) }
          },
        },
      ],
    },
    {
      name: `brief, a new relationship every request (${pairs.length})`,
      requests: [
        { setupRequest: (req) => ({ ...req, path: briefPath(pairs[m++ % pairs.length]) }) },
      ],
    },
    {
      name: 'series of the busiest relationship',
      requests: [{ path: `/api/dyad/series?a=${dyads[0][0]}&b=${dyads[0][1]}` }],
    },
    {
      name: 'actor autocomplete (6 prefixes in turn)',
      requests: ['bl', 'tony', 'mex', 'trump', 'united', 'fra'].map((q) => ({
        path: `/api/actors?q=${q}&limit=8`,
      })),
    },
    {
      name: 'events of the busiest relationship (100)',
      requests: [{ path: `/api/dyad/events?a=${dyads[0][0]}&b=${dyads[0][1]}&limit=100` }],
    },
  ]

  console.log(`\n${connections} concurrent clients, ${seconds} s each:`)
  console.log(
    `  ${'call'.padEnd(46)} ${'req/s'.padStart(7)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)}  errors`,
  )
  for (const s of scenarios) {
    const times = []
    const instance = autocannon({
      url: base,
      connections,
      duration: seconds,
      requests: s.requests,
    })
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms))
    const result = await instance
    times.sort((a, b) => a - b)
    const pct = (p) =>
      `${(times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1)} ms`
    const errors = result.errors + result.non2xx + result.timeouts
    console.log(
      `  ${s.name.padEnd(46)} ${(times.length / seconds).toFixed(0).padStart(7)} ${pct(0.5).padStart(8)} ${pct(0.95).padStart(8)} ${pct(0.99).padStart(8)}  ${errors}`,
    )
  }
} finally {
  server.kill('SIGTERM')
  if (server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve))
  await pg?.stop()
}
