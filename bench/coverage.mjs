// Coverage on unannotated news: how much of what the analyzer finds it can also explain.
// No gold is needed, so it runs on the whole shared corpora: the share of quotations given
// a speaker, and the facts found per article. A drop after a change is worth a look.
//
//   npm run coverage -- [FILE.jsonl] [--limit N] [--lang en|es] [--published YYYY-MM-DD]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { analyzeArticle } from '../dist/extract/index.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: 'string' },
    lang: { type: 'string' },
    // For articles that carry no date (the Spanish corpus): roles are read as of it.
    published: { type: 'string', default: '2018-06-01' },
  },
})
const here = fileURLToPath(new URL('.', import.meta.url))
const corpus = positionals[0] ?? join(here, '../../shared/corpora/en-bbc-2004.jsonl')
const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY
const lang = values.lang ?? 'auto'

const articles = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, limit)
  .map((l) => JSON.parse(l))

const count = { quotes: 0, attributed: 0, direct: 0, directAttributed: 0 }
const found = { entities: 0, people: 0, events: 0, timexes: 0, expectations: 0 }
/** Events and articles by the corpus's topic field (`category` or `topic`), when it has one. */
const byTopic = new Map()
for (const a of articles) {
  const d = analyzeArticle(
    { origin: corpus, ...a },
    { published: a.published ?? values.published, lang },
  )
  for (const q of d.quotes) {
    const said = q.speaker !== null || q.speakerName !== null
    count.quotes++
    if (said) count.attributed++
    if (q.kind === 'direct') {
      count.direct++
      if (said) count.directAttributed++
    }
  }
  found.entities += d.entities.length
  found.people += d.entities.filter((e) => e.kind === 'person').length
  found.events += d.events.length
  const topic = a.category ?? a.topic
  if (topic) {
    const t = byTopic.get(topic) ?? { articles: 0, events: 0 }
    t.articles++
    t.events += d.events.length
    byTopic.set(topic, t)
  }
  found.timexes += d.timexes.length
  found.expectations += d.expectations.length
}

const share = (n, of) => `${((n / Math.max(of, 1)) * 100).toFixed(1)}%`
const per = (n) => (n / Math.max(articles.length, 1)).toFixed(2)
console.log(`corpus        ${corpus} (${articles.length} articles)`)
console.log(
  `quotes        ${count.quotes}: ${share(count.attributed, count.quotes)} with a speaker (direct: ${share(count.directAttributed, count.direct)} of ${count.direct})`,
)
console.log(
  `per article   ${per(found.entities)} entities (${per(found.people)} people), ${per(found.events)} events, ${per(found.timexes)} dates, ${per(found.expectations)} expectations`,
)
if (byTopic.size)
  console.log(
    `events/topic  ${[...byTopic]
      .sort((x, y) => y[1].events / y[1].articles - x[1].events / x[1].articles)
      .map(([t, n]) => `${t} ${(n.events / n.articles).toFixed(2)} (${n.articles})`)
      .join(', ')}`,
  )
