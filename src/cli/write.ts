/** Writes to stdout and waits when the pipe is full, so long runs stream with flat memory. */
export function writeOut(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(chunk, (err) => (err ? reject(err) : undefined))
    if (ok) resolve()
    else process.stdout.once('drain', resolve)
  })
}

/** Collects small pieces and writes them in chunks of about `size` characters, so long outputs stay fast. */
export function chunkedOut(size = 1 << 16): {
  write: (piece: string) => Promise<void>
  flush: () => Promise<void>
} {
  let pieces: string[] = []
  let length = 0
  const flush = async () => {
    if (!pieces.length) return
    const chunk = pieces.join('')
    pieces = []
    length = 0
    await writeOut(chunk)
  }
  return {
    write: async (piece) => {
      pieces.push(piece)
      length += piece.length
      if (length >= size) await flush()
    },
    flush,
  }
}
