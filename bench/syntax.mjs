// Benchmark: the syntax layer (tagger, morphology, lemmatiser, parser) alone, per core,
// on the held-out treebank sentences, and `dyad parse` over the English training
// treebank counted from command start to end, as score-ud.mjs counts it.
//
//   npm run bench:syntax
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { beamPath, loadSyntax, MODEL_DIR, r2lBeamPath, r2lPath } from '../dist/syntax/annotate.js'
import { decodeModel } from '../dist/syntax/model-file.js'
import { readTreebank } from '../dist/syntax/train/treebank.js'

const here = fileURLToPath(new URL('.', import.meta.url))
const ud = join(here, '../../shared/ud')
const sets = [
  ['en', 'en_ewt/test.conllu.gz'],
  ['es', 'es_gsd/test.conllu.gz'],
]

for (const [lang, file] of sets) {
  const sentences = readTreebank(join(ud, file)).map((s) => s.forms)
  const words = sentences.reduce((n, s) => n + s.length, 0)
  const rss0 = process.memoryUsage().rss
  const t0 = performance.now()
  const model = loadSyntax(lang)
  // The files are read when the model is first used: its header counts as a use.
  void model.meta
  const loadMs = performance.now() - t0
  const run = () => {
    const a = performance.now()
    for (const s of sentences) model.annotate(s)
    return performance.now() - a
  }
  const coldMs = run()
  const warmMs = Math.min(run(), run())
  const rssMb = (process.memoryUsage().rss - rss0) / 1024 / 1024
  console.log(`syntax ${lang}     ${file}: ${words} words`)
  console.log(`  model load     ${loadMs.toFixed(0)} ms, +${rssMb.toFixed(0)} MB RSS after parsing`)
  console.log(
    `  words/s        ${Math.round(words / (warmMs / 1000))} warm, ${Math.round(words / (coldMs / 1000))} first pass (one core)`,
  )
  // The opt-in beam parser, at the width it was trained for (its own file's header says).
  const beamFile = beamPath(MODEL_DIR, lang)
  const width = existsSync(beamFile)
    ? decodeModel(readFileSync(beamFile)).meta.beam?.width
    : undefined
  if (width) {
    const beam = loadSyntax(lang, { beam: width })
    for (const s of sentences) beam.annotate(s)
    const a = performance.now()
    for (const s of sentences) beam.annotate(s)
    const ms = performance.now() - a
    console.log(
      `  beam of ${width}      ${Math.round(words / (ms / 1000))} words/s warm (one core)`,
    )
  }
  // The opt-in combination of four parsers, when the right-to-left parsers' files are there.
  if (width && existsSync(r2lPath(MODEL_DIR, lang)) && existsSync(r2lBeamPath(MODEL_DIR, lang))) {
    const combined = loadSyntax(lang, { combine: true })
    for (const s of sentences) combined.annotate(s)
    const a = performance.now()
    for (const s of sentences) combined.annotate(s)
    const ms = performance.now() - a
    console.log(`  combined       ${Math.round(words / (ms / 1000))} words/s warm (one core)`)
  }
}

// The command over 204k words, start-up and output included.
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'))
try {
  const train = join(dir, 'train.conllu')
  writeFileSync(train, gunzipSync(readFileSync(join(ud, 'en_ewt/train.conllu.gz'))))
  const words = readTreebank(train).reduce((n, s) => n + s.forms.length, 0)
  const t0 = performance.now()
  execFileSync(
    process.execPath,
    [join(here, '../dist/cli/main.js'), 'parse', train, '--lang', 'en'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      maxBuffer: 1 << 30,
    },
  )
  const seconds = (performance.now() - t0) / 1000
  console.log(
    `dyad parse     en_ewt/train.conllu: ${words} words in ${seconds.toFixed(2)} s, ${Math.round(words / seconds)} words/s from command start`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
