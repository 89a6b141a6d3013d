import type { Lang } from '../doc/index.js'
import { InputError } from '../errors.js'
import { articleDoc, articleText } from '../extract/pipeline.js'
import { mb } from '../ingest/files.js'
import { type InputItem, parseContent, readInputs } from '../ingest/index.js'
import { loadSyntax, type SyntaxOptions } from '../syntax/annotate.js'
import { docSentenceConllu } from '../syntax/doc-conllu.js'
import { parseDocSentence, syntaxLayer } from '../syntax/layer.js'
import type { chunkedOut } from './write.js'

export interface ArticleParseOptions {
  lang: Lang | 'auto'
  json: boolean
  maxBytes: number
  /** How to parse: `beam` wider than 1 asks for the beam parser. */
  syntax?: SyntaxOptions
  /** Standard input, already read to see whether it was CoNLL-U. */
  stdin?: string
  /** Sentences printed so far: ids run on across the articles of one run. */
  sentences: { count: number }
}

/**
 * Articles (text, HTML, JSON, as `analyze` reads them) split into sentences and UD words and
 * annotated: CoNLL-U with each token's `TokenRange` in the normalised text, or with `json`
 * one line per article holding its `syntax` layer. Bad inputs are named and skipped.
 */
export async function parseArticles(
  paths: readonly string[],
  options: ArticleParseOptions,
  out: ReturnType<typeof chunkedOut>,
): Promise<number> {
  let failed = 0
  for await (const item of inputs(paths, options)) {
    if (item.error) {
      failed++
      process.stderr.write(`dyad: ${item.error.message}\n`)
      continue
    }
    try {
      const input = item.article
      const { doc, warnings } = articleDoc(input, articleText(input), options.lang, '')
      for (const w of warnings) process.stderr.write(`dyad: ${input.origin}: ${w}\n`)
      const model = loadSyntax(doc.lang, options.syntax)
      if (options.json) {
        await out.write(`${JSON.stringify(syntaxLayer(doc, model))}\n`)
        continue
      }
      for (const s of doc.sentences) {
        const newdoc = s.index === 0 ? [`# newdoc id = ${input.id ?? input.origin}`] : []
        const parse = parseDocSentence(doc, s, model)
        await out.write(docSentenceConllu(doc, parse, ++options.sentences.count, newdoc))
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err
      failed++
      process.stderr.write(`dyad: ${err.message}\n`)
    }
  }
  return failed
}

async function* inputs(
  paths: readonly string[],
  options: ArticleParseOptions,
): AsyncGenerator<InputItem> {
  if (options.stdin === undefined) {
    yield* readInputs(paths, { maxBytes: options.maxBytes })
    return
  }
  try {
    if (Buffer.byteLength(options.stdin) > options.maxBytes)
      throw new InputError(
        '-',
        `standard input is more than ${mb(options.maxBytes)} MB; raise --max-size`,
      )
    yield { article: parseContent('-', options.stdin) }
  } catch (err) {
    if (!(err instanceof InputError)) throw err
    yield { error: err }
  }
}
