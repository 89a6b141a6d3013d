import { existsSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Lang } from '../doc/index.js'

const here = dirname(fileURLToPath(import.meta.url))
/** The data folder, both from `src/` (tests) and from the compiled `dist/`. */
export const DATA_DIR =
  [join(here, 'data'), join(here, '../../src/lexicon/data')].find((d) => existsSync(d)) ??
  join(here, 'data')

/** The languages dyad reads: every data folder with a `language.jsonl`. */
export const LANGS: readonly Lang[] = readdirSync(DATA_DIR)
  .filter((d) => existsSync(join(DATA_DIR, d, 'language.jsonl')))
  .sort()
