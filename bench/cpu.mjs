// The analyzer's speed per processor second (user + system time of this process, so a
// busy machine's other work does not count), over a corpus after a warm-up pass. Builds
// can be compared by giving each one's dist folder; run them alternately and repeat.
//
//   node bench/cpu.mjs [--dist DIR] [--lang en|es] [--limit N] [--passes N] [--syntax]
//
// --syntax measures the syntax layer alone on the language's held-out treebank instead, in
// words per processor second, and prints a digest of its output to compare builds by.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const here = fileURLToPath(new URL('.', import.meta.url))
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(here, '../dist') },
    lang: { type: 'string', default: 'en' },
    limit: { type: 'string', default: '600' },
    passes: { type: 'string', default: '2' },
    syntax: { type: 'boolean', default: false },
  },
})
const dist = resolve(values.dist)
const load = (path) => import(pathToFileURL(join(dist, path)).href)
const cpuSeconds = (run) => {
  const c0 = process.cpuUsage()
  run()
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1e6
}

if (values.syntax) {
  const { loadSyntax } = await load('syntax/annotate.js')
  const { readTreebank } = await load('syntax/train/treebank.js')
  const file = values.lang === 'es' ? 'es_gsd/test.conllu.gz' : 'en_ewt/test.conllu.gz'
  const sentences = readTreebank(join(here, '../../shared/ud', file)).map((s) => s.forms)
  const words = sentences.reduce((n, s) => n + s.length, 0)
  const model = loadSyntax(values.lang)
  const digest = createHash('sha256')
  for (const s of sentences) digest.update(JSON.stringify(model.annotate(s)))
  const warm = []
  for (let i = 0; i < Number(values.passes) + 1; i++)
    warm.push(cpuSeconds(() => sentences.forEach((s) => model.annotate(s))))
  console.log(
    `${dist} syntax ${values.lang} ${words} words: ${warm.map((s) => Math.round(words / s)).join(' ')} words/cpu-s, output sha256 ${digest.digest('hex').slice(0, 16)}`,
  )
  process.exit(0)
}

const { analyzeArticle } = await load('extract/index.js')
const file = values.lang === 'es' ? 'es-news-2018.jsonl' : 'en-bbc-2004.jsonl'
const articles = readFileSync(join(here, '../../shared/corpora', file), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, Number(values.limit))
  .map((l) => JSON.parse(l))
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0)

const pass = () =>
  cpuSeconds(() => {
    for (const a of articles)
      analyzeArticle(
        { origin: 'bench', text: a.text, title: a.title },
        { published: a.published ?? '2005-01-01', lang: values.lang },
      )
  })
const first = pass()
const warm = []
for (let i = 0; i < Number(values.passes); i++) warm.push(pass())
const best = Math.min(...warm)
const mb = bytes / 1024 / 1024
console.log(
  `${dist} ${values.lang} ${articles.length} articles ${mb.toFixed(2)} MB: first ${(mb / first).toFixed(3)} MB/cpu-s, warm ${warm.map((s) => (mb / s).toFixed(3)).join(' ')} MB/cpu-s`,
)
