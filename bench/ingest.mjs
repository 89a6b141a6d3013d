// Benchmark: `dyad ingest` into a fresh SQLite store, beside bare analysis of the same
// articles in the same run. The corpus is fed several times over (with fresh ids) so the
// resident memory can be watched as the store grows: it should stay flat.
//
//   npm run bench:ingest -- [FILE.jsonl] [--rounds N] [--workers N]
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { analyzeArticle } from '../dist/extract/index.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string' }, workers: { type: 'string' } },
})
const here = fileURLToPath(new URL('.', import.meta.url))
const corpus = positionals[0] ?? join(here, '../../shared/corpora/en-bbc-2004.jsonl')
const rounds = Number(values.rounds ?? 3)
const cli = join(here, '../dist/cli/main.js')

const articles = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text ?? ''), 0)

// Bare analysis, one core, in this process, of as many articles as the ingest gets: the
// same share of the time goes to the JIT's warm-up in both.
const t0 = performance.now()
for (let r = 0; r < rounds; r++)
  for (const a of articles)
    analyzeArticle({ origin: 'bench', ...a }, { published: a.published ?? '2005-01-01' })
const bareRate = (articles.length * rounds) / ((performance.now() - t0) / 1000)

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'))
const input = join(dir, 'corpus.jsonl')
const lines = []
for (let r = 0; r < rounds; r++)
  for (const a of articles) lines.push(JSON.stringify({ ...a, id: `${a.id ?? 'a'}#${r}` }))
writeFileSync(input, `${lines.join('\n')}\n`)

/** Runs one ingest and samples its resident memory every 200 ms. */
function ingest(workers) {
  const db = join(dir, `store-${workers}.db`)
  const args = [cli, 'ingest', input, '--db', db, '--published', '2005-01-01', '--quiet']
  if (workers !== undefined) args.push('--workers', String(workers))
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] })
    const samples = []
    const timer = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
        if (kb) samples.push(kb / 1024)
      } catch {
        // The process has just ended.
      }
    }, 200)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearInterval(timer)
      const seconds = (performance.now() - started) / 1000
      resolve({ code, seconds, samples, size: statSync(db).size })
    })
  })
}

const rssAt = (samples, share) =>
  samples[Math.min(samples.length - 1, Math.floor(samples.length * share))] ?? 0
const total = lines.length
console.log(
  `corpus        ${corpus} × ${rounds} = ${total} articles (${((bytes * rounds) / 1024 / 1024).toFixed(2)} MB of text)`,
)
console.log(`bare analyze  ${bareRate.toFixed(1)} articles/s (one core, in process, same articles)`)
for (const workers of values.workers !== undefined ? [Number(values.workers)] : [0, undefined]) {
  const run = await ingest(workers)
  const rate = total / run.seconds
  const label = workers === 0 ? 'one thread' : 'default workers'
  console.log(
    `ingest        ${rate.toFixed(1)} articles/s with ${label} (${((rate / bareRate) * 100).toFixed(0)}% of bare analyze, start-up included), exit ${run.code}`,
  )
  console.log(
    `  memory      RSS at 1/3: ${rssAt(run.samples, 1 / 3).toFixed(0)} MB, 2/3: ${rssAt(run.samples, 2 / 3).toFixed(0)} MB, end: ${rssAt(run.samples, 0.999).toFixed(0)} MB, peak ${Math.max(...run.samples).toFixed(0)} MB`,
  )
  console.log(`  store       ${(run.size / 1024 / 1024).toFixed(1)} MB on disk`)
}
rmSync(dir, { recursive: true, force: true })
