import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The build's snapshot of the bundled lexicon: each data file's entries as checked by
 * its schema, with the size and modification time the file had. A file read later with
 * the same size and time is taken from here, so start-up skips parsing line by line and
 * loading the validator; a file edited since is read and checked from its source.
 * The snapshot sits beside the compiled code (`dist/lexicon/snapshot/`); tests running
 * from `src/` have none and always check.
 */
export const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'snapshot')
const INDEX = 'index.json'

interface Stamp {
  size: number
  mtimeMs: number
}

export type SnapshotRecorder = (file: string, name: string, entries: readonly unknown[]) => void

let index: Map<string, Stamp> | null = null

function loadIndex(): Map<string, Stamp> {
  if (index) return index
  const path = join(SNAPSHOT_DIR, INDEX)
  index = new Map(
    existsSync(path)
      ? Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, Stamp>)
      : [],
  )
  return index
}

/** The snapshot's entries of a data file (`name` relative to the data folder), or null when it has none or the file changed. */
export function fromSnapshot(file: string, name: string): unknown[] | null {
  const stamp = loadIndex().get(name)
  if (!stamp) return null
  const now = statSync(file)
  if (now.size !== stamp.size || now.mtimeMs !== stamp.mtimeMs) return null
  try {
    return JSON.parse(readFileSync(join(SNAPSHOT_DIR, `${name}.json`), 'utf8')) as unknown[]
  } catch {
    return null
  }
}

/** Collects files as they are read and checked, then writes them as the new snapshot. */
export class SnapshotWriter {
  private readonly files = new Map<string, { stamp: Stamp; entries: readonly unknown[] }>()

  readonly record: SnapshotRecorder = (file, name, entries) => {
    const { size, mtimeMs } = statSync(file)
    this.files.set(name, { stamp: { size, mtimeMs }, entries })
  }

  /** Replaces whatever snapshot was there; returns the number of files and bytes written. */
  write(dir: string = SNAPSHOT_DIR): { files: number; bytes: number } {
    rmSync(dir, { recursive: true, force: true })
    let bytes = 0
    const stamps: Record<string, Stamp> = {}
    for (const [name, { stamp, entries }] of [...this.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const out = join(dir, `${name}.json`)
      mkdirSync(dirname(out), { recursive: true })
      const json = JSON.stringify(entries)
      writeFileSync(out, json)
      bytes += json.length
      stamps[name] = stamp
    }
    writeFileSync(join(dir, INDEX), JSON.stringify(stamps))
    index = null
    return { files: this.files.size, bytes }
  }
}
