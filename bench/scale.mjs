// Benchmark: the BBC corpus through the Redis job queue into PostgreSQL, with one worker,
// with two, and with two of which one is SIGKILLed a few seconds in and replaced, each
// checked against `dyad ingest` into SQLite.
//
//   npm run bench:scale -- [--articles N] [--kill-after 5] [--lock 5]
//                          [--corpus ../shared/corpora/en-bbc-2004.jsonl]
//
// Starts a private PostgreSQL and Redis (test/services.mjs). Prints the throughput of each
// run in MB/s of article text, from the first worker's start until the queue is drained
// (worker start-up included), the workers' CPU time (what the run would take on idle
// cores: the machine may be shared), and whether the stores hold the same numbers of
// articles, quotes, events and expectations.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createDatabase, startPostgres, startRedis } from '../test/services.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    corpus: { type: 'string', default: join(root, '../shared/corpora/en-bbc-2004.jsonl') },
    'kill-after': { type: 'string', default: '5' },
    lock: { type: 'string', default: '5' },
  },
})
const { drained, queueStatus } = await import(join(root, 'dist/queue/index.js'))
const CLI = join(root, 'dist/cli/main.js')
const tmp = mkdtempSync(join(tmpdir(), 'dyad-bench-scale-'))

// The corpus (or its first N articles, in a temporary file: never in the repository).
let corpus = values.corpus
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean)
const n = values.articles ? Math.min(Number(values.articles), lines.length) : lines.length
if (n < lines.length) {
  corpus = join(tmp, 'corpus.jsonl')
  writeFileSync(corpus, `${lines.slice(0, n).join('\n')}\n`)
}
const mb =
  lines.slice(0, n).reduce((sum, l) => sum + Buffer.byteLength(JSON.parse(l).text), 0) / 1e6

function dyad(...args) {
  try {
    return execFileSync(process.execPath, [CLI, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (err) {
    // Exit status 1 with output: some inputs failed (named on stderr); anything else stops.
    if (err.status === 1 && err.stdout !== undefined && args[0] !== 'stats') return err.stdout
    const first = String(err.stderr ?? '')
      .split('\n')
      .slice(0, 3)
      .join('\n')
    throw new Error(`dyad ${args[0]} failed (exit ${err.status}):\n${first}`)
  }
}
const stats = (db) => JSON.parse(dyad('stats', '--db', db, '--json'))
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
/** CPU seconds a process has used (Linux), all its threads: shows what a run would take on idle cores. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return 0
  }
}

const [pg, redis] = await Promise.all([startPostgres(), startRedis()])
for (const s of [pg, redis]) if ('skip' in s) throw new Error(s.skip)
const children = []
try {
  console.log(`corpus: ${n} articles, ${mb.toFixed(2)} MB of text (${values.corpus})`)

  const t0 = performance.now()
  const sqlite = join(tmp, 'bench.db')
  dyad('ingest', corpus, '--db', sqlite, '--quiet')
  const ingestSecs = (performance.now() - t0) / 1000
  const expected = stats(sqlite)
  report('dyad ingest → SQLite', ingestSecs, expected)

  const worker = (queue, db) => {
    const child = spawn(
      process.execPath,
      [CLI, 'worker', '--queue', queue, '--db', db, '--lock', values.lock, '--quiet'],
      { stdio: 'inherit' },
    )
    children.push(child)
    return child
  }
  const untilDrained = async (queue) => {
    for (;;) {
      const s = await queueStatus(queue)
      if (drained(s)) return s
      await sleep(250)
    }
  }

  /**
   * The corpus through `n` workers, each run on a queue (a Redis database) and a PostgreSQL
   * database of its own; with `kill`, the first worker is SIGKILLed after that many
   * seconds and another started in its place.
   */
  const run = async (label, n, index, kill = 0) => {
    const queue = `${redis.url}/${index}`
    const db = await createDatabase(pg.url, `bench_${index}`)
    dyad('enqueue', corpus, '--queue', queue, '--quiet')
    const t = performance.now()
    const workers = Array.from({ length: n }, () => worker(queue, db))
    let lostCpu = 0
    if (kill) {
      await sleep(kill * 1000)
      const doomed = workers.shift()
      lostCpu = cpuSeconds(doomed.pid)
      doomed.kill('SIGKILL')
      console.log(`  (worker ${doomed.pid} SIGKILLed after ${kill} s; another started)`)
      workers.push(worker(queue, db))
    }
    const status = await untilDrained(queue)
    const secs = (performance.now() - t) / 1000
    const cpu = workers.reduce((sum, w) => sum + cpuSeconds(w.pid), lostCpu)
    for (const w of workers) w.kill('SIGTERM')
    report(label, secs, stats(db), expected)
    console.log(
      `  workers' CPU ${cpu.toFixed(1)} s (${(mb / cpu).toFixed(3)} MB per CPU-second); queue: ${status.completed} completed, ${status.failed} failed`,
    )
    return secs
  }

  const one = await run('1 worker → PostgreSQL', 1, 1)
  const two = await run('2 workers → PostgreSQL', 2, 2)
  console.log(`  scaling 1 → 2 workers: ×${(one / two).toFixed(2)}`)
  await run('2 workers, one killed', 2, 3, Number(values['kill-after']))
} finally {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  await sleep(500)
  await Promise.all([pg.stop?.(), redis.stop?.()])
  rmSync(tmp, { recursive: true, force: true })
}

function report(label, secs, counts, expected) {
  const same =
    expected === undefined
      ? ''
      : ['articles', 'quotes', 'events', 'expectations'].every((k) => counts[k] === expected[k])
        ? '  same as SQLite'
        : '  DIFFERS from SQLite'
  console.log(
    `${label.padEnd(24)} ${secs.toFixed(1).padStart(6)} s  ${(mb / secs).toFixed(3)} MB/s  ` +
      `${counts.articles} articles, ${counts.actors} actors, ${counts.quotes} quotes, ${counts.events} events, ${counts.expectations} expectations${same}`,
  )
}
