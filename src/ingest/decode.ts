import { InputError } from '../errors.js'

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** Decodes UTF-8 strictly: a binary file or a wrong encoding is an error that names the file. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const head = bytes.subarray(0, 8192)
  if (head.includes(0)) {
    throw new InputError(
      file,
      'looks like a binary file (it contains NUL bytes); expected text, HTML or JSON',
    )
  }
  try {
    return UTF8.decode(bytes)
  } catch (cause) {
    throw new InputError(
      file,
      `is not valid UTF-8 (at byte ${firstBadByte(bytes)}); convert it first, e.g. iconv -f latin1 -t utf-8`,
      { cause },
    )
  }
}

function firstBadByte(bytes: Uint8Array): number {
  // Binary search on the longest prefix that decodes.
  let lo = 0
  let hi = bytes.length
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true })
      lo = mid
    } catch {
      hi = mid - 1
    }
  }
  return lo
}
