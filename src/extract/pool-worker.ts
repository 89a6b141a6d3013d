/** A worker thread that analyses the articles its pool sends it. */
import { parentPort } from 'node:worker_threads'
import type { ArticleInput } from '../ingest/index.js'
import { type AnalyzeOptions, analyzeArticle } from './pipeline.js'

parentPort?.on('message', (job: { id: number; input: ArticleInput; options: AnalyzeOptions }) => {
  try {
    parentPort?.postMessage({ id: job.id, analysis: analyzeArticle(job.input, job.options) })
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: (err as Error).message })
  }
})
