/**
 * A one-line progress display on a terminal: count, rate and, when the total is
 * known, a bar and the time left. Off the terminal it stays silent.
 */
export class Progress {
  readonly #started = Date.now()
  #done = 0
  #last = 0
  readonly #live: boolean

  constructor(
    readonly label: string,
    readonly total: number | null,
    stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.#live = stream.isTTY === true
    this.stream = stream
  }

  readonly stream: NodeJS.WriteStream

  get done(): number {
    return this.#done
  }

  /** Seconds since the start. */
  get elapsed(): number {
    return (Date.now() - this.#started) / 1000
  }

  tick(n = 1): void {
    this.#done += n
    const now = Date.now()
    if (this.#live && now - this.#last > 100) {
      this.#last = now
      this.stream.write(`\r${this.line()}\x1b[K`)
    }
  }

  /** Writes a message on its own line without breaking the display. */
  note(message: string): void {
    if (this.#live) this.stream.write('\r\x1b[K')
    this.stream.write(`${message}\n`)
    if (this.#live && this.#done) this.stream.write(this.line())
  }

  end(): void {
    if (this.#live) this.stream.write('\r\x1b[K')
  }

  line(): string {
    const rate = this.#done / Math.max(this.elapsed, 0.001)
    const parts = [`${this.label} ${this.#done.toLocaleString('en-US')}`]
    if (this.total) {
      const share = Math.min(1, this.#done / this.total)
      const width = 24
      const filled = Math.round(share * width)
      parts[0] += `/${this.total.toLocaleString('en-US')}`
      parts.unshift(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`)
      if (rate > 0) parts.push(`ETA ${clock((this.total - this.#done) / rate)}`)
    }
    parts.splice(2, 0, `${rate.toFixed(1)}/s`)
    return parts.join('  ')
  }
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const pad = (n: number) => String(n).padStart(2, '0')
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`
}
