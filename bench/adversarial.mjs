// Benchmark: text no newsroom writes but a scraper or an attacker can send. Each pattern is
// analysed at 100 KB and at 1 MB, each run in a child process with a time limit; the
// analyzer must stay linear: seconds (of processor time) per MB may grow at most 2.5× from the small size to
// the large one, and stay under 10 s per MB.
//
//   npm run bench:adversarial -- [--only NAME] [--sizes 100000,1000000] [--limit-seconds 120] [--warm]
//
// The article's first analysis in a process also pays for compiling the analyzer's code
// (V8's optimising compiler runs on other threads, and their time counts): at 100 KB that
// is about half the figure. --warm analyses the article once before timing it, to show
// the time a long-running process (a server, a batch) spends on it.
//
// Exits 1 when a pattern breaks either bound or does not finish in time.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { PATTERNS, warmUp } from './adversarial-patterns.mjs'

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string', default: '100000,1000000' },
    'limit-seconds': { type: 'string', default: '120' },
    child: { type: 'string' },
    size: { type: 'string' },
    warm: { type: 'boolean', default: false },
  },
})

const MAX_GROWTH = 2.5
const MAX_SECONDS_PER_MB = 10

if (values.child) {
  // One measurement: load the analyzer, then time one article.
  const { analyzeArticle } = await import('../dist/extract/index.js')
  const { loadVerbDictionary } = await import('../dist/lexicon/index.js')
  const { loadSyntax } = await import('../dist/syntax/annotate.js')
  const [lang, make] = PATTERNS[values.child]
  const text = make(Number(values.size))
  // Models and dictionaries load once per process: not part of the article's time.
  warmUp({ analyzeArticle, loadVerbDictionary, loadSyntax }, lang)
  if (values.warm) analyzeArticle({ origin: values.child, text }, { published: '2024-01-01', lang })
  // Processor time, not wall time: the figure should not depend on what else the machine runs.
  const t0 = process.cpuUsage()
  const a = analyzeArticle({ origin: values.child, text }, { published: '2024-01-01', lang })
  const used = process.cpuUsage(t0)
  const seconds = (used.user + used.system) / 1e6
  process.stdout.write(
    JSON.stringify({
      seconds,
      bytes: Buffer.byteLength(a.article.text),
      mentions: a.mentions.length,
    }),
  )
  process.exit(0)
}

const sizes = values.sizes.split(',').map(Number)
const limit = Number(values['limit-seconds'])
const names = values.only ? values.only.split(',') : Object.keys(PATTERNS)
const script = fileURLToPath(import.meta.url)
let failures = 0
console.log(
  `pattern`.padEnd(20) +
    sizes.map((s) => `${(s / 1000).toFixed(0)} KB s/MB`.padStart(16)).join('') +
    '  growth',
)
for (const name of names) {
  if (!PATTERNS[name])
    throw new Error(`unknown pattern ${name}; known: ${Object.keys(PATTERNS).join(', ')}`)
  const perMb = []
  for (const size of sizes) {
    const args = [
      script,
      '--child',
      name,
      '--size',
      String(size),
      ...(values.warm ? ['--warm'] : []),
    ]
    const r = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      timeout: limit * 1000,
      maxBuffer: 1 << 20,
    })
    if (r.status !== 0) {
      perMb.push(r.error?.code === 'ETIMEDOUT' || r.signal ? `>${limit} s` : 'error')
      if (r.stderr)
        process.stderr.write(`${name} at ${size}: ${r.stderr.split('\n').slice(-4).join('\n')}\n`)
      break
    }
    const m = JSON.parse(r.stdout)
    perMb.push(m.seconds / (m.bytes / 1e6))
  }
  const numbers = perMb.filter((x) => typeof x === 'number')
  const growth =
    numbers.length === sizes.length ? numbers.at(-1) / Math.max(numbers[0], 0.05) : null
  const bad =
    numbers.length !== sizes.length ||
    numbers.some((x) => x > MAX_SECONDS_PER_MB) ||
    (growth !== null && growth > MAX_GROWTH)
  if (bad) failures++
  console.log(
    name.padEnd(20) +
      perMb.map((x) => (typeof x === 'number' ? x.toFixed(2) : x).padStart(16)).join('') +
      `  ${growth === null ? '-' : `${growth.toFixed(2)}×`}${bad ? '  FAIL' : ''}`,
  )
}
console.log(
  failures
    ? `${failures} pattern(s) broke the bounds (≤ ${MAX_SECONDS_PER_MB} s/MB, growth ≤ ${MAX_GROWTH}×)`
    : `all patterns within ${MAX_SECONDS_PER_MB} s/MB and ${MAX_GROWTH}× growth`,
)
process.exit(failures ? 1 : 0)
