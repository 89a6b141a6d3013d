import { Queue } from 'bullmq'
import { articleId } from '../extract/article.js'
import { readInputs } from '../ingest/read.js'
import { QUEUE_NAME, queueConnection, queueError } from './connection.js'
import { type ArticleJob, JOB_OPTIONS, jobId } from './job.js'

export interface EnqueueOptions extends Pick<ArticleJob, 'options'> {
  maxBytes: number
  /** Told of each bad input, by name, as it is met. */
  onError?: (message: string) => void
}

export interface EnqueueTally {
  /** Articles read and handed to the queue (an article already queued is one job still). */
  queued: number
  failed: number
  bytes: number
}

/**
 * Reads articles as `ingest` does (files, folders, JSON Lines, feeds) and adds one job
 * per article to the queue at `url`, in batches. Bad inputs are reported and skipped.
 */
export async function enqueueArticles(
  paths: readonly string[],
  url: string,
  options: EnqueueOptions,
): Promise<EnqueueTally> {
  const queue = new Queue<ArticleJob>(QUEUE_NAME, { connection: queueConnection(url) })
  queue.on('error', () => {}) // reported by the call that fails
  const tally: EnqueueTally = { queued: 0, failed: 0, bytes: 0 }
  let batch: { name: string; data: ArticleJob; opts: { jobId: string } & typeof JOB_OPTIONS }[] = []
  const send = async () => {
    if (!batch.length) return
    await queue.addBulk(batch)
    batch = []
  }
  try {
    for await (const item of readInputs(paths, { maxBytes: options.maxBytes })) {
      if (item.error) {
        tally.failed++
        options.onError?.(item.error.message)
        continue
      }
      const data: ArticleJob = { article: item.article, options: options.options }
      batch.push({
        name: 'analyse',
        data,
        opts: { ...JOB_OPTIONS, jobId: jobId(articleId(item.article)) },
      })
      tally.queued++
      tally.bytes += Buffer.byteLength(item.article.text)
      if (batch.length >= BATCH) await send()
    }
    await send()
  } catch (cause) {
    throw queueError(url, cause)
  } finally {
    await queue.close().catch(() => {})
  }
  return tally
}

const BATCH = 200
