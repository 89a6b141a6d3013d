import { type Job, Worker } from 'bullmq'
import { AnalyzerPool } from '../extract/pool.js'
import type { Store } from '../store/types.js'
import { QUEUE_NAME, queueConnection } from './connection.js'
import type { ArticleJob } from './job.js'

export interface WorkerOptions {
  /** Articles analysed at once, each on a thread of its own. */
  concurrency: number
  /** Seconds a job stays with a worker that stops answering before another may take it. */
  lockSeconds: number
  /** Told when the queue cannot be reached (the worker keeps trying), once per message. */
  onQueueError?: (message: string) => void
  /** Told of each article written, found stored, or failed (with its error). */
  onJob?: (outcome: 'added' | 'exists' | 'failed', job: Job<ArticleJob>, error?: string) => void
}

export interface RunningWorker {
  /** Resolves once the worker has stopped: after `stop`, or when Redis cannot be reached. */
  readonly stopped: Promise<void>
  /** Takes no new jobs, lets the current ones finish and be written, then stops. */
  stop(): Promise<void>
}

/**
 * Takes article jobs from the queue at `url`, analyses each on a worker thread and writes
 * it to `store` in one transaction. A job whose worker dies is taken up again once its
 * lock expires; since the store ignores an article it holds, it is written once.
 */
export function startWorker(url: string, store: Store, options: WorkerOptions): RunningWorker {
  const pool = new AnalyzerPool(options.concurrency)
  let active = 0
  const worker = new Worker<ArticleJob>(
    QUEUE_NAME,
    async (job) => {
      active++
      try {
        const outcome = await pool.analyze(job.data.article, job.data.options)
        if (outcome.error !== undefined) throw new Error(outcome.error)
        const result = await store.add(outcome.analysis, job.data.article.origin)
        // Durable before the job is marked done (the SQLite store commits in batches).
        await store.flush()
        options.onJob?.(result, job)
        return result
      } finally {
        active--
      }
    },
    {
      connection: queueConnection(url, { wait: true }),
      // Two jobs per thread: one is written to the store while the next is analysed.
      concurrency: options.concurrency * 2,
      lockDuration: options.lockSeconds * 1000,
      stalledInterval: options.lockSeconds * 1000,
      // A job is given up as stalled only after its worker died twice on it.
      maxStalledCount: 2,
    },
  )
  worker.on('failed', (job, err) => {
    if (job) options.onJob?.('failed', job, err.message)
  })
  // Connection errors are retried by the client; they must not end the process.
  let lastError = ''
  worker.on('error', (err) => {
    if (err.message !== lastError) options.onQueueError?.(err.message)
    lastError = err.message
  })
  worker.on('ready', () => {
    lastError = ''
  })
  let stopping: Promise<void> | null = null
  let done: () => void = () => {}
  const stopped = new Promise<void>((resolve) => {
    done = resolve
  })
  const stop = () => {
    stopping ??= (async () => {
      // Closing waits for the articles in hand; with Redis out of reach and none in hand
      // there is nothing to wait for, and the connections are dropped.
      const closing = worker.close()
      const unreachable = new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (!lastError || active > 0) return
          clearInterval(check)
          resolve()
        }, 200)
        closing.finally(() => clearInterval(check))
      })
      await Promise.race([closing, unreachable])
      // Not awaited: the client keeps trying to reach Redis until the process ends.
      if (lastError) void worker.disconnect().catch(() => {})
      await pool.close()
      done()
    })()
    return stopping
  }
  worker.once('closed', () => void stop())
  return { stopped, stop }
}
