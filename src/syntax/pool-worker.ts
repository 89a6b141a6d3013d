/** A worker thread that annotates the sentences its pool sends it. */
import '../tiering.js'
import { parentPort, workerData } from 'node:worker_threads'
import { loadSyntax, type SyntaxOptions } from './annotate.js'
import { type FileLink, useSharedFiles } from './shared-files.js'

const { lang, options, files } = workerData as {
  lang: string
  options: SyntaxOptions
  files: FileLink
}
// The model's tables come from the pool's thread, shared with the other workers.
useSharedFiles(files)

parentPort?.on('message', (job: { id: number; batch: string[][] }) => {
  try {
    const model = loadSyntax(lang, options)
    parentPort?.postMessage({ id: job.id, words: job.batch.map((forms) => model.annotate(forms)) })
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: (err as Error).message })
  }
})
