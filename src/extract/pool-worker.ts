/** A worker thread that analyses the articles its pool sends it. */
import { parentPort } from 'node:worker_threads'
import type { ArticleInput } from '../ingest/index.js'
import { type AnalyzeOptions, analyzeArticle } from './pipeline.js'

interface Job {
  id: number
  input: ArticleInput
  options: AnalyzeOptions
  /** The pool times the job: it wants to know when the work on it starts. */
  timed?: boolean
}

parentPort?.on('message', (job: Job) => {
  if (job.timed) parentPort?.postMessage({ id: job.id, started: true })
  try {
    parentPort?.postMessage({ id: job.id, analysis: analyzeArticle(job.input, job.options) })
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: (err as Error).message })
  }
})
