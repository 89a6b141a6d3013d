import { Queue } from 'bullmq'
import { QUEUE_NAME, queueConnection, queueError } from './connection.js'
import type { ArticleJob } from './job.js'

export interface QueueStatus {
  waiting: number
  active: number
  completed: number
  failed: number
  delayed: number
  /** The failed articles (the latest first, at most `limit`), with the error of their last try. */
  failures: { article: string; origin: string; error: string; attempts: number }[]
}

/** How many jobs are in each state of the queue at `url`, and why the failed ones failed. */
export async function queueStatus(url: string, limit = 100): Promise<QueueStatus> {
  const queue = new Queue<ArticleJob>(QUEUE_NAME, { connection: queueConnection(url) })
  queue.on('error', () => {}) // reported by the call that fails
  try {
    const counts = await queue.getJobCounts(
      'waiting',
      'active',
      'completed',
      'failed',
      'delayed',
      'prioritized',
    )
    const failed = await queue.getFailed(0, limit - 1)
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      delayed: counts.delayed ?? 0,
      failures: failed.map((job) => ({
        article: job.data.article.id ?? decodeURIComponent((job.id ?? '').replace(/^a-/, '')),
        origin: job.data.article.origin,
        error: job.failedReason ?? '',
        attempts: job.attemptsMade,
      })),
    }
  } catch (cause) {
    throw queueError(url, cause)
  } finally {
    await queue.close().catch(() => {})
  }
}

/** True when no job waits, runs or waits to be retried. */
export const drained = (s: Pick<QueueStatus, 'waiting' | 'active' | 'delayed'>): boolean =>
  s.waiting + s.active + s.delayed === 0
