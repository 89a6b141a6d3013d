import { createReadStream } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { DyadError, InputError } from '../errors.js'
import { type ArticleInput, fromJsonObject } from './article-input.js'
import { decodeUtf8 } from './decode.js'
import { feedArticles, looksLikeFeed } from './feed.js'
import { describeFsError, mb, readStdin } from './files.js'
import { extractHtml } from './html.js'

export interface ReadOptions {
  /** Largest single article file accepted, in bytes. */
  maxBytes: number
}

export { DEFAULT_MAX_BYTES } from './files.js'

export type InputItem =
  | { article: ArticleInput; error?: never }
  | { error: DyadError; article?: never }

const ARTICLE_EXTENSIONS = new Set([
  '.txt',
  '.text',
  '.html',
  '.htm',
  '.xhtml',
  '.json',
  '.jsonl',
  '.ndjson',
  '.xml',
  '.rss',
  '.atom',
])
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson'])

/**
 * Reads articles from files, folders (recursively) and `-` (stdin), in order.
 * Bad inputs come out as errors in the stream, so one bad file never stops the rest;
 * JSON Lines files are streamed line by line, so memory stays flat.
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions,
): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* guard('-', async () => [parseContent('-', await readStdin(options.maxBytes))])
      continue
    }
    let info: Awaited<ReturnType<typeof stat>>
    try {
      info = await stat(path)
    } catch (cause) {
      yield { error: new InputError(path, describeFsError(cause), { cause }) }
      continue
    }
    if (info.isDirectory()) {
      for await (const file of walk(path)) yield* readFileInput(file, options)
    } else {
      yield* readFileInput(path, options)
    }
  }
}

async function* readFileInput(file: string, options: ReadOptions): AsyncGenerator<InputItem> {
  if (JSONL_EXTENSIONS.has(extname(file).toLowerCase())) {
    yield* readJsonLines(file)
    return
  }
  yield* guard(file, async () => {
    const info = await stat(file)
    if (info.size === 0) throw new InputError(file, 'is empty')
    if (info.size > options.maxBytes) {
      throw new InputError(
        file,
        `is ${mb(info.size)} MB, more than the ${mb(options.maxBytes)} MB allowed for one article; split it, or raise --max-size`,
      )
    }
    const text = decodeUtf8(await readFile(file), file)
    if (looksLikeJsonLines(text)) return linesToArticles(text, file)
    if (looksLikeFeed(text)) return feedArticles(text, file)
    return [parseContent(file, text)]
  })
}

async function* guard(
  file: string,
  read: () => Promise<ArticleInput[]>,
): AsyncGenerator<InputItem> {
  try {
    for (const article of await read()) yield { article }
  } catch (cause) {
    yield {
      error:
        cause instanceof DyadError
          ? cause
          : new InputError(file, describeFsError(cause), { cause }),
    }
  }
}

/** Plain text, an HTML page, or a JSON article object, told apart by their first character. */
export function parseContent(file: string, raw: string): ArticleInput {
  const trimmed = raw.trimStart()
  if (!trimmed) throw new InputError(file, 'is empty')
  if (trimmed.startsWith('{')) {
    let value: unknown
    try {
      value = JSON.parse(trimmed)
    } catch (cause) {
      throw new InputError(file, `is not valid JSON (${(cause as Error).message})`, { cause })
    }
    return fromJsonObject(value, file)
  }
  if (/^<(!doctype|html|head|body|article|meta|div|p\b)/i.test(trimmed)) {
    const page = extractHtml(raw, file)
    return { origin: file, ...page }
  }
  return { origin: file, text: raw }
}

async function* readJsonLines(file: string): AsyncGenerator<InputItem> {
  let stream: ReturnType<typeof createReadStream>
  try {
    await stat(file)
    stream = createReadStream(file, { encoding: 'utf8' })
  } catch (cause) {
    yield { error: new InputError(file, describeFsError(cause), { cause }) }
    return
  }
  let line = 0
  let seen = 0
  try {
    for await (const raw of createInterface({
      input: stream,
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      line++
      if (!raw.trim()) continue
      seen++
      yield* guard(`${file}:${line}`, async () => [jsonLine(raw, file, line)])
    }
  } catch (cause) {
    yield { error: new InputError(file, describeFsError(cause), { line, cause }) }
  }
  if (seen === 0) yield { error: new InputError(file, 'is empty (no JSON lines)') }
}

function jsonLine(raw: string, file: string, line: number): ArticleInput {
  if (raw.includes('\uFFFD')) throw new InputError(file, 'is not valid UTF-8', { line })
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (cause) {
    throw new InputError(file, `is not valid JSON (${(cause as Error).message})`, { line, cause })
  }
  return fromJsonObject(value, file, line)
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.trim().split('\n', 3)
  return lines.length > 1 && lines.every((l) => l.trim().startsWith('{') && l.trim().endsWith('}'))
}

function linesToArticles(text: string, file: string): ArticleInput[] {
  const out: ArticleInput[] = []
  text.split('\n').forEach((raw, i) => {
    if (raw.trim()) out.push(jsonLine(raw, file, i + 1))
  })
  return out
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    // Hidden files and a folder's README are never articles.
    if (entry.name.startsWith('.') || /^readme\b/i.test(entry.name)) continue
    const full = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(full)
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield full
  }
}

/**
 * About how many articles the paths hold, for a progress display: one per file, one
 * per line of a JSON Lines file (a feed counts once). Unreadable paths count zero.
 */
export async function countInputs(paths: readonly string[]): Promise<number> {
  let n = 0
  const countFile = async (file: string) => {
    if (!JSONL_EXTENSIONS.has(extname(file).toLowerCase())) {
      n++
      return
    }
    for await (const chunk of createReadStream(file)) {
      const buf = chunk as Buffer
      for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++
    }
  }
  for (const path of paths) {
    if (path === '-') continue
    try {
      const info = await stat(path)
      if (info.isDirectory()) for await (const file of walk(path)) await countFile(file)
      else await countFile(path)
    } catch {
      // Reported when the path is read.
    }
  }
  return n
}
