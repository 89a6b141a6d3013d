// The analyzer's speed per processor second (user + system time of this process, so the
// machine's other work counts little), over a corpus, after a warm-up pass. Given several
// builds' dist folders, it loads them all and runs them in turn, round after round, so
// that a busy machine slows them alike; it prints each one's median and best.
//
//   node bench/cpu.mjs [--dist DIR ...] [--lang en|es] [--limit N] [--rounds N] [--syntax]
//
// --syntax measures the syntax layer alone on the language's held-out treebank instead, in
// words per processor second, and prints a digest of its output to compare builds by.
import { createHash } from 'node:crypto'

import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { readCorpus } from './corpus.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const { values } = parseArgs({
  options: {
    dist: { type: 'string', multiple: true, default: [join(here, '../dist')] },
    lang: { type: 'string', default: 'en' },
    limit: { type: 'string', default: '600' },
    rounds: { type: 'string', default: '3' },
    syntax: { type: 'boolean', default: false },
  },
})
const lang = values.lang
const cpuSeconds = (run) => {
  const c0 = process.cpuUsage()
  run()
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1e6
}

/** Per build: a function that runs the workload once and its output's digest. */
async function workload(dist) {
  const load = (path) => import(pathToFileURL(join(dist, path)).href)
  const digest = createHash('sha256')
  if (values.syntax) {
    const { loadSyntax } = await load('syntax/annotate.js')
    const { readTreebank } = await load('syntax/train/treebank.js')
    const file = lang === 'es' ? 'es_gsd/test.conllu.gz' : 'en_ewt/test.conllu.gz'
    const sentences = readTreebank(join(here, '../../shared/ud', file)).map((s) => s.forms)
    const model = loadSyntax(lang)
    for (const s of sentences) digest.update(JSON.stringify(model.annotate(s)))
    const words = sentences.reduce((n, s) => n + s.length, 0)
    return {
      amount: words,
      unit: 'words',
      run: () => {
        for (const s of sentences) model.annotate(s)
      },
      digest: digest.digest('hex').slice(0, 16),
    }
  }
  const { analyzeArticle } = await load('extract/index.js')
  const articles = readCorpus(lang, values.limit)
  const analyze = (a) =>
    analyzeArticle(
      { origin: 'bench', text: a.text, title: a.title },
      { published: a.published ?? '2005-01-01', lang },
    )
  for (const a of articles) digest.update(JSON.stringify(analyze(a)))
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0)
  return {
    amount: bytes / 1024 / 1024,
    unit: 'MB',
    run: () => {
      for (const a of articles) analyze(a)
    },
    digest: digest.digest('hex').slice(0, 16),
  }
}

const builds = []
for (const dist of values.dist) builds.push({ dist: resolve(dist), ...(await workload(dist)) })
const times = builds.map(() => [])
for (let r = 0; r < Number(values.rounds); r++)
  for (const [i, b] of builds.entries()) times[i]?.push(cpuSeconds(b.run))
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
builds.forEach((b, i) => {
  const t = times[i] ?? []
  const rate = (s) => (b.unit === 'MB' ? (b.amount / s).toFixed(3) : Math.round(b.amount / s))
  console.log(
    `${b.dist} ${lang}: ${rate(median(t))} ${b.unit}/cpu-s median, ${rate(Math.min(...t))} best of ${t.length}; output sha256 ${b.digest}`,
  )
})
