import { Worker } from 'node:worker_threads'
import type { Lang } from '../doc/index.js'
import { loadSyntax, type SyntaxOptions } from './annotate.js'
import { SharedFiles } from './shared-files.js'
import type { SyntaxWord } from './types.js'

type Batch = readonly (readonly string[])[]
type Outcome = { words: SyntaxWord[][]; error?: never } | { error: string; words?: never }

/**
 * Annotates batches of sentences on worker threads, which share one copy of the model's
 * tables (read by this thread: `SharedFiles`); results come back in the order the
 * batches went in. With no workers it annotates in the calling thread.
 */
export class SyntaxPool {
  readonly #workers: Worker[] = []
  readonly #files = new SharedFiles()
  readonly #pending = new Map<number, (o: Outcome) => void>()
  #next = 0

  constructor(
    readonly lang: Lang,
    readonly size: number,
    readonly options: SyntaxOptions = {},
  ) {
    for (let i = 0; i < size; i++) {
      const link = this.#files.link()
      const worker = new Worker(new URL('./pool-worker.js', import.meta.url), {
        workerData: { lang, options, files: link },
        transferList: [link.port],
      })
      worker.on('message', (m: Outcome & { id: number }) => {
        const done = this.#pending.get(m.id)
        this.#pending.delete(m.id)
        done?.(m)
      })
      worker.on('error', (err) => {
        for (const done of this.#pending.values()) done({ error: `parsing failed: ${err.message}` })
        this.#pending.clear()
      })
      this.#workers.push(worker)
    }
  }

  annotate(batch: Batch): Promise<SyntaxWord[][]> {
    if (!this.size) {
      const model = loadSyntax(this.lang, this.options)
      return Promise.resolve(batch.map((forms) => model.annotate(forms)))
    }
    const id = this.#next++
    const worker = this.#workers[id % this.size] as Worker
    return new Promise((resolve, reject) => {
      this.#pending.set(id, (o) =>
        o.error === undefined ? resolve(o.words) : reject(new Error(o.error)),
      )
      worker.postMessage({ id, batch })
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()))
    this.#files.close()
  }
}
