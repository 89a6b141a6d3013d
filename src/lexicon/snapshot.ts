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

/** Values computed from files outside the data folder (packages) carry their sources' stamps. */
interface DerivedStamp {
  sources: string
}

let index: Map<string, Stamp | DerivedStamp> | null = null
let recording: SnapshotWriter | null = null

function loadIndex(): Map<string, Stamp | DerivedStamp> {
  if (index) return index
  const path = join(SNAPSHOT_DIR, INDEX)
  index = new Map(
    existsSync(path)
      ? Object.entries(
          JSON.parse(readFileSync(path, 'utf8')) as Record<string, Stamp | DerivedStamp>,
        )
      : [],
  )
  return index
}

/** The snapshot's entries of a data file (`name` relative to the data folder), or null when it has none or the file changed. */
export function fromSnapshot(file: string, name: string): unknown[] | null {
  const stamp = loadIndex().get(name)
  if (!stamp || !('size' in stamp)) return null
  const now = statSync(file)
  if (now.size !== stamp.size || now.mtimeMs !== stamp.mtimeMs) return null
  try {
    return JSON.parse(readFileSync(join(SNAPSHOT_DIR, `${name}.json`), 'utf8')) as unknown[]
  } catch {
    return null
  }
}

const stampOf = (sources: readonly string[]): string =>
  sources
    .map((f) => {
      const { size, mtimeMs } = statSync(f)
      return `${size}:${mtimeMs}`
    })
    .join('|')

/**
 * A value computed from files outside the data folder (a package's tables): from the
 * snapshot while those files are unchanged, else computed (and recorded while a
 * snapshot is being written).
 */
export function derived(name: string, sources: readonly string[], compute: () => unknown): unknown {
  const key = `derived/${name}`
  if (recording) {
    const value = compute()
    recording.keep(key, { sources: stampOf(sources) }, value)
    return value
  }
  const stamp = loadIndex().get(key)
  if (stamp && 'sources' in stamp && stamp.sources === stampOf(sources)) {
    try {
      return JSON.parse(readFileSync(join(SNAPSHOT_DIR, `${key}.json`), 'utf8'))
    } catch {
      // Unreadable: computed below.
    }
  }
  return compute()
}

/**
 * While set, lexicon files are read and checked from their sources and `derived` values
 * computed, and the writer keeps them all for the new snapshot.
 */
export function writeSnapshotWith(writer: SnapshotWriter | null): void {
  recording = writer
}

export const snapshotBeingWritten = (): SnapshotWriter | null => recording

/** Collects files as they are read and checked, then writes them as the new snapshot. */
export class SnapshotWriter {
  private readonly files = new Map<string, { stamp: Stamp | DerivedStamp; entries: unknown }>()

  keep(name: string, stamp: Stamp | DerivedStamp, entries: unknown): void {
    this.files.set(name, { stamp, entries })
  }

  record(file: string, name: string, entries: readonly unknown[]): void {
    const { size, mtimeMs } = statSync(file)
    this.keep(name, { size, mtimeMs }, entries)
  }

  /** Replaces whatever snapshot was there; returns the number of files and bytes written. */
  write(dir: string = SNAPSHOT_DIR): { files: number; bytes: number } {
    rmSync(dir, { recursive: true, force: true })
    let bytes = 0
    const stamps: Record<string, Stamp | DerivedStamp> = {}
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
