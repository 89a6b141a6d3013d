/**
 * Runs at most `width` tasks at once, the others waiting their turn in order of arrival.
 * Building a relationship's rows takes the server's one thread for seconds; twenty built
 * side by side would each take twenty times as long, where in turn most finish in their
 * own time. It matters most over a server database, whose every query lets another task
 * in.
 */
export class Turns {
  #running = 0
  readonly #waiting: (() => void)[] = []

  constructor(readonly width: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.width)
      await new Promise<void>((resolve) => this.#waiting.push(resolve))
    else this.#running++
    try {
      return await task()
    } finally {
      // The turn passes straight to the next in line, or is given back.
      const next = this.#waiting.shift()
      if (next) next()
      else this.#running--
    }
  }
}
