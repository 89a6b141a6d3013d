import type { AnalyzeOptions } from '../extract/pipeline.js'
import type { ArticleInput } from '../ingest/article-input.js'

/** What one job carries: an article as read from its source, and how to analyse it. */
export interface ArticleJob {
  article: ArticleInput
  options: Pick<AnalyzeOptions, 'published' | 'lang' | 'fast'>
}

/** How often a job is tried before it stays in the failed set, and the wait between tries. */
export const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  // Finished jobs are kept a day (queue status counts them, and the same article enqueued
  // again within the day is not queued twice); failed jobs stay until removed.
  removeOnComplete: { age: 24 * 3600 },
  removeOnFail: false,
} as const

/**
 * A job's id is its article's id, so an article queued twice is one job. Redis keys
 * join their parts with ':', which an id must therefore not contain.
 */
export const jobId = (articleId: string): string => `a-${encodeURIComponent(articleId)}`
