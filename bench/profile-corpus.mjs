// Profiles the warm analysis of a corpus (after one pass that loads and warms everything),
// to see which stages and functions take the processor time on real articles.
//
//   node bench/profile-corpus.mjs OUT.cpuprofile [--lang en|es] [--limit N] [--dist DIR]
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { readCorpus } from './corpus.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: join(here, '../dist') },
    lang: { type: 'string', default: 'en' },
    limit: { type: 'string', default: '400' },
  },
})
const dist = resolve(values.dist)
const { analyzeArticle } = await import(pathToFileURL(join(dist, 'extract/index.js')).href)
const lang = values.lang
const articles = readCorpus(lang, values.limit)
const run = () => {
  for (const a of articles)
    analyzeArticle(
      { origin: 'bench', text: a.text, title: a.title },
      { published: a.published ?? '2005-01-01', lang },
    )
}
run()
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 250 })
await session.post('Profiler.start')
const t0 = process.cpuUsage()
run()
const used = process.cpuUsage(t0)
const { profile } = await session.post('Profiler.stop')
writeFileSync(positionals[0] ?? 'corpus.cpuprofile', JSON.stringify(profile))
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1024 / 1024
const seconds = (used.user + used.system) / 1e6
console.log(
  `${articles.length} articles, ${mb.toFixed(2)} MB: ${seconds.toFixed(2)} s of processor time, ${(mb / seconds).toFixed(3)} MB per processor second`,
)
