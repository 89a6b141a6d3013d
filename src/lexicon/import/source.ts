import { InputError } from '../../errors.js'

/** One line of a dictionary file with its comment removed, and where it stood. */
export interface SourceLine {
  /** The file's name as written in `src` fields (`CAMEO.2.0.txt`). */
  file: string
  /** 1-based line number. */
  line: number
  /** The line without its comment, trimmed at the end; may be empty. */
  text: string
  /** What followed `#`: for a pattern, usually the verbs it was written for ("ASSERT , SAY"). */
  comment: string
}

/** `CAMEO.2.0.txt:925`, the form every output entry's `src` takes. */
export const where = (l: SourceLine): string => `${l.file}:${l.line}`

/**
 * Splits a dictionary file into lines without comments: `#` to the end of the line (the
 * PETRARCH readers cut there too) and `<!-- … -->`, which may span lines. Blank lines stay,
 * so numbering is kept; callers skip them.
 */
export function sourceLines(file: string, text: string): SourceLine[] {
  const out: SourceLine[] = []
  let inComment = false
  text.split(/\r?\n/).forEach((raw, i) => {
    let rest = raw
    let kept = ''
    while (rest) {
      if (inComment) {
        const end = rest.indexOf('-->')
        if (end < 0) rest = ''
        else {
          rest = rest.slice(end + 3)
          inComment = false
        }
      } else {
        const start = rest.indexOf('<!--')
        if (start < 0) {
          kept += rest
          rest = ''
        } else {
          kept += rest.slice(0, start)
          rest = rest.slice(start + 4)
          inComment = true
        }
      }
    }
    const hash = kept.indexOf('#')
    out.push({
      file,
      line: i + 1,
      text: (hash < 0 ? kept : kept.slice(0, hash)).trimEnd(),
      comment: hash < 0 ? '' : kept.slice(hash + 1).trim(),
    })
  })
  return out
}

/** Malformed input the importer cannot skip: names `file:line`. */
export function fail(l: SourceLine, message: string): never {
  throw new InputError(l.file, message, { line: l.line })
}

/**
 * Counts what each converter kept, repaired and dropped, by reason, so nothing is skipped
 * silently; `main.ts` prints it.
 */
export class Tally {
  readonly counts = new Map<string, number>()
  /** The first place each reason was met, to show in the report. */
  readonly firstAt = new Map<string, string>()

  /** With `verbose`, every line counted is also written to standard error. */
  constructor(private readonly verbose = false) {}

  add(reason: string, at?: SourceLine, n = 1): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + n)
    if (at && !this.firstAt.has(reason)) this.firstAt.set(reason, where(at))
    if (this.verbose && at) process.stderr.write(`${reason}\t${where(at)}\t${at.text.trim()}\n`)
  }

  get(reason: string): number {
    return this.counts.get(reason) ?? 0
  }

  /** One `reason: n (first at file:line)` line per reason, sorted by reason. */
  lines(): string[] {
    return [...this.counts.keys()].sort().map((r) => {
      const at = this.firstAt.get(r)
      return `${r}: ${this.counts.get(r)}${at ? ` (first at ${at})` : ''}`
    })
  }
}

/**
 * The verbs a pattern's comment says it was written for ("# CONFIRM , REAFFIRM" →
 * confirm, reaffirm), without coders' marks ("<ab 10 Jul 2003>", "OY 25 Jul 2003").
 */
export function writtenFor(comment: string): string[] {
  const words = comment.replace(/<[^>]*>/g, ' ').split(/[\s,;/]+/)
  const out: string[] = []
  for (const w of words) {
    if (/\d/.test(w)) break
    if (!/^[A-ZÁÉÍÓÚÑÜ+_-]{3,}$/.test(w)) continue
    const verb = w.replace(/\+/g, '').replace(/_/g, ' ').toLowerCase()
    if (!out.includes(verb)) out.push(verb)
  }
  return out
}
