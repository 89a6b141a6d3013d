/** Writes to stdout and waits when the pipe is full, so long runs stream with flat memory. */
export function writeOut(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(chunk, (err) => (err ? reject(err) : undefined))
    if (ok) resolve()
    else process.stdout.once('drain', resolve)
  })
}
