// Benchmark: `dyad ingest` into a fresh SQLite store against `dyad analyze` of the same
// articles, both as the user runs them (a fresh process each, start-up included). The
// corpus is fed several times over (with fresh ids) so the resident memory can be watched
// as the store grows: it should stay flat. The two commands take turns, `--trials` times,
// and the best run of each is compared: a shared machine slows some runs down, never
// speeds one up.
//
//   npm run bench:ingest -- [FILE.jsonl] [--copies N] [--trials N] [--workers N]
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { runCli } from './run-cli.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    copies: { type: 'string' },
    trials: { type: 'string' },
    workers: { type: 'string' },
  },
})
const here = fileURLToPath(new URL('.', import.meta.url))
const corpus = positionals[0] ?? join(here, '../../shared/corpora/en-bbc-2004.jsonl')
const copies = Number(values.copies ?? 3)
const trials = Number(values.trials ?? 3)

const articles = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text ?? ''), 0)

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'))
const input = join(dir, 'corpus.jsonl')
const lines = []
for (let c = 0; c < copies; c++)
  for (const a of articles) lines.push(JSON.stringify({ ...a, id: `${a.id ?? 'a'}#${c}` }))
writeFileSync(input, `${lines.join('\n')}\n`)
const total = lines.length

const run = (args) => runCli(args).then((r) => ({ ...r, rate: total / r.seconds }))

const common = [input, '--published', '2005-01-01']
const analyze = () => run(['analyze', ...common])
function ingest(workers) {
  const db = join(dir, `store-${workers ?? 'default'}.db`)
  rmSync(db, { force: true })
  const args = ['ingest', ...common, '--db', db, '--quiet']
  if (workers !== undefined) args.push('--workers', String(workers))
  return run(args).then((r) => ({ ...r, size: statSync(db).size }))
}

const best = (runs) => runs.reduce((a, b) => (b.rate > a.rate ? b : a))
const workers = values.workers !== undefined ? Number(values.workers) : undefined
const bare = []
const stored = []
for (let t = 0; t < trials; t++) {
  bare.push(await analyze())
  stored.push(await ingest(workers))
}
const oneThread = workers === 0 ? null : await ingest(0)

const rssAt = (samples, share) =>
  samples[Math.min(samples.length - 1, Math.floor(samples.length * share))] ?? 0
const memory = (r) =>
  `RSS at 1/3: ${rssAt(r.samples, 1 / 3).toFixed(0)} MB, 2/3: ${rssAt(r.samples, 2 / 3).toFixed(0)} MB, end: ${rssAt(r.samples, 0.999).toFixed(0)} MB, peak ${Math.max(...r.samples).toFixed(0)} MB`
const rates = (runs) => runs.map((r) => r.rate.toFixed(0)).join(', ')
const bareBest = best(bare)
const share = (r) => `${((r.rate / bareBest.rate) * 100).toFixed(0)}% of analyze`

console.log(
  `corpus        ${corpus} × ${copies} = ${total} articles (${((bytes * copies) / 1024 / 1024).toFixed(2)} MB of text), best of ${trials}`,
)
console.log(
  `analyze       ${bareBest.rate.toFixed(1)} articles/s (default workers, output to /dev/null; runs: ${rates(bare)})`,
)
console.log(`  memory      ${memory(bareBest)}`)
const ingestBest = best(stored)
console.log(
  `ingest        ${ingestBest.rate.toFixed(1)} articles/s with ${workers ?? 'default'} workers (${share(ingestBest)}; runs: ${rates(stored)})`,
)
console.log(`  memory      ${memory(ingestBest)}`)
console.log(`  store       ${(ingestBest.size / 1024 / 1024).toFixed(1)} MB on disk`)
if (oneThread)
  console.log(
    `ingest        ${oneThread.rate.toFixed(1)} articles/s with one thread (${share(oneThread)})`,
  )
const failed = [...bare, ...stored, oneThread].filter((r) => r && r.code !== 0)
if (failed.length) console.log(`warning       ${failed.length} run(s) exited non-zero`)
rmSync(dir, { recursive: true, force: true })
