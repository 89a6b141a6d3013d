import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildBrief, resolveActor } from '../analyze/index.js'
import type { Analysis } from '../doc/index.js'
import { analyzeArticle } from '../extract/index.js'
import { DEFAULT_MAX_BYTES, readInputs } from '../ingest/index.js'
import { openStore, type Store } from '../store/index.js'
import { parseOptions } from './options.js'
import { portOption } from './port.js'
import { writeOut } from './write.js'

export const SAMPLES_DIR = fileURLToPath(new URL('../../data/samples', import.meta.url))

/** Where the demo store goes unless `--db` says otherwise: rebuilt on every run. */
export const DEMO_DB = join(tmpdir(), 'dyad-demo.db')

/** The relationship the samples are mostly about. */
export const DEMO_DYAD = ['Trump', 'Bukele'] as const

/**
 * `dyad demo`: analyses the bundled sample articles, prints what was found in each,
 * stores them, and ends with the dashboard's address on that store (`--serve` starts it).
 */
export async function runDemo(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    json: { type: 'boolean' },
    db: { type: 'string' },
    serve: { type: 'boolean' },
    port: { type: 'string' },
  })
  const port = portOption(values.port)
  const db = values.db ?? DEMO_DB
  if (!values.db) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true })
  const store = openStore(db)
  let failed = 0
  let n = 0
  try {
    for await (const item of readInputs([SAMPLES_DIR], { maxBytes: DEFAULT_MAX_BYTES })) {
      if (item.error) {
        failed++
        process.stderr.write(`dyad: ${item.error.message}\n`)
        continue
      }
      const analysis = analyzeArticle(item.article, { published: '2025-06-01' })
      await store.add(analysis, item.article.origin)
      n++
      await writeOut(
        values.json ? `${JSON.stringify(analysis)}\n` : summarise(analysis, item.article.origin),
      )
    }
    await store.flush()
    if (!values.json) {
      await writeOut(
        `\n${n} sample articles analysed from ${SAMPLES_DIR}${failed ? `, ${failed} failed` : ''}, stored in ${db}.\n`,
      )
      await writeOut(await bottomLine(store, db))
    }
    if (values.serve) {
      const { startServer } = await import('../server/index.js')
      const server = await startServer({ store, host: '127.0.0.1', port })
      process.stderr.write(
        `\nDashboard on the demo data: ${server.url}${dyadPath()}  (Ctrl-C to stop)\n`,
      )
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve)
        process.once('SIGTERM', resolve)
      })
      await server.close()
    } else if (!values.json) {
      const portFlag = port === 8080 ? '' : ` --port ${port}`
      await writeOut(
        `\nDashboard on the demo data: run  dyad serve --db ${db}${portFlag}  (or dyad demo --serve)\n` +
          `and open  http://127.0.0.1:${port}/${dyadPath()}\n`,
      )
    }
  } finally {
    await store.close()
  }
  return failed ? 1 : 0
}

/** The demo dyad's brief in a few lines, and the commands that show the rest. */
async function bottomLine(store: Store, db: string): Promise<string> {
  const a = await resolveActor(store, DEMO_DYAD[0])
  const b = await resolveActor(store, DEMO_DYAD[1])
  const brief = await buildBrief(store, a, b)
  return [
    `\n━━ What to expect between ${a.name} and ${b.name} (${brief.articles} articles)`,
    `  ${brief.bottomLine.summary}`,
    `  frictions: ${brief.frictions.map((f) => f.topic).join(', ') || '—'}`,
    `  convergences: ${brief.convergences.map((f) => f.topic).join(', ') || '—'}`,
    `  ${brief.timeline.length} events on the timeline, ${brief.voices.length} voices`,
    '',
    'More:',
    `  node dist/cli/main.js brief Trump Bukele --db ${db}     # the whole brief (--format html|json)`,
    `  node dist/cli/main.js quotes --speaker Bukele --db ${db}`,
    `  node dist/cli/main.js events --db ${db} --format gdelt`,
    '',
  ].join('\n')
}

const dyadPath = () => `#/dyad/${DEMO_DYAD.map(encodeURIComponent).join('/')}`

function summarise(a: Analysis, origin: string): string {
  const { text } = a.article
  const name = (id: string | null) => a.entities.find((e) => e.id === id)?.name ?? null
  const lines = [
    `\n━━ ${a.article.title ?? origin}  (${a.article.published}, ${a.article.language})`,
  ]
  const people = a.entities.filter((e) => e.kind === 'person')
  lines.push(
    `  people: ${people.map((e) => (e.code ? `${e.name} [${e.code}]` : e.name)).join(', ') || '—'}`,
  )
  const others = a.entities.filter((e) => e.kind !== 'person')
  lines.push(`  places & organisations: ${others.map((e) => e.name).join(', ') || '—'}`)
  lines.push(
    `  dates: ${a.timexes.map((t) => `${text.slice(t.start, t.end)} → ${t.value}`).join('; ') || '—'}`,
  )
  lines.push(`  quotes (${a.quotes.length}):`)
  for (const q of a.quotes) {
    const said = text.slice(q.start, q.end).replace(/\s+/g, ' ')
    const short = said.length > 90 ? `${said.slice(0, 87)}…` : said
    lines.push(
      `    ${(name(q.speaker) ?? q.speakerName ?? 'unattributed').padEnd(24)} ${q.kind.padEnd(8)} “${short}”`,
    )
  }
  return `${lines.join('\n')}\n`
}
