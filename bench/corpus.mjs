// The first `limit` articles of a language's corpus in ../shared/corpora/, parsed from JSON Lines.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))

export function readCorpus(lang, limit) {
  const file = lang === 'es' ? 'es-news-2018.jsonl' : 'en-bbc-2004.jsonl'
  return readFileSync(join(here, '../../shared/corpora', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, Number(limit))
    .map((l) => JSON.parse(l))
}
