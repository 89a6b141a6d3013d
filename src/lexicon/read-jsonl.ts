import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { z } from 'zod'
import { LexiconError } from '../errors.js'
import { onDemand } from '../on-demand.js'
import { DATA_DIR } from './langs.js'
import type { SCHEMAS } from './schema-registry.js'
import { fromSnapshot, snapshotBeingWritten } from './snapshot.js'

export type SchemaName = keyof typeof SCHEMAS
export type EntryOf<K extends SchemaName> = z.infer<(typeof SCHEMAS)[K]>

let provided: typeof SCHEMAS | null = null

/**
 * Hands the schemas over when the compiled registry cannot be required on demand:
 * tests run the TypeScript sources, which `require` cannot load.
 */
export function provideSchemas(schemas: typeof SCHEMAS): void {
  provided = schemas
}

function schemas(): typeof SCHEMAS {
  provided ??= onDemand<{ SCHEMAS: typeof SCHEMAS }>(
    new URL('./schema-registry.js', import.meta.url).href,
  ).SCHEMAS
  return provided
}

/**
 * Reads one lexicon file: every line must parse and match its schema, ids must be
 * unique and sorted, so a broken entry is reported as `file:line` and diffs stay per entry.
 * A missing file reads as empty. Files of the bundled data that the build has checked
 * and left unchanged since are read from its snapshot, without checking them again.
 */
export function readJsonl<K extends SchemaName>(file: string, kind: K, root: string): EntryOf<K>[] {
  if (!existsSync(file)) return []
  const name = relative(root, file)
  const writer = snapshotBeingWritten()
  if (!writer && root === DATA_DIR) {
    const known = fromSnapshot(file, name)
    if (known) return known as EntryOf<K>[]
  }
  const entries = checkJsonl(file, kind, name)
  writer?.record(file, name, entries)
  return entries
}

function checkJsonl<K extends SchemaName>(file: string, kind: K, name: string): EntryOf<K>[] {
  const schema = schemas()[kind]
  const out: EntryOf<K>[] = []
  let previous = ''
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return
      let value: unknown
      try {
        value = JSON.parse(raw)
      } catch (cause) {
        throw new LexiconError(name, i + 1, `not valid JSON (${(cause as Error).message})`)
      }
      const parsed = schema.safeParse(value)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        throw new LexiconError(
          name,
          i + 1,
          `${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'}`,
        )
      }
      const entry = parsed.data as EntryOf<K>
      if (entry.id <= previous) {
        throw new LexiconError(
          name,
          i + 1,
          `id "${entry.id}" is ${entry.id === previous ? 'a duplicate' : `out of order (after "${previous}")`}`,
        )
      }
      previous = entry.id
      out.push(entry)
    })
  return out
}

/** Every `.jsonl` file of a folder, in name order. */
export function readJsonlDir<K extends SchemaName>(
  dir: string,
  kind: K,
  root: string,
): EntryOf<K>[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f), kind, root))
}
