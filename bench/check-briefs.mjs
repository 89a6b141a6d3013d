// Check: do the briefs of a corpus speak of their pair? Ingests each corpus into a
// temporary SQLite store (`dyad ingest`), briefs its busiest country pairs (the most
// articles naming both), and prints per pair the share of the brief's items (bottom-line
// expectations, every report of a timeline event, the voices' quotes) whose evidence
// sentence, or the one before, names both sides: by name, demonym or capital, or a person
// of that side. Beside it, the share the same measure gives when every row of an article
// that names both countries is kept (co-occurrence, what briefs did before).
//
//   npm run check:briefs -- [FILE.jsonl ...] [--pairs 12] [--keep DIR] [--dist DIR]
//
// `--keep DIR` keeps the stores in DIR and reuses them on the next run.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pairs: { type: 'string' },
    keep: { type: 'string' },
    dist: { type: 'string' },
    published: { type: 'string' },
    verbose: { type: 'boolean' },
  },
})
const here = fileURLToPath(new URL('.', import.meta.url))
const dist = resolve(values.dist ?? join(here, '../dist'))
const corpora = positionals.length
  ? positionals
  : ['en-bbc-2004.jsonl', 'es-news-2018.jsonl'].map((f) => join(here, '../../shared/corpora', f))
const pairCount = Number(values.pairs ?? 12)

const { openStore } = await import(join(dist, 'store/index.js'))
const { briefFromRows, buildBrief, resolveActor } = await import(join(dist, 'analyze/index.js'))
const { articleText, namedSide, namesSide, windowOf } = await import(
  join(dist, 'analyze/naming.js')
)

const dir = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'dyad-check-briefs-'))
mkdirSync(dir, { recursive: true })
let all = { items: 0, both: 0, before: 0, beforeBoth: 0 }
try {
  for (const corpus of corpora) await checkCorpus(corpus)
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true })
}

async function checkCorpus(corpus) {
  const db = join(dir, `${basename(corpus).replace(/\.\w+$/, '')}.db`)
  if (!existsSync(db)) {
    process.stderr.write(`ingesting ${corpus} …\n`)
    const run = spawnSync(
      process.execPath,
      [
        join(dist, 'cli/main.js'),
        'ingest',
        corpus,
        '--db',
        db,
        '--published',
        values.published ?? '2018-01-01',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    )
    if (run.status !== 0) throw new Error(`dyad ingest ${corpus} exited ${run.status}`)
  }
  const store = openStore(db)
  try {
    const articles = new Map()
    const read = async (id) => {
      if (!articles.has(id)) {
        const stored = await store.article(id)
        articles.set(id, stored ? articleText(stored.analysis) : null)
      }
      return articles.get(id)
    }
    const countries = (await store.findEntities('', { kind: 'country', limit: 60 })).filter(
      (c) => c.country,
    )
    const byId = new Map(countries.map((c) => [c.id, c]))
    const pairs = (await store.interactions(countries.map((c) => c.id)))
      .filter((p) => byId.get(p.a).country !== byId.get(p.b).country)
      .sort((x, y) => y.articles - x.articles)
      .slice(0, pairCount)
    console.log(`\n${basename(corpus)}: the ${pairs.length} busiest country pairs`)
    console.log('pair       articles  items (x/e/q)       share  | co-occurrence items  share')
    const sum = { items: 0, both: 0, before: 0, beforeBoth: 0 }
    for (const p of pairs) {
      const [a, b] = await Promise.all(
        [p.a, p.b].map((id) => resolveActor(store, byId.get(id).country)),
      )
      const sides = [namedSide(a.side, a), namedSide(b.side, b)]
      const now = await measure(await buildBrief(store, a, b), sides, read)
      const then = await measure(await cooccurrenceBrief(store, a, b), sides, read)
      sum.items += now.items
      sum.both += now.both
      sum.before += then.items
      sum.beforeBoth += then.both
      console.log(row(`${a.country}–${b.country}`, p.articles, now, then))
      if (values.verbose)
        for (const miss of now.misses.slice(0, 5)) console.log(`    miss: ${miss.slice(0, 160)}`)
    }
    console.log(
      row('all', '', { ...sum, parts: null }, { items: sum.before, both: sum.beforeBoth }),
    )
    all = {
      items: all.items + sum.items,
      both: all.both + sum.both,
      before: all.before + sum.before,
      beforeBoth: all.beforeBoth + sum.beforeBoth,
    }
  } finally {
    await store.close()
  }
}

/** The brief as it was built before relevance: every row of an article naming both sides. */
async function cooccurrenceBrief(store, a, b) {
  const [events, expectations, quotes] = await Promise.all([
    store.dyadEvents(a.side, b.side),
    store.dyadExpectations(a.side, b.side),
    store.dyadQuotes(a.side, b.side),
  ])
  const speakers = [...new Set(quotes.map((q) => q.speaker).filter((s) => s !== null))]
  return briefFromRows(
    a,
    b,
    {},
    {
      events,
      expectations,
      quotes,
      speakers: await store.actorRoles(speakers),
      salience: new Map(),
    },
  )
}

/** How many of the brief's items name both sides in their sentence or the one before. */
async function measure(brief, sides, read) {
  const groups = [
    brief.bottomLine.outlook.flatMap((o) => o.items.map((i) => i.evidence)),
    brief.timeline.flatMap((e) => e.evidence),
    brief.voices.flatMap((v) => v.quotes.map((q) => q.evidence)),
  ]
  let both = 0
  const misses = []
  for (const evidence of groups.flat()) {
    const article = await read(evidence.article)
    if (!article) continue
    const window = windowOf(article, evidence, 1)
    if (namesSide(article, window, sides[0]) && namesSide(article, window, sides[1])) both++
    else misses.push(evidence.text)
  }
  return { items: groups.flat().length, both, parts: groups.map((g) => g.length), misses }
}

/** One line of the table: the pair, its articles, the brief's items and share, co-occurrence's. */
function row(label, articles, now, then) {
  const parts = now.parts ? ` (${now.parts.join('/')})` : ''
  const left = `${label.padEnd(10)} ${String(articles).padStart(8)}  ${String(now.items).padStart(5)}${parts}`
  return `${left.padEnd(40)}${share(now)}  | ${String(then.items).padStart(19)}  ${share(then)}`
}

function share({ items, both }) {
  return items ? (both / items).toFixed(2) : ' –  '
}

if (corpora.length > 1)
  console.log(
    `\nall corpora: ${all.items} items, share ${share({ items: all.items, both: all.both })}; co-occurrence ${all.before} items, share ${share({ items: all.before, both: all.beforeBoth })}`,
  )
