import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { z } from 'zod'
import { LexiconError } from '../errors.js'

/**
 * Reads one lexicon file: every line must parse and match `schema`, ids must be
 * unique and sorted, so a broken entry is reported as `file:line` and diffs stay per entry.
 * A missing file reads as empty.
 */
export function readJsonl<S extends z.ZodType<{ id: string }>>(
  file: string,
  schema: S,
  root: string,
): z.infer<S>[] {
  if (!existsSync(file)) return []
  const name = relative(root, file)
  const out: z.infer<S>[] = []
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
      const entry = parsed.data
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
export function readJsonlDir<S extends z.ZodType<{ id: string }>>(
  dir: string,
  schema: S,
  root: string,
): z.infer<S>[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f), schema, root))
}
