import { InputError } from '../errors.js'
import { decodeUtf8 } from './decode.js'

/** The largest single article file read unless asked otherwise. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024

/** Standard input as UTF-8 text, refused past `maxBytes`. */
export async function readStdin(maxBytes: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length
    if (size > maxBytes)
      throw new InputError('-', `standard input is more than ${mb(maxBytes)} MB; raise --max-size`)
    chunks.push(chunk as Buffer)
  }
  return decodeUtf8(Buffer.concat(chunks), '-')
}

/** What a failed read tells a person: no such file, no permission, … */
export function describeFsError(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return 'no such file or folder'
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)'
  if (code === 'EISDIR') return 'is a folder'
  return `cannot be read (${(cause as Error)?.message ?? String(cause)})`
}

export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1)
