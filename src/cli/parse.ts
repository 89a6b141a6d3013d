import { readFile } from 'node:fs/promises'
import type { Lang } from '../doc/index.js'
import { InputError, UsageError } from '../errors.js'
import { decodeUtf8 } from '../ingest/decode.js'
import { DEFAULT_MAX_BYTES, describeFsError, readStdin } from '../ingest/files.js'
import { loadSyntax } from '../syntax/annotate.js'
import { ConlluError, readConllu, writeConllu } from '../syntax/conllu.js'
import { langOption, parseOptions, sizeOption } from './options.js'
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
  })
  if (positionals.length === 0)
    throw new UsageError('parse needs a file, a folder or - for standard input (dyad --help)')
  const format = values.format ?? 'conllu'
  if (format !== 'conllu' && format !== 'json')
    throw new UsageError(`--format must be conllu or json (got "${format}")`)
  const lang = langOption(values.lang)
  const maxBytes = sizeOption(values['max-size'], DEFAULT_MAX_BYTES)
  const out = chunkedOut()
  const json = format === 'json'
  const articles = { lang, json, maxBytes, sentences: { count: 0 } }
  let failed = 0
  try {
    for (const path of positionals) {
      if (path === '-') {
        const text = await readStdin(Number.POSITIVE_INFINITY)
        if (looksLikeConllu(text)) await parseConllu(text, '-', lang, json, out)
        else {
          const { parseArticles } = await import('./parse-articles.js')
          failed += await parseArticles(['-'], { ...articles, stdin: text }, out)
        }
      } else if (/\.conllu$/i.test(path)) {
        const bytes = await readFile(path).catch((cause: unknown) => {
          throw new InputError(path, describeFsError(cause), { cause })
        })
        await parseConllu(decodeUtf8(bytes, path), path, lang, json, out)
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
): Promise<void> {
  if (json)
    throw new UsageError(
      `${file}: --format json needs text to point into; CoNLL-U input is printed as CoNLL-U`,
    )
  const model = loadSyntax(lang === 'auto' ? await conlluLanguage(text, file) : lang)
  try {
    for (const s of readConllu(text)) {
      const words = model.annotate(s.words.map((w) => w.form))
      await out.write(writeConllu({ comments: s.comments, words, tokens: s.tokens }))
    }
  } catch (err) {
    if (err instanceof ConlluError) throw new InputError(file, err.reason, { line: err.line })
    throw err
  }
}

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
