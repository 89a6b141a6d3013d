import { Worker } from 'node:worker_threads'
import type { Analysis } from '../doc/index.js'
import type { ArticleInput } from '../ingest/article-input.js'
import type { AnalyzeOptions } from './pipeline.js'

type Outcome = { analysis: Analysis; error?: never } | { error: string; analysis?: never }

/**
 * Analyses articles on worker threads so that the caller's thread stays free for
 * writing: results come back in the order the articles went in. With no workers it
 * analyses in the calling thread. The analyzer's modules load only where they run, so
 * a pool made first thing starts its workers before the caller loads anything heavy.
 */
export class AnalyzerPool {
  readonly #workers: Worker[] = []
  readonly #pending = new Map<number, (o: Outcome) => void>()
  #next = 0

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./pool-worker.js', import.meta.url))
      worker.on('message', (m: Outcome & { id: number }) => {
        const done = this.#pending.get(m.id)
        this.#pending.delete(m.id)
        done?.(m.error === undefined ? { analysis: m.analysis as Analysis } : { error: m.error })
      })
      worker.on('error', (err) => {
        for (const done of this.#pending.values())
          done({ error: `analysis failed: ${err.message}` })
        this.#pending.clear()
      })
      this.#workers.push(worker)
    }
  }

  /** The analysis of one article, or the message of the error it raised. */
  analyze(input: ArticleInput, options: AnalyzeOptions): Promise<Outcome> {
    if (!this.size) return this.#analyzeHere(input, options)
    const id = this.#next++
    const worker = this.#workers[id % this.size] as Worker
    return new Promise((resolve) => {
      this.#pending.set(id, resolve)
      worker.postMessage({ id, input, options })
    })
  }

  async #analyzeHere(input: ArticleInput, options: AnalyzeOptions): Promise<Outcome> {
    const { analyzeArticle } = await import('./pipeline.js')
    try {
      return { analysis: analyzeArticle(input, options) }
    } catch (err) {
      return { error: (err as Error).message }
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()))
  }
}
