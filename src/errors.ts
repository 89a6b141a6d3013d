/** One error family: each carries a stable code, and becomes an exit status in one place (cli/). */
export class DyadError extends Error {
  readonly code: string
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.code = code
  }
}

/** Bad input: names the file (and line) and what was expected. */
export class InputError extends DyadError {
  readonly file: string
  readonly line: number | null
  constructor(file: string, message: string, options?: { line?: number; cause?: unknown }) {
    const where = options?.line ? `${file}:${options.line}` : file
    super('E_INPUT', `${where}: ${message}`, options)
    this.file = file
    this.line = options?.line ?? null
  }
}

/** A lexicon data file breaks its schema: names the file and line. */
export class LexiconError extends DyadError {
  constructor(file: string, line: number, message: string) {
    super('E_LEXICON', `${file}:${line}: ${message}`)
  }
}

/** Wrong command-line usage. */
export class UsageError extends DyadError {
  constructor(message: string) {
    super('E_USAGE', message)
  }
}

/** The store cannot be opened or written: names the database file. */
export class StoreError extends DyadError {
  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super('E_STORE', `${path}: ${message}`, options)
  }
}

/** The job queue cannot be reached or used: names the queue's URL (without a password). */
export class QueueError extends DyadError {
  constructor(queue: string, message: string, options?: { cause?: unknown }) {
    super('E_QUEUE', `${queue}: ${message}`, options)
  }
}
