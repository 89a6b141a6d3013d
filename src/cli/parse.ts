import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import type { Lang } from '../doc/index.js'
import { InputError, UsageError } from '../errors.js'
import { decodeUtf8 } from '../ingest/decode.js'
import { DEFAULT_MAX_BYTES, describeFsError, readStdin } from '../ingest/files.js'
import type { SyntaxOptions } from '../syntax/annotate.js'
import { ConlluError, type ConlluSentence, readConllu, writeConllu } from '../syntax/conllu.js'
import { SyntaxPool } from '../syntax/pool.js'
import type { SyntaxWord } from '../syntax/types.js'
import { beamOption, langOption, parseOptions, sizeOption, workersOption } from './options.js'
import { chunkedOut } from './write.js'

type Out = ReturnType<typeof chunkedOut>

/**
 * `dyad parse`: UD words, tags, lemmas and dependency trees. CoNLL-U input keeps its own
 * tokenisation and only the model's columns are filled; any other input is read as `analyze`
 * reads articles and split into sentences, tokens and words first.
 */
export async function runParse(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    lang: { type: 'string' },
    format: { type: 'string' },
    'max-size': { type: 'string' },
    workers: { type: 'string' },
    beam: { type: 'string' },
    combine: { type: 'boolean' },
  })
  if (positionals.length === 0)
    throw new UsageError('parse needs a file, a folder or - for standard input (dyad --help)')
  const format = values.format ?? 'conllu'
  if (format !== 'conllu' && format !== 'json')
    throw new UsageError(`--format must be conllu or json (got "${format}")`)
  const lang = langOption(values.lang)
  const maxBytes = sizeOption(values['max-size'], DEFAULT_MAX_BYTES)
  const workers = values.workers === undefined ? undefined : workersOption(values.workers, 0)
  if (values.combine && values.beam !== undefined)
    throw new UsageError(
      '--combine chooses its own parsers (beams of 8 among them): leave out --beam',
    )
  const syntax: SyntaxOptions = values.combine
    ? { combine: true }
    : { beam: beamOption(values.beam) }
  const out = chunkedOut()
  const json = format === 'json'
  const articles = { lang, json, maxBytes, syntax, sentences: { count: 0 } }
  let failed = 0
  try {
    for (const path of positionals) {
      if (path === '-') {
        const text = await readStdin(Number.POSITIVE_INFINITY)
        if (looksLikeConllu(text)) await parseConllu(text, '-', lang, json, out, workers, syntax)
        else {
          const { parseArticles } = await import('./parse-articles.js')
          failed += await parseArticles(['-'], { ...articles, stdin: text }, out)
        }
      } else if (/\.conllu$/i.test(path)) {
        const bytes = await readFile(path).catch((cause: unknown) => {
          throw new InputError(path, describeFsError(cause), { cause })
        })
        await parseConllu(decodeUtf8(bytes, path), path, lang, json, out, workers, syntax)
      } else {
        const { parseArticles } = await import('./parse-articles.js')
        failed += await parseArticles([path], articles, out)
      }
    }
  } finally {
    await out.flush()
  }
  return failed ? 1 : 0
}

/** The first line that is not a comment is a word line: `1<TAB>…` or a range `1-2<TAB>…`. */
export function looksLikeConllu(text: string): boolean {
  for (const line of text.split('\n', 200)) {
    if (!line.trim() || line.startsWith('#')) continue
    return /^\d+(?:[-.]\d+)?\t/.test(line)
  }
  return false
}

async function parseConllu(
  text: string,
  file: string,
  lang: Lang | 'auto',
  json: boolean,
  out: Out,
  workers: number | undefined,
  syntax: SyntaxOptions,
): Promise<void> {
  if (json)
    throw new UsageError(
      `${file}: --format json needs text to point into; CoNLL-U input is printed as CoNLL-U`,
    )
  const model = lang === 'auto' ? await conlluLanguage(text, file) : lang
  let sentences: ConlluSentence[]
  try {
    sentences = [...readConllu(text)]
  } catch (err) {
    if (err instanceof ConlluError) throw new InputError(file, err.reason, { line: err.line })
    throw err
  }
  const words = sentences.reduce((n, s) => n + s.words.length, 0)
  // Threads pay off only once there is more to parse than it takes them to load a model.
  const pool = new SyntaxPool(
    model,
    workers ?? (words >= 20_000 ? availableParallelism() : 0),
    syntax,
  )
  try {
    const batches: ConlluSentence[][] = []
    for (let i = 0; i < sentences.length; ) {
      const batch: ConlluSentence[] = []
      for (let n = 0; i < sentences.length && n < BATCH_WORDS; i++) {
        const s = sentences[i] as ConlluSentence
        batch.push(s)
        n += s.words.length
      }
      batches.push(batch)
    }
    // A few batches ahead per thread keeps every thread busy and memory flat.
    const ahead = Math.max(1, pool.size * 3)
    const inFlight: Promise<SyntaxWord[][]>[] = []
    let sent = 0
    for (const batch of batches) {
      while (sent < batches.length && inFlight.length < ahead) {
        const next = batches[sent++] as ConlluSentence[]
        inFlight.push(pool.annotate(next.map((s) => s.words.map((w) => w.form))))
      }
      const annotated = await (inFlight.shift() as Promise<SyntaxWord[][]>)
      let chunk = ''
      batch.forEach((s, k) => {
        chunk += writeConllu({ comments: s.comments, words: annotated[k] ?? [], tokens: s.tokens })
      })
      await out.write(chunk)
    }
  } finally {
    await pool.close()
  }
}

const BATCH_WORDS = 4000

/** Identifies the language from the words of the first sentences. */
async function conlluLanguage(text: string, file: string): Promise<Lang> {
  const { detectLanguage } = await import('../text/language.js')
  let sample = ''
  try {
    for (const s of readConllu(text)) {
      sample += `${s.words.map((w) => w.form).join(' ')}\n`
      if (sample.length > 4000) break
    }
  } catch {
    // A malformed line is reported where the parse reaches it.
  }
  const guess = detectLanguage(sample)
  if (guess.warning) process.stderr.write(`dyad: ${file}: ${guess.warning}\n`)
  return guess.lang
}
