/** A worker thread that annotates the sentences its pool sends it. */
import { parentPort, workerData } from 'node:worker_threads'
import { loadSyntax, type SyntaxOptions } from './annotate.js'

const { lang, options } = workerData as { lang: string; options: SyntaxOptions }

parentPort?.on('message', (job: { id: number; batch: string[][] }) => {
  try {
    const model = loadSyntax(lang, options)
    parentPort?.postMessage({ id: job.id, words: job.batch.map((forms) => model.annotate(forms)) })
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: (err as Error).message })
  }
})
