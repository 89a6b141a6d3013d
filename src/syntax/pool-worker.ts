/** A worker thread that annotates the sentences its pool sends it. */
import { parentPort, workerData } from 'node:worker_threads'
import { loadSyntax } from './annotate.js'

const { lang } = workerData as { lang: string }

parentPort?.on('message', (job: { id: number; batch: string[][] }) => {
  try {
    const model = loadSyntax(lang)
    parentPort?.postMessage({ id: job.id, words: job.batch.map((forms) => model.annotate(forms)) })
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: (err as Error).message })
  }
})
