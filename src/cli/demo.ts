import { fileURLToPath } from 'node:url'
import type { Analysis } from '../doc/index.js'
import { analyzeArticle } from '../extract/index.js'
import { DEFAULT_MAX_BYTES, readInputs } from '../ingest/index.js'
import { parseOptions } from './options.js'
import { writeOut } from './write.js'

export const SAMPLES_DIR = fileURLToPath(new URL('../../data/samples', import.meta.url))

/** `dyad demo`: analyses the bundled sample articles and prints what was found in each. */
export async function runDemo(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { json: { type: 'boolean' } })
  let failed = 0
  let n = 0
  for await (const item of readInputs([SAMPLES_DIR], { maxBytes: DEFAULT_MAX_BYTES })) {
    if (item.error) {
      failed++
      process.stderr.write(`dyad: ${item.error.message}\n`)
      continue
    }
    const analysis = analyzeArticle(item.article, { published: '2025-06-01' })
    n++
    await writeOut(
      values.json ? `${JSON.stringify(analysis)}\n` : summarise(analysis, item.article.origin),
    )
  }
  if (!values.json)
    await writeOut(
      `\n${n} sample articles analysed from ${SAMPLES_DIR}${failed ? `, ${failed} failed` : ''}.\n`,
    )
  return failed ? 1 : 0
}

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
