import { Worker } from 'node:worker_threads'
import type { Analysis } from '../doc/index.js'
import type { ArticleInput } from '../ingest/article-input.js'
import { SharedFiles } from '../syntax/shared-files.js'
import type { AnalyzeOptions } from './pipeline.js'

export type Outcome = { analysis: Analysis; error?: never } | { error: string; analysis?: never }

export interface PoolOptions {
  /**
   * An article still being analysed after this many seconds is given up: its worker is
   * stopped and replaced, and the article comes back as an error naming it. Only
   * articles analysed on workers can be stopped; 0 or absent is no limit.
   */
  maxSeconds?: number
}

/** The default per-article limit of batch commands and the server: generous, for pathological input only. */
export const DEFAULT_MAX_SECONDS = 60

interface Job {
  id: number
  input: ArticleInput
  options: AnalyzeOptions
  done: (o: Outcome) => void
}

interface Slot {
  worker: Worker
  /** The jobs sent to the worker, in order: the first is the one it works on. */
  jobs: Job[]
  timer: NodeJS.Timeout | null
}

/**
 * Jobs a worker holds at once: the one it works on and the next, so that it starts on
 * the next as soon as it has posted a result, not when this thread, which shares the
 * processor with the workers, has read the result and sent another (workers stood idle
 * about 5 % of the time, one job at a time, on two cores).
 */
const JOBS_PER_WORKER = 2

/**
 * Analyses articles on worker threads so that the caller's thread stays free for
 * reading and writing. Each worker has an article and the next one, the rest wait here;
 * an article's time limit counts from when its worker starts on it. With no workers it
 * analyses in the calling thread (and cannot stop an article). The analyzer's modules
 * load only where they run, so a pool made first thing starts its workers before the
 * caller loads anything heavy. The syntax models' tables are read once, by this thread,
 * into memory all the workers share (`SharedFiles`): no worker builds or holds its own.
 */
export class AnalyzerPool {
  readonly #slots: Slot[] = []
  readonly #files = new SharedFiles()
  readonly #waiting: Job[] = []
  readonly #maxMs: number
  #next = 0
  #closed = false

  constructor(
    readonly size: number,
    options: PoolOptions = {},
  ) {
    this.#maxMs = (options.maxSeconds ?? 0) * 1000
    for (let i = 0; i < size; i++) this.#slots.push(this.#newSlot())
  }

  /** The analysis of one article, or the message of the error it raised. */
  analyze(input: ArticleInput, options: AnalyzeOptions): Promise<Outcome> {
    if (!this.size) return this.#analyzeHere(input, options)
    if (options.annotator)
      throw new TypeError('an annotator cannot be sent to worker threads: analyse in this thread')
    return new Promise((done) => {
      this.#waiting.push({ id: this.#next++, input, options, done })
      this.#dispatch()
    })
  }

  /** The files (syntax model indexes) this thread has read for its workers to share. */
  sharedFiles(): string[] {
    return this.#files.paths()
  }

  #newSlot(): Slot {
    const slot: Slot = { worker: this.#spawn(() => slot), jobs: [], timer: null }
    return slot
  }

  #spawn(slotOf: () => Slot): Worker {
    const files = this.#files.link()
    const worker = new Worker(new URL('./pool-worker.js', import.meta.url), {
      workerData: { files },
      transferList: [files.port],
    })
    worker.on('message', (m: (Outcome & { id: number }) | { id: number; started: true }) => {
      const slot = slotOf()
      const job = slot.jobs[0]
      if (job?.id !== m.id) return
      if ('started' in m) {
        if (this.#maxMs > 0) slot.timer = setTimeout(() => this.#timeOut(slot, job), this.#maxMs)
        return
      }
      this.#finish(slot, m.error === undefined ? { analysis: m.analysis as Analysis } : m)
    })
    worker.on('error', (err) => {
      const slot = slotOf()
      const job = this.#replace(slot)
      if (job) this.#fail(job, `${job.input.origin}: analysis failed: ${err.message}`)
    })
    worker.on('exit', () => {
      const slot = slotOf()
      if (this.#closed || slot.worker !== worker || !slot.jobs.length) return
      const job = this.#replace(slot)
      if (job) this.#fail(job, `${job.input.origin}: analysis failed: its worker stopped`)
    })
    return worker
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      while (slot.jobs.length < JOBS_PER_WORKER && !this.#closed) {
        const job = this.#waiting.shift()
        if (!job) return
        slot.jobs.push(job)
        slot.worker.postMessage({
          id: job.id,
          input: job.input,
          options: job.options,
          timed: this.#maxMs > 0,
        })
      }
    }
  }

  /** The worker has given the outcome of its first job. */
  #finish(slot: Slot, outcome: Outcome): void {
    const job = slot.jobs.shift()
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    job?.done(outcome)
    this.#dispatch()
  }

  #fail(job: Job, error: string): void {
    job.done({ error })
    this.#dispatch()
  }

  #timeOut(slot: Slot, job: Job): void {
    if (slot.jobs[0] !== job) return
    const seconds = this.#maxMs / 1000
    this.#replace(slot)
    this.#fail(
      job,
      `${job.input.origin}: too slow, still being analysed after ${seconds} s; skipped (raise --max-seconds to wait longer)`,
    )
  }

  /**
   * Stops a slot's worker (stuck or crashed) and gives the slot a fresh one; gives back
   * the job it was working on, and puts the ones it had not started back in line.
   */
  #replace(slot: Slot): Job | undefined {
    const old = slot.worker
    old.removeAllListeners()
    old.on('error', () => {})
    void old.terminate()
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    const [job, ...unstarted] = slot.jobs.splice(0)
    this.#waiting.unshift(...unstarted)
    if (!this.#closed) slot.worker = this.#spawn(() => slot)
    return job
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
    this.#closed = true
    for (const slot of this.#slots) if (slot.timer) clearTimeout(slot.timer)
    const left = [...this.#slots.flatMap((s) => s.jobs.splice(0)), ...this.#waiting.splice(0)]
    for (const job of left) job.done({ error: `${job.input.origin}: not analysed (closing)` })
    await Promise.all(this.#slots.map((s) => s.worker.terminate()))
    this.#files.close()
  }
}
