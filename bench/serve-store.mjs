// Builds the benchmark store for `npm run bench:serve`: the shared corpora repeated
// with distinct ids up to N articles, dated across two years so that series have months.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const DAY = 86_400_000
const START = Date.parse('2017-01-01')

/** The store at `db` holding `n` articles, built once and reused while `n` is unchanged. */
export function benchStore({ corpora, dir, n }) {
  const db = join(dir, `serve-${n}.db`)
  if (existsSync(db)) return db
  mkdirSync(dir, { recursive: true })
  const base = []
  for (const file of ['en-bbc-2004.jsonl', 'es-news-2018.jsonl']) {
    for (const line of readFileSync(join(corpora, file), 'utf8').split('\n'))
      if (line.trim()) base.push(JSON.parse(line))
  }
  const lines = []
  for (let i = 0; i < n; i++) {
    const a = base[i % base.length]
    const round = Math.floor(i / base.length)
    // A fixed stride spreads each round of the corpus over 730 days.
    const published = new Date(START + ((i * 7919) % 730) * DAY).toISOString().slice(0, 10)
    lines.push(
      JSON.stringify({
        ...a,
        id: round ? `${a.id}~${round}` : a.id,
        published,
      }),
    )
  }
  const corpus = join(dir, `serve-${n}.jsonl`)
  writeFileSync(corpus, `${lines.join('\n')}\n`)
  const t0 = performance.now()
  const r = spawnSync(
    process.execPath,
    ['dist/cli/main.js', 'ingest', corpus, '--db', db, '--quiet'],
    {
      stdio: 'inherit',
    },
  )
  if (r.status !== 0 && r.status !== 1) throw new Error(`ingest failed with status ${r.status}`)
  process.stderr.write(
    `built ${db} (${n} articles) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  )
  return db
}
