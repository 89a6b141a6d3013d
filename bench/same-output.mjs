// Checks that two builds analyse the same articles identically: each build runs in its own
// process and writes one JSON analysis per line; the two outputs are compared byte for byte.
//
//   node bench/same-output.mjs OLD_DIST NEW_DIST [--en N] [--es N] [--syntax] [--adversarial BYTES]
//
// --adversarial also analyses each pattern of bench/adversarial-patterns.mjs at that size.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const here = fileURLToPath(new URL('.', import.meta.url))
const corpora = join(here, '../../shared/corpora')
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    en: { type: 'string', default: '300' },
    es: { type: 'string', default: '150' },
    syntax: { type: 'boolean', default: false },
    adversarial: { type: 'string', default: '0' },
    child: { type: 'boolean', default: false },
  },
})

function articles(file, n) {
  return readFileSync(join(corpora, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, n)
    .map((l) => JSON.parse(l))
}

if (values.child) {
  const [dist] = positionals
  const { analyzeArticle } = await import(pathToFileURL(join(dist, 'extract/index.js')).href)
  const sets = [
    ['en-bbc-2004.jsonl', 'en', Number(values.en)],
    ['es-news-2018.jsonl', 'es', Number(values.es)],
  ]
  const lines = []
  for (const [file, lang, n] of sets)
    for (const a of articles(file, n)) {
      const doc = analyzeArticle(
        { origin: 'check', text: a.text, title: a.title },
        { published: a.published ?? '2005-01-01', lang, syntax: values.syntax },
      )
      lines.push(JSON.stringify(doc))
    }
  const size = Number(values.adversarial)
  if (size > 0) {
    const { PATTERNS } = await import('./adversarial-patterns.mjs')
    for (const [name, [lang, make]] of Object.entries(PATTERNS)) {
      const doc = analyzeArticle(
        { origin: name, text: make(size) },
        { published: '2024-01-01', lang, syntax: values.syntax },
      )
      lines.push(JSON.stringify(doc))
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`)
} else {
  const run = (dist) =>
    execFileSync(
      process.execPath,
      [
        fileURLToPath(import.meta.url),
        '--child',
        resolve(dist),
        '--en',
        values.en,
        '--es',
        values.es,
        '--adversarial',
        values.adversarial,
        ...(values.syntax ? ['--syntax'] : []),
      ],
      { maxBuffer: 1 << 30 },
    )
  const [oldDist, newDist] = positionals
  const a = run(oldDist)
  const b = run(newDist)
  const digest = (buf) => createHash('sha256').update(buf).digest('hex').slice(0, 16)
  const la = a.toString('utf8').split('\n')
  const lb = b.toString('utf8').split('\n')
  let differ = 0
  for (let i = 0; i < Math.max(la.length, lb.length); i++)
    if (la[i] !== lb[i]) {
      if (differ++ < 5) console.log(`article ${i + 1} differs`)
    }
  console.log(
    `${la.length - 1} analyses; old ${a.length} bytes sha256 ${digest(a)}, new ${b.length} bytes sha256 ${digest(b)}`,
  )
  console.log(a.equals(b) ? 'identical' : `DIFFERENT (${differ} articles)`)
  process.exitCode = a.equals(b) ? 0 : 1
}
