/** A worker thread that analyses the articles its pool sends it. */
import '../tiering.js'
import { parentPort, workerData } from 'node:worker_threads'
import type { ArticleInput } from '../ingest/index.js'
import { type FileLink, useSharedFiles } from '../syntax/shared-files.js'
import { type AnalyzeOptions, analyzeArticle } from './pipeline.js'

interface Job {
  id: number
  input: ArticleInput
  options: AnalyzeOptions
  /** The pool times the job: it wants to know when the work on it starts. */
  timed?: boolean
}

// The syntax models' tables come from the pool's thread, shared with the other workers.
useSharedFiles((workerData as { files?: FileLink } | null)?.files)

parentPort?.on('message', (job: Job) => {
  if (job.timed) parentPort?.postMessage({ id: job.id, started: true })
  try {
    parentPort?.postMessage({ id: job.id, analysis: analyzeArticle(job.input, job.options) })
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: (err as Error).message })
  }
})
