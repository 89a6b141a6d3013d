import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
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

/** Text read by byte ranges: a part of a derived value that is only read where it is needed. */
export interface TextRanges {
  read(start: number, length: number): string
}

/**
 * `derived` for a value with a large text beside it (JSON of lists by key, say) that is
 * read a range at a time when asked for: the text stays on disk, in a file of its own
 * beside the value's, and only the parts an article needs are ever read. The value holds
 * the ranges (in bytes).
 */
export function derivedWithText<V>(
  name: string,
  sources: readonly string[],
  compute: () => { value: V; text: string },
): { value: V; text: TextRanges } {
  const key = `derived/${name}`
  const inMemory = (computed: { value: V; text: string }) => ({
    value: computed.value,
    text: textInMemory(computed.text),
  })
  if (recording) {
    const computed = compute()
    recording.keep(key, { sources: stampOf(sources) }, computed.value)
    recording.keepText(key, computed.text)
    return inMemory(computed)
  }
  const stamp = loadIndex().get(key)
  const textFile = join(SNAPSHOT_DIR, `${key}.txt`)
  if (stamp && 'sources' in stamp && stamp.sources === stampOf(sources) && existsSync(textFile)) {
    try {
      const value = JSON.parse(readFileSync(join(SNAPSHOT_DIR, `${key}.json`), 'utf8')) as V
      return { value, text: { read: (start, length) => readRange(textFile, start, length) } }
    } catch {
      // Unreadable: computed below.
    }
  }
  return inMemory(compute())
}

/** A text's byte ranges, read from memory. */
export function textInMemory(text: string): TextRanges {
  const bytes = Buffer.from(text, 'utf8')
  return { read: (start, length) => bytes.toString('utf8', start, start + length) }
}

function readRange(file: string, start: number, length: number): string {
  const bytes = Buffer.allocUnsafe(length)
  const fd = openSync(file, 'r')
  try {
    for (let at = 0; at < length; ) {
      const n = readSync(fd, bytes, at, length - at, start + at)
      if (n === 0) throw new Error(`${file} is cut short`)
      at += n
    }
  } finally {
    closeSync(fd)
  }
  return bytes.toString('utf8')
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
  private readonly texts = new Map<string, string>()

  keep(name: string, stamp: Stamp | DerivedStamp, entries: unknown): void {
    this.files.set(name, { stamp, entries })
  }

  /** A text beside a kept value, written as it is (`derivedWithText`). */
  keepText(name: string, text: string): void {
    this.texts.set(name, text)
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
    for (const [name, text] of this.texts) {
      const out = join(dir, `${name}.txt`)
      mkdirSync(dirname(out), { recursive: true })
      writeFileSync(out, text)
      bytes += Buffer.byteLength(text)
    }
    writeFileSync(join(dir, INDEX), JSON.stringify(stamps))
    index = null
    return { files: this.files.size, bytes }
  }
}
